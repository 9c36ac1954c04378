import * as assert from 'assert';
import { validateBaseUrl } from '../../../../src/core/api/baseUrl';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { PRODUCTION_BASE_URL } from '../../../../src/constants';

describe('api/validateBaseUrl', () => {
  const ok: [string, string][] = [
    // Strings only: validation never sends a request.
    [PRODUCTION_BASE_URL, PRODUCTION_BASE_URL],
    [`${PRODUCTION_BASE_URL}/`, PRODUCTION_BASE_URL],
    [`  ${PRODUCTION_BASE_URL}//  `, PRODUCTION_BASE_URL],
    ['http://127.0.0.1:8080/v3', 'http://127.0.0.1:8080/v3'],
    ['http://127.5.6.7/v3/', 'http://127.5.6.7/v3'],
    ['http://localhost:3000/v3', 'http://localhost:3000/v3'],
    ['http://LOCALHOST/v3', 'http://localhost/v3'],
    ['http://[::1]:9/v3', 'http://[::1]:9/v3'],
    ['https://127.0.0.1/', 'https://127.0.0.1'],
  ];
  for (const [input, expected] of ok) {
    it(`accepts ${JSON.stringify(input)}`, () => assert.strictEqual(validateBaseUrl(input), expected));
  }

  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['api.flinkey.de/v3', /not a valid URL/],
    ['http://api.example.test/v3', /must use https/],
    ['http://128.0.0.1/v3', /must use https/],
    ['http://127.0.0.1.evil.com/v3', /must use https/],
    ['http://localhost.evil.com/v3', /must use https/],
    ['ftp://127.0.0.1/v3', /http or https/],
    ['https://user:pw@api.flinkey.de/v3', /user name or password/],
    ['https://api.example.test/v3?x=1', /query/],
    // Bare ones parse to an empty query or fragment, yet every request URL would carry them.
    ['https://api.example.test/v3?', /query \(\?…\) or fragment.*every request.*Remove "\?"/],
    ['https://api.example.test/v3#', /Remove "#"/],
    ['https://api.example.test/v3/#', /Remove "#"/],
    ['http://127.0.0.1:8080/v3/?#', /Remove "\?#"/],
  ];
  for (const [input, reason] of bad) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      assert.throws(
        () => validateBaseUrl(input),
        (e: unknown) => e instanceof FlinkeyError && e.kind === 'config' && reason.test(e.message) && !!e.details.reason,
      );
    });
  }
});
