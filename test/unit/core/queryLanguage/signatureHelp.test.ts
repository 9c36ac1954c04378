// Signature help in query files and the query box: the function around the cursor, its parameters, the active one.
import * as assert from 'assert';
import { FUNCTION_NAMES } from '../../../../src/core/odata';
import { inputFeedback, signature, signatureHelp, signatureOptions } from '../../../../src/core/queryLanguage';
import { atCursor } from './cursor';

const activeName = (marked: string): string | undefined => {
  const { text, offset } = atCursor(marked);
  const sig = signatureHelp(text, offset);
  return sig && `${sig.label} @ ${sig.label.slice(...sig.parameters[sig.active])}`;
};

describe('signature help', () => {
  const table: [string, string | undefined][] = [
    ["GET /services?$filter=substring(|name,1) eq 'x'", 'substring(text, start[, count]) @ text'],
    ["GET /services?$filter=substring(name,|1) eq 'x'", 'substring(text, start[, count]) @ start'],
    ['GET /services?$filter=substring(name,1,|', 'substring(text, start[, count]) @ count'],
    ["GET /services?$filter=contains(tolower(|name),'x')", 'tolower(text) @ text'],
    ["GET /services?$filter=contains(tolower(name),|'x')", 'contains(text, search) @ search'],
    ['GET /services?$filter=cast(id,|', 'cast([value, ]type) @ type'],
    ['GET /services?$filter=case(id gt 1:|', 'case(condition:value, …) @ condition:value'],
    ["GET /services?$filter=Contains(name,|'x')", 'contains(text, search) @ search'],
    ["GET /services?$filter=(id eq 1) and |name eq 'x'", undefined],
    ["GET /services?$filter=contains(name,'x') |", undefined],
    ["GET /services?$filter=contains (|name,'x')", undefined],
    ["GET /services?$orderby=concat(name,|'x')", 'concat(text, more) @ more'],
    ["GET /services?$filter=name eq @n&@n=concat('a',|'b')", 'concat(text, more) @ more'],
    ['GET /services?$select=concat(|', undefined],
  ];
  for (const [marked, want] of table) {
    it(`${marked} → ${want}`, () => assert.strictEqual(activeName(marked), want));
  }

  it('every function has a signature whose parameters sit inside its label', () => {
    for (const fn of FUNCTION_NAMES) {
      const sig = signature(fn, 0);
      for (const [a, b] of sig.parameters) assert.ok(a > sig.label.indexOf('(') && b <= sig.label.length && b > a, `${fn}: ${sig.label}`);
      assert.ok(sig.documentation.length > 10, fn);
    }
    assert.deepStrictEqual(signature('now', 3).parameters, []);
  });

  it('the query box has no popup: its prompt names the call and the parameter being typed', () => {
    assert.ok(signatureOptions("startswith(name,'G') and substring(name,", 39, 'input'));
    const prompt = inputFeedback('substring(name,', 'service').prompt;
    assert.ok(prompt.startsWith('substring(text, start[, count]) — now: start · '), prompt);
    assert.ok(!inputFeedback("contains(name,'x') ", 'service').prompt.includes('contains(text'));
  });
});
