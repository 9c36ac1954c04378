// A quick pick that searches the fleet on the server as you type (debounced; a new search cancels the last).
import * as vscode from 'vscode';
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import type { FleetItem } from '../documents/fleetRef';
import { describeItem } from '../fleetView/describe';
import { searchFleet } from './searchFleet';

interface PickItem extends vscode.QuickPickItem {
  item?: FleetItem;
}

const DEBOUNCE_MS = 250;

export function pickFleetItem(
  api: FlinkeyApi,
  title: string,
  options: { value?: string; kinds?: ('product' | 'service')[] } = {},
): Promise<FleetItem | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<PickItem>();
    pick.title = title;
    pick.placeholder = 'Search by serial number, unique ID, service name or id';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.value = options.value ?? '';
    let timer: NodeJS.Timeout | undefined;
    let inFlight: AbortController | undefined;
    let result: FleetItem | undefined;

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
        const items = await searchFleet(api, text, { top: 25, signal: mine.signal, kinds: options.kinds });
        if (inFlight !== mine) return;
        pick.items = items.length > 0 ? items.map(toPickItem) : [{ label: `$(circle-slash) Nothing matches "${text}"`, alwaysShow: true }];
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
      result = chosen;
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

function toPickItem(item: FleetItem): PickItem {
  const text = describeItem(item);
  const icon =
    item.kind === 'service'
      ? item.service.isTerminated
        ? 'circle-slash'
        : 'verified'
      : item.kind === 'product'
        ? item.product.type === 'flinkey IQ'
          ? 'circuit-board'
          : 'package'
        : 'key';
  const id = item.kind === 'product' ? item.product.id : item.kind === 'service' ? item.service.id : item.car.id;
  return { label: `$(${icon}) ${text.label}`, description: text.description, detail: `${item.kind} ${id}`, item };
}
