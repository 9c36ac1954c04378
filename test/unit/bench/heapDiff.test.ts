// The bench's heap snapshot diff: objects made between two snapshots of a process are counted by constructor,
// and the chain that holds them is named (the holder's property, the Map's table), not guessed.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffSnapshots, readSnapshot } from '../../bench/heapDiff';

describe('bench: heap snapshot diff', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-heapdiff-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('counts the new objects of a class and names who holds them', () => {
    // The snapshots of a process of its own: this one holds every suite's data and would take minutes to write.
    const probe = cp.spawnSync(process.execPath, [path.join(__dirname, 'heapProbe.js'), folder], { encoding: 'utf8' });
    assert.strictEqual(probe.status, 0, probe.stderr);
    const before = path.join(folder, 'before.heapsnapshot');
    const after = path.join(folder, 'after.heapsnapshot');

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
