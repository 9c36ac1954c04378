// package.json and the code agree: the command table ⇔ contributed ⇔ registered commands, categories, menus, view ids,
// context keys, and the contextValue tokens the tree emits against the menus' `viewItem =~` clauses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as constants from '../../src/constants';
import { readManifest } from './manifestText';
import { commandEntries, type Handler } from '../../src/ui/commands/commandTable';
import { CONTEXT_TOKENS, contextValue } from '../../src/ui/fleetView/contextValue';
import { QUERY_CONTEXT } from '../../src/ui/queryViews/contextValue';

const { COMMAND, CONTEXT, FLEET_VIEW, LIBRARY_VIEW, QUERY_LANGUAGE, RESULTS_VIEW } = constants;
const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = readManifest();
const contributes = pkg.contributes ?? {};
const commands: { command: string; title: string; category?: string; icon?: string }[] = contributes.commands ?? [];
const menus: Record<string, { command: string; when?: string; group?: string }[]> = contributes.menus ?? {};
const allMenuItems = Object.entries(menus).flatMap(([menu, items]) => items.map((i) => ({ menu, ...i })));

/** The `viewItem =~ /…/` regexes of a when clause. */
function viewItemPatterns(when: string | undefined): RegExp[] {
  return [...(when ?? '').matchAll(/viewItem\s*=~\s*\/((?:[^/\\]|\\.)+)\/([a-z]*)/g)].map((m) => new RegExp(m[1], m[2]));
}

/** The menu entries of the Fleet view's items whose viewItem clause matches `value`. */
function itemMenusFor(value: string): string[] {
  return (menus['view/item/context'] ?? []).filter((i) => viewItemPatterns(i.when).some((re) => re.test(value))).map((i) => i.command);
}

const product = {
  id: 1,
  uniqueId: 'U1',
  serialNumber: 'S1',
  sapNumber: '7',
  dongleTerminationTimeStamp: null,
  type: 'flinkey Box' as const,
};
const car = { id: 3, name: 'Golf', description: null, vin: 'WVW1', licensePlate: 'B-X 1', brand: null, model: null };
const service = { id: 2, name: 'Pool', productId: 1, isTerminated: false, terminationDate: null, terminationCause: null };
const user = { id: 5, emailAddress: 'anna@example.com', userData: { firstName: 'Anna', lastName: null } };
const assignment = { id: 6, carId: 3, userId: 5, start: '2025-01-01T00:00:00Z', end: null, lifetime: null, renewableAfter: null };
const event = {
  id: 7,
  dateTime: '2025-01-01T01:00:00+01:00',
  utcDateTime: '2025-01-01T00:00:00Z',
  userId: 5,
  carId: 3,
  type: 'CarOpened',
  userAgent: 'app',
  latitude: null,
  longitude: null,
};

