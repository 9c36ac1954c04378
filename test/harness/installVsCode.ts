// Makes sure a runnable VS Code is cached in .vscode-test/: Node 24 and code-server (which ships the
// VS Code server), both from the npm registry, since Microsoft's update server is out of reach here.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_DIR, CHROMIUM, seconds } from './paths';
import { runStep } from './processes';

const NODE_VERSION = '24.9.0';
const CODE_SERVER_VERSION = '4.139.1';
const MARKER = '.flinkey-cache-complete.json';
const APT_HINT = 'apt-get install -y chromium libkrb5-dev';

export interface VsCodeInstall {
  /** Node 24, which the VS Code server needs. */
  node: string;
  /** lib/vscode/out/server-main.js inside code-server. */
  serverMain: string;
  codeServerVersion: string;
}

function nodePackageName(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
}

function layout() {
  const nodeDir = path.join(CACHE_DIR, 'node24');
  const nodePkg = path.join(nodeDir, 'node_modules', nodePackageName());
  const codeServerDir = path.join(CACHE_DIR, 'code-server');
  const codeServer = path.join(codeServerDir, 'node_modules', 'code-server');
  return {
    nodeDir,
    nodePkg,
    node: path.join(nodePkg, 'bin', 'node'),
    codeServerDir,
    vscodeDir: path.join(codeServer, 'lib', 'vscode'),
    serverMain: path.join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    marker: path.join(codeServerDir, MARKER),
  };
}

/** The browser and the Kerberos headers come from the system; say how to get them when missing. */
export function checkSystemPackages(needHeaders: boolean): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing (${CHROMIUM}); the tests drive it as the VS Code window.\n  Install it: ${APT_HINT}`);
  }
  if (needHeaders && !fs.existsSync('/usr/include/gssapi/gssapi.h') && process.platform === 'linux') {
    throw new Error(`The Kerberos headers are missing (code-server builds a native module with them).\n  Install them: ${APT_HINT}`);
  }
}

/** True when the binaries are there and the native modules load under Node 24. */
function probe(l: ReturnType<typeof layout>): boolean {
  if (!fs.existsSync(l.node) || !fs.existsSync(l.serverMain)) return false;
  const modules = ['@vscode/spdlog', 'kerberos'].map((m) => path.join(l.vscodeDir, 'node_modules', m));
  const script = `for (const m of ${JSON.stringify(modules)}) require(m); process.stdout.write(process.version)`;
  const result = spawnSync(l.node, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && result.stdout === `v${NODE_VERSION}`;
}

function readMarker(file: string): boolean {
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { node?: string; codeServer?: string };
    return m.node === NODE_VERSION && m.codeServer === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

function writeMarker(file: string): void {
  const content = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, at: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(content, null, 2) + '\n');
}

function ownPackageJson(dir: string, name: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify({ name, private: true }) + '\n');
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The environment without what an enclosing `npm test` sets: its npm_config_* values (user agent naming
 * Node 20, loglevel, prefix) would override the nested install's own, and code-server's postinstall reads
 * the Node version from npm_config_user_agent.
 */
function outsideNpmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return env;
}

export async function ensureVsCode(log: (line: string) => void = console.log): Promise<VsCodeInstall> {
  const l = layout();
  const result = { node: l.node, serverMain: l.serverMain, codeServerVersion: CODE_SERVER_VERSION };
  if (readMarker(l.marker) && fs.existsSync(l.node) && fs.existsSync(l.serverMain)) {
    checkSystemPackages(false);
    log(`VS Code cache: ready (code-server ${CODE_SERVER_VERSION}, Node ${NODE_VERSION}) in ${CACHE_DIR}`);
    return result;
  }
  if (probe(l)) {
    checkSystemPackages(false);
    writeMarker(l.marker);
    log(`VS Code cache: found a complete install in ${CACHE_DIR}; marked it`);
    return result;
  }
  checkSystemPackages(true);
  const started = Date.now();
  log(`VS Code cache: installing into ${CACHE_DIR} (first run only, about 2 minutes)`);
  if (!fs.existsSync(l.node)) {
    log(`  npm install ${nodePackageName()}@${NODE_VERSION}`);
    ownPackageJson(l.nodeDir, 'node24');
    await runStep(npm, ['install', '--no-save', '--no-audit', '--no-fund', `${nodePackageName()}@${NODE_VERSION}`], {
      cwd: l.nodeDir,
      env: outsideNpmEnv(),
      label: 'node24',
    });
  }
  log(`  npm install code-server@${CODE_SERVER_VERSION} (native modules built against Node ${NODE_VERSION})`);
  ownPackageJson(l.codeServerDir, 'code-server-cache');
  // The machine's npm config may point nodedir at the system Node; the native modules must match Node 24.
  const env = {
    ...outsideNpmEnv(),
    npm_config_nodedir: l.nodePkg,
    PATH: `${path.dirname(l.node)}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  await runStep(npm, ['install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: l.codeServerDir,
    env,
    label: 'code-server',
  });
  if (!probe(l)) {
    throw new Error(`code-server installed, but its native modules do not load under Node ${NODE_VERSION}; see the output above`);
  }
  writeMarker(l.marker);
  log(`VS Code cache: installed in ${seconds(Date.now() - started)}`);
  return result;
}

if (require.main === module) {
  ensureVsCode().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
