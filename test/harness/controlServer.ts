// A tiny HTTP endpoint on 127.0.0.1 that the tests inside VS Code call: to have the launcher take a
// screenshot of the window, and to read how many requests the sandbox has served.
import * as fs from 'fs';
import * as http from 'http';
import { type AddressInfo } from 'net';
import * as path from 'path';
import { SCREENSHOT_DIR } from './paths';
import { onCleanup } from './processes';

export interface ControlHandlers {
  /** Writes a PNG to the given path; absent when there is no page to shoot (desktop VS Code). */
  screenshot?: (file: string) => Promise<void>;
  sandboxRequests: () => { count: number; recent: string[] };
  /**
   * More POST routes (e.g. '/page/treeRows'), each taking the JSON body and resolving with the JSON
   * answer. A handler may throw a RouteError to answer with another status.
   */
  routes?: Record<string, (body: any) => unknown>;
}

/** Thrown by an extra route to answer with `status` instead of 200. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ControlServer {
  url: string;
  screenshots: string[];
  close(): Promise<void>;
}

function send(res: http.ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startControlServer(handlers: ControlHandlers): Promise<ControlServer> {
  const screenshots: string[] = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/sandbox/requests') {
        return send(res, 200, handlers.sandboxRequests());
      }
      if (req.method === 'POST' && req.url === '/screenshot') {
        const { name } = JSON.parse((await readBody(req)) || '{}') as { name?: string };
        if (!name || !/^[\w.-]+$/.test(name)) return send(res, 400, { error: 'name must match [A-Za-z0-9_.-]+' });
        if (!handlers.screenshot) return send(res, 501, { error: 'this launcher cannot take screenshots' });
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await handlers.screenshot(file);
        if (!screenshots.includes(file)) screenshots.push(file);
        return send(res, 200, { path: file });
      }
      const extra = req.method === 'POST' && req.url ? handlers.routes?.[req.url] : undefined;
      if (extra) {
        const body = JSON.parse((await readBody(req)) || '{}') as unknown;
        return send(res, 200, (await extra(body)) ?? {});
      }
      send(res, 404, { error: `no route ${req.method} ${req.url}` });
    })().catch((e: unknown) => send(res, e instanceof RouteError ? e.status : 500, { error: e instanceof Error ? e.message : String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  onCleanup(close);
  return { url: `http://127.0.0.1:${port}`, screenshots, close };
}
