// Windows sharing one stored sign-in, under every order in which writes land, change events arrive and
// reads answer: at the end every window holds what is stored, none adopted a value while its own write
// was in flight, and none reloaded a sign-in it already held.
import * as assert from 'assert';
import { SignInSync, type StoredValue } from '../../../src/ui/session/signInSync';

type Value = string | undefined;

interface Task {
  label: string;
  /** What the task will do, for telling states apart: two paths that reach the same state go on alike. */
  key(): string;
  run(): void;
}

interface Window {
  name: string;
  sync: SignInSync;
  /** The sign-in the window uses: its own writes and what it adopted. */
  state: Value | null;
  /** Writes of this window to the store not yet returned. */
  writing: number;
  /** Reads this window started; only the newest one can still change anything. */
  reads: number;
  script: Value[];
  problems: string[];
}

/** The sync's own counters, read to tell states apart (never changed). */
const internals = (s: SignInSync) => s as unknown as { held: unknown; writing: number };

/**
 * One run along a given list of choices; the branching at each step tells the explorer what else it could
 * have done. Past the given choices, a state already reached on another path ends the run (`pruned`).
 */
async function runPath(scripts: Record<string, Value[]>, initial: Value, choices: number[], seen: Set<string>) {
  let stored = initial;
  const tasks: Task[] = [];
  const trace: string[] = [];
  const windows: Window[] = [];
  const flush = () => new Promise((r) => setImmediate(r));

  const storeOf = (w: () => Window): StoredValue => ({
    read: () =>
      new Promise((resolve) => {
        // The value as it is when the read starts, answered at any later time: reads may overtake each other.
        const index = ++w().reads;
        const value = stored;
        tasks.push({
          label: `${w().name} reads ${String(value)}`,
          key: () => `${w().name} reads ${index === w().reads ? String(value) : '(stale)'}`,
          run: () => resolve(value),
        });
      }),
    write: (value) =>
      new Promise((resolve) => {
        w().writing++;
        tasks.push({
          label: `${w().name}'s write of ${String(value)} lands`,
          key: () => `${w().name} lands ${String(value)}`,
          run: () => {
            stored = value;
            // SecretStorage tells every window, the writer too; the writer's await returns on its own time.
            for (const other of windows) {
              const label = `change event reaches ${other.name}`;
              tasks.push({ label, key: () => label, run: () => void other.sync.changed() });
            }
            tasks.push({
              label: `${w().name}'s write returns`,
              key: () => `${w().name} returns`,
              run: () => {
                w().writing--;
                resolve();
              },
            });
          },
        });
      }),
  });

  for (const [name, script] of Object.entries(scripts)) {
    const w: Window = { name, state: null, writing: 0, reads: 0, script: [...script], problems: [], sync: undefined as never };
    w.sync = new SignInSync(
      storeOf(() => w),
      (value) => {
        if (w.writing > 0) w.problems.push(`adopted ${String(value)} while its own write was in flight`);
        if (value === w.state) w.problems.push(`reloaded ${String(value)}, which it already held`);
        w.state = value;
      },
    );
    windows.push(w);
    tasks.push({ label: `${name} starts up`, key: () => `${name} starts up`, run: () => void w.sync.changed() });
    const next = () => {
      if (w.script.length === 0) return;
      const value = w.script.shift();
      tasks.push({
        label: `${name} writes ${String(value)}`,
        key: () => `${name} writes ${String(value)}`,
        run: () => {
          w.state = value;
          void w.sync.write(value).then(next);
        },
      });
    };
    next();
  }

  const branching: number[] = [];
  const show = (v: unknown): string =>
    typeof v === 'string' ? v : typeof v === 'symbol' ? '(not read)' : v === undefined ? '(none)' : '(nothing yet)';
  for (let step = 0; tasks.length > 0; step++) {
    if (step >= choices.length) {
      const state = JSON.stringify([
        show(stored),
        windows.map((w) => [
          show(internals(w.sync).held),
          internals(w.sync).writing,
          show(w.state),
          w.script.map(show),
          w.problems,
          w.writing,
        ]),
        tasks.map((t) => t.key()).sort(),
      ]);
      if (seen.has(state)) return { stored, windows, trace, branching, pruned: true };
      seen.add(state);
    }
    const pick = choices[step] ?? 0;
    branching.push(tasks.length);
    const [task] = tasks.splice(pick, 1);
    trace.push(task.label);
    task.run();
    await flush();
  }
  return { stored, windows, trace, branching, pruned: false };
}

/** Runs every interleaving (depth-first, by replaying choice prefixes); returns how many there were. */
async function everyInterleaving(scripts: Record<string, Value[]>, initial: Value): Promise<number> {
  let choices: number[] = [];
  let paths = 0;
  const seen = new Set<string>();
  for (;;) {
    const { stored, windows, trace, branching, pruned } = await runPath(scripts, initial, choices, seen);
    paths++;
    for (const w of pruned ? [] : windows) {
      const where = `${w.name}, after:\n  ${trace.join('\n  ')}`;
      assert.deepStrictEqual(w.problems, [], where);
      assert.strictEqual(w.sync.value, stored, `holds ${String(w.sync.value)} but ${String(stored)} is stored — ${where}`);
      assert.strictEqual(w.state, stored, `uses ${String(w.state)} but ${String(stored)} is stored — ${where}`);
    }
    // Next path: the deepest step with an untried choice.
    const taken = branching.map((_, i) => choices[i] ?? 0);
    let i = taken.length - 1;
    while (i >= 0 && taken[i] + 1 >= branching[i]) i--;
    if (i < 0) return paths;
    choices = [...taken.slice(0, i), taken[i] + 1];
  }
}

describe('signInSync: every interleaving of writes across windows', function () {
  this.timeout(600_000);

  it('two windows sign in at the same time', async () => {
    const paths = await everyInterleaving({ A: ['a1'], B: ['b1'] }, undefined);
    assert.ok(paths > 1000, `${paths} interleavings`);
  });

  it('one window signs in and renews its token while another signs in', async () => {
    const paths = await everyInterleaving({ A: ['a1', 'a1+token'], B: ['b1'] }, 'old');
    assert.ok(paths > 100_000, `${paths} interleavings`);
  });

  it('one window signs out while another signs in', async () => {
    const paths = await everyInterleaving({ A: [undefined], B: ['b1'] }, 'old');
    assert.ok(paths > 1000, `${paths} interleavings`);
  });

  it('a window that changed nothing adopts nothing', async () => {
    const paths = await everyInterleaving({ A: [], B: [] }, 'same');
    assert.ok(paths >= 2, `${paths} interleavings`);
  });
});
