// What `npm start` serves in the browser: a demo sandbox, and a VS Code server with the built extension and the
// start helper installed (not a development payload, so the window shows notification toasts as a user sees them).
import * as path from 'path';
import { ensureVsCode } from './installVsCode';
import { ENV, LOG_DIR, REPO_ROOT, START_HELPER } from './paths';
import { type Sandbox, startSandbox } from './sandboxProcess';
import { startVsCodeServer, type VsCodeServer, workbenchUrl } from './vscodeServer';

export interface ServedProduct {
  sandbox: Sandbox;
  server: VsCodeServer;
  url: string;
}

/** The demo sandbox's credentials, for the start helper to sign in with. */
export function startSignInEnv(sandbox: Sandbox): Record<string, string> {
  return { [ENV.startSignIn]: JSON.stringify({ ...sandbox.info, staySignedIn: true }) };
}

export async function startDemoSandbox(logName: string): Promise<Sandbox> {
  return startSandbox(['--port', '0', '--products', '500', '--seed', '42'], path.join(LOG_DIR, logName));
}

export async function serveProduct(sandbox: Sandbox, logName = 'start-vscode-server.log'): Promise<ServedProduct> {
  const install = await ensureVsCode();
  const server = await startVsCodeServer(install, {
    env: startSignInEnv(sandbox),
    logFile: path.join(LOG_DIR, logName),
    installed: [REPO_ROOT, START_HELPER],
  });
  return { sandbox, server, url: workbenchUrl(server, []) };
}
