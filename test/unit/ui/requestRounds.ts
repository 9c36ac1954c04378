// Which requests a sandbox served, and in how many round trips: a request belongs to the round after the latest
// round that had finished when it arrived. With some latency (setFaults({ latencyMs })) requests sent together
// all arrive before any is answered, so they share a round. No vscode import: VS Code tests use it too.
import type { IncomingMessage } from 'http';

export interface Served {
  /** e.g. /v3/cars/12/events */
  path: string;
  query: URLSearchParams;
  round: number;
}

interface Entry extends Served {
  done: boolean;
}

export class RequestRounds {
  private entries: Entry[] = [];

  /** Pass as the sandbox's `onRequest`. */
  readonly onRequest = (req: IncomingMessage): void => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (url.pathname.endsWith('/oauth2/token')) return;
    const finished = this.entries.filter((e) => e.done).map((e) => e.round);
    this.entries.push({ path: url.pathname, query: url.searchParams, round: 1 + Math.max(0, ...finished), done: false });
  };

  /** Pass as the sandbox's `log`: it writes "GET /v3/… 200 3ms" once the answer is sent. */
  readonly log = (line: string): void => {
    const path = line.split(' ')[1];
    const entry = this.entries.find((e) => !e.done && e.path === path);
    if (entry) entry.done = true;
  };

  reset(): void {
    this.entries = [];
  }

  /** The data requests since the last reset, in arrival order. */
  served(): Served[] {
    return this.entries.map(({ path, query, round }) => ({ path, query, round }));
  }

  /** "round path" per request, sorted: easy to compare whole. */
  summary(): string[] {
    return this.served()
      .map((s) => `${s.round} ${s.path}`)
      .sort();
  }
}
