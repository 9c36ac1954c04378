// Control-endpoint routes that look at (or click in) the browser window: the visible rows of a flinkey
// view and a click on one of them, the welcome text of a view, the notification center, the active
// editor, the status bar, the quick input (and typing into it) and the text of any element, all read
// from the page's DOM; and a reload of the window. Tests inside VS Code use them to see what the user
// sees; the bench uses them to drive the tree like a user.
import type { Page } from 'playwright-core';
import { RouteError } from './controlServer';
import { activeEditor, clickNotificationButton, notificationCenter, rowsOnScreen, statusBarItems, viewWelcome } from './pageParts';

// The functions passed to page.evaluate run in the browser; these names exist there (no DOM lib here).
declare const document: any;

const CONTAINER = '[id="workbench.view.extension.flinkey"]';

/** The tree of one view of the flinkey view container, by the view's name ('Fleet', 'Query Results', 'Queries'). */
export function viewTree(view: string): string {
  return `${CONTAINER} .monaco-list[aria-label="${view}"]`;
}

/** The Fleet view's tree inside the flinkey view container. */
export const FLEET_TREE = viewTree('Fleet');

export interface TreeRow {
  label: string;
  description: string;
  level: number;
  /** true / false for collapsible rows, undefined for leaves. */
  expanded?: boolean;
  /** The row is selected (highlighted). */
  selected: boolean;
  /** What a screen reader says (aria-label) and the row's role. */
  spoken: string;
  role: string;
}

/** The rows a flinkey view (the Fleet view unless named) renders right now (only what is scrolled into view); [] when it is hidden. */
export function treeRows(page: Page, view = 'Fleet'): Promise<TreeRow[]> {
  return page.evaluate((selector): TreeRow[] => {
    const tree = document.querySelector(selector);
    if (!tree) return [];
    return [...tree.querySelectorAll('.monaco-list-row')]
      .map((row: any) => {
        const expanded = row.getAttribute('aria-expanded');
        return {
          top: parseFloat(row.style.top || '0'),
          label: row.querySelector('.label-name')?.textContent ?? '',
          description: row.querySelector('.label-description')?.textContent ?? '',
          level: Number(row.getAttribute('aria-level') ?? 0),
          expanded: expanded === null ? undefined : expanded === 'true',
          selected: row.classList.contains('selected'),
          spoken: row.getAttribute('aria-label') ?? '',
          role: row.getAttribute('role') ?? '',
        };
      })
      .sort((a: { top: number }, b: { top: number }) => a.top - b.top)
      .map(({ top: _top, ...row }: TreeRow & { top: number }) => row);
  }, viewTree(view));
}

/** The rows of a view with this exact label (and level, if given). */
function rowLocator(page: Page, label: string, level: number | undefined, view: string) {
  return page.locator(`${viewTree(view)} .monaco-list-row${level ? `[aria-level="${level}"]` : ''}`).filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
}

/** Keys held during a click: Ctrl (Cmd on macOS) adds a row to the selection, Shift selects a range. */
export type ClickModifier = 'ControlOrMeta' | 'Shift';

/**
 * Clicks the first visible row of a view with this exact label (and level, if given), like a user would;
 * on its twistie with `twistie` (rows with a command run it when their label is clicked), holding `modifiers`;
 * with `right`, the right button (opens the row's context menu).
 */
export async function clickRow(
  page: Page,
  label: string,
  level?: number,
  twistie = false,
  view = 'Fleet',
  modifiers: ClickModifier[] = [],
  right = false,
): Promise<void> {
  const rows = rowLocator(page, label, level, view);
  if ((await rows.count()) === 0) throw new RouteError(404, `no visible ${view} row labelled '${label}'`);
  const row = rows.first();
  await (twistie ? row.locator('.monaco-tl-twistie') : row).click({ timeout: 10_000, modifiers, button: right ? 'right' : 'left' });
}

/** The items of the open context menu (VS Code draws it in a shadow root, which locators see into). */
function menuItems(page: Page) {
  // A closed menu can stay in the DOM, hidden: only what is on screen counts.
  return page.locator('.context-view .monaco-menu .action-item:not(.disabled) .action-label').filter({ visible: true });
}

/** The labels of the open context menu, top to bottom ([] when none is open). */
export async function contextMenu(page: Page): Promise<string[]> {
  return (await menuItems(page).allTextContents()).map((t) => t.trim()).filter((t) => t);
}

