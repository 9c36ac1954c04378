// Run by heapDiff.test.ts in a process of its own (a small heap, so the snapshots are quick to write and read):
// a snapshot, 5,000 rows held in a Map, another snapshot. Argument: the folder for the two snapshot files.
import * as path from 'path';
import * as v8 from 'v8';

class BenchProbeRow {
  constructor(
    readonly id: string,
    readonly n: number,
  ) {}
}

class BenchProbeHolder {
  readonly rows = new Map<number, BenchProbeRow>();
}

/** Held the way a long-lived object holds its rows: reached from the module, not from the stack. */
export const held: BenchProbeHolder[] = [];

function fill(): void {
  const holder = new BenchProbeHolder();
  held.push(holder);
  for (let i = 0; i < 5000; i++) holder.rows.set(i, new BenchProbeRow(`row ${i}`, i));
}

const folder = process.argv[2];
v8.writeHeapSnapshot(path.join(folder, 'before.heapsnapshot'));
fill();
v8.writeHeapSnapshot(path.join(folder, 'after.heapsnapshot'));
