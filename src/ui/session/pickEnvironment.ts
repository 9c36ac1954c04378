// Which flinkey server to sign in to: production, the URLs of the `flinkey.baseUrls` setting, or one typed in.
import * as vscode from 'vscode';
import { validateBaseUrl } from '../../core/api/baseUrl';
import { isFlinkeyError } from '../../core/api/errors';
import { PRODUCTION_BASE_URL, SETTING } from '../../constants';

interface UrlItem extends vscode.QuickPickItem {
  url?: string;
}

/** The chosen base URL (validated), or undefined when cancelled. */
export async function pickEnvironment(
  title: string,
  current: string | undefined,
  problem: string | undefined,
): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration(SETTING.section).get<unknown>(SETTING.baseUrls);
  const urls = [PRODUCTION_BASE_URL, ...(Array.isArray(configured) ? configured.filter((u): u is string => typeof u === 'string') : [])];
  if (current && !urls.includes(current)) urls.push(current);
  const items: UrlItem[] = urls.map((url) => ({
    label: url === PRODUCTION_BASE_URL ? '$(globe) Production' : `$(server) ${hostOf(url)}`,
    description: url,
    detail: url === current ? 'last used' : undefined,
    url,
  }));
  const other: UrlItem = { label: '$(edit) Another base URL…', description: 'https, or http on 127.0.0.1 / localhost' };
  items.push(other);
  const picked = await pickWithActive(
    items,
    current,
    title,
    problem ? `${problem} — choose the flinkey environment` : 'Choose the flinkey environment',
  );
  if (!picked) return undefined;
  if (picked !== other) return picked.url;
  return vscode.window
    .showInputBox({
      title,
      prompt: 'Base URL of the flinkey API v3',
      placeHolder: 'https://example.com/v3',
      value: current && !urls.slice(0, -1).includes(current) ? current : undefined,
      ignoreFocusOut: true,
      validateInput: (value) => {
        try {
          validateBaseUrl(value);
          return undefined;
        } catch (e) {
          return isFlinkeyError(e) ? e.message : String(e);
        }
      },
    })
    .then((value) => (value === undefined ? undefined : validateBaseUrl(value)));
}

function pickWithActive(items: UrlItem[], current: string | undefined, title: string, placeholder: string): Promise<UrlItem | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<UrlItem>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = items;
    pick.ignoreFocusOut = true;
    const active = items.find((i) => i.url === current);
    if (active) pick.activeItems = [active];
    let result: UrlItem | undefined;
    pick.onDidAccept(() => {
      result = pick.selectedItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
