// The TextMate grammar, read by a small single-line TextMate matcher (earliest match wins, begin/end for
// strings, captures with nested patterns), enough to check what each part of a request is coloured as.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, Rule & { patterns?: Rule[] }>;
  patterns?: Rule[];
}

const root = join(__dirname, '..', '..', '..', '..', '..');
const mediaDir = [join(root, 'media'), join(root, '..', 'media'), '/work/main/media'].find((d) => {
  try {
    readFileSync(join(d, 'syntaxes', 'flinkey-query.tmLanguage.json'));
    return true;
  } catch {
    return false;
  }
})!;
const grammar = JSON.parse(readFileSync(join(mediaDir, 'syntaxes', 'flinkey-query.tmLanguage.json'), 'utf8')) as {
  patterns: Rule[];
  repository: Record<string, Rule>;
};

function flatten(rules: Rule[]): Rule[] {
  return rules.flatMap((r) =>
    r.include ? flatten([grammar.repository[r.include.slice(1)]]) : r.patterns && !r.match && !r.begin ? flatten(r.patterns) : [r],
  );
}

type Token = [text: string, scope: string];

function tokenizeLine(line: string): Token[] {
  const out: Token[] = [];
  const rules = flatten(grammar.patterns);
  let pos = 0;
  while (pos < line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const re = new RegExp(rule.match ?? rule.begin!, 'dg');
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && m[0].length > 0 && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    if (rule.begin) {
      const endRe = new RegExp(`(${rule.patterns?.map((p) => p.match).join('|') || '(?!)'})|(${rule.end})`, 'g');
      endRe.lastIndex = m.index + m[0].length;
      let stop = line.length;
      for (let e = endRe.exec(line); e; e = endRe.exec(line)) {
        if (e[e.length - 1] !== undefined && e[1] === undefined) {
          stop = e.index + e[0].length;
          break;
        }
      }
      out.push([line.slice(m.index, stop), rule.name!]);
      pos = stop;
      continue;
    }
    const caps = rule.captures ?? {};
    const indices = (m as RegExpExecArray & { indices: [number, number][] }).indices;
    let any = false;
    for (const [k, cap] of Object.entries(caps)) {
      const span = indices[Number(k)];
      if (k !== '0' && span && cap.name) {
        out.push([line.slice(span[0], span[1]), cap.name]);
        any = true;
      }
    }
    if (!any) out.push([m[0], rule.name ?? caps['0']?.name ?? '']);
    pos = m.index + m[0].length;
  }
  return out;
}

const scopeOf = (line: string, text: string): string | undefined => tokenizeLine(line).find(([t]) => t === text)?.[1];

describe('flinkey-query grammar', () => {
  it('every regular expression compiles', () => {
    const all: Rule[] = [...grammar.patterns, ...Object.values(grammar.repository)];
    const visit = (r: Rule) => {
      for (const re of [r.match, r.begin, r.end]) if (re) new RegExp(re);
      r.patterns?.forEach(visit);
      Object.values(r.captures ?? {}).forEach(visit);
    };
    all.forEach(visit);
  });

  const line =
    "GET /products/42?$filter=type eq 'O''Neil' and dongleTerminationTimeStamp lt 2026-01-01T00:00:00Z or startswith(serialNumber,'SN') and id ge -5 and isTerminated ne null&$orderby=id desc&$top=20";
  const table: [string, string][] = [
    ['GET', 'keyword.control.method.flinkey-query'],
    ['/products/42', 'entity.name.function.path.flinkey-query'],
    ['?', 'punctuation.separator.query.flinkey-query'],
    ['$filter', 'support.type.option.flinkey-query'],
    ['=', 'keyword.operator.assignment.flinkey-query'],
    ['type', 'variable.other.field.flinkey-query'],
    ['eq', 'keyword.operator.comparison.flinkey-query'],
    ["'O''Neil'", 'string.quoted.single.flinkey-query'],
    ['and', 'keyword.operator.logical.flinkey-query'],
    ['2026-01-01T00:00:00Z', 'constant.other.date.flinkey-query'],
    ['startswith', 'support.function.flinkey-query'],
    ['-5', 'constant.numeric.flinkey-query'],
    ['null', 'constant.language.flinkey-query'],
    ['&', 'punctuation.separator.query.flinkey-query'],
    ['desc', 'keyword.other.order.flinkey-query'],
    ['20', 'constant.numeric.flinkey-query'],
  ];
  for (const [text, scope] of table) {
    it(`${text} → ${scope}`, () => {
      assert.strictEqual(scopeOf(line, text), scope, JSON.stringify(tokenizeLine(line)));
    });
  }

  const line2 =
    "GET /services?$filter=terminationDate add duration'P30D' lt now() and id mod 2 eq 0 and uniqueId ne 01234567-89ab-cdef-0123-456789abcdef and time(terminationDate) lt 08:30 and id eq 1.5e3 and id ne INF and cast(id,Edm.String) eq @n and name in [\"Golf\"] and $it/name ne null&$expand=keyForm($select=imageUrl)&@n='7'";
  const table2: [string, string][] = [
    ['add', 'keyword.operator.arithmetic.flinkey-query'],
    ['mod', 'keyword.operator.arithmetic.flinkey-query'],
    ["duration'P30D'", 'constant.other.duration.flinkey-query'],
    ['now', 'support.function.flinkey-query'],
    ['01234567-89ab-cdef-0123-456789abcdef', 'constant.other.guid.flinkey-query'],
    ['08:30', 'constant.other.time.flinkey-query'],
    ['1.5e3', 'constant.numeric.flinkey-query'],
    ['INF', 'constant.numeric.flinkey-query'],
    ['cast', 'support.function.flinkey-query'],
    ['Edm.String', 'support.type.edm.flinkey-query'],
    ['@n', 'variable.parameter.alias.flinkey-query'],
    ['"Golf"', 'string.quoted.double.flinkey-query'],
    ['$it', 'variable.language.it.flinkey-query'],
    ['$expand', 'support.type.option.flinkey-query'],
    ['keyForm', 'variable.other.field.flinkey-query'],
  ];
  for (const [text, scope] of table2) {
    it(`${text} → ${scope}`, () => {
      assert.strictEqual(scopeOf(line2, text), scope, JSON.stringify(tokenizeLine(line2)));
    });
  }

  it('a function name followed by a blank is not coloured as a call (OData allows no blank there)', () => {
    assert.strictEqual(scopeOf("GET /products?$filter=contains (name,'x')", 'contains'), 'variable.other.field.flinkey-query');
  });

  it('comments, separators and percent escapes', () => {
    assert.deepStrictEqual(tokenizeLine('# all IQs'), [['# all IQs', 'comment.line.flinkey-query']]);
    assert.deepStrictEqual(tokenizeLine('  // note'), [['  // note', 'comment.line.flinkey-query']]);
    assert.deepStrictEqual(tokenizeLine('### services'), [['### services', 'comment.line.separator.flinkey-query']]);
    assert.strictEqual(scopeOf('GET /products?$filter=type%20eq%201', '%20'), 'constant.character.escape.url.flinkey-query');
    assert.strictEqual(scopeOf("  and name eq 'x'", 'name'), 'variable.other.field.flinkey-query', 'continuation lines are coloured too');
    assert.strictEqual(scopeOf("x eq 'it''s' and y", 'and'), 'keyword.operator.logical.flinkey-query', "'' does not end the string");
  });
});
