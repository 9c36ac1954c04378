// Runs the project's local flinkey server (dist/sandbox.js) as a child process. Its first stdout line
// is JSON with the URL and per-run credentials; every further line is one request, which we count.
import * as fs from 'fs';
import * as readline from 'readline';
import type { SandboxCredentials } from '../../src/core/sandbox/server';
import { SANDBOX_BUNDLE } from './paths';
import { spawnGroup, stopGroup } from './processes';

export type SandboxInfo = SandboxCredentials;

export interface Sandbox {
  info: SandboxInfo;
  requestCount(): number;
  /** The last request lines, for error messages. */
  recentRequests(): string[];
  stop(): Promise<void>;
}

export async function startSandbox(args: string[], logFile?: string): Promise<Sandbox> {
  if (!fs.existsSync(SANDBOX_BUNDLE)) {
    throw new Error(`${SANDBOX_BUNDLE} is missing; build it with: node esbuild.js`);
  }
  const child = spawnGroup(process.execPath, [SANDBOX_BUNDLE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const file = logFile ? fs.createWriteStream(logFile) : undefined;
  // Output can still arrive while the process is being stopped; never write to an ended stream.
  const log = { write: (text: string | Buffer) => file && !file.writableEnded && file.write(text), end: () => file?.end() };
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    log.write(d);
  });
  let count = 0;
  const recent: string[] = [];
  const lines = readline.createInterface({ input: child.stdout! });
  const info = await new Promise<SandboxInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox printed nothing within 20 s\n${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before printing its URL\n${stderr}`)));
    let first = true;
    lines.on('line', (line) => {
      log.write(line + '\n');
      if (first) {
        first = false;
        clearTimeout(timer);
        try {
          resolve(JSON.parse(line) as SandboxInfo);
        } catch {
          reject(new Error(`the sandbox's first line is not JSON: ${line}`));
        }
        return;
      }
      if (!line.trim()) return;
      count++;
      recent.push(line);
      if (recent.length > 20) recent.shift();
    });
  });
  for (const key of ['baseUrl', 'apiKey', 'username', 'password', 'customerId'] as const) {
    if (info[key] === undefined) throw new Error(`the sandbox's first line has no "${key}"`);
  }
  return {
    info,
    requestCount: () => count,
    recentRequests: () => [...recent],
    stop: async () => {
      await stopGroup(child);
      log.end();
    },
  };
}
