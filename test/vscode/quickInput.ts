// Drives VS Code's quick input (palette box and pick) like a user, through the launcher's page routes:
// read what it shows, type, accept. Under a launcher without a page (desktop VS Code) `available` is false.
import * as vscode from 'vscode';
import { callLauncher } from './harness';

export interface QuickState {
  visible: boolean;
  value: string;
  message: string;
  title: string;
  items: string[];
  active: string;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function quickAvailable(): Promise<boolean> {
  return (await callLauncher('POST', '/page/quickInput')).status === 200;
}

export async function quick(): Promise<QuickState> {
  const { status, json } = await callLauncher('POST', '/page/quickInput');
  if (status !== 200) throw new Error(`/page/quickInput: ${status} ${json.error}`);
  return json as QuickState;
}

/** Waits until the quick input shows what `ok` wants; fails with what it showed last. */
export async function waitQuick(ok: (s: QuickState) => boolean, what: string, ms = 15_000): Promise<QuickState> {
  let last = await quick();
  for (const end = Date.now() + ms; !ok(last) && Date.now() < end;) {
    await pause(150);
    last = await quick();
  }
  if (!ok(last)) throw new Error(`the quick input never showed ${what}; last: ${JSON.stringify(last)}`);
  return last;
}

/** Replaces the text of the open box (or the filter of a pick) with `text`; with `keys`, types it key by key instead. */
export async function typeInto(text: string, keys = false): Promise<void> {
  const { status, json } = await callLauncher('POST', '/page/type', { text, replace: !keys });
  if (status !== 200) throw new Error(`/page/type: ${status} ${json.error}`);
}

export async function accept(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

/** The step of the sign-in that the quick input shows, e.g. "Sign in to flinkey (3/5)". */
export const step = (n: number) => (s: QuickState) => s.visible && s.title.includes(`(${n}/5)`);
