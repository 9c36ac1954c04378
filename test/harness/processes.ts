// Every process the harness starts goes through here, in a process group of its own, so that one
// kill of the group also ends its children (VS Code's extension host, pty host, file watcher…).
import { type ChildProcess, spawn, type SpawnOptions } from 'child_process';

const running = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void> | void> = [];
let stopping: Promise<void> | undefined;

export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM to the group, SIGKILL after a grace period. Also kills stragglers left in the group. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  }
  signalGroup(child, 'SIGKILL');
  running.delete(child);
}

/** Runs before the process groups are stopped (closing the browser, removing temp folders). */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

/** True once shutdown has begun, so callers can tell an expected exit from a crash. */
export function isStopping(): boolean {
  return stopping !== undefined;
}

export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`cleanup failed: ${String(e)}`);
      }
    }
    await Promise.all([...running].map((c) => stopGroup(c)));
  })();
  return stopping;
}

/** Ctrl+C and SIGTERM stop everything; a plain exit still kills what is left, synchronously. */
export function installSignalHandlers(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything…`);
      void stopAll().finally(() => process.exit(code));
    });
  }
  process.once('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
}

/** Runs a command to completion, streaming its output with a prefix; rejects on a non-zero exit. */
export function runStep(command: string, args: string[], options: SpawnOptions & { label: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((l) => l.trim())
        .forEach((l) => console.log(`  [${options.label}] ${l}`));
    child.stdout?.on('data', prefix);
    child.stderr?.on('data', prefix);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${options.label}: ${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * Runs a launcher's main(): an exception becomes a message (after `onError`, if given), and every
 * process started is stopped before exiting with main's code.
 */
export function runMain(main: () => Promise<number>, onError?: () => void): void {
  void main()
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      onError?.();
      return 1;
    })
    .then(async (code) => {
      await stopAll();
      process.exit(code);
    });
}
