// What the tests inside VS Code get from their launcher: the sandbox's credentials (environment)
// and a small 127.0.0.1 endpoint for screenshots and the sandbox's request count.
import * as http from 'http';
import type { SandboxCredentials } from '../../src/core/sandbox/server';

/** The sandbox CLI's first line, as the launcher passes it on. */
export type TestSandbox = SandboxCredentials;

/** The sandbox the launcher started for this run. */
export function testSandbox(): TestSandbox {
  const raw = process.env.FLINKEY_TEST_SANDBOX;
  if (!raw) throw new Error('FLINKEY_TEST_SANDBOX is not set: run the tests through npm run test:vscode');
  return JSON.parse(raw) as TestSandbox;
}

/** Calls the launcher's control endpoint; undefined when the tests run without one. */
export function callLauncher(method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; json: any }> {
  const base = process.env.FLINKEY_TEST_CONTROL;
  if (!base) return Promise.resolve({ status: 0, json: { error: 'FLINKEY_TEST_CONTROL is not set' } });
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${route}`, { method, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`the launcher did not answer ${route} within 60 s`)));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** How many requests the sandbox has served since it started, and the last few of them. */
export async function sandboxRequests(): Promise<{ count: number; recent: string[] }> {
  const { status, json } = await callLauncher('GET', '/sandbox/requests');
  if (status !== 200) throw new Error(`sandbox request count unavailable: ${json.error ?? status}`);
  return json as { count: number; recent: string[] };
}

/** The sandbox's request count once it stops moving (its log reaches the launcher a little later). */
export async function settledRequests(): Promise<{ count: number; recent: string[] }> {
  let last = await sandboxRequests();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await sandboxRequests();
    if (now.count === last.count) return now;
    last = now;
  }
  return last;
}

/** The request lines `work` sent to the sandbox. */
export async function requestsOf(work: () => Promise<unknown>): Promise<string[]> {
  const before = await settledRequests();
  await work();
  const after = await settledRequests();
  const n = after.count - before.count;
  return n === 0 ? [] : after.recent.slice(-n);
}
