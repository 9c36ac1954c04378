import * as assert from 'assert';
import { type FilterNode, formatProblem, MAX_DEPTH, ODataError, parseFilter, tokenize } from '../../../../src/core/odata';

/** Compact text form of a tree, so expectations read like the input with explicit grouping. */
function show(n: FilterNode): string {
  switch (n.kind) {
    case 'and':
    case 'or':
      return `(${n.operands.map(show).join(` ${n.kind} `)})`;
    case 'not':
      return `(not ${show(n.operand)})`;
    case 'compare':
      return `(${show(n.left)} ${n.op} ${show(n.right)})`;
    case 'in':
      return `(${show(n.left)} in [${n.items.map(show).join(',')}])`;
    case 'field':
      return n.name;
    case 'literal':
      return n.type === 'string' ? JSON.stringify(n.value) : String(n.value);
    case 'call':
      return `${n.name}(${n.args.map(show).join(',')})`;
  }
}

function problemOf(text: string): { offset: number; length: number; message: string } {
  try {
    parseFilter(text);
  } catch (e) {
    assert.ok(e instanceof ODataError, `expected ODataError, got ${e}`);
    assert.strictEqual(e.problem.option, 'filter');
    return e.problem;
  }
  throw new assert.AssertionError({ message: `expected '${text}' to be rejected` });
}

describe('odata parseFilter: valid input', () => {
  const valid: [string, string][] = [
    ["type eq 'flinkey IQ'", '(type eq "flinkey IQ")'],
    ["isTerminated eq false and startswith(name,'Go')", '((isTerminated eq false) and startswith(name,"Go"))'],
    [
      'dongleTerminationTimeStamp ne null and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z',
      '((dongleTerminationTimeStamp ne null) and (dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z))',
    ],
    ['id ne 5', '(id ne 5)'],
    ['id gt -3', '(id gt -3)'],
    ['id ge 1 and id le 10', '((id ge 1) and (id le 10))'],
    ['a eq 1 or b eq 2 and c eq 3', '((a eq 1) or ((b eq 2) and (c eq 3)))'],
    ['(a eq 1 or b eq 2) and c eq 3', '(((a eq 1) or (b eq 2)) and (c eq 3))'],
    ['a eq 1 and b eq 2 and c eq 3', '((a eq 1) and (b eq 2) and (c eq 3))'],
    ['not isTerminated', '(not isTerminated)'],
    ['isTerminated', 'isTerminated'],
    ['not isTerminated eq true', '((not isTerminated) eq true)'],
    ["not (name eq 'x')", '(not (name eq "x"))'],
    ["not contains(name,'x')", '(not contains(name,"x"))'],
    ["name eq 'O''Neil'", '(name eq "O\'Neil")'],
    ["name eq ''", '(name eq "")'],
    ["type in ('flinkey Box','flinkey IQ')", '(type in ["flinkey Box","flinkey IQ"])'],
    ['id in (1, 2, 3)', '(id in [1,2,3])'],
    ['productId eq null', '(productId eq null)'],
    ['terminationDate gt 2026-01-01', '(terminationDate gt 2026-01-01)'],
    ['terminationDate gt 2026-01-01T10:20:30.123+02:00', '(terminationDate gt 2026-01-01T10:20:30.123+02:00)'],
    ['terminationDate lt 2026-02-28T23:59Z', '(terminationDate lt 2026-02-28T23:59Z)'],
    ["tolower(name) eq 'golf'", '(tolower(name) eq "golf")'],
    ["toupper(trim(name)) eq 'GOLF'", '(toupper(trim(name)) eq "GOLF")'],
    ['length(name) gt 3', '(length(name) gt 3)'],
    ["indexof(name,'o') eq 1", '(indexof(name,"o") eq 1)'],
    ["substring(name,1) eq 'olf'", '(substring(name,1) eq "olf")'],
    ["substring(name,1,2) eq 'ol'", '(substring(name,1,2) eq "ol")'],
    [
      'year(terminationDate) eq 2025 and month(terminationDate) ge 6 and day(terminationDate) lt 15',
      '((year(terminationDate) eq 2025) and (month(terminationDate) ge 6) and (day(terminationDate) lt 15))',
    ],
    ["endswith(serialNumber,'7')", 'endswith(serialNumber,"7")'],
    ['  id   eq   1  ', '(id eq 1)'],
    ['((id eq 1))', '(id eq 1)'],
    ['true', 'true'],
  ];
  for (const [text, expected] of valid) {
    it(text, () => assert.strictEqual(show(parseFilter(text)), expected));
  }

  it('keeps offsets on nodes', () => {
    const node = parseFilter("id eq 1 and name eq 'x'");
    assert.strictEqual(node.kind, 'and');
    if (node.kind !== 'and') return;
    const second = node.operands[1];
    assert.deepStrictEqual([second.offset, second.length], [12, 11]);
    assert.deepStrictEqual([node.offset, node.length], [0, 23]);
    if (second.kind !== 'compare') return assert.fail('expected a comparison');
    assert.strictEqual(second.opOffset, 17);
    assert.deepStrictEqual([second.right.offset, second.right.length], [20, 3]);
  });
});

