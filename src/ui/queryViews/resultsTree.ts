// The Query Results view: the last runs, newest first, under one NodeTreeProvider; their rows are the Fleet
// view's record rows.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import { RESULTS_VIEW } from '../../constants';
import { KnownUsers } from '../fleetView/knownUsers';
import { NodeTreeProvider } from '../fleetView/nodeTreeProvider';
import type { TreeContext, TreeNode } from '../fleetView/treeNode';
import type { QueryResults, QueryRun } from './queryResults';
import { RunNode } from './runNode';

export class ResultsTree implements vscode.Disposable {
  readonly provider = new NodeTreeProvider(() => this.roots());
  /** One node per run number, so a run that ends updates the row that showed it running. */
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
      changed: (node) => this.provider.redraw(node),
      users: new KnownUsers(),
      logger,
    };
    this.subscription = results.onDidChange((run) => {
      const node = run && this.nodes.get(run.n);
      if (node) {
        node.show(run);
        this.provider.redraw(node);
      } else {
        this.provider.redraw();
      }
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.provider.dispose();
  }

  private roots(): TreeNode[] {
    const runs = this.results.list();
    const kept = new Set(runs.map((r) => r.n));
    for (const n of [...this.nodes.keys()]) if (!kept.has(n)) this.nodes.delete(n);
    return runs.map((run) => this.nodeOf(run));
  }

  private nodeOf(run: QueryRun): RunNode {
    const node = this.nodes.get(run.n);
    if (node) {
      if (node.run !== run) node.show(run);
      return node;
    }
    const created = new RunNode(run, this.ctx, this.rerun, () => this.results.list()[0]?.n === run.n);
    this.nodes.set(run.n, created);
    return created;
  }
}
