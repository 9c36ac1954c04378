import * as assert from 'assert';
import { formatProblem, fromSearchParams, parseQueryText, type QueryOptions, quoteString, toQueryString } from '../../../../src/core/odata';

describe('odata quoteString', () => {
  const cases: [string, string][] = [
    ["O'Neil", "'O''Neil'"],
    ['', "''"],
    ["''", "''''''"],
    ['flinkey IQ', "'flinkey IQ'"],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.strictEqual(quoteString(input), expected));
  }
});

describe('odata toQueryString / fromSearchParams', () => {
  it('builds the options in a fixed order, percent-encoded, spaces as %20', () => {
    const qs = toQueryString({
      top: 50,
      select: 'id,serialNumber',
      filter: "type eq 'flinkey IQ'",
      skip: 100,
      orderby: 'serialNumber desc',
    });
    assert.strictEqual(qs, "$filter=type%20eq%20'flinkey%20IQ'&$orderby=serialNumber%20desc&$select=id%2CserialNumber&$top=50&$skip=100");
    assert.strictEqual(toQueryString({}), '');
    assert.strictEqual(toQueryString({ filter: '  ', top: 0 }), '$top=0');
    assert.ok(!toQueryString({ filter: 'a eq 1' }).startsWith('?'));
  });

  const roundTrips: QueryOptions[] = [
    { filter: "name eq 'O''Neil & Sons' and contains(name,'100%')", top: 3 },
    { filter: 'terminationDate gt 2026-01-01T10:00:00+02:00' },
    { orderby: 'brand,model desc', select: 'id,name', skip: 7 },
    { filter: "name eq 'a=b?c#d/é'" },
  ];
  for (const options of roundTrips) {
    it(`round-trips ${JSON.stringify(options)}`, () => {
      const back = fromSearchParams(new URLSearchParams(toQueryString(options)));
      assert.deepStrictEqual(back, { options, problems: [] });
    });
  }

  it('reports unknown $-options and duplicates, ignores other params', () => {
    const params = new URLSearchParams('$top=1&$search=car&x=1&$top=2&$count=true&$fitler=id eq 1&$orderby=id');
    const { options, problems } = fromSearchParams(params);
    assert.deepStrictEqual(options, { top: 1, orderby: 'id' });
    assert.deepStrictEqual(
      problems.map((p) => [p.option, p.message.split(' (')[0]]),
      [
        ['query', "unsupported query option '$search'"],
        ['query', '$top is given more than once'],
        ['query', "unsupported query option '$count'"],
        ['query', "unsupported query option '$fitler' — did you mean '$filter'?"],
      ],
    );
    const text = params.toString();
    for (const p of problems) {
      assert.strictEqual(text.slice(p.offset, p.offset + 3), '%24', formatProblem(p)); // toString() encodes '$'
    }
    assert.strictEqual(text.slice(problems[1].offset, problems[1].offset + problems[1].length), '%24top');
  });

  it('reports bad $top/$skip and empty values', () => {
    const { options, problems } = fromSearchParams(new URLSearchParams('$top=-1&$skip=abc&$filter=&$select=id'));
    assert.deepStrictEqual(options, { select: 'id' });
    assert.deepStrictEqual(
      problems.map((p) => p.option),
      ['top', 'skip', 'filter'],
    );
    assert.ok(problems[0].message.includes('$top must be a whole number ≥ 0'));
  });
});

