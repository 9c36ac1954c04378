import * as assert from 'assert';
import { mapErrorResponse, notFoundSubject, parseRetryAfter } from '../../../../src/core/api/responses';

describe('api/responses', () => {
  it('maps the two documented 401 messages', () => {
    const key = mapErrorResponse(
      401,
      JSON.stringify({
        statusCode: 401,
        message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
      }),
      null,
    );
    assert.strictEqual(key.kind, 'invalidApiKey');
    assert.match(key.message, /Developer page of the flinkey Portal/);
    const token = mapErrorResponse(
      401,
      JSON.stringify({ statusCode: 401, message: 'Unauthorized. Access token is missing or invalid.' }),
      null,
    );
    assert.strictEqual(token.kind, 'unauthorized');
    assert.strictEqual(token.details.reason, 'Unauthorized. Access token is missing or invalid.');
  });

  it('maps invalid_grant, OData 400, 415, 429, 5xx', () => {
    assert.strictEqual(mapErrorResponse(400, '{"error":"invalid_grant"}', null).kind, 'invalidCredentials');
    const odata = mapErrorResponse(400, JSON.stringify({ error: { code: '', message: "Could not find a property named 'foo'." } }), null);
    assert.strictEqual(odata.kind, 'badRequest');
    assert.strictEqual(odata.details.reason, "Could not find a property named 'foo'.");
    assert.match(odata.message, /foo/);
    assert.strictEqual(mapErrorResponse(400, 'Customer-ID is invalid.', null).details.reason, 'Customer-ID is invalid.');
    assert.strictEqual(mapErrorResponse(415, '{"title":"Unsupported Media Type","status":"415"}', null).kind, 'unsupportedMediaType');
    const limited = mapErrorResponse(429, '', '3');
    assert.strictEqual(limited.kind, 'rateLimited');
    assert.strictEqual(limited.details.retryAfterMs, 3000);
    const server = mapErrorResponse(500, 'Internal server error.', null);
    assert.strictEqual(server.kind, 'server');
    assert.strictEqual(server.details.status, 500);
  });

  it('derives the 404 subject from each documented reason', () => {
    const table: [string, string][] = [
      ['Unable to find a manager for the given OAuth ID claim data.', 'manager'],
      ['Unable to find a product for the given productId which is assigned to the given customerId.', 'product'],
      ['No product can be found for this productId that is assigned to this customerId.', 'product'],
      ['No service can be found that is assigned to this productId.', 'service'],
      ['No car can be found that is assigned to this productId.', 'car'],
      ['Unable to find a service for the given serviceId which is assigned to the given customerId.', 'service'],
      ['No service can be found for this serviceId that is assigned to this customerId.', 'service'],
      ['No product can be found that is assigned to this serviceId.', 'product'],
      ['Something else.', 'unknown'],
    ];
    for (const [reason, subject] of table) {
      assert.strictEqual(notFoundSubject(reason), subject, reason);
      const e = mapErrorResponse(404, reason, null);
      assert.strictEqual(e.kind, 'notFound');
      assert.strictEqual(e.details.subject, subject);
      assert.strictEqual(e.details.reason, reason);
    }
  });

  it('parses Retry-After seconds and dates', () => {
    assert.strictEqual(parseRetryAfter('2'), 2000);
    assert.strictEqual(parseRetryAfter(null), undefined);
    assert.strictEqual(parseRetryAfter('soon'), undefined);
    const ms = parseRetryAfter(new Date(Date.now() + 5000).toUTCString()) ?? -1;
    assert.ok(ms > 3000 && ms <= 5000, String(ms));
  });
});
