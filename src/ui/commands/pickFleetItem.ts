// A quick pick that searches the fleet on the server as you type (debounced; a new search cancels the last).
// Each hit says its kind; a word that matches nothing says where the search looked.
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import { nothingFound, SEARCH_KINDS, type SearchKind } from '../../core/api/fleetSearch';
import { idOf, type FleetItem } from '../documents/fleetRef';
import { describeItem } from '../fleetView/describe';
import { searchFleet } from './searchFleet';

interface PickItem extends vscode.QuickPickItem {
  item?: FleetItem;
}

const DEBOUNCE_MS = 250;

export interface PickOptions {
  value?: string;
  kinds?: readonly SearchKind[];
  /** Each hit gets an "Open Details" button besides Enter. */
  detailsButton?: boolean;
}

/** The chosen record, and whether it was chosen with its "Open Details" button. */
export interface Picked {
  item: FleetItem;
  details: boolean;
}

export async function pickFleetItem(api: FlinkeyApi, title: string, options: PickOptions = {}): Promise<FleetItem | undefined> {
  return (await pickFleetRecord(api, title, options))?.item;
}

export function pickFleetRecord(api: FlinkeyApi, title: string, options: PickOptions = {}): Promise<Picked | undefined> {
  return new Promise((resolve) => {
    const kinds = options.kinds ?? SEARCH_KINDS;
    const pick = vscode.window.createQuickPick<PickItem>();
    pick.title = title;
    pick.placeholder = placeholderFor(kinds);
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.value = options.value ?? '';
    let timer: NodeJS.Timeout | undefined;
    let inFlight: AbortController | undefined;
    let result: Picked | undefined;
    const hit = (item: FleetItem): PickItem => ({ ...toPickItem(item), ...(options.detailsButton ? { buttons: [detailsButton()] } : {}) });

    const search = (text: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(text), text.trim() ? DEBOUNCE_MS : 0);
    };
    const run = async (text: string) => {
      inFlight?.abort();
      const mine = new AbortController();
      inFlight = mine;
      pick.busy = true;
      try {
        const { items, searched } = await searchFleet(api, text, { top: 25, signal: mine.signal, kinds });
        if (inFlight !== mine) return;
        pick.items = items.length > 0 ? items.map(hit) : [{ label: `$(circle-slash) ${nothingFound(text, searched)}`, alwaysShow: true }];
      } catch (e) {
        if (inFlight !== mine || isFlinkeyError(e, 'cancelled')) return;
        pick.items = [{ label: `$(error) ${e instanceof Error ? e.message : String(e)}`, alwaysShow: true }];
      } finally {
        if (inFlight === mine) pick.busy = false;
      }
    };

    pick.onDidChangeValue(search);
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0]?.item;
      if (!chosen) return;
      result = { item: chosen, details: false };
      pick.hide();
    });
    pick.onDidTriggerItemButton((e) => {
      if (!e.item.item) return;
      result = { item: e.item.item, details: true };
      pick.hide();
    });
    pick.onDidHide(() => {
      clearTimeout(timer);
      inFlight?.abort();
      pick.dispose();
      resolve(result);
    });
    search(pick.value);
    pick.show();
  });
}

function detailsButton(): vscode.QuickInputButton {
  return { iconPath: new vscode.ThemeIcon('json'), tooltip: vscode.l10n.t('Open Details') };
}

function placeholderFor(kinds: readonly SearchKind[]): string {
  if (kinds.length === 1 && kinds[0] === 'user') return vscode.l10n.t('Search users by e-mail, name or ID');
  if (kinds.length === 1 && kinds[0] === 'car') return vscode.l10n.t('Search cars by VIN, licence plate, name or ID');
  return vscode.l10n.t('Search by serial number, unique ID, service name, VIN, licence plate, car name, e-mail, user name or ID');
}

const ICON: Record<string, string> = { service: 'verified', car: 'key', user: 'account' };

function toPickItem(item: FleetItem): PickItem {
  const text = describeItem(item);
  const icon =
    item.kind === 'product'
      ? item.product.type === 'flinkey IQ'
        ? 'circuit-board'
        : 'package'
      : item.kind === 'service' && item.service.isTerminated
        ? 'circle-slash'
        : (ICON[item.kind] ?? 'symbol-misc');
  return { label: `$(${icon}) ${text.label}`, description: text.description, detail: kindAndId(item), item };
}

/** "Car · ID 12": every hit says what it is. */
function kindAndId(item: FleetItem): string {
  const id = idOf(item);
  switch (item.kind) {
    case 'product':
      return vscode.l10n.t('Product · ID {0}', id);
    case 'service':
      return vscode.l10n.t('Service · ID {0}', id);
    case 'car':
      return vscode.l10n.t('Car · ID {0}', id);
    case 'user':
      return vscode.l10n.t('User · ID {0}', id);
    default:
      return String(id);
  }
}
