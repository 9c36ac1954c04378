// npm start — VS Code with the extension, already signed in to a local demo fleet. Runs until
// Ctrl+C or SIGTERM, then stops everything it started.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LOG_DIR, REPO_ROOT, START_HELPER } from './paths';
import { installSignalHandlers, isStopping, onCleanup, spawnGroup, runMain } from './processes';
import { serveProduct, startDemoSandbox, startSignInEnv } from './serveProduct';

/** The desktop `code` when one is installed and there is a screen to show it on. */
function desktopCode(): string | undefined {
  const hasScreen = process.platform === 'darwin' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  if (!hasScreen || process.env.FLINKEY_START_BROWSER) return undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'code');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Resolves with the exit code once VS Code is gone; Ctrl+C exits through the signal handlers. */
async function main(): Promise<number> {
  installSignalHandlers();
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const sandbox = await startDemoSandbox('start-sandbox.log');
  console.log(`Demo fleet (sandbox): ${sandbox.info.baseUrl}`);
  // The start helper reads this and calls flinkey.signIn with it.
  const env = startSignInEnv(sandbox);

  const code = desktopCode();
  if (code) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-demo-'));
    onCleanup(() => fs.rmSync(workspace, { recursive: true, force: true }));
    const args = [
      '--new-window',
      '--wait',
      `--extensionDevelopmentPath=${REPO_ROOT}`,
      `--extensionDevelopmentPath=${START_HELPER}`,
      workspace,
    ];
    const child = spawnGroup(code, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    console.log(`VS Code ready: desktop window (${code}); close it or press Ctrl+C to stop`);
    await new Promise((resolve) => child.once('exit', resolve));
    console.log('The VS Code window closed.');
    return 0;
  }

  const { server, url } = await serveProduct(sandbox);
  console.log(`VS Code ready: ${url}`);
  console.log('Open it in a browser on this machine. Ctrl+C stops everything.');
  const exit = await server.exited;
  if (isStopping()) return 0;
  console.error(`The VS Code server exited (${exit}); see ${path.relative(REPO_ROOT, server.logFile)}`);
  return 1;
}

runMain(main);
