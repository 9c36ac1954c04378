// Starts the bare VS Code server (not the code-server wrapper) on 127.0.0.1 with fresh data folders.
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { type VsCodeInstall } from './installVsCode';
import { onCleanup, spawnGroup, stopGroup } from './processes';

export interface VsCodeServer {
  port: number;
  origin: string;
  /** Temp root holding the server and user data folders and a workspace. */
  tempDir: string;
  workspace: string;
  logFile: string;
  /** Resolves when the server process ends, with its exit code or signal. */
  exited: Promise<string>;
  tail(lines?: number): string;
  /** Copies the extension host and server logs into a folder before the temp folder goes. */
  saveLogs(toDir: string): string[];
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

function findFiles(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findFiles(full, test, out);
    else if (test(entry.name)) out.push(full);
  }
  return out;
}

/** A calm window: no trust prompt, welcome page, chat panel or update checks in the way. */
const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

function writeSettings(file: string, more: Record<string, unknown> = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...SETTINGS, ...more }, null, 2) + '\n');
}

/**
 * VS Code serves a display language only if its index of installed language packs (languagepacks.json in the user
 * data folder) has an entry for it; without one, `--locale de` still gives English everywhere. An entry with an empty
 * core translation file is enough: extensions get the language and their own l10n bundles, while VS Code's own texts
 * stay English (its German translations cannot be had offline).
 */
function registerLanguagePack(userData: string, language: string, tempDir: string): void {
  const core = path.join(tempDir, `core.${language}.i18n.json`);
  fs.writeFileSync(core, JSON.stringify({ contents: {} }));
  const pack = {
    // Names the cache folder of the translations VS Code assembles from the core file.
    hash: `flinkey-test-${language}`,
    extensions: [{ extensionIdentifier: { id: `flinkey-test.language-pack-${language}` }, version: '0.0.0' }],
    translations: { vscode: core },
    label: language,
  };
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({ [language]: pack }));
}

export interface ServerOptions {
  env: Record<string, string>;
  logFile: string;
  /** Keep the temp folder after stop (to read logs); removed by default. */
  keepTemp?: boolean;
  /**
   * Installed extensions (folders or links) for the server's extensions folder. Without them the server runs with
   * the smoke-test driver, which honours the development payload in the URL but hides notification toasts.
   */
  installed?: string[];
  /** A display language other than English ('de'), as a user who picked it in VS Code would have it. */
  language?: string;
  /** Settings on top of the calm defaults. */
  settings?: Record<string, unknown>;
}

export async function startVsCodeServer(install: VsCodeInstall, options: ServerOptions): Promise<VsCodeServer> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-vscode-'));
  const workspace = path.join(tempDir, 'workspace');
  for (const d of ['server-data', 'user-data', 'workspace']) fs.mkdirSync(path.join(tempDir, d));
  writeSettings(path.join(tempDir, 'user-data', 'User', 'settings.json'), options.settings);
  const language = options.language && options.language !== 'en' ? options.language : undefined;
  if (language) registerLanguagePack(path.join(tempDir, 'user-data'), language, tempDir);
  const extensionsDir = path.join(tempDir, 'extensions');
  fs.mkdirSync(extensionsDir);
  for (const folder of options.installed ?? []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as Record<string, string>;
    fs.symlinkSync(folder, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
  }
  const port = await freePort();
  const args = [
    install.serverMain,
    ...['--host', '127.0.0.1', '--port', String(port)],
    '--without-connection-token',
    // Honours extensionDevelopmentPath/extensionTestsPath in the URL payload (and hides toasts).
    ...(options.installed ? ['--extensions-dir', extensionsDir] : ['--enable-smoke-test-driver']),
    '--accept-server-license-terms',
    '--disable-telemetry',
    ...['--server-data-dir', path.join(tempDir, 'server-data')],
    ...['--user-data-dir', path.join(tempDir, 'user-data')],
    ...(language ? ['--locale', language] : []),
  ];
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.createWriteStream(options.logFile);
  let recent = '';
  const child = spawnGroup(install.node, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (d: Buffer) => {
    if (!log.writableEnded) log.write(d);
    recent = (recent + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(String(code ?? signal))));
  const tail = (n = 25) =>
    recent
      .split('\n')
      .filter((l) => l.trim())
      .slice(-n)
      .join('\n');

  const server: VsCodeServer = {
    port,
    origin: `http://127.0.0.1:${port}`,
    tempDir,
    workspace,
    logFile: options.logFile,
    exited,
    tail,
    saveLogs(toDir) {
      fs.mkdirSync(toDir, { recursive: true });
      // The extension host logs under user-data/logs/<time>/exthost1/, the server's under server-data.
      const logs = ['server-data', 'user-data'].flatMap((d) => findFiles(path.join(tempDir, d), (n) => n.endsWith('.log')));
      return logs.map((file) => {
        const target = path.join(toDir, path.relative(tempDir, file).replace(/[\\/]/g, '_'));
        fs.copyFileSync(file, target);
        return target;
      });
    },
    async stop() {
      await stopGroup(child);
      log.end();
      if (!options.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
  onCleanup(() => server.stop());

  const deadline = Date.now() + 60_000;
  let done = false;
  void exited.then(() => (done = true));
  while (!done && Date.now() < deadline) {
    if ((await status(`${server.origin}/`)) === 200) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${done ? 'the VS Code server exited' : 'the VS Code server did not answer 200 on / within 60 s'}\n${tail()}`);
}

/**
 * The workbench URL with the extension under development and, for tests, the test entry. The
 * browser workbench honours only the last extensionDevelopmentPath; pass a folder of extensions
 * (or links to them) to load several.
 */
export function workbenchUrl(server: VsCodeServer, extensionPaths: string[], testsPath?: string): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload: [string, string][] = extensionPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = `folder=${encodeURIComponent(server.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${server.origin}/?${query}`;
}
