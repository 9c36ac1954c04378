// `npm run package` in a temporary copy of the project, so the working tree's dist/ (which test runs load) is never
// rewritten; used by the packaging test (test/unit/package.test.ts) and the bench. vsce runs offline: with
// --no-dependencies it does not call npm, and --no-rewrite-relative-links keeps the README's pictures in the VSIX.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

/** What the VSIX is made of; .vscodeignore picks from these. */
const COPY = [
  'package.json',
  'package.nls.json',
  'package.nls.de.json',
  'esbuild.js',
  'tsconfig.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  '.vscodeignore',
  'src',
  'media',
  'l10n',
];

export interface PackedCopy {
  /** The temporary project copy: a loadable extension folder with the production dist/. */
  dir: string;
  vsix: string;
  remove(): void;
}

export function packInCopy(root: string): PackedCopy {
  const repoRoot = path.resolve(root);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flinkey-package-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    for (const name of COPY) {
      const from = path.join(repoRoot, name);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, name), { recursive: true });
    }
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    // `npm run package` runs vscode:prepublish (node esbuild.js --production) before vsce packs.
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    remove();
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`npm run package failed: ${err.stderr || err.stdout || err.message}`, { cause: e });
  }
  return { dir, vsix: path.join(dir, 'flinkey-fleet-explorer.vsix'), remove };
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

/** The entries of a zip file, read from its central directory. */
function readDirectory(buf: Buffer, file: string): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localHeader: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Names of the entries in a zip file. */
export function zipEntries(file: string): string[] {
  return readDirectory(fs.readFileSync(file), file).map((e) => e.name);
}

/** The text of one entry of a zip file (stored or deflated). */
export function zipEntryText(file: string, name: string): string {
  const buf = fs.readFileSync(file);
  const entry = readDirectory(buf, file).find((e) => e.name === name);
  if (!entry) throw new Error(`${file} has no ${name}`);
  const at = entry.localHeader;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return zlib.inflateRawSync(data).toString('utf8');
  throw new Error(`${name}: zip compression method ${entry.method}`);
}
