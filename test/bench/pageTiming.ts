// Timings taken inside the browser page (performance.now() of the window): from the mousedown of a real
// click to the frame after the awaited tree rows appeared; and the Running Extensions editor's rows.
import type { Page } from 'playwright-core';
import { RouteError } from '../harness/controlServer';
import { clickRow, FLEET_TREE, treeRows } from '../harness/pageActions';

// The functions passed to page.evaluate run in the browser; these names exist there (no DOM lib here).
declare const document: any;
declare const window: any;
declare const MutationObserver: any;
declare const requestAnimationFrame: (callback: () => void) => number;

export interface ClickTarget {
  /** An Activity Bar entry by its aria-label, e.g. 'flinkey'. */
  activity?: string;
  /** A Fleet row by its label (and level). */
  row?: string;
  level?: number;
  /** Click the row's twistie instead of its label. */
  twistie?: boolean;
}

export interface RowCondition {
  /** aria-level of the rows to wait for (1 = Services/Products). */
  level: number;
  /** How many such rows (not counting "Load more…") must be there. */
  count: number;
  /**
   * Only rows with one of these labels count: e.g. the records of a fleet the view has not shown yet, so
   * rows the workbench re-shows from before (stale) do not satisfy the condition.
   */
  labels?: string[];
}

export interface ClickTiming {
  /** mousedown → DOM mutation that made the condition true. */
  domMs: number;
  /** mousedown → the task after the next animation frame (the rows are painted by then). */
  paintMs: number;
}

const ACTIVITY = (label: string) => `.activitybar .action-item .action-label[aria-label="${label}"]`;

/** Clicks `target` and measures, in the page, how long until `until` holds. */
export async function timeClick(page: Page, target: ClickTarget, until: RowCondition, timeoutMs = 15_000): Promise<ClickTiming> {
  await page.evaluate(
    ({ tree, level, count, labels, timeoutMs: limit }) => {
      const wanted = labels ? new Set<string>(labels) : undefined;
      const w = window as unknown as { __flinkeyBench?: Promise<unknown> };
      w.__flinkeyBench = new Promise((resolve) => {
        let t0: number | undefined;
        const ready = () => {
          const list = document.querySelector(tree);
          if (!list) return false;
          const rows = [...list.querySelectorAll(`.monaco-list-row[aria-level="${level}"]`)].filter((r: any) => {
            const label = r.querySelector('.label-name')?.textContent ?? '';
            return label !== '' && !label.startsWith('Load more') && (!wanted || wanted.has(label));
          });
          return rows.length >= count;
        };
        let readyAtClick = false;
        const onDown = () => {
          if (t0 !== undefined) return;
          t0 = performance.now();
          readyAtClick = ready();
        };
        document.addEventListener('mousedown', onDown, { capture: true });
        const finish = (result: unknown) => {
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener('mousedown', onDown, { capture: true });
          resolve(result);
        };
        const observer = new MutationObserver(() => {
          if (t0 === undefined || !ready()) return;
          const start = t0;
          const dom = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => finish({ domMs: dom - start, paintMs: performance.now() - start, readyAtClick })));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setTimeout(
          () => finish({ error: `the rows${wanted ? ` (${wanted.size} awaited labels)` : ''} did not appear within ${limit} ms` }),
          limit,
        );
      });
    },
    { tree: FLEET_TREE, level: until.level, count: until.count, labels: until.labels, timeoutMs },
  );
  if (target.activity) await page.locator(ACTIVITY(target.activity)).click({ timeout: 10_000 });
  else if (target.row) await clickRow(page, target.row, target.level, target.twistie === true);
  else throw new RouteError(400, 'click needs activity or row');
  const result = (await page.evaluate(() => (window as unknown as { __flinkeyBench: Promise<unknown> }).__flinkeyBench)) as
    (ClickTiming & { readyAtClick: boolean }) | { error: string };
  if ('error' in result) {
    const shown = (await treeRows(page)).map(
      (r) => `${r.level}:${r.label}${r.expanded === undefined ? '' : r.expanded ? '(open)' : '(closed)'}`,
    );
    throw new RouteError(504, `${result.error}; the view shows ${shown.slice(0, 12).join(', ')}`);
  }
  if (result.readyAtClick) throw new RouteError(409, 'the rows were already there when the click happened');
  return { domMs: result.domMs, paintMs: result.paintMs };
}

