// Children are loaded once per node until it is refreshed, even when it is expanded twice or concurrently.
import type { TreeNode } from './treeNode';

export class ChildCache {
  private pending: Promise<TreeNode[]> | undefined;

  get(load: () => Promise<TreeNode[]>): Promise<TreeNode[]> {
    this.pending ??= load();
    return this.pending;
  }

  get loaded(): boolean {
    return this.pending !== undefined;
  }

  clear(): void {
    this.pending = undefined;
  }
}
