import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import { curl, fetchToken, openSession, postToken, type Session } from './helpers';

/** Outcome of one request as a short word, for comparing fault patterns. */
async function outcome(s: Session, path = '/products'): Promise<string> {
  try {
    const r = await s.get(path);
    if (r.status !== 200) return String(r.status);
    try {
      JSON.parse(r.body);
      return 'ok';
    } catch {
      return 'malformed';
    }
  } catch {
    return 'reset';
  }
}

function rawGet(url: string, headers: Record<string, string>, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

describe('sandbox faults', () => {
  let s: Session;
  const lines: string[] = [];
  before(async () => {
    s = await openSession({ products: 40, log: (line) => lines.push(line) });
  });
  afterEach(() => s.sb.setFaults({}));
  after(() => s.sb.close());

  it('answers 500 "Internal server error." at rate 1, but never on the token endpoint', async () => {
    s.sb.setFaults({ error500Rate: 1 });
    const r = await s.get('/products');
    assert.equal(r.status, 500);
    assert.equal(r.body, 'Internal server error.');
    assert.equal((await postToken(s.sb, { username: s.sb.username, password: s.sb.password, grant_type: 'password' })).status, 200);
  });

  it('answers 429 with Retry-After and the rate-limit message', async () => {
    s.sb.setFaults({ rate429Rate: 1, retryAfterSeconds: 3 });
    const r = await s.get('/services');
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '3');
    assert.deepEqual(JSON.parse(r.body), { statusCode: 429, message: 'Rate limit is exceeded. Try again in 3 seconds.' });
  });

  it('resets the connection without an answer', async () => {
    s.sb.setFaults({ resetRate: 1 });
    await assert.rejects(s.get('/products'));
    const headers = Object.entries(s.headers()).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
    const c = await curl([...headers, `${s.sb.baseUrl}/products`]);
    assert.notEqual(c.exitCode, 0, 'curl should fail on a reset');
    assert.equal(c.status, 0);
  });

  it('sends a truncated JSON body with status 200', async () => {
    const good = (await s.get('/products')).body;
    s.sb.setFaults({ malformedRate: 1 });
    const r = await s.get('/products');
    assert.equal(r.status, 200);
    assert.equal(r.contentType, 'application/json; charset=utf-8');
    assert.throws(() => JSON.parse(r.body), SyntaxError);
    assert.ok(r.body.length > 0 && r.body.length < good.length);
    assert.ok(good.startsWith(r.body));
  });

  it('delays answers by latencyMs', async () => {
    s.sb.setFaults({ latencyMs: 250 });
    const started = Date.now();
    const r = await s.get(`/products/${s.sb.fleet.customers[0].products[0].id}`);
    assert.equal(r.status, 200);
    assert.ok(Date.now() - started >= 240, `took ${Date.now() - started} ms`);
  });

  it('sends headers and half the body, then the rest after slowBodyMs', async () => {
    s.sb.setFaults({ slowBodyMs: 400 });
    const started = Date.now();
    const res = await fetch(`${s.sb.baseUrl}/products`, { headers: s.headers() as Record<string, string> });
    const headersAt = Date.now() - started;
    const body = await res.text();
    const bodyAt = Date.now() - started;
    assert.equal(res.status, 200);
    assert.equal((JSON.parse(body) as unknown[]).length, 40);
    assert.ok(bodyAt - headersAt >= 300, `headers after ${headersAt} ms, body after ${bodyAt} ms`);
  });

  it('repeats the same fault pattern for the same seed, and another for another seed', async function () {
    this.timeout(30_000);
    const mix = { error500Rate: 0.2, rate429Rate: 0.2, malformedRate: 0.15, resetRate: 0.1, seed: 7 };
    const run = async (seed: number) => {
      s.sb.setFaults({ ...mix, seed });
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) seen.push(await outcome(s));
      return seen;
    };
    const first = await run(7);
    assert.deepEqual(await run(7), first);
    assert.notDeepEqual(await run(8), first);
    for (const kind of ['ok', '500', '429', 'malformed', 'reset']) assert.ok(first.includes(kind), `no '${kind}' in ${first.join(',')}`);
  });

  it('rejects rates outside 0..1', () => {
    assert.throws(() => s.sb.setFaults({ error500Rate: 1.5 }), RangeError);
    assert.throws(() => s.sb.setFaults({ resetRate: -0.1 }), RangeError);
    assert.throws(() => s.sb.setFaults({ latencyMs: Number.NaN }), RangeError);
  });

  it('logs one line per request without secrets', async () => {
    lines.length = 0;
    s.token = await fetchToken(s.sb);
    await s.get('/products');
    await s.get('/nope');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^POST \/v3\/oauth2\/token 200 \d+ms$/);
    assert.match(lines[1], /^GET \/v3\/products 200 \d+ms$/);
    assert.match(lines[2], /^GET \/v3\/nope 404 \d+ms$/);
    for (const line of lines) {
      for (const secret of [s.sb.apiKey, s.sb.password, s.token]) assert.ok(!line.includes(secret), line);
    }
  });
});

describe('sandbox stats and close', () => {
  it('counts requests, TCP connections and paths', async () => {
    const s = await openSession({ products: 5 });
    try {
      s.sb.resetStats();
      const headers = s.headers() as Record<string, string>;
      for (let i = 0; i < 3; i++) {
        assert.equal(
          (await curl([...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), `${s.sb.baseUrl}/products`])).status,
          200,
        );
      }
      assert.equal(s.sb.stats.requests, 3);
      assert.equal(s.sb.stats.connections, 3);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < 5; i++) assert.equal(await rawGet(`${s.sb.baseUrl}/services`, headers, agent), 200);
      agent.destroy();
      assert.equal(s.sb.stats.requests, 8);
      assert.equal(s.sb.stats.connections, 4, 'keep-alive requests share one connection');
      assert.equal(s.sb.stats.byPath['/v3/products'], 3);
      assert.equal(s.sb.stats.byPath['/v3/services'], 5);
      s.sb.resetStats();
      assert.deepEqual(s.sb.stats, { requests: 0, connections: 0, byPath: {} });
    } finally {
      await s.sb.close();
    }
  });

  it('close() ends open keep-alive connections and pending slow bodies promptly', async () => {
    const s = await openSession({ products: 5 });
    const headers = s.headers() as Record<string, string>;
    const agent = new http.Agent({ keepAlive: true });
    assert.equal(await rawGet(`${s.sb.baseUrl}/products`, headers, agent), 200);
    s.sb.setFaults({ slowBodyMs: 10_000 });
    const pending = fetch(`${s.sb.baseUrl}/products`, { headers }).then((r) => r.text());
    pending.catch(() => undefined);
    while (s.sb.stats.requests < 3) await new Promise((r) => setTimeout(r, 10));
    const started = Date.now();
    await s.sb.close();
    assert.ok(Date.now() - started < 1000, `close took ${Date.now() - started} ms`);
    await assert.rejects(pending);
    await assert.rejects(rawGet(`${s.sb.baseUrl}/products`, headers, new http.Agent()));
    agent.destroy();
  });
});
