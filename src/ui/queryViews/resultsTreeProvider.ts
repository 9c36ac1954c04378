// The Query Results view: the last runs, newest first; their rows are the explorer's nodes.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import type { FleetNode, TreeContext } from '../fleetView/fleetNode';
import { RESULTS_VIEW } from './ids';
import type { QueryResults, QueryRun } from './queryResults';
import { RunNode } from './runNode';

export class ResultsTreeProvider implements vscode.TreeDataProvider<FleetNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FleetNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new Map<number, RunNode>();
  private readonly ctx: TreeContext;
  private readonly subscription: vscode.Disposable;

  constructor(
    session: FleetSession,
    private readonly results: QueryResults,
    private readonly rerun: (run: QueryRun) => Promise<unknown>,
    logger: Logger,
  ) {
    this.ctx = {
      api: () => session.api(),
      pageSize: () => 100,
      withProgress: (work) => Promise.resolve(vscode.window.withProgress({ location: { viewId: RESULTS_VIEW } }, work)),
      changed: (node) => this.changed.fire(node),
      logger,
    };
    this.subscription = results.onDidChange((run) => {
      const node = run && this.nodes.get(run.n);
      if (node) {
        node.invalidate();
        this.changed.fire(node);
      } else {
        this.changed.fire(undefined);
      }
    });
  }

  getTreeItem(node: FleetNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  async getChildren(node?: FleetNode): Promise<FleetNode[]> {
    if (node) return node.getChildren ? node.getChildren() : [];
    const runs = this.results.list();
    const kept = new Set(runs.map((r) => r.n));
    for (const n of [...this.nodes.keys()]) if (!kept.has(n)) this.nodes.delete(n);
    return runs.map((run) => this.nodeOf(run));
  }

  getParent(node: FleetNode): FleetNode | undefined {
    return node.getParent();
  }

  /** The view's node of a run (for reveal). */
  nodeOf(run: QueryRun): RunNode {
    let node = this.nodes.get(run.n);
    if (!node) {
      node = new RunNode(run, this.ctx, this.rerun, () => this.results.list()[0] === run);
      this.nodes.set(run.n, node);
    }
    return node;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
