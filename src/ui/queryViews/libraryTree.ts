// The Queries view: saved queries (all customers) and the history of the signed-in customer, redrawn
// whenever either or the connection changes.
import type * as vscode from 'vscode';
import type { FleetSession } from '../session/fleetSession';
import { NodeTreeProvider } from '../fleetView/nodeTreeProvider';
import type { TreeNode } from '../fleetView/treeNode';
import { customerKey, type QueryLibrary } from './queryLibrary';
import { QueryGroupNode } from './queryGroupNode';

export class LibraryTree implements vscode.Disposable {
  readonly provider = new NodeTreeProvider(() => this.roots());
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly session: FleetSession,
    private readonly library: QueryLibrary,
  ) {
    this.subscriptions = [library.onDidChange(() => this.provider.redraw()), session.onDidChange(() => this.provider.redraw())];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.provider.dispose();
  }

  private async roots(): Promise<TreeNode[]> {
    const account = (await this.session.ready())?.account;
    const customer = account ? customerKey(account) : undefined;
    const history = customer ? this.library.history.list(customer).map((entry) => ({ kind: 'history' as const, entry, customer })) : [];
    const saved = this.library.saved.list().map((s) => ({ kind: 'saved' as const, saved: s }));
    return [
      new QueryGroupNode('saved', 'Saved Queries', saved),
      new QueryGroupNode('history', account ? `History · ${account.customerName}` : 'History', history),
    ];
  }
}
