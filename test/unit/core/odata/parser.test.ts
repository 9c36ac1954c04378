import * as assert from 'assert';
import { type FilterNode, formatProblem, MAX_DEPTH, ODataError, parseExpression, parseFilter, tokenize } from '../../../../src/core/odata';

/** Compact text form of a tree, so expectations read like the input with explicit grouping. */
export function show(n: FilterNode): string {
  switch (n.kind) {
    case 'and':
    case 'or':
      return `(${n.operands.map(show).join(` ${n.kind} `)})`;
    case 'not':
      return `(not ${show(n.operand)})`;
    case 'negate':
      return `(-${show(n.operand)})`;
    case 'compare':
    case 'arith':
      return `(${show(n.left)} ${n.op} ${show(n.right)})`;
    case 'in':
      return `(${show(n.left)} in ${show(n.right)})`;
    case 'list':
      return `[${n.items.map(show).join(',')}]`;
    case 'field':
      return n.it ? `$it/${n.name}` : n.name;
    case 'it':
      return '$it';
    case 'alias':
      return `@${n.name}`;
    case 'type':
      return `<${n.name}>`;
    case 'literal':
      if (n.type === 'string') return JSON.stringify(n.value);
      if (n.type === 'int' || n.type === 'decimal') return String(n.value);
      return ['time', 'guid', 'duration'].includes(n.type) ? `${n.type}:${n.text}` : n.text;
    case 'call':
      return `${n.name}(${n.args.map(show).join(',')})`;
    case 'case':
      return `case(${n.pairs.map((p) => `${show(p.when)}:${show(p.then)}`).join(',')})`;
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
    // Arithmetic with the precedence of §5.1.1.15: mul/div/divby/mod over add/sub over comparisons, left-associative.
    ['id add 2 mul 3 eq 8', '((id add (2 mul 3)) eq 8)'],
    ['id sub 1 sub 2 eq 0', '(((id sub 1) sub 2) eq 0)'],
    ['(4 add 5) mod (4 sub 1) eq 0', '(((4 add 5) mod (4 sub 1)) eq 0)'],
    ['id div 2 divby 3 mod 4 eq 0', '((((id div 2) divby 3) mod 4) eq 0)'],
    ['-id add 5 gt 3', '(((-id) add 5) gt 3)'],
    ['- id eq -5', '((-id) eq -5)'],
    // Chained comparisons parse; relational binds tighter than equality.
    ['id eq 1 eq true', '((id eq 1) eq true)'],
    ['id lt 5 eq id gt 2', '((id lt 5) eq (id gt 2))'],
    // `in` binds tighter than `not`, and tighter than comparisons.
    ['not id in (1,2)', '(not (id in [1,2]))'],
    ['id in (1,2) eq false', '((id in [1,2]) eq false)'],
    ['not isTerminated eq true', '((not isTerminated) eq true)'],
    ['id in ()', '(id in [])'],
    ['id in [1, 2]', '(id in [1,2])'],
    ['name in ["Golf", \'Polo\']', '(name in ["Golf","Polo"])'],
    ['id in (id)', '(id in id)'],
    ['id in @ids', '(id in @ids)'],
    // Literals.
    ['id eq 1e5 or id eq -2.5E-3 or id eq +7', '((id eq 100000) or (id eq -0.0025) or (id eq 7))'],
    ['id eq INF or id eq -INF or id eq NaN', '((id eq Infinity) or (id eq -Infinity) or (id eq NaN))'],
    ['id eq 99999999999999999999', '(id eq 100000000000000000000)'],
    ["terminationDate add duration'P30D' lt now()", "((terminationDate add duration:duration'P30D') lt now())"],
    ['terminationDate gt 2026-01-01T10:20:30.123456789012+02:00', '(terminationDate gt 2026-01-01T10:20:30.123456789012+02:00)'],
    ['time(terminationDate) lt 07:59:59.999', '(time(terminationDate) lt time:07:59:59.999)'],
    ['uniqueId eq 01234567-89ab-cdef-0123-456789abcdef', '(uniqueId eq guid:01234567-89ab-cdef-0123-456789abcdef)'],
    ['uniqueId eq deadbeef-89ab-cdef-0123-456789abcdef', '(uniqueId eq guid:deadbeef-89ab-cdef-0123-456789abcdef)'],
    ['terminationDate ge 2024-02-29', '(terminationDate ge 2024-02-29)'],
    // Every canonical function, case, cast and isof, paths, $it and aliases.
    ["concat(concat(brand,', '),model) eq 'Audi, A4'", '(concat(concat(brand,", "),model) eq "Audi, A4")'],
    ['round(id divby 3) eq floor(1.5) add ceiling(0.5)', '(round((id divby 3)) eq (floor(1.5) add ceiling(0.5)))'],
    [
      'hour(d) eq minute(d) add second(d) add fractionalseconds(d) add totaloffsetminutes(d)',
      '(hour(d) eq (((minute(d) add second(d)) add fractionalseconds(d)) add totaloffsetminutes(d)))',
    ],
    [
      'date(d) le date(now()) and d gt mindatetime() and d lt maxdatetime()',
      '((date(d) le date(now())) and (d gt mindatetime()) and (d lt maxdatetime()))',
    ],
    ["matchesPattern(serialNumber,'^SN-\\d+$')", 'matchesPattern(serialNumber,"^SN-\\\\d+$")'],
    ['now( ) gt d', '(now() gt d)'],
    ['case(id gt 0:1,id lt 0:-1,true:0) eq 1', '(case((id gt 0):1,(id lt 0):-1,true:0) eq 1)'],
    ['case( id gt 0 : 1 , true : 0 ) eq 1', '(case((id gt 0):1,true:0) eq 1)'],
    ["cast(id,Edm.String) eq '1'", '(cast(id,<Edm.String>) eq "1")'],
    ['isof(Model.BigOrder)', 'isof(<Model.BigOrder>)'],
    ['isof($it,Model.BigOrder)', 'isof($it,<Model.BigOrder>)'],
    ["userData/firstName eq 'Ann'", '(userData/firstName eq "Ann")'],
    ["$it/name eq 'x'", '($it/name eq "x")'],
    ['name eq @n', '(name eq @n)'],
    ['contains(@word,name)', 'contains(@word,name)'],
    // Whitespace: tabs are blanks, blanks inside calls and lists are fine.
    ['id\teq\t1', '(id eq 1)'],
    ["contains( name , 'x' )", 'contains(name,"x")'],
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
    ["NOT(name eq 'x')", 0, 3, "put a blank after 'NOT'"],
    ["not(name eq 'x')", 0, 3, "put a blank after 'not'"],
    ['id eq 1and id eq 2', 7, 3, "put a blank before 'and'"],
    ['id eq 1 and(id eq 2)', 8, 3, "put a blank after 'and'"],
    ["name eq'x'", 5, 2, "put a blank after 'eq'"],
    ['id in(1,2)', 3, 2, "put a blank after 'in'"],
    ['id mod2 eq 0', 3, 4, "unexpected 'mod2'"],
    ["contains (name,'x')", 0, 8, "no blank between a function name and '('"],
    ["userData/ firstName eq 'x'", 8, 1, "'/' is not an OData operator"],
    ['terminationDate eq 2026-01-01T00:00:00.1234567890123Z', 19, 34, '13 fraction digits — at most 12'],
    ['id eq 1.', 6, 2, "a number cannot end with '.'"],
    ['id eq .5', 6, 1, 'numbers start with a digit'],
    ["d lt duration'P1Y'", 5, 13, 'not a valid duration'],
    ["d lt binary'AAA'", 5, 11, 'flinkey records hold no binary'],
    ['name in (name, id)', 9, 4, "the list after 'in' holds values only"],
    ["type has 'x'", 5, 3, "'has' tests the flags"],
    ['(1,2) eq id', 2, 1, "a list of values can only follow 'in'"],
    ['id eq NULL', 6, 4, 'write null in lower case'],
    ['id eq inf', 6, 3, 'write INF'],
    ['case() eq 1', 0, 6, 'case needs at least one condition:value pair'],
    ['case(true,1) eq 1', 9, 1, "expected ':' between a condition and its value"],
    ['cast(id,1) eq 1', 8, 1, 'cast needs a type name as its last argument'],
    ['now(1) eq 1', 0, 6, 'now takes 0 arguments'],
    ['contains(name,)', 14, 1, "expected a value after ',', found ')'"],
    ['id eq $filter', 6, 7, 'looks like an option'],
    ['id eq $this', 6, 5, "'$this' has no use"],
    ['id eq 5 -3', 8, 2, "to add or subtract write 'sub 3'"],
    ['id eq 1\nor id eq 2', 7, 1, 'a line break cannot be sent'],
    ["name eq 'x' %20and id eq 1", 12, 3, "'%20' is a URL escape"],
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
    ['id eq 1,', 7, 1, "unexpected ',' after a complete expression"],
    ["contans(name,'x')", 0, 7, "unknown function 'contans' — did you mean 'contains'?"],
    ['contains(name)', 0, 14, 'contains takes 2 arguments'],
    ["substring(name,1,2,3) eq 'x'", 0, 21, 'substring takes 2 or 3 arguments'],
    ["contains(name 'x')", 14, 3, "expected ',' or ')' in contains(…)"],
    ["contains(name,'x'", 0, 9, "missing ')' to close 'contains('"],
    ['type in', 5, 2, "expected a list after 'in'"],
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
    // Arithmetic nests to the left: a run of operators is capped the same way, and never overflows the stack.
    assert.strictEqual(parseFilter(`id${' add 1'.repeat(MAX_DEPTH - 1)} eq 5`).kind, 'compare');
    const run = problemOf(`id${' add 1'.repeat(5000)} eq 5`);
    assert.ok(run.message.includes(`more than ${MAX_DEPTH} operators in a row`), run.message);
    assert.strictEqual(run.offset, 3 + 6 * MAX_DEPTH);
  });

  // How fast, and that the time grows linearly with the length, is measured by `npm run bench`.
  it('parses a 10 KB chain of conditions flat: one or with every condition as an operand', () => {
    const parts: string[] = [];
    for (let i = 0; parts.join(' or ').length < 10_000; i++) {
      parts.push(`(id eq ${i} and startswith(name,'n${i}'))`);
    }
    const text = parts.join(' or ');
    const node = parseFilter(text);
    assert.strictEqual(node.kind, 'or');
    if (node.kind === 'or') assert.strictEqual(node.operands.length, parts.length);
  });
});

describe('odata parseExpression: case notes (4.01 accepts any case, 4.0 servers want lower case)', () => {
  const noted: [string, string[]][] = [
    ['id EQ 1 AND id Eq 2', ["'EQ'", "'AND'", "'Eq'"]],
    ['NOT isTerminated', ["'NOT'"]],
    ["Contains(name,'x') eq TRUE", ["'Contains'", "'TRUE'"]],
    ['id In (1) OR id ADD 1 eq 2', ["'In'", "'OR'", "'ADD'"]],
    ["matchesPattern(name,'x') and contains(name,'y')", []],
  ];
  for (const [text, words] of noted) {
    it(`${text} → ${words.join(' ') || 'no notes'}`, () => {
      const notes = parseExpression(text, 'filter').notes;
      assert.deepStrictEqual(
        notes.map((n) => n.message.split(' ')[0]),
        words,
      );
      for (const n of notes) assert.strictEqual(text.slice(n.offset, n.offset + n.length), n.message.split("'")[1]);
    });
  }
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
      ['identifier', 'error', 'jsonString', 'error', 'error'],
    );
    assert.ok(tokens.every((t) => t.kind !== 'error' || (t.message ?? '').length > 0));
  });
});
