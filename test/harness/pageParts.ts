// Reads parts of the workbench a user looks at, from the page's DOM: a view's welcome text, the
// notification center, the active editor and the status bar. The pageActions routes serve them.
import type { Page } from 'playwright-core';
import { RouteError } from './controlServer';

// The functions passed to page.evaluate run in the browser; these names exist there (no DOM lib here).
declare const document: any;
declare const window: any;

export interface ViewWelcome {
  /** A flinkey view of this name is in the window. */
  found: boolean;
  /** The view's welcome content is on screen (the view has no rows to show). */
  shown: boolean;
  /** Its paragraphs, without the buttons. */
  text: string[];
  buttons: string[];
  /** Every button lies wholly inside the window (none below the fold). */
  buttonsOnScreen: boolean;
}

/** How many rows of a flinkey view lie wholly inside its pane and the window: what the user sees at once. */
export function rowsOnScreen(page: Page, view: string): Promise<number> {
  return page.evaluate((name: string) => {
    const panes = [...document.querySelectorAll('[id="workbench.view.extension.flinkey"] .pane')];
    const pane = panes.find((p: any) => p.querySelector('.pane-header .title')?.textContent === name);
    const body = pane?.querySelector('.pane-body');
    if (!body) return 0;
    const box = body.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...body.querySelectorAll('.monaco-list-row')].filter((row: any) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top && r.bottom <= bottom;
    }).length;
  }, view);
}

/** The welcome content of a flinkey view, found by the view's name. */
export function viewWelcome(page: Page, view: string): Promise<ViewWelcome> {
  return page.evaluate((name: string) => {
    const panes = [...document.querySelectorAll('[id="workbench.view.extension.flinkey"] .pane')];
    const pane = panes.find((p: any) => p.querySelector('.pane-header .title')?.textContent === name);
    if (!pane) return { found: false, shown: false, text: [], buttons: [], buttonsOnScreen: false };
    const body = pane.querySelector('.pane-body');
    const content = body?.querySelector('.welcome-view-content');
    const shown = !!content && body.classList.contains('welcome');
    return {
      found: true,
      shown,
      text: shown ? [...content.querySelectorAll('p')].map((p: any) => (p.textContent ?? '').trim()).filter((t: string) => t) : [],
      buttons: shown ? [...content.querySelectorAll('.monaco-button')].map((b: any) => (b.textContent ?? '').trim()) : [],
      buttonsOnScreen:
        shown &&
        [...content.querySelectorAll('.monaco-button')].every((b: any) => {
          const r = b.getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
    };
  }, view);
}

export interface NotificationRow {
  severity: 'error' | 'warning' | 'info' | '';
  message: string;
  /** e.g. "Source: flinkey Fleet Explorer". */
  source: string;
  buttons: string[];
}

/**
 * The notifications listed in the notification center, newest first. The center must be open (the
 * `notifications.showList` command): with the smoke-test driver on, VS Code shows no toasts.
 */
export function notificationCenter(page: Page): Promise<{ open: boolean; title: string; notifications: NotificationRow[] }> {
  return page.evaluate(() => {
    const center = document.querySelector('.notifications-center');
    const open = !!center && center.classList.contains('visible');
    const rows = open ? [...center.querySelectorAll('.monaco-list-row')] : [];
    return {
      open,
      // "Notifications", or "No New Notifications" when the list is empty.
      title: (center?.querySelector('.notifications-center-header-title')?.textContent ?? '').trim(),
      notifications: rows
        .sort((a: any, b: any) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'))
        .map((row: any) => {
          const icon = row.querySelector('.notification-list-item-icon')?.className ?? '';
          const severity = /codicon-error/.test(icon)
            ? 'error'
            : /codicon-warning/.test(icon)
              ? 'warning'
              : /codicon-info/.test(icon)
                ? 'info'
                : '';
          return {
            severity,
            message: (row.querySelector('.notification-list-item-message')?.textContent ?? '').trim(),
            source: (row.querySelector('.notification-list-item-source')?.textContent ?? '').trim(),
            buttons: [...row.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b: any) =>
              (b.textContent ?? '').trim(),
            ),
          };
        }),
    };
  });
}

/** Clicks a button of a notification in the (open) notification center whose message contains `message`. */
export async function clickNotificationButton(page: Page, message: string, button: string): Promise<void> {
  const row = page.locator('.notifications-center .monaco-list-row').filter({ hasText: message }).first();
  if ((await row.count()) === 0) throw new RouteError(404, `no notification with '${message}' in the notification center`);
  await row.locator('.notification-list-item-buttons-container .monaco-button', { hasText: button }).first().click({ timeout: 10_000 });
}

export interface EditorOnScreen {
  /** The tab titles of the active editor group, and the active one ('' when no editor is open). */
  tabs: string[];
  active: string;
  /** The text lines of the active editor that are rendered (scrolled into view). */
  lines: string[];
}

/** The active editor group as the user sees it. */
export function activeEditor(page: Page): Promise<EditorOnScreen> {
  return page.evaluate(() => {
    const group = document.querySelector('.editor-group-container.active');
    if (!group) return { tabs: [], active: '', lines: [] };
    // A tab shows its name and, in a span of its own, the name's suffix (e.g. the extension).
    const label = (tab: any) =>
      [...(tab?.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container') ?? [])]
        .map((part: any) => part.textContent ?? '')
        .join('')
        .trim();
    const lines = [...group.querySelectorAll('.monaco-editor .view-lines .view-line')]
      .sort((a: any, b: any) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'))
      .map((line: any) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
    return { tabs: [...group.querySelectorAll('.tab')].map(label), active: label(group.querySelector('.tab.active')), lines };
  });
}

/** The status bar entries on screen: their element id and text (icons have no text). */
export function statusBarItems(page: Page): Promise<{ id: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id="workbench.parts.statusbar"] .statusbar-item')]
      .filter((item: any) => item.offsetParent !== null)
      .map((item: any) => ({ id: item.id ?? '', text: (item.textContent ?? '').trim() })),
  );
}