describe('odata parseQueryText', () => {
  it('reads a full query and gives each value span', () => {
    const input = "$filter=type eq 'flinkey IQ'&$top=5";
    const r = parseQueryText(input);
    assert.deepStrictEqual(r.options, { filter: "type eq 'flinkey IQ'", top: 5 });
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(input.slice(r.spans.filter!.start, r.spans.filter!.end), "type eq 'flinkey IQ'");
    assert.strictEqual(input.slice(r.spans.top!.start, r.spans.top!.end), '5');
  });

  it('takes a bare filter expression', () => {
    const input = "  type eq 'flinkey IQ'  ";
    const r = parseQueryText(input);
    assert.deepStrictEqual(r.options, { filter: "type eq 'flinkey IQ'" });
    assert.deepStrictEqual(r.spans, { filter: { start: 2, end: 22 } });
  });

  it("tolerates '?', spaces around '&' and '=', and names without '$'", () => {
    const input = ' ?$filter = id eq 1  &  top=5 & $Skip= 2 &orderby=id desc&';
    const r = parseQueryText(input);
    assert.deepStrictEqual(r.options, { filter: 'id eq 1', top: 5, skip: 2, orderby: 'id desc' });
    assert.deepStrictEqual(r.problems, []);
    for (const [name, value] of [
      ['filter', 'id eq 1'],
      ['top', '5'],
      ['skip', '2'],
      ['orderby', 'id desc'],
    ] as const) {
      assert.strictEqual(input.slice(r.spans[name]!.start, r.spans[name]!.end), value);
    }
  });

  it("keeps '&' inside strings and '&&' in a filter (so the filter check can hint 'and')", () => {
    const r = parseQueryText("$filter=name eq 'A&$top=1' && id eq 1&$top=2");
    assert.deepStrictEqual(r.options, { filter: "name eq 'A&$top=1' && id eq 1", top: 2 });
  });

  it('a bare filter followed by options', () => {
    const r = parseQueryText('isTerminated eq false&$orderby=name');
    assert.deepStrictEqual(r.options, { filter: 'isTerminated eq false', orderby: 'name' });
  });

  it('maps option problems into the input with spans', () => {
    const input = '$top=5&$search=car&$top=6&$skip=x1';
    const r = parseQueryText(input);
    assert.deepStrictEqual(r.options, { top: 5 });
    const [search, dup, skip] = r.problems;
    assert.strictEqual(input.slice(search.offset, search.offset + search.length), '$search');
    assert.strictEqual(dup.option, 'query');
    assert.strictEqual(input.slice(dup.offset, dup.offset + dup.length), '$top');
    assert.strictEqual(skip.option, 'skip');
    assert.strictEqual(r.spans.skip!.start + skip.offset, input.indexOf('x1'));
  });

  it('decodes URL text exactly once, and keeps typed text as typed', () => {
    const encoded = "$filter=type%20eq%20'flinkey%20IQ'&$top=5";
    assert.deepStrictEqual(parseQueryText(encoded, 'url').options, { filter: "type eq 'flinkey IQ'", top: 5 });
    assert.deepStrictEqual(parseQueryText(encoded).options, { filter: "type%20eq%20'flinkey%20IQ'", top: 5 });
    // Once: %2541 is '%41' in a URL, not 'A'.
    assert.deepStrictEqual(parseQueryText("$filter=contains(name,'%2541')", 'url').options, { filter: "contains(name,'%41')" });
  });

  it("the same typed text means the same thing whether or not a blank is near a '%'", () => {
    for (const input of ["$filter=contains(name,'%41')", "$filter=contains(name, '%41')", "contains(name,'%41')"]) {
      const filter = parseQueryText(input).options.filter!;
      assert.ok(filter.includes("'%41'"), `${input} → ${filter}`);
    }
    for (const input of ["$filter=contains(name,'%41')", "$filter=contains(name, '%41')"]) {
      assert.ok(parseQueryText(input, 'url').options.filter!.includes("'A'"), input);
    }
  });

  it('reads a pasted http URL as URL text, from its query part', () => {
    const r = parseQueryText("https://api.flinkey.de/v3/products?$filter=type%20eq%20'flinkey%20IQ'&$top=5");
    assert.deepStrictEqual(r.options, { filter: "type eq 'flinkey IQ'", top: 5 });
    assert.strictEqual(r.url, true);
    assert.match(parseQueryText('https://api.flinkey.de/v3/products').problems[0].message, /no query options/);
  });

  it("a '%' that starts no escape in URL text is a positioned problem, not a crash", () => {
    const input = "$filter=contains(name,'100%')&$top=1";
    const r = parseQueryText(input, 'url');
    assert.strictEqual(r.options.filter, undefined);
    assert.strictEqual(r.problems[0].option, 'filter');
    assert.strictEqual(input[r.spans.filter!.start + r.problems[0].offset], '%');
    assert.match(r.problems[0].message, /%25/);
  });

  it('reads parameter aliases and $expand, and writes them back', () => {
    const input = "$filter=name eq @n&$expand=keyForm($select=imageUrl)&@n='Golf'";
    const r = parseQueryText(input);
    assert.deepStrictEqual(r.options, { filter: 'name eq @n', expand: 'keyForm($select=imageUrl)', aliases: { n: "'Golf'" } });
    assert.strictEqual(input.slice(r.spans['@n']!.start, r.spans['@n']!.end), "'Golf'");
    const back = fromSearchParams(new URLSearchParams(toQueryString(r.options)));
    assert.deepStrictEqual(back, { options: r.options, problems: [] });
    assert.match(parseQueryText("@n='a'&@n='b'").problems[0].message, /more than once/);
  });

  it('never throws on odd input', () => {
    for (const input of ['', '?', '&', '=', '$', '$=1', '&&&', "'", "$filter='", 'top', '$top', '$top=', '?&$top=1&']) {
      const r = parseQueryText(input);
      assert.ok(Array.isArray(r.problems), input);
    }
    assert.deepStrictEqual(parseQueryText('').options, {});
    assert.strictEqual(parseQueryText('$top=').problems[0].option, 'top');
  });
});
