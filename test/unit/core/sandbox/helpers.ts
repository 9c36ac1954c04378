// An independent client for the sandbox tests: Node's global fetch and curl, not the project's API client.
import { execFile } from 'node:child_process';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../../src/core/sandbox/server';

/** The documented texts, written out again on purpose (not imported), so a typo in the server fails a test. */
export const TEXT = {
  invalidKey: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  invalidToken: 'Unauthorized. Access token is missing or invalid.',
  productNotFound: 'Unable to find a product for the given productId which is assigned to the given customerId.',
  productNotFoundSub: 'No product can be found for this productId that is assigned to this customerId.',
  noService: 'No service can be found that is assigned to this productId.',
  noCar: 'No car can be found that is assigned to this productId.',
  serviceNotFound: 'Unable to find a service for the given serviceId which is assigned to the given customerId.',
  serviceNotFoundSub: 'No service can be found for this serviceId that is assigned to this customerId.',
  noProduct: 'No product can be found that is assigned to this serviceId.',
  assignmentNotFound: 'Unable to find an assignment for the given assignmentId.',
  invalidBrand: 'Invalid brand provided.',
  // Assumed where the documentation is silent (src/core/api/assumptions.ts), written out again as well.
  carNotFound: 'Unable to find a car for the given carId which is assigned to the given customerId.',
  userNotFound: 'Unable to find a user for the given userId which is assigned to the given customerId.',
  eventNotFound: 'Unable to find an event for the given eventId which is assigned to the given customerId.',
  groupNotFound: 'Unable to find a group for the given groupId which is assigned to the given customerId.',
};

export interface Answer {
  status: number;
  contentType: string;
  headers: Headers;
  body: string;
}

export type HeaderSet = Record<string, string | undefined>;

function clean(headers: HeaderSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = v;
  return out;
}

export async function request(url: string, init: { method?: string; headers?: HeaderSet; body?: string } = {}): Promise<Answer> {
  const res = await fetch(url, { method: init.method ?? 'GET', headers: clean(init.headers ?? {}), body: init.body });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, body: await res.text() };
}

export async function postToken(sb: Sandbox, form: Record<string, string>, headers: HeaderSet = {}): Promise<Answer> {
  return request(`${sb.baseUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'flinkey-API-Key': sb.apiKey, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export async function fetchToken(sb: Sandbox): Promise<string> {
  const a = await postToken(sb, { username: sb.username, password: sb.password, grant_type: 'password' });
  if (a.status !== 200) throw new Error(`token request failed: ${a.status} ${a.body}`);
  return (JSON.parse(a.body) as { access_token: string }).access_token;
}

/** A started sandbox plus a token and helpers to call it with the three standard headers. */
export interface Session {
  sb: Sandbox;
  token: string;
  headers(extra?: HeaderSet): HeaderSet;
  get(path: string, extra?: HeaderSet): Promise<Answer>;
  getJson<T = unknown>(path: string, extra?: HeaderSet): Promise<T>;
}

export async function openSession(opts: SandboxOptions = {}): Promise<Session> {
  const sb = await startSandbox(opts);
  const token = await fetchToken(sb);
  const session: Session = {
    sb,
    token,
    headers: (extra = {}) => ({
      'flinkey-API-Key': sb.apiKey,
      Authorization: `Bearer ${session.token}`,
      'Customer-ID': sb.customerId,
      ...extra,
    }),
    get: (path, extra) => request(`${sb.baseUrl}${path}`, { headers: session.headers(extra) }),
    async getJson<T>(path: string, extra?: HeaderSet): Promise<T> {
      const a = await session.get(path, extra);
      if (a.status !== 200) throw new Error(`GET ${path}: ${a.status} ${a.body}`);
      return JSON.parse(a.body) as T;
    },
  };
  return session;
}

export interface CurlAnswer {
  status: number;
  body: string;
  /** curl's exit code (0 = transfer complete). */
  exitCode: number;
}

/** Runs curl; the last line of stdout is the status code (-w), the rest the body. */
export function curl(args: string[]): Promise<CurlAnswer> {
  return new Promise((resolve) => {
    execFile('curl', ['-sS', '--max-time', '10', '-w', '\n%{http_code}', ...args], { encoding: 'utf8' }, (err, stdout) => {
      const cut = stdout.lastIndexOf('\n');
      const exitCode = err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0;
      resolve({ status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, Math.max(cut, 0)), exitCode });
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
