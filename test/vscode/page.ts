// What the window shows, asked of the launcher (its /page/* routes read the browser's DOM): the rows of
// a flinkey view, a view's welcome text, the notification center, the active editor, the status bar and
// the quick input. Every reader resolves with undefined when the launcher has no page (desktop VS Code).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { callLauncher } from './harness';

export interface Row {
  label: string;
  description: string;
  level: number;
  expanded?: boolean;
  selected: boolean;
  spoken: string;
  role: string;
}

export interface Notification {
  severity: string;
  message: string;
  source: string;
  buttons: string[];
}

export interface QuickInput {
  visible: boolean;
  value: string;
  message: string;
  title: string;
  placeholder: string;
  items: string[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function read<T>(route: string, body?: unknown): Promise<T | undefined> {
  const { status, json } = await callLauncher('POST', route, body ?? {});
  if (status === 200) return json as T;
  if (status === 0 || status === 501 || (status === 404 && /^no route/.test(String(json.error)))) return undefined;
  throw new Error(`${route}: ${status} ${json.error}`);
}

/** Polls `get` until `test` holds, failing after `timeoutMs` with what was seen last. */
export async function waitFor<T>(get: () => Promise<T>, test: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const now = await get();
    if (test(now)) return now;
    if (Date.now() > end) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(now)}`);
    await sleep(150);
  }
}

/** True when this launcher can read the window. */
export async function hasPage(): Promise<boolean> {
  return (await read('/page/treeRows')) !== undefined;
}

/** The rows of a flinkey view that are on screen (scrolled into view); [] without a page. */
export async function rows(view = 'Fleet'): Promise<Row[]> {
  return (await read<{ rows: Row[] }>('/page/treeRows', { view }))?.rows ?? [];
}

export async function waitRows(test: (rows: Row[]) => boolean, what: string, timeoutMs = 20_000, view = 'Fleet'): Promise<Row[]> {
  const shown = (r: Row[]) => r.map((x) => `${x.level}:${x.label}${x.description ? ` (${x.description})` : ''}`);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const now = await rows(view);
    if (test(now)) return now;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}; the ${view} view shows ${JSON.stringify(shown(now))}`);
    await sleep(150);
  }
}

/**
 * Clicks a row like a user: on its label (runs the row's command) or, with `twistie`, on its expand arrow; holding
 * 'ControlOrMeta' adds the row to the selection, 'Shift' selects up to it; `right` opens its context menu.
 */
export async function clickRow(
  label: string,
  level: number,
  twistie: boolean,
  view = 'Fleet',
  modifiers: ('ControlOrMeta' | 'Shift')[] = [],
  right = false,
): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/clickRow', { label, level, twistie, view, modifiers, right });
  if (status !== 200) throw new Error(`/page/clickRow ${label}: ${status} ${json.error}`);
}

/** The labels of the open context menu ([] when none is open). */
export async function contextMenu(): Promise<string[]> {
  return (await read<{ items: string[] }>('/page/contextMenu'))?.items ?? [];
}

/** Clicks a button of an item of the open quick pick: the item by part of what it reads, the button by its tooltip. */
export async function clickPickButton(item: string, button: string): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/clickPickButton', { item, button });
  if (status !== 200) throw new Error(`/page/clickPickButton ${item} ${button}: ${status} ${json.error}`);
}

/** Clicks an item of the open context menu by its label. */
export async function clickMenuItem(label: string): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/clickMenuItem', { label });
  if (status !== 200) throw new Error(`/page/clickMenuItem ${label}: ${status} ${json.error}`);
}

/** Drags a row (and the rows selected with it) into the active editor's text with the mouse. */
export async function dragRow(label: string, level: number, view = 'Fleet'): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/dragRow', { label, level, view });
  if (status !== 200) throw new Error(`/page/dragRow ${label}: ${status} ${json.error}`);
}

/** Presses keys in the window where the focus is, like a user: 'ControlOrMeta+c'. */
export async function press(keys: string): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/press', { keys });
  if (status !== 200) throw new Error(`/page/press ${keys}: ${status} ${json.error}`);
}