/** Clicks the item of the open context menu with this exact label. */
export async function clickMenuItem(page: Page, label: string): Promise<void> {
  const item = menuItems(page).filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  if ((await item.count()) === 0) {
    throw new RouteError(404, `no context menu item '${label}'; the menu shows ${(await contextMenu(page)).join(', ')}`);
  }
  // A menu ignores clicks for a moment after it opens (so the release of the right button runs nothing): click
  // again until it closes.
  const menu = page.locator('.context-view .monaco-menu').filter({ visible: true });
  for (let attempt = 1; ; attempt++) {
    await item.first().click({ timeout: 10_000 });
    const closed = await menu
      .first()
      .waitFor({ state: 'hidden', timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
    if (attempt === 5) throw new RouteError(500, `the context menu stayed open after 5 clicks on '${label}'`);
  }
}

/** Clicks a button of a quick pick item (the first whose aria-label contains `item`), found by its tooltip. */
export async function clickPickButton(page: Page, item: string, button: string): Promise<void> {
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const row = rows
    .filter({ visible: true })
    .and(page.locator(`[aria-label*=${JSON.stringify(item)}]`))
    .first();
  // The buttons show while the pointer is over the item.
  await row.hover({ timeout: 10_000 });
  await row
    .locator(`.action-label[aria-label=${JSON.stringify(button)}]`)
    .first()
    .click({ timeout: 10_000 });
}

/** Drags a view's row (with the rows selected with it) into the active editor's text, like a user with the mouse. */
export async function dragRowToEditor(page: Page, label: string, level?: number, view = 'Fleet'): Promise<void> {
  const row = rowLocator(page, label, level, view);
  if ((await row.count()) === 0) throw new RouteError(404, `no visible ${view} row labelled '${label}'`);
  const text = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  await row.first().dragTo(text, { timeout: 10_000 });
}

/** Presses a key combination in the window, e.g. 'ControlOrMeta+c', where the focus is. */
export async function pressKeys(page: Page, keys: string): Promise<void> {
  await page.keyboard.press(keys);
}

export interface QuickInputState {
  visible: boolean;
  value: string;
  /** The validation / error message shown under the box, if any. */
  message: string;
  title: string;
  /** The placeholder of an empty box, e.g. what a quick pick asks for. */
  placeholder: string;
  /** The visible items of a quick pick, top to bottom, each as its screen reader reads it ("label, description, detail"). */
  items: string[];
  /** The item the keyboard is on, read the same way; '' when none. */
  active: string;
}

/** What the quick input (palette box) shows right now. */
export function quickInput(page: Page): Promise<QuickInputState> {
  return page.evaluate(() => {
    const widget = document.querySelector('.quick-input-widget');
    const visible = !!widget && widget.style.display !== 'none' && widget.offsetParent !== null;
    const rows = [...(widget?.querySelectorAll('.quick-input-list .monaco-list-row') ?? [])].sort(
      (a: any, b: any) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'),
    );
    // The aria-label VS Code sets for each item it renders (a reused row keeps an earlier item's hidden detail
    // in its DOM, so the row's text is not read).
    const text = (row: any): string => row.getAttribute?.('aria-label') ?? '';
    return {
      visible,
      value: widget?.querySelector('input.input')?.value ?? widget?.querySelector('input')?.value ?? '',
      message: widget?.querySelector('.quick-input-message')?.textContent ?? '',
      title: widget?.querySelector('.quick-input-title')?.textContent ?? '',
      placeholder: widget?.querySelector('input')?.getAttribute('placeholder') ?? '',
      items: visible ? rows.map(text) : [],
      active: visible ? text(rows.find((r: any) => r.classList.contains('focused')) ?? {}) : '',
    };
  });
}

/** The text of every visible element matching a CSS selector, trimmed, in document order. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel): string[] =>
      [...document.querySelectorAll(sel)].filter((e: any) => e.offsetParent !== null).map((e: any) => (e.textContent ?? '').trim()),
    selector,
  );
}

/** Types into the open quick input: with `replace` its text becomes `text`, else `text` is typed key by key. */
export async function typeText(page: Page, text: string, replace: boolean): Promise<void> {
  const input = page.locator('.quick-input-widget input.input').first();
  if (replace) await input.fill(text, { timeout: 10_000 });
  else await input.pressSequentially(text, { timeout: 10_000 });
}

/**
 * The routes for a launcher whose window is a Playwright page (none when there is no page yet). With
 * `onReload`, the tests may also have the window reloaded (told first, so the launcher expects the old
 * extension host to exit).
 */
export function pageRoutes(getPage: () => Page | undefined, onReload?: () => void): Record<string, (body: any) => Promise<unknown>> {
  const page = () => {
    const p = getPage();
    if (!p) throw new RouteError(501, 'this launcher has no page to read');
    return p;
  };
  const reload: Record<string, (body: any) => Promise<unknown>> = onReload
    ? {
        '/page/canReload': async () => ({ page: !!page() }),
        '/page/reload': async () => {
          const p = page();
          onReload();
          // Answered first: the extension host that asked ends with the reload.
          setTimeout(() => void p.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => undefined), 200);
          return { reloading: true };
        },
      }
    : {};
  return {
    ...reload,
    '/page/treeRows': async (body: { view?: string }) => ({ rows: await treeRows(page(), viewName(body.view)) }),
    '/page/quickInput': async () => quickInput(page()),
    '/page/texts': async (body: { selector?: string }) => {
      if (typeof body.selector !== 'string') throw new RouteError(400, 'selector must be a string');
      return { texts: await texts(page(), body.selector) };
    },
    '/page/type': async (body: { text?: string; replace?: boolean }) => {
      if (typeof body.text !== 'string') throw new RouteError(400, 'text must be a string');
      await typeText(page(), body.text, body.replace === true);
      return { typed: body.text.length };
    },
    '/page/clickRow': async (body: {
      label?: string;
      level?: number;
      twistie?: boolean;
      view?: string;
      modifiers?: unknown;
      right?: boolean;
    }) => {
      if (typeof body.label !== 'string') throw new RouteError(400, 'label must be a string');
      await clickRow(
        page(),
        body.label,
        body.level,
        body.twistie === true,
        viewName(body.view),
        modifiersOf(body.modifiers),
        body.right === true,
      );
      return { clicked: body.label };
    },
    '/page/contextMenu': async () => ({ items: await contextMenu(page()) }),
    '/page/clickPickButton': async (body: { item?: string; button?: string }) => {
      if (typeof body.item !== 'string' || typeof body.button !== 'string') throw new RouteError(400, 'item and button must be strings');
      await clickPickButton(page(), body.item, body.button);
      return { clicked: body.button };
    },
    '/page/clickMenuItem': async (body: { label?: string }) => {
      if (typeof body.label !== 'string') throw new RouteError(400, 'label must be a string');
      await clickMenuItem(page(), body.label);
      return { clicked: body.label };
    },
    '/page/dragRow': async (body: { label?: string; level?: number; view?: string }) => {
      if (typeof body.label !== 'string') throw new RouteError(400, 'label must be a string');
      await dragRowToEditor(page(), body.label, body.level, viewName(body.view));
      return { dragged: body.label };
    },
    '/page/press': async (body: { keys?: string }) => {
      if (typeof body.keys !== 'string' || !/^[\w+]+$/.test(body.keys)) {
        throw new RouteError(400, "keys must be a combination like 'ControlOrMeta+c'");
      }
      await pressKeys(page(), body.keys);
      return { pressed: body.keys };
    },
    '/page/welcome': async (body: { view?: string }) => viewWelcome(page(), viewName(body.view)),
    '/page/rowsOnScreen': async (body: { view?: string }) => ({ count: await rowsOnScreen(page(), viewName(body.view)) }),
    '/page/notifications': async () => notificationCenter(page()),
    '/page/clickNotificationButton': async (body: { message?: string; button?: string }) => {
      if (typeof body.message !== 'string' || typeof body.button !== 'string') {
        throw new RouteError(400, 'message and button must be strings');
      }
      await clickNotificationButton(page(), body.message, body.button);
      return { clicked: body.button };
    },
    '/page/editor': async () => activeEditor(page()),
    '/page/statusBar': async () => ({ items: await statusBarItems(page()) }),
  };
}

/** Click modifiers from a route's body: none, or some of ControlOrMeta and Shift. */
function modifiersOf(value: unknown): ClickModifier[] {
  if (value === undefined) return [];
  const known: ClickModifier[] = ['ControlOrMeta', 'Shift'];
  if (!Array.isArray(value) || !value.every((m) => known.includes(m))) {
    throw new RouteError(400, `modifiers must be some of ${known.join(', ')}`);
  }
  return value as ClickModifier[];
}

/** A view name from a route's body: one of the flinkey views, 'Fleet' when absent. */
function viewName(view: unknown): string {
  if (view === undefined) return 'Fleet';
  if (typeof view !== 'string' || !/^[\w ]+$/.test(view)) throw new RouteError(400, 'view must be a view name such as "Query Results"');
  return view;
}