describe('odata parseFilter: invalid input', () => {
  // [input, offset, length, message fragment]
  const invalid: [string, number, number, string][] = [
    ['isTerminated eq', 13, 2, "expected a value after 'eq'"],
    ['id eq and', 6, 3, "expected a value after 'eq', found 'and'"],
    ["name eq 'abc", 8, 4, 'unterminated string starting here'],
    ['(id eq 1', 0, 1, "missing ')' to close '(' at column 1"],
    ['id eq 1 and (id eq 2', 12, 1, "missing ')' to close '(' at column 13"],
    ['id eq 1 xyz', 8, 3, "unexpected 'xyz' after a complete expression — did you forget 'and'/'or'?"],
    ['id EQ 1', 3, 2, "did you mean 'eq'?"],
    ['id eq 1 AND id eq 2', 8, 3, "did you mean 'and'?"],
    ['NOT isTerminated', 0, 3, "did you mean 'not'?"],
    ["NOT(name eq 'x')", 0, 3, "did you mean 'not'?"],
    ['id == 1', 3, 2, "did you mean 'eq'?"],
    ['id != 1', 3, 2, "did you mean 'ne'?"],
    ['id eq 1 && id eq 2', 8, 2, "did you mean 'and'?"],
    ['id eq 1 || id eq 2', 8, 2, "did you mean 'or'?"],
    ['id >= 1', 3, 2, "did you mean 'ge'?"],
    ['name eq "Golf"', 8, 6, 'strings use single quotes'],
    ['', 0, 0, 'the filter is empty'],
    ['   ', 0, 3, 'the filter is empty'],
    ['id eq 1)', 7, 1, "there is no '(' to close"],
    ['(id eq 1 id', 9, 2, "expected ')' to close '(' at column 1"],
    ['id eq 1 eq 2', 8, 2, 'cannot be chained'],
    ['id eq 1,', 7, 1, "unexpected ',' after a complete expression"],
    ["contans(name,'x')", 0, 7, "unknown function 'contans' — did you mean 'contains'?"],
    ["Contains(name,'x')", 0, 8, "did you mean 'contains'?"],
    ['contains(name)', 0, 14, 'contains takes 2 arguments'],
    ["substring(name,1,2,3) eq 'x'", 0, 21, 'substring takes 2 or 3 arguments'],
    ["contains(name 'x')", 14, 3, "expected ',' or ')' in contains(…)"],
    ["contains(name,'x'", 0, 9, "missing ')' to close 'contains('"],
    ['type in', 5, 2, "expected '(' after 'in'"],
    ['type in ()', 8, 2, "the list after 'in' is empty"],
    ['type in (name)', 9, 4, "expected a value in the list after 'in'"],
    ["type in ('a' 'b')", 13, 3, "expected ',' or ')'"],
    ["type in ('a'", 8, 1, "missing ')'"],
    ['id eq 1 and', 8, 3, "expected a value after 'and'"],
    ['not', 0, 3, "expected a value after 'not'"],
    ['id eq #', 6, 1, "unexpected character '#'"],
    ['terminationDate lt 2026-13-01', 19, 10, 'not a real calendar date'],
    ['terminationDate lt 2026-02-30T00:00:00Z', 19, 20, 'not a real calendar date'],
    ['terminationDate lt 2026-01-01T00:00:00', 19, 19, 'needs a time zone'],
    ['terminationDate lt 2026-01-01T25:00:00Z', 19, 20, 'out of range'],
    ['terminationDate lt 2026-1-1', 19, 8, 'not a valid date'],
    ['id add 1 eq 2', 3, 3, 'arithmetic'],
    ['id eq TRUE', 6, 4, "did you mean 'true'?"],
    ['id eq ,', 6, 1, "expected a value after 'eq', found ','"],
  ];
  for (const [text, offset, length, fragment] of invalid) {
    it(`${JSON.stringify(text)} → column ${offset + 1}: ${fragment}`, () => {
      const p = problemOf(text);
      assert.ok(p.message.includes(fragment), `message was: ${p.message}`);
      assert.deepStrictEqual([p.offset, p.length], [offset, length], `message was: ${p.message}`);
    });
  }

  it('formats problems with a 1-based column', () => {
    const p = problemOf('isTerminated eq');
    assert.strictEqual(formatProblem({ ...p, option: 'filter', severity: 'error' }), "$filter, column 14: expected a value after 'eq'");
  });

  it(`caps nesting at ${MAX_DEPTH} with a clear error, and accepts ${MAX_DEPTH}`, () => {
    const ok = '('.repeat(MAX_DEPTH) + 'isTerminated' + ')'.repeat(MAX_DEPTH);
    assert.strictEqual(show(parseFilter(ok)), 'isTerminated');
    const deep = '('.repeat(5000) + 'isTerminated' + ')'.repeat(5000);
    const p = problemOf(deep);
    assert.strictEqual(p.offset, MAX_DEPTH);
    assert.ok(p.message.includes('nested too deeply'));
    assert.ok(problemOf('not '.repeat(5000) + 'isTerminated').message.includes('nested too deeply'));
  });

  it('parses a 10 KB chain of conditions quickly and flat', () => {
    const parts: string[] = [];
    for (let i = 0; parts.join(' or ').length < 10_000; i++) {
      parts.push(`(id eq ${i} and startswith(name,'n${i}'))`);
    }
    const text = parts.join(' or ');
    const started = Date.now();
    const node = parseFilter(text);
    const ms = Date.now() - started;
    assert.strictEqual(node.kind, 'or');
    if (node.kind === 'or') assert.strictEqual(node.operands.length, parts.length);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });
});

