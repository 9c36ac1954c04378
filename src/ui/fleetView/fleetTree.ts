// The Fleet view: the Services, Products, Cars, Users and Groups sections under one NodeTreeProvider, reset
// when the connection or the page size changes. Each section's filter and sort live in SectionQueries.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import { FLEET_VIEW, SETTING, STATE } from '../../constants';
import { GROUP_KINDS, GroupNode, type GroupKind } from './groupNode';
import { KnownUsers } from './knownUsers';
import { NodeTreeProvider } from './nodeTreeProvider';
import { scopeKey, SectionQueries, type SectionQuery, type StateStore } from './sectionQueries';
import type { TreeContext, TreeNode } from './treeNode';

export interface FleetTreeOptions {
  /** Where section filters are kept (context.globalState). */
  state: StateStore;
  /** Filter and sort for lists the API hands out whole (groups); loaded with the query bundle on first use. */
  localQuery: NonNullable<TreeContext['localQuery']>;
}

export class FleetTree implements vscode.Disposable {
  readonly provider = new NodeTreeProvider(() => this.roots());
  private groups: Record<GroupKind, GroupNode> | undefined;
  private readonly ctx: TreeContext;
  private readonly users = new KnownUsers();
  private readonly queries: SectionQueries;
  private readonly subscriptions: vscode.Disposable[];
  /**
   * The sections open in the view, as it reports expand and collapse. VS Code keeps them open through a refresh, so
   * their first pages are wanted right away.
   */
  private readonly open = new Set<GroupKind>();
  /** Creates the view anew when the fleet shown was left (FleetTreeView); true when it did. */
  private renewView: () => boolean = () => false;

  constructor(
    private readonly session: FleetSession,
    logger: Logger,
    options: FleetTreeOptions,
  ) {
    this.queries = new SectionQueries(options.state, STATE.sectionQueries);
    this.ctx = {
      api: () => session.api(),
      pageSize: () => pageSize(),
      withProgress: (work) => Promise.resolve(vscode.window.withProgress({ location: { viewId: FLEET_VIEW } }, work)),
      changed: (node) => this.provider.redraw(node),
      sectionQuery: (section) => this.queries.get(this.scope(), section),
      localQuery: options.localQuery,
      users: this.users,
      logger,
    };
    this.subscriptions = [
      session.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTING.section}.${SETTING.pageSize}`)) this.refresh();
      }),
    ];
  }

  /** A top-level section (created on demand). */
  group(kind: GroupKind): GroupNode {
    return this.rootGroups()[kind];
  }

  /** The row of a record a section has already loaded, without loading anything. */
  loadedNode(kind: GroupKind, id: number): TreeNode | undefined {
    return this.groups?.[kind].loadedNode(id);
  }

  /** Sets a section's filter and sort (kept for this environment and customer), then loads its first page again. */
  async setQuery(kind: GroupKind, query: SectionQuery): Promise<void> {
    const scope = this.scope();
    if (!scope) throw new Error(vscode.l10n.t('Sign in to filter the fleet.'));
    await this.queries.set(scope, kind, query);
    this.refresh(this.group(kind));
  }

  /**
   * Lets a whole refresh create the view anew instead of redrawing it. Redrawn first, the old view would still ask
   * for its rows, and the answers would land in the new view's store (the extension host routes them by view id).
   */
  renewViewWith(renew: () => boolean): void {
    this.renewView = renew;
  }

  /** What the view reports: a row was expanded (true) or collapsed. */
  expanded(node: TreeNode, open: boolean): void {
    if (!(node instanceof GroupNode)) return;
    if (open) this.open.add(node.kind);
    else this.open.delete(node.kind);
  }

  /** Refreshes one node (leaves refresh their parent) or, without one, the whole tree. */
  refresh(node?: TreeNode): void {
    if (!node) {
      // Dropped whole: the sections and every row they hold become garbage at once.
      this.groups = undefined;
      this.users.clear();
      if (this.renewView()) {
        // Another fleet in a new view: what was open belonged to the old one (its sections load when opened).
        this.open.clear();
      } else {
        this.provider.redraw();
      }
      return;
    }
    let target: TreeNode | undefined = node;
    while (target && !target.invalidate) target = target.getParent();
    if (!target) return this.refresh();
    target.invalidate?.();
    this.provider.redraw(target);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.provider.dispose();
  }

  private scope(): string | undefined {
    const account = this.session.connection?.account;
    return account ? scopeKey(account) : undefined;
  }

  private async roots(): Promise<TreeNode[]> {
    // Signed out: no rows, so the view shows its welcome content.
    if (!(await this.session.ready())) {
      this.open.clear(); // no sections shown, none open
      return [];
    }
    const fresh = !this.groups;
    const groups = this.rootGroups();
    // After a refresh the open sections' first pages come before the sections: VS Code then gets each section with
    // its count and its rows at once, makes those rows once (a redraw for the count would make them all again, and
    // it keeps a little for every row it makes) and keeps the rows under them open.
    if (fresh) await Promise.all([...this.open].map((kind) => groups[kind].preload()));
    return GROUP_KINDS.map((kind) => groups[kind]);
  }

  private rootGroups(): Record<GroupKind, GroupNode> {
    this.groups ??= Object.fromEntries(GROUP_KINDS.map((kind) => [kind, new GroupNode(kind, this.ctx)])) as Record<GroupKind, GroupNode>;
    return this.groups;
  }
}

function pageSize(): number {
  const value = vscode.workspace.getConfiguration(SETTING.section).get<number>(SETTING.pageSize, 100);
  return Number.isInteger(value) && value >= 1 ? Math.min(value, 1000) : 100;
}
