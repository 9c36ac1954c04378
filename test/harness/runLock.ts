// One test run at a time per working tree: runs share test-results/ (results, progress, screenshots,
// logs), and two VS Codes at once on a small machine would only slow each other into timeouts.
import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_DIR } from './paths';
import { onCleanup } from './processes';

const LOCK = path.join(RESULTS_DIR, '.run.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(): void {
  try {
    if (Number(fs.readFileSync(LOCK, 'utf8')) === process.pid) fs.rmSync(LOCK);
  } catch {
    // Gone already.
  }
}

/** Waits for a run in progress to finish (up to waitMs), then holds the lock until this process ends. */
export async function acquireRunLock(waitMs = 15 * 60_000): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      onCleanup(release);
      process.once('exit', release);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number(fs.readFileSync(LOCK, 'utf8'));
    if (!holder || !alive(holder)) {
      fs.rmSync(LOCK, { force: true }); // left by a run that was killed
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another test run (pid ${holder}) still holds ${LOCK}`);
    if (!told) console.log(`Waiting for another test run in this folder to finish (pid ${holder})…`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