describe('odata tokenize', () => {
  it('gives kinds, texts and offsets', () => {
    const tokens = tokenize("not (id ge -2) and name eq 'a''b' or x in (null, true) and d lt 2026-01-01T00:00:00Z");
    const kinds = tokens.map((t) => `${t.kind}:${t.text}@${t.offset}`);
    assert.deepStrictEqual(kinds.slice(0, 6), [
      'keyword:not@0',
      'openParen:(@4',
      'identifier:id@5',
      'keyword:ge@8',
      'number:-2@11',
      'closeParen:)@13',
    ]);
    const str = tokens.find((t) => t.kind === 'string');
    assert.strictEqual(str?.value, "a'b");
    assert.strictEqual(str?.length, 6);
    assert.ok(tokens.some((t) => t.kind === 'null'));
    assert.ok(tokens.some((t) => t.kind === 'boolean' && t.value === true));
    assert.strictEqual(tokens[tokens.length - 1].kind, 'datetime');
  });

  it('never throws: unknown characters become error tokens', () => {
    const tokens = tokenize('id § "x" 2026-99-99 \'open');
    assert.deepStrictEqual(
      tokens.map((t) => t.kind),
      ['identifier', 'error', 'error', 'error', 'error'],
    );
    assert.ok(tokens.every((t) => t.kind !== 'error' || (t.message ?? '').length > 0));
  });
});