/** The rows under a top-level group ('Services', 'Products') that are on screen. */
export function childrenOf(r: Row[], group: string): Row[] {
  const at = r.findIndex((x) => x.level === 1 && x.label === group);
  if (at < 0) return [];
  const rest = r.slice(at + 1);
  const end = rest.findIndex((x) => x.level <= 1);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Product (or service) rows: level 2 and collapsible, so neither message rows nor "Load more…". */
export const recordRows = (r: Row[]) => r.filter((x) => x.level === 2 && x.expanded !== undefined);

/**
 * Shows the Fleet view with Services collapsed, so the products are on screen, and Products expanded
 * (the expansion survives refreshes and sign-ins).
 */
export async function showProducts(): Promise<Row[]> {
  await vscode.commands.executeCommand('workbench.view.extension.flinkey');
  // Services comes first: when it is expanded, its rows may push Products out of sight.
  const services = await waitRows((r) => r.some((x) => x.level === 1 && x.label === 'Services'), 'the Services row');
  if (services.find((x) => x.level === 1 && x.label === 'Services')?.expanded) await clickRow('Services', 1, true);
  const now = await waitRows((r) => r.some((x) => x.level === 1 && x.label === 'Products'), 'the Products row');
  if (!now.find((x) => x.label === 'Products')?.expanded) await clickRow('Products', 1, true);
  return waitRows((r) => recordRows(childrenOf(r, 'Products')).length > 0, 'product rows');
}

/** A view's welcome content (undefined without a page). */
export function welcome(
  view: string,
): Promise<{ found: boolean; shown: boolean; text: string[]; buttons: string[]; buttonsOnScreen: boolean } | undefined> {
  return read('/page/welcome', { view });
}

/** How many rows of a view the user sees at once (wholly inside its pane and the window). */
export async function rowsOnScreen(view = 'Fleet'): Promise<number> {
  return (await read<{ count: number }>('/page/rowsOnScreen', { view }))?.count ?? 0;
}

/** The quick input (palette box) as shown (undefined without a page). */
export function quickInput(): Promise<QuickInput | undefined> {
  return read('/page/quickInput');
}

/** The active editor group: tab titles, the active one, the rendered lines (undefined without a page). */
export function editorOnScreen(): Promise<{ tabs: string[]; active: string; lines: string[] } | undefined> {
  return read('/page/editor');
}

/** The texts of the status bar entries (undefined without a page). */
export async function statusBar(): Promise<string[] | undefined> {
  return (await read<{ items: { id: string; text: string }[] }>('/page/statusBar'))?.items.map((i) => i.text);
}

/** Closes every notification, so the next check sees only new ones. */
export async function clearNotifications(): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
}

/**
 * The notifications listed in the notification center, newest first (undefined without a page). The
 * smoke-test driver that lets the launcher load the tests also hides toasts, so the center is opened
 * to read them, and closed again.
 */
export async function notifications(): Promise<Notification[] | undefined> {
  try {
    const center = await waitFor(
      async () => {
        const now = await read<{ open: boolean; title: string; notifications: Notification[] }>('/page/notifications');
        // Asked again while it is closed: a request made while the workbench is busy can go unanswered.
        if (now && !now.open) await vscode.commands.executeCommand('notifications.showList');
        return now;
      },
      // Open, and its list drawn: empty exactly when its title says there is nothing new.
      (c) => c === undefined || (c.open && (c.notifications.length === 0) === /^No new notifications$/i.test(c.title)),
      'the notification center to open',
      5_000,
    );
    return center?.notifications;
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}

/** The error notifications listed (progress and info ones left out); undefined without a page. */
export async function errorNotifications(): Promise<Notification[] | undefined> {
  return (await notifications())?.filter((n) => n.severity === 'error');
}

/** Waits for a notification whose message matches; fails with the ones that were there instead. */
export async function expectNotification(message: RegExp, timeoutMs = 10_000): Promise<Notification> {
  const list = await waitFor(
    async () => (await notifications()) ?? [],
    (n) => n.some((x) => message.test(x.message)),
    `a notification matching ${message}`,
    timeoutMs,
  );
  return list.find((x) => message.test(x.message))!;
}

/**
 * Runs a command that must fail and returns the notification that says why: the command resolves with
 * undefined (the command wrapper turns every failure into that), so the reason on screen is what tells
 * one failure from another. Fails when the command succeeds or shows another message. Without a page
 * (desktop VS Code) only the undefined is checked, and the log says so.
 */
export async function failureOf(message: RegExp, command: string, ...args: unknown[]): Promise<Notification | undefined> {
  await clearNotifications();
  const result = await vscode.commands.executeCommand(command, ...args);
  assert.strictEqual(result, undefined, `${command} succeeded with ${JSON.stringify(result)}`);
  if (!(await hasPage())) {
    console.log(`${command} failed; its message (${message}) is not checked: this launcher has no page`);
    return undefined;
  }
  return expectNotification(message);
}
