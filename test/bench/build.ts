// The shipped build, made in a temporary copy of the project so the working tree's dist/ (which other
// test runs load) is never rewritten: `node esbuild.js --production`, then `npm run package`.
import type * as esbuildTypes from 'esbuild';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface ShippedBuild {
  /** The temporary project copy: a loadable extension folder with the production dist/extension.js. */
  dir: string;
  extensionBytes: number;
  vsixBytes: number;
  vsixFiles: string[];
  /** The largest contributors to dist/extension.js (package or source folder → bytes in the output). */
  contributors: [string, number][];
  remove(): void;
}

const COPY = ['package.json', 'esbuild.js', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore', 'src', 'media'];

/** Names of the entries in a zip file, read from its central directory. */
export function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

async function contributorsOf(dir: string): Promise<[string, number][]> {
  // Same options as esbuild.js --production, with a metafile and no output written.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy's own esbuild, by path
  const esbuild = require(path.join(dir, 'node_modules', 'esbuild')) as typeof esbuildTypes;
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ['src/extension.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    minify: true,
    external: ['vscode'],
    // As in esbuild.js (see src/core/api/whatwgUrl.ts); without it the parts listed are not the shipped ones.
    alias: { 'whatwg-url': './src/core/api/whatwgUrl.ts' },
    write: false,
    metafile: true,
    outfile: 'dist/extension.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const by = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = pkg ? pkg[1] : input.split('/').slice(0, 2).join('/');
    by.set(key, (by.get(key) ?? 0) + bytesInOutput);
  }
  return [...by.entries()].sort((a, b) => b[1] - a[1]);
}

export async function shippedBuild(repoRoot: string): Promise<ShippedBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-bench-build-'));
  for (const name of COPY) {
    const from = path.join(repoRoot, name);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), { recursive: true });
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = (args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  // `npm run package` runs vscode:prepublish (node esbuild.js --production) before vsce packs.
  run(['run', '--silent', 'package']);
  const vsix = path.join(dir, 'flinkey-fleet-explorer.vsix');
  return {
    dir,
    extensionBytes: fs.statSync(path.join(dir, 'dist', 'extension.js')).size,
    vsixBytes: fs.statSync(vsix).size,
    vsixFiles: zipEntries(vsix),
    contributors: await contributorsOf(dir),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
