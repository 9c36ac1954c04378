// The one JSON indentation of details documents and Export Results, from the user's editor settings.
import * as assert from 'assert';
import { jsonIndent, jsonText } from '../../../src/ui/documents/jsonText';

/** The part of a WorkspaceConfiguration that jsonIndent reads, over plain values. */
function settings(values: Record<string, unknown>) {
  return {
    get<T>(key: string, fallback?: T): T | undefined {
      return key in values ? (values[key] as T) : fallback;
    },
  };
}

describe('JSON text', () => {
  it('indents with tabSize spaces, or a tab when insertSpaces is off', () => {
    assert.strictEqual(jsonIndent(settings({})), 2);
    assert.strictEqual(jsonIndent(settings({ tabSize: 4, insertSpaces: true })), 4);
    assert.strictEqual(jsonIndent(settings({ tabSize: 4, insertSpaces: false })), '\t');
    assert.strictEqual(jsonIndent(settings({ tabSize: 0 })), 2);
    assert.strictEqual(jsonIndent(settings({ tabSize: 2.5 })), 2);
  });

  it('ends with a newline and keeps text as it is', () => {
    assert.strictEqual(jsonText([{ id: 1 }], 4), '[\n    {\n        "id": 1\n    }\n]\n');
    assert.strictEqual(jsonText({ a: 1 }, '\t'), '{\n\t"a": 1\n}\n');
    assert.deepStrictEqual(JSON.parse(jsonText([{ name: 'Größe "L"' }], 2)), [{ name: 'Größe "L"' }]);
  });
});
