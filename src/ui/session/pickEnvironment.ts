// Which flinkey server to sign in to: production, the URLs of the `flinkey.baseUrls` setting, or one typed in.
// The last URL that worked stays the preselected "last used"; a URL that just failed is offered as a retry
// item carrying the error, which stays readable while the user types.
import * as vscode from 'vscode';
import { validateBaseUrl } from '../../core/api/baseUrl';
import { isFlinkeyError } from '../../core/api/errors';
import { PRODUCTION_BASE_URL, SETTING } from '../../constants';

interface UrlItem extends vscode.QuickPickItem {
  url?: string;
}

/** A URL that could not be signed in to, and why. */
export interface FailedUrl {
  url: string;
  message: string;
}

/** The chosen base URL (validated), or undefined when cancelled. */
export async function pickEnvironment(
  title: string,
  lastWorked: string | undefined,
  failed: FailedUrl | undefined,
): Promise<string | undefined> {
  const configured = vscode.workspace.getConfiguration(SETTING.section).get<unknown>(SETTING.baseUrls);
  const urls = [PRODUCTION_BASE_URL, ...(Array.isArray(configured) ? configured.filter((u): u is string => typeof u === 'string') : [])];
  if (lastWorked && !urls.includes(lastWorked)) urls.push(lastWorked);
  const items: UrlItem[] = urls.map((url) => ({
    label: url === PRODUCTION_BASE_URL ? vscode.l10n.t('$(globe) Production') : `$(server) ${hostOf(url)}`,
    description: url,
    detail: url === lastWorked ? vscode.l10n.t('last used') : undefined,
    url,
  }));
  if (failed) {
    items.unshift({
      label: `$(error) ${failed.message}`,
      detail: vscode.l10n.t('Select to try {0} again, or choose another environment below.', failed.url),
      alwaysShow: true,
      url: failed.url,
    });
  }
  const other: UrlItem = {
    label: vscode.l10n.t('$(edit) Another base URL…'),
    description: vscode.l10n.t('https, or http on 127.0.0.1 / localhost'),
  };
  items.push(other);
  const picked = await pickWithActive(items, lastWorked, title, vscode.l10n.t('Choose the flinkey environment'));
  if (!picked) return undefined;
  if (picked !== other) return picked.url;
  const typedBefore = failed?.url ?? (lastWorked && !urls.slice(0, -1).includes(lastWorked) ? lastWorked : undefined);
  return vscode.window
    .showInputBox({
      title,
      prompt: vscode.l10n.t('Base URL of the flinkey API v3'),
      placeHolder: 'https://example.com/v3',
      value: typedBefore,
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

function pickWithActive(items: UrlItem[], active: string | undefined, title: string, placeholder: string): Promise<UrlItem | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<UrlItem>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = items;
    pick.ignoreFocusOut = true;
    // The last URL that worked, not a retry item for one that failed.
    const item = items.find((i) => i.url === active && !i.alwaysShow);
    if (item) pick.activeItems = [item];
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
    // Again once shown: the workbench puts the first item (a retry item, when there is one) forward.
    if (item) pick.activeItems = [item];
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
