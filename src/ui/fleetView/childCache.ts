// Children are loaded once per node until it is refreshed, even when it is expanded twice or concurrently.
import type { FleetNode } from './fleetNode';

export class ChildCache {
  private pending: Promise<FleetNode[]> | undefined;

  get(load: () => Promise<FleetNode[]>): Promise<FleetNode[]> {
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
