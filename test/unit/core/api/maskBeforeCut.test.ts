// Server error text is masked before it is shortened: a secret that straddles the cut leaves no part of
// itself in the message, the reason or the log, wherever the cut falls.
import * as assert from 'assert';
import { FlinkeyClient } from '../../../../src/core/api/client';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { MAX_REASON } from '../../../../src/core/api/responses';
import { RecordingLogger, startStub, type Stub } from './helpers';

// Hex secrets in a filler of other letters: any four characters of a secret found in a text are a leak.
const KEY = '0123456789abcdef0123456789abcdef';
const PASSWORD = 'fedcba9876543210';
const TOKEN = 'a1b2c3d4e5f6a7b8c9d0';
const FILLER = 'x';

function pieces(secret: string, length: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + length <= secret.length; i++) out.push(secret.slice(i, i + length));
  return out;
}

describe('api/mask before cut', () => {
  let stub: Stub;
  let body = '';

  before(async () => {
    stub = await startStub((req, res) => {
      if (req.url?.endsWith('/oauth2/token')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ token_type: 'Bearer', expires_in: '3600', access_token: TOKEN }));
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(body);
    });
  });
  after(() => stub.close());

  it('no piece of a key, password or token survives, at every position around the cut', async function () {
    this.timeout(60_000);
    const logger = new RecordingLogger();
    const client = new FlinkeyClient({
      baseUrl: stub.baseUrl,
      apiKey: KEY,
      customerId: '1',
      username: 'manager',
      password: PASSWORD,
      logger,
      maxAttempts: 1,
    });
    for (const secret of [KEY, PASSWORD, TOKEN]) {
      for (let at = MAX_REASON - secret.length - 2; at <= MAX_REASON + 2; at++) {
        body = `${FILLER.repeat(at)}${secret}${FILLER.repeat(200)}`;
        const error = await client.getProducts().then(
          () => assert.fail('the stub answers 500'),
          (e: unknown) => e,
        );
        assert.ok(error instanceof FlinkeyError && error.kind === 'server', String(error));
        const texts = [error.message, error.details.reason ?? '', error.stack ?? '', ...logger.lines];
        for (const text of texts) {
          for (const piece of pieces(secret, 4)) {
            assert.ok(!text.includes(piece), `secret at ${at}: '${piece}' leaked into ${text.slice(-80)}`);
          }
        }
        assert.ok((error.details.reason ?? '').length <= MAX_REASON + 1, 'the reason is still shortened');
      }
    }
  });
});