/** Hovers a Fleet row and clicks one of its inline actions (e.g. 'Open Details'). */
export async function clickRowAction(page: Page, label: string, action: string): Promise<void> {
  const row = page
    .locator(`${FLEET_TREE} .monaco-list-row`)
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
  await row.hover({ timeout: 10_000 });
  await row.locator(`.action-label[aria-label="${action}"]`).click({ timeout: 10_000 });
}

/**
 * Rests the pointer on a Fleet row until its tooltip shows: ms from the move to the tooltip on screen (VS Code's hover
 * delay included; the extension builds the tooltip then, in resolveTreeItem) and the tooltip's text.
 */
export async function hoverRow(page: Page, label: string): Promise<{ ms: number; text: string }> {
  const row = page
    .locator(`${FLEET_TREE} .monaco-list-row`)
    .filter({ has: page.locator('.label-name', { hasText: label }) })
    .first();
  await page.mouse.move(0, 0);
  const hover = page.locator('.workbench-hover, .monaco-hover').filter({ visible: true });
  await hover
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
  const t0 = Date.now();
  await row.locator('.label-name').hover({ timeout: 10_000 });
  await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
  const ms = Date.now() - t0;
  return { ms, text: ((await hover.first().textContent()) ?? '').trim() };
}

export interface RuntimeExtensionRow {
  name: string;
  version: string;
  /** e.g. "Startup Activation: 12ms" (Load Code + Call Activate). */
  activation: string;
}

/** The rows of the open Running Extensions editor; the window is made tall so every row is rendered. */
export async function runtimeExtensions(page: Page): Promise<RuntimeExtensionRow[]> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size?.width ?? 1400, height: 6000 });
  try {
    await page.waitForTimeout(800);
    return await page.evaluate(() =>
      [...document.querySelectorAll('.runtime-extensions-editor .monaco-list-row')].map((row: any) => ({
        name: row.querySelector('.name')?.textContent ?? '',
        version: row.querySelector('.version')?.textContent ?? '',
        activation: row.querySelector('.activation-time')?.textContent ?? '',
      })),
    );
  } finally {
    if (size) await page.setViewportSize(size);
  }
}

/**
 * Arms a watch in the page for `text` in an editor's rendered lines; `textPainted` then resolves with the
 * wall-clock time (ms since the epoch, as the extension host's clock) of the frame after it appeared. The
 * extension host starts its clock after arming, so the figure spans command → rows painted.
 */
export async function watchText(page: Page, text: string, timeoutMs = 15_000): Promise<void> {
  const already = await page.evaluate(
    ({ wanted, limit }) => {
      const shown = () => [...document.querySelectorAll('.monaco-editor .view-lines')].some((v: any) => v.textContent.includes(wanted));
      const w = window as unknown as { __flinkeyText?: Promise<unknown> };
      if (shown()) return true;
      w.__flinkeyText = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve({ paintedAt: performance.timeOrigin + performance.now() })));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => (observer.disconnect(), resolve({ error: `'${wanted}' did not appear within ${limit} ms` })), limit);
      });
      return false;
    },
    { wanted: text, limit: timeoutMs },
  );
  if (already) throw new RouteError(409, `'${text}' is on screen before the command ran`);
}

export async function textPainted(page: Page): Promise<number> {
  const result = (await page.evaluate(() => (window as unknown as { __flinkeyText: Promise<unknown> }).__flinkeyText)) as
    { paintedAt: number } | { error: string };
  if ('error' in result) throw new RouteError(504, result.error);
  return result.paintedAt;
}
