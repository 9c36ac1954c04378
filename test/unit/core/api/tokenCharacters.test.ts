// An access token that no request header can carry (a line break in it) is refused when it arrives, as an
// invalid token response, instead of being kept and failing every later request as "Could not reach…".
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { parseToken } from '../../../../src/core/api/validate';
import { rejectsWith, startStub } from './helpers';

describe('api/token characters', () => {
  it('refuses CR, LF and other characters a header cannot carry; accepts JWT-shaped tokens', () => {
    for (const bad of ['abc\r\nX-Injected: 1', 'abc\ndef', 'abc\rdef', 'a b', 'a\u0000b', 'tök']) {
      assert.throws(
        () => parseToken({ token_type: 'Bearer', expires_in: '60', access_token: bad }),
        (e: unknown) => e instanceof Error && /access token with a line break/.test(e.message) && !e.message.includes(bad),
        JSON.stringify(bad),
      );
    }
    assert.strictEqual(parseToken({ expires_in: '60', access_token: 'eyJ0.eyJz-_.c2ln~+/=' }).accessToken, 'eyJ0.eyJz-_.c2ln~+/=');
  });

  it('the client refuses such a token at once and sends no data request with it', async () => {
    const stub = await startStub((req, res) => {
      const isToken = req.url?.endsWith('/oauth2/token');
      res.writeHead(isToken ? 200 : 500, { 'Content-Type': 'application/json' });
      res.end(isToken ? JSON.stringify({ token_type: 'Bearer', expires_in: '3600', access_token: 'good.part\r\nbad: part' }) : '[]');
    });
    try {
      const seen: unknown[] = [];
      const client = new FlinkeyClient({
        baseUrl: stub.baseUrl,
        apiKey: 'key-1234',
        customerId: '1',
        username: 'u',
        password: 'pw-1234',
        onToken: (t) => seen.push(t),
      });
      const signIn = await rejectsWith(client.getToken('u', 'pw-1234'), 'invalidResponse');
      assert.doesNotMatch(signIn.message, /Could not reach/);
      const data = await rejectsWith(client.getProducts(), 'invalidResponse');
      assert.strictEqual(data.details.field, 'access_token');
      assert.deepStrictEqual(seen, [], 'the token was handed on to be stored');
      assert.deepStrictEqual(
        stub.requests.map((r) => r.url),
        ['/v3/oauth2/token', '/v3/oauth2/token'],
      );
    } finally {
      await stub.close();
    }
  });
});
