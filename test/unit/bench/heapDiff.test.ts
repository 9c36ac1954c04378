// The bench's heap snapshot diff: objects made between two snapshots of this process are counted by constructor,
// and the chain that holds them is named (the holder's property, the Map's table), not guessed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { diffSnapshots, readSnapshot } from '../../bench/heapDiff';

class BenchProbeRow {
  constructor(
    readonly id: string,
    readonly n: number,
  ) {}
}

class BenchProbeHolder {
  readonly rows = new Map<number, BenchProbeRow>();
}

describe('bench: heap snapshot diff', function () {
  this.timeout(60_000);
  let folder: string;
  const holders: BenchProbeHolder[] = [];

  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-heapdiff-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('counts the new objects of a class and names who holds them', () => {
    const holder = new BenchProbeHolder();
    holders.push(holder);
    const before = v8.writeHeapSnapshot(path.join(folder, 'before.heapsnapshot'));
    for (let i = 0; i < 5000; i++) holder.rows.set(i, new BenchProbeRow(`row ${i}`, i));
    const after = v8.writeHeapSnapshot(path.join(folder, 'after.heapsnapshot'));

    const diff = diffSnapshots(readSnapshot(before), readSnapshot(after), 20, 20);
    const rows = diff.kinds.find((k) => k.kind === 'BenchProbeRow');
    assert.ok(rows, `BenchProbeRow is not among the kinds that grew: ${diff.kinds.map((k) => k.kind).join(', ')}`);
    assert.strictEqual(rows.count, 5000);
    assert.ok(rows.bytes >= 5000 * 16, `${rows.bytes} bytes for 5000 rows`);
    const [held] = rows.retainers ?? [];
    assert.ok(held, 'no retainer path');
    assert.match(held.path, /BenchProbeHolder\.rows → Map\.table/);
    assert.ok(held.count > 400, `the sample's rows have different paths: ${JSON.stringify(rows.retainers)}`);
  });
});