describe('manifest', () => {
  it('package.json contributes exactly the commands of the table, each once', () => {
    const ids = commands.map((c) => c.command);
    assert.deepStrictEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      'contributed twice',
    );
    assert.deepStrictEqual([...ids].sort(), Object.values(COMMAND).sort());
  });

  it('each key of the command table is its id without flinkey.', () => {
    for (const [name, id] of Object.entries(COMMAND)) assert.strictEqual(id, `flinkey.${name}`);
  });

  it('registration goes through the table: one handler per contributed command, and no other', () => {
    const recorded: string[] = [];
    const handlers: Record<string, Handler> = Object.fromEntries(Object.keys(COMMAND).map((name) => [name, () => recorded.push(name)]));
    const entries = commandEntries(handlers);
    assert.deepStrictEqual(entries.map(([id]) => id).sort(), commands.map((c) => c.command).sort());
    for (const [, handler] of entries) handler();
    assert.deepStrictEqual(
      recorded.map((name) => `flinkey.${name}`),
      entries.map(([id]) => id),
      'each id runs its own handler',
    );
    const { showLog: _missing, ...withoutShowLog } = handlers;
    assert.throws(() => commandEntries(withoutShowLog), /No handler for flinkey\.showLog/);
    assert.throws(() => commandEntries({ ...handlers, showLogs: () => 1 }), /showLogs/);
  });

  it('every command has a title and a category', () => {
    for (const c of commands) {
      assert.ok(c.title?.trim(), `${c.command} has no title`);
      assert.ok(c.category?.trim(), `${c.command} has no category`);
    }
  });

  it('menus name contributed commands only; inline and title-bar entries have icons', () => {
    const byId = new Map(commands.map((c) => [c.command, c]));
    for (const item of allMenuItems) {
      assert.ok(byId.has(item.command), `${item.menu} names ${item.command}, which is not contributed`);
      const shownAsIcon =
        item.group?.startsWith('inline') ||
        ((item.menu === 'view/title' || item.menu === 'editor/title') && item.group?.startsWith('navigation'));
      if (shownAsIcon) assert.ok(byId.get(item.command)!.icon, `${item.command} is shown as an icon in ${item.menu} but has none`);
    }
  });

  it('tree-only commands are hidden from the palette', () => {
    const hidden = new Set((menus.commandPalette ?? []).filter((i) => i.when === 'false').map((i) => i.command));
    assert.ok(hidden.has(COMMAND.loadMore) && hidden.has(COMMAND.retry));
  });

  it('view ids, the container, the auth provider and the activation events match src/constants.ts', () => {
    const containers = (contributes.viewsContainers?.activitybar ?? []) as { id: string; icon: string }[];
    const container = containers.find((c) => c.id === constants.VIEW_CONTAINER);
    assert.ok(container, `no activity bar container ${constants.VIEW_CONTAINER}`);
    assert.ok(fs.existsSync(path.join(ROOT, container.icon)), `missing icon ${container.icon}`);
    const views = (contributes.views?.[constants.VIEW_CONTAINER] ?? []).map((v: { id: string }) => v.id);
    assert.deepStrictEqual(views, [FLEET_VIEW, RESULTS_VIEW, LIBRARY_VIEW]);
    for (const item of allMenuItems) {
      for (const m of (item.when ?? '').matchAll(/\bview\s*==\s*([\w.-]+)/g)) {
        assert.ok(views.includes(m[1]), `${item.menu} ${item.command}: unknown view ${m[1]}`);
      }
    }
    assert.ok(
      (contributes.viewsWelcome ?? []).some((w: { view: string }) => w.view === FLEET_VIEW),
      'no welcome content',
    );
    assert.ok((contributes.authentication ?? []).some((a: { id: string }) => a.id === constants.AUTH_PROVIDER_ID));
    // VS Code derives onView and onAuthenticationRequest from these contributions; documents need the scheme.
    assert.ok(pkg.activationEvents.includes(`onFileSystem:${constants.URI_SCHEME}`));
  });

  it('the welcome view links Sign In and Explore the Demo Fleet', () => {
    const welcome = contributes.viewsWelcome.find((w: { view: string }) => w.view === FLEET_VIEW);
    assert.match(welcome.contents, new RegExp(`\\(command:${COMMAND.signIn.replace('.', '\\.')}\\)`));
    assert.match(welcome.contents, new RegExp(`\\(command:${COMMAND.exploreDemo.replace('.', '\\.')}\\)`));
    assert.strictEqual(welcome.when, `!${CONTEXT.signedIn}`);
  });

  it('context keys in when clauses are the ones src/constants.ts sets', () => {
    const known = new Set<string>(Object.values(CONTEXT));
    const views = new Set<string>([FLEET_VIEW, RESULTS_VIEW, LIBRARY_VIEW]);
    const whens = [
      ...allMenuItems.map((i) => i.when ?? ''),
      ...(contributes.viewsWelcome ?? []).map((w: { when?: string }) => w.when ?? ''),
    ];
    for (const when of whens) {
      // `view =~ /^flinkey\.(fleet|queryResults)$/` names views, not context keys.
      for (const m of when.replace(/view\s*=~\s*\/(?:[^/\\]|\\.)+\//g, '').matchAll(/\bflinkey\.[\w.]+/g)) {
        if (views.has(m[0])) continue;
        assert.ok(known.has(m[0]), `unknown context key ${m[0]} in "${when}"`);
      }
    }
  });

  it('every contextValue token appears in a menu when clause', () => {
    const patterns = (menus['view/item/context'] ?? []).map((i) => i.when ?? '').join(' ');
    for (const token of CONTEXT_TOKENS) assert.match(patterns, new RegExp(`\\b${token}\\b`), `token ${token} is in no menu`);
  });

  it('the tree emits only known tokens', () => {
    const values = [
      contextValue({ kind: 'product', product }),
      contextValue({ kind: 'product', product: { ...product, type: 'flinkey IQ', uniqueId: '', serialNumber: '' } }),
      contextValue({ kind: 'service', service }),
      contextValue({ kind: 'car', car, productId: 1 }),
      contextValue({ kind: 'car', car: { ...car, vin: null, licensePlate: null }, productId: 1 }),
      contextValue({ kind: 'section' }),
      contextValue({ kind: 'section', filtered: true }),
      contextValue({ kind: 'activity' }),
      contextValue({ kind: 'user', user }),
      contextValue({ kind: 'user', user: { ...user, emailAddress: '' } }),
      contextValue({ kind: 'assignment', assignment }),
      contextValue({ kind: 'event', event }),
      contextValue({ kind: 'group', group: { id: 4, name: 'Pool' } }),
      contextValue({ kind: 'message', retry: true }),
      contextValue({ kind: 'message', retry: false }),
    ];
    for (const value of values) {
      for (const token of value.split(';')) assert.ok((CONTEXT_TOKENS as readonly string[]).includes(token), `${token} (in ${value})`);
    }
  });

  it('the query views, language and row tokens are wired in package.json', () => {
    const langs = (contributes.languages ?? []) as { id: string; extensions: string[]; configuration: string }[];
    const lang = langs.find((l) => l.id === QUERY_LANGUAGE);
    assert.ok(lang, 'no flinkey-query language');
    assert.deepStrictEqual(lang.extensions, ['.flinkey-query', '.fq']);
    assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)), lang.configuration);
    const grammar = (contributes.grammars ?? []).find((g: { language: string }) => g.language === QUERY_LANGUAGE);
    assert.ok(grammar && fs.existsSync(path.join(ROOT, grammar.path)), 'no grammar file');
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')).scopeName, grammar.scopeName);
    const itemWhens = (menus['view/item/context'] ?? []).map((i) => i.when ?? '').join(' ');
    for (const token of Object.values(QUERY_CONTEXT)) {
      assert.match(itemWhens, new RegExp(`\\b${token}\\b`), `token ${token} is in no menu`);
    }
    assert.ok(
      (contributes.viewsWelcome ?? []).some(
        (w: { view: string; contents: string }) => w.view === RESULTS_VIEW && w.contents.includes(`command:${COMMAND.runQuery}`),
      ),
    );
    // Fleet rows in Query Results get the explorer's row actions, but not Refresh (it refreshes the Fleet tree).
    const inResults = (command: string) =>
      (menus['view/item/context'] ?? []).some(
        (i) => i.command === command && /flinkey\\?\.\(fleet\|queryResults\)|view == flinkey\.queryResults/.test(i.when ?? ''),
      );
    for (const c of [COMMAND.openDetails, COMMAND.copyId, COMMAND.copyVin, COMMAND.copyAsCurl]) {
      assert.ok(inResults(c), `${c} not offered in Query Results`);
    }
    assert.ok(!inResults(COMMAND.refresh), 'Refresh offered in Query Results');
  });

  it('menus offer each copy command exactly where its value exists', () => {
    const C = COMMAND;
    const box = itemMenusFor(contextValue({ kind: 'product', product }));
    assert.ok(
      [C.openDetails, C.copyId, C.copyUniqueId, C.copySerialNumber, C.insertId, C.refresh].every((c) => box.includes(c)),
      box.join(),
    );
    assert.ok(!box.includes(C.copyVin) && !box.includes(C.copyLicensePlate) && !box.includes(C.retry));
    const bare = itemMenusFor(contextValue({ kind: 'product', product: { ...product, type: 'flinkey IQ', uniqueId: '' } }));
    assert.ok(bare.includes(C.copySerialNumber) && !bare.includes(C.copyUniqueId), bare.join());
    const withVin = itemMenusFor(contextValue({ kind: 'car', car, productId: 1 }));
    assert.ok(
      [C.copyId, C.copyVin, C.copyLicensePlate].every((c) => withVin.includes(c)),
      withVin.join(),
    );
    // A car expands to its Access and Events, so it can be refreshed.
    assert.ok(!withVin.includes(C.copySerialNumber) && withVin.includes(C.refresh));
    const noVin = itemMenusFor(contextValue({ kind: 'car', car: { ...car, vin: null, licensePlate: null }, productId: 1 }));
    assert.ok(noVin.includes(C.copyId) && !noVin.includes(C.copyVin) && !noVin.includes(C.copyLicensePlate), noVin.join());
    const svc = itemMenusFor(contextValue({ kind: 'service', service }));
    assert.ok(svc.includes(C.copyId) && !svc.includes(C.copyUniqueId) && !svc.includes(C.copyVin));
    const retryRow = itemMenusFor(contextValue({ kind: 'message', retry: true }));
    assert.deepStrictEqual([...new Set(retryRow)], [C.retry]);
    assert.deepStrictEqual(itemMenusFor(contextValue({ kind: 'message', retry: false })), []);
    // A section narrows down, loads all, copies and exports what it has loaded.
    assert.deepStrictEqual(
      [...new Set(itemMenusFor(contextValue({ kind: 'section' })))].sort(),
      [C.refresh, C.filterSection, C.sortSection, C.loadAll, C.copyAllIds, C.exportResults].sort(),
    );
    // Clear Filter only where a filter or sort is set: the section, and the row of a filter the server refused.
    assert.deepStrictEqual(
      [...new Set(itemMenusFor(contextValue({ kind: 'section', filtered: true })))].sort(),
      [C.refresh, C.filterSection, C.sortSection, C.clearFilter, C.loadAll, C.copyAllIds, C.exportResults].sort(),
    );
    assert.deepStrictEqual([...new Set(itemMenusFor(contextValue({ kind: 'message', retry: false, filtered: true })))], [C.clearFilter]);
    assert.deepStrictEqual([...new Set(itemMenusFor(contextValue({ kind: 'activity' })))], [C.refresh]);
    const person = itemMenusFor(contextValue({ kind: 'user', user }));
    assert.ok(
      [C.openDetails, C.copyId, C.copyEmail, C.insertId].every((c) => person.includes(c)),
      person.join(),
    );
    assert.ok(!person.includes(C.copyVin) && !person.includes(C.refresh), person.join());
    assert.ok(!itemMenusFor(contextValue({ kind: 'user', user: { ...user, emailAddress: '' } })).includes(C.copyEmail));
    for (const value of [contextValue({ kind: 'assignment', assignment }), contextValue({ kind: 'event', event })]) {
      const menu = itemMenusFor(value);
      assert.ok(
        [C.openDetails, C.copyId, C.insertId, C.copyAsCurl].every((c) => menu.includes(c)),
        `${value}: ${menu.join()}`,
      );
      assert.ok(!menu.includes(C.copyEmail) && !menu.includes(C.copyVin) && !menu.includes(C.refresh), `${value}: ${menu.join()}`);
    }
    // Every record row offers the list forms of a selection and its export.
    for (const value of [
      contextValue({ kind: 'product', product }),
      contextValue({ kind: 'car', car }),
      contextValue({ kind: 'user', user }),
    ]) {
      const menu = itemMenusFor(value);
      assert.ok(
        [C.copyAsJsonArray, C.copyAsODataFilter, C.exportResults].every((c) => menu.includes(c)),
        `${value}: ${menu.join()}`,
      );
      assert.ok(!menu.includes(C.copyAllIds), `${value}: ${menu.join()}`);
    }
    const group = itemMenusFor(contextValue({ kind: 'group', group: { id: 4, name: 'Pool' } }));
    assert.ok(
      [C.openDetails, C.copyId, C.refresh].every((c) => group.includes(c)),
      group.join(),
    );
  });
});
