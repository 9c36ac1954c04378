import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../../../src/core/sandbox/server';
import { curl, fetchToken, openSession, postToken, request, sleep, TEXT, type Session } from './helpers';

const JSON_TYPE = 'application/json; charset=utf-8';

describe('sandbox token endpoint', () => {
  let sb: Sandbox;
  before(async () => {
    sb = await startSandbox({ products: 10, apiKey: 'key-1', username: "o'neil@example.com", password: 'pä ss&=word' });
  });
  after(() => sb.close());

  const good = () => ({ username: sb.username, password: sb.password, grant_type: 'password' });

  it('issues a JWT-shaped bearer token with expires_in as a string', async () => {
    const a = await postToken(sb, good());
    assert.equal(a.status, 200);
    assert.equal(a.contentType, JSON_TYPE);
    const body = JSON.parse(a.body) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ['token_type', 'expires_in', 'access_token']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, '3600');
    const parts = String(body.access_token).split('.');
    assert.equal(parts.length, 3);
    for (const p of parts) assert.match(p, /^[A-Za-z0-9_-]+$/);
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as { exp: number };
    const left = payload.exp - Date.now() / 1000;
    assert.ok(left > 3590 && left <= 3601, `exp is ${left}s away`);
    assert.notEqual((await postToken(sb, good())).body, a.body, 'tokens must differ');
  });

  it('answers 401 JSON for a missing or wrong API key', async () => {
    for (const key of [undefined, 'key-2', '']) {
      const a = await postToken(sb, good(), { 'flinkey-API-Key': key });
      assert.equal(a.status, 401, `key ${key}`);
      assert.equal(a.contentType, JSON_TYPE);
      assert.deepEqual(JSON.parse(a.body), { statusCode: 401, message: TEXT.invalidKey });
    }
  });

  it('answers 415 with a problem document for a non-form content type', async () => {
    const a = await postToken(sb, good(), { 'Content-Type': 'application/json' });
    assert.equal(a.status, 415);
    const body = JSON.parse(a.body) as Record<string, string>;
    assert.deepEqual(Object.keys(body), ['type', 'title', 'status', 'traceId']);
    assert.equal(body.type, 'https://tools.ietf.org/html/rfc7231#section-6.5.13');
    assert.equal(body.title, 'Unsupported Media Type');
    assert.equal(body.status, '415');
    assert.ok(body.traceId.length > 10);
    const b = JSON.parse((await postToken(sb, good(), { 'Content-Type': 'text/plain' })).body) as Record<string, string>;
    assert.notEqual(b.traceId, body.traceId);
    // A charset parameter is fine.
    const c = await postToken(sb, good(), { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' });
    assert.equal(c.status, 200);
  });

  it('answers 400 unsupported_grant_type unless grant_type is password', async () => {
    for (const grant of ['client_credentials', '']) {
      const a = await postToken(sb, { ...good(), grant_type: grant });
      assert.equal(a.status, 400);
      assert.deepEqual(JSON.parse(a.body), { error: 'unsupported_grant_type' });
    }
  });

  it('answers 400 invalid_grant for a wrong user name or password', async () => {
    for (const form of [{ ...good(), password: 'nope' }, { ...good(), username: 'someone' }, { grant_type: 'password' }]) {
      const a = await postToken(sb, form);
      assert.equal(a.status, 400);
      assert.deepEqual(JSON.parse(a.body), { error: 'invalid_grant', error_description: 'The user name or password is incorrect.' });
    }
  });

  it('works with curl too (form encoding of special characters)', async () => {
    const a = await curl([
      '-X',
      'POST',
      `${sb.baseUrl}/oauth2/token`,
      '-H',
      `flinkey-API-Key: ${sb.apiKey}`,
      '--data-urlencode',
      `username=${sb.username}`,
      '--data-urlencode',
      `password=${sb.password}`,
      '--data',
      'grant_type=password',
    ]);
    assert.equal(a.status, 200);
    assert.equal((JSON.parse(a.body) as { token_type: string }).token_type, 'Bearer');
  });

  it('generates fresh random credentials when none are given', async () => {
    const [x, y] = await Promise.all([startSandbox({ products: 1 }), startSandbox({ products: 1 })]);
    try {
      assert.notEqual(x.apiKey, y.apiKey);
      assert.notEqual(x.password, y.password);
      assert.ok(x.apiKey.length >= 16 && x.password.length >= 12);
      assert.notEqual(x.port, y.port);
      assert.equal(x.baseUrl, `http://127.0.0.1:${x.port}/v3`);
      await fetchToken(x);
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });
});

describe('sandbox auth on data requests', () => {
  let s: Session;
  before(async () => {
    s = await openSession({ products: 20 });
  });
  after(() => s.sb.close());

  it('checks the API key first, then the token', async () => {
    const a = await s.get('/products', { 'flinkey-API-Key': 'wrong', Authorization: undefined });
    assert.equal(a.status, 401);
    assert.deepEqual(JSON.parse(a.body), { statusCode: 401, message: TEXT.invalidKey });
  });

  it('answers 401 for a missing, malformed or unknown token', async () => {
    for (const auth of [undefined, s.token, `Basic ${s.token}`, 'Bearer abc.def.ghi', `Bearer ${s.token}x`]) {
      const a = await s.get('/products', { Authorization: auth });
      assert.equal(a.status, 401, `Authorization: ${auth}`);
      assert.equal(a.contentType, JSON_TYPE);
      assert.deepEqual(JSON.parse(a.body), { statusCode: 401, message: TEXT.invalidToken });
    }
    assert.equal((await s.get('/products')).status, 200);
  });

  it('answers 400 plain text for a missing or non-integer Customer-ID', async () => {
    const missing = await s.get('/products', { 'Customer-ID': undefined });
    assert.equal(missing.status, 400);
    assert.match(missing.contentType, /^text\/plain/);
    assert.match(missing.body, /Customer-ID/);
    for (const bad of ['abc', '1.5', '12a', ' ']) {
      const a = await s.get('/services', { 'Customer-ID': bad });
      assert.equal(a.status, 400, `Customer-ID '${bad}'`);
      assert.match(a.body, /Customer-ID/);
    }
  });

  it('answers 400 naming the id for a customer the manager cannot reach', async () => {
    for (const path of ['/products', '/services', `/products/${s.sb.fleet.customers[0].products[0].id}`]) {
      const a = await s.get(path, { 'Customer-ID': '9' });
      assert.equal(a.status, 400);
      assert.equal(a.body, 'No customer with ID 9 is assigned to this API Manager.');
    }
    const huge = await s.get('/products', { 'Customer-ID': '99999999999999999999' });
    assert.equal(huge.status, 400);
    assert.equal(huge.body, 'No customer with ID 99999999999999999999 is assigned to this API Manager.');
  });

  it('lists customers with key and token only, ids as integers', async () => {
    const a = await s.get('/customers', { 'Customer-ID': undefined });
    assert.equal(a.status, 200);
    const list = JSON.parse(a.body) as { id: unknown; name: string }[];
    assert.equal(list.length, 2);
    assert.equal(typeof list[0].id, 'number');
    assert.deepEqual(
      list.map((c) => ({ id: String(c.id), name: c.name })),
      s.sb.customers,
    );
    assert.equal(String(list[0].id), s.sb.customerId);
    assert.equal((await s.get('/customers', { Authorization: undefined })).status, 401);
  });

  it('lets a token expire after tokenTtlSeconds', async function () {
    this.timeout(10_000);
    const short = await openSession({ products: 5, tokenTtlSeconds: 1 });
    try {
      const token = await postToken(short.sb, { username: short.sb.username, password: short.sb.password, grant_type: 'password' });
      assert.equal((JSON.parse(token.body) as { expires_in: string }).expires_in, '1');
      assert.equal((await short.get('/products')).status, 200);
      await sleep(1100);
      const a = await short.get('/products');
      assert.equal(a.status, 401);
      assert.deepEqual(JSON.parse(a.body), { statusCode: 401, message: TEXT.invalidToken });
      short.token = await fetchToken(short.sb);
      assert.equal((await short.get('/products')).status, 200);
    } finally {
      await short.sb.close();
    }
  });

  it('revokeTokens invalidates every token issued so far, but not later ones', async () => {
    const other = await fetchToken(s.sb);
    s.sb.revokeTokens();
    assert.equal((await s.get('/products')).status, 401);
    assert.equal((await s.get('/products', { Authorization: `Bearer ${other}` })).status, 401);
    s.token = await fetchToken(s.sb);
    assert.equal((await s.get('/products')).status, 200);
  });

  it('answers the token endpoint only to POST and data endpoints only to GET', async () => {
    const a = await request(`${s.sb.baseUrl}/oauth2/token`, { headers: s.headers() });
    assert.equal(a.status, 405);
    assert.equal(a.headers.get('allow'), 'POST');
    const b = await request(`${s.sb.baseUrl}/products`, { method: 'DELETE', headers: s.headers() });
    assert.equal(b.status, 405);
    assert.equal(b.headers.get('allow'), 'GET');
  });
});
