// The query features on the fleet paths: matching, the $top warning and its fix, notes on options, fields, hovers.
import * as assert from 'assert';
import {
  complete,
  diagnose,
  hover,
  inputFeedback,
  matchPath,
  pathOfMatch,
  prepareRequest,
  type RouteMatch,
} from '../../../../src/core/queryLanguage';
import { atCursor, NOW } from './cursor';

const match = (path: string): RouteMatch => {
  const m = matchPath(path);
  assert.ok('route' in m, `${path}: ${'message' in m ? m.message : ''}`);
  return m;
};
const problem = (path: string): string => {
  const m = matchPath(path);
  assert.ok('message' in m, `${path} should not match`);
  return m.message;
};

/** Applies a diagnostic's quick fix (offsets into the file) to the text. */
function applyEdit(text: string, d: ReturnType<typeof diagnose>[number]): string {
  assert.ok(d.fix, 'a quick fix');
  return text.slice(0, d.fix.offset) + d.fix.newText + text.slice(d.fix.offset + d.fix.length);
}

describe('query paths of the fleet', () => {
  it('matches every new path, case-insensitively, with its id or brand', () => {
    const cases: [string, string, number | undefined, string | undefined][] = [
      ['/cars', 'cars', undefined, undefined],
      ['/Cars/42', 'car', 42, undefined],
      ['/cars/42/assignments', 'carAssignments', 42, undefined],
      ['/cars/42/Events/', 'carEvents', 42, undefined],
      ['/users', 'users', undefined, undefined],
      ['/users/7', 'user', 7, undefined],
      ['/assignments/9', 'assignment', 9, undefined],
      ['/events/11', 'event', 11, undefined],
      ['/groups', 'groups', undefined, undefined],
      ['/groups/3/cars', 'groupCars', 3, undefined],
      ['/brands', 'brands', undefined, undefined],
      ['/brands/Citro%C3%ABn/keys', 'brandKeys', undefined, 'Citroën'],
      ['/brands/BMW/keys', 'brandKeys', undefined, 'BMW'],
    ];
    for (const [path, kind, id, brand] of cases) {
      const m = match(path);
      assert.deepStrictEqual([m.route.kind, m.id, m.brand], [kind, id, brand], path);
    }
    assert.strictEqual(pathOfMatch(match('/brands/Citro%C3%ABn/keys')), '/brands/Citro%C3%ABn/keys');
    assert.strictEqual(pathOfMatch(match('/brands/Mercedes-Benz/keys')), '/brands/Mercedes-Benz/keys');
    assert.strictEqual(pathOfMatch(match('/Cars/42/EVENTS')), '/cars/42/events');
  });

  it('explains paths the API does not have', () => {
    assert.match(problem('/cars/abc'), /'abc' is not a car ID/);
    assert.match(problem('/users/{id}'), /replace \{id\} with a user ID, e\.g\. \/users\/42/);
    assert.match(problem('/brands/{brand}/keys'), /replace \{brand\} with a brand name/);
    assert.match(problem('/brands/%E0%A4%A/keys'), /not a valid percent-encoded brand name/);
    assert.match(problem('/brands//keys'), /write a brand name between \/brands\/ and \/keys/);
    assert.match(problem('/groups/5'), /did you mean \/groups\/5\/cars\?/);
    assert.match(problem('/cars/5/event'), /did you mean \/cars\/5\/events\?/);
    assert.match(problem('/assignments'), /unknown path \/assignments/);
    assert.match(problem('/users/5/assignments'), /unknown path/);
    assert.match(problem('/brands/BMW'), /did you mean \/brands\/BMW\/keys\?/);
  });

  it('warns about events without $top, with a fix that adds it', () => {
    for (const text of [
      'GET /cars/5/events',
      'GET /cars/5/events?',
      "GET /cars/5/events?$filter=type eq 'CarOpened'",
      'GET /cars/5/events?$skip=5&',
    ]) {
      const warnings = diagnose(text).filter((d) => d.severity === 'warning');
      assert.strictEqual(warnings.length, 1, `${text}: ${JSON.stringify(warnings)}`);
      assert.match(warnings[0].message, /\$top/);
      assert.strictEqual(warnings[0].fix!.title, 'Add $top=50');
      const fixed = applyEdit(text, warnings[0]);
      assert.deepStrictEqual(diagnose(fixed), [], `${fixed} still has problems`);
      assert.ok(fixed.includes('$top=50'), fixed);
    }
    assert.strictEqual(applyEdit('GET /cars/5/events', diagnose('GET /cars/5/events')[0]), 'GET /cars/5/events?$top=50');
    assert.deepStrictEqual(diagnose('GET /cars/5/events?$top=10'), []);
    assert.deepStrictEqual(diagnose('GET /events/5'), [], 'one event needs no $top');
    assert.deepStrictEqual(diagnose('GET /cars/5/assignments'), []);
  });

  it('gives the palette box the same warning and fix, in its own text', () => {
    const bare = prepareRequest('/cars/5/events', "type eq 'CarOpened'");
    assert.ok(bare.ok);
    const [warning] = bare.warnings;
    assert.strictEqual(warning.severity, 'warning');
    const fix = warning.fix!;
    const typed = "type eq 'CarOpened'";
    const fixedText = typed.slice(0, fix.offset) + fix.newText + typed.slice(fix.offset + fix.length);
    const fixed = prepareRequest('/cars/5/events', fixedText);
    assert.ok(fixed.ok && fixed.options.top === 50 && fixed.options.filter === "type eq 'CarOpened'" && fixed.warnings.length === 0);
    const empty = prepareRequest('/cars/5/events', '');
    assert.ok(empty.ok && empty.warnings[0].fix!.newText === '$top=50');
    const events = match('/cars/5/events').route;
    const feedback = inputFeedback("type eq 'CarOpened'", 'event', NOW, { requireTop: events.requiresTop, accepts: events.options });
    assert.strictEqual(feedback.severity, 'warning');
    assert.match(feedback.message!, /^column 1: .*\$top/);
    assert.strictEqual(inputFeedback("type eq 'CarOpened'&$top=5", 'event', NOW, { requireTop: true }).message, undefined);
  });

  it('notes that /groups options are applied here, and refuses field options on /brands', () => {
    const groups = diagnose("GET /groups?$filter=startswith(name,'P')&$top=5");
    assert.deepStrictEqual(
      groups.map((d) => d.severity),
      ['information', 'information'],
    );
    assert.match(groups[0].message, /not sent.*applied here/);
    assert.deepStrictEqual(diagnose('GET /groups'), []);
    const brands = diagnose('GET /brands?$select=*&$top=5');
    assert.deepStrictEqual(
      brands.map((d) => [d.severity, /only \$top and \$skip/.test(d.message)]),
      [['error', true]],
    );
    assert.deepStrictEqual(diagnose('GET /brands?$top=5&$skip=5'), []);
  });

  it("knows the new entities' fields, nested ones by their path", () => {
    const { text, offset } = atCursor('GET /users?$filter=|');
    const labels = complete(text, offset, { now: NOW }).map((e) => e.label);
    for (const f of ['emailAddress', 'userData']) assert.ok(labels.includes(f), f);
    const inner = atCursor('GET /users?$filter=userData/|');
    assert.deepStrictEqual(
      complete(inner.text, inner.offset, { now: NOW }).map((e) => e.label),
      ['firstName', 'lastName'],
    );
    assert.deepStrictEqual(diagnose("GET /users?$filter=contains(tolower(userData/lastName),'weiß')&$select=id,userData"), []);
    assert.match(diagnose('GET /users?$filter=userData/firstName eq 5')[0].message, /is a string/);
    assert.match(diagnose('GET /users?$select=userData/middleName')[0].message, /unknown field 'middleName' on 'userData'/);
    assert.deepStrictEqual(diagnose('GET /cars/5/events?$top=5&$filter=latitude gt 48.1 and longitude ne null'), []);
    assert.match(diagnose("GET /cars/5/events?$top=5&$filter=latitude gt '48'")[0].message, /is a decimal number/);
    assert.deepStrictEqual(diagnose('GET /brands/BMW/keys?$select=boxName,keyForm/imageUrl&$filter=boxSapNumber ne null'), []);
  });

  it('completes the new paths with placeholders for ids and brands', () => {
    const { text, offset } = atCursor('GET /br|');
    const items = complete(text, offset, { now: NOW });
    assert.strictEqual(items.find((e) => e.label === 'brands/{brand}/keys')?.insertText, 'brands/${1:brand}/keys');
    assert.strictEqual(items.find((e) => e.label === 'cars/{id}/events')?.insertText, 'cars/${1:id}/events');
  });

  it('hovers explain the paths and the nested fields', () => {
    const at = (marked: string) => {
      const { text, offset } = atCursor(marked);
      return hover(text, offset)?.markdown ?? '';
    };
    assert.match(at('GET /cars/5/ev|ents'), /Always send \$top/);
    assert.match(at('GET /bra|nds'), /without the Customer-ID header/);
    assert.match(at('GET /gro|ups'), /No query options are documented/);
    assert.match(at('GET /users?$filter=userData/first|Name eq null'), /First name of the user/);
  });
});
