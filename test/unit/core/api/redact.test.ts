import * as assert from 'assert';
import type { Logger } from '../../../../src/core/api/api';
import { FlinkeyError } from '../../../../src/core/api/errors';
import { formatHeaders, Redactor } from '../../../../src/core/api/redact';

describe('api/redact', () => {
  it('masks secrets and their encoded forms', () => {
    const r = new Redactor();
    r.add('key-1234');
    r.add('p@ss word&=');
    const text = `key-1234 password=${encodeURIComponent('p@ss word&=')} form=${new URLSearchParams({ p: 'p@ss word&=' })} raw=p@ss word&=`;
    const out = r.redact(text);
    assert.ok(!out.includes('key-1234'), out);
    assert.ok(!out.includes('p@ss'), out);
    assert.ok(!out.includes(encodeURIComponent('p@ss word&=')), out);
    assert.strictEqual((out.match(/\*\*\*/g) ?? []).length, 4, out);
  });

  it('masks any bearer credential, registered or not', () => {
    assert.strictEqual(new Redactor().redact('Authorization: Bearer eyJabc.def-ghi'), 'Authorization: Bearer ***');
  });

  it('ignores empty and very short values rather than mangling text', () => {
    const r = new Redactor();
    r.add('');
    r.add(undefined);
    r.add('ab');
    assert.strictEqual(r.redact('about abc'), 'about abc');
  });

  it('redacts error messages and reasons, and logger lines', () => {
    const r = new Redactor();
    r.add('s3cret-key');
    const e = r.error(new FlinkeyError('badRequest', 'bad s3cret-key', { reason: 'echo s3cret-key', status: 400 }));
    assert.strictEqual(e.message, 'bad ***');
    assert.strictEqual(e.details.reason, 'echo ***');
    assert.strictEqual(e.details.status, 400);
    const lines: string[] = [];
    const sink: Logger = {
      trace: (m) => lines.push(m),
      debug: (m) => lines.push(m),
      info: (m) => lines.push(m),
      warn: (m) => lines.push(m),
      error: (m) => lines.push(m),
    };
    const log = r.logger(sink);
    log.debug('key s3cret-key');
    log.error('x s3cret-key y');
    assert.deepStrictEqual(lines, ['key ***', 'x *** y']);
  });

  it('formats headers with secret values masked by name', () => {
    const line = formatHeaders({ 'flinkey-API-Key': 'k-123456', Authorization: 'Bearer abc.def', 'Customer-ID': '42' });
    assert.strictEqual(line, 'flinkey-API-Key: ***, Authorization: Bearer ***, Customer-ID: 42');
  });
});
