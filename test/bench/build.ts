// The shipped build, made in a temporary copy of the project (test/harness/packageVsix.ts) so the working
// tree's dist/ (which other test runs load) is never rewritten.
import type * as esbuildTypes from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { packInCopy, zipEntries } from '../harness/packageVsix';

export interface ShippedBuild {
  /** The temporary project copy: a loadable extension folder with the production dist/extension.js. */
  dir: string;
  extensionBytes: number;
  vsixBytes: number;
  vsixFiles: string[];
  /** media/readme/*.png, which the VSIX carries for the README. */
  pictureBytes: number;
  /** The largest contributors to dist/extension.js (package or source folder → bytes in the output). */
  contributors: [string, number][];
  remove(): void;
}

async function contributorsOf(dir: string): Promise<[string, number][]> {
  // The options of esbuild.js (its plugins included; run with --production, so minified), with a metafile and
  // no output written.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy's own esbuild and build script, by path
  const esbuild = require(path.join(dir, 'node_modules', 'esbuild')) as typeof esbuildTypes;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { extension } = require(path.join(dir, 'esbuild.js')) as { extension: esbuildTypes.BuildOptions };
  const result = await esbuild.build({
    ...extension,
    absWorkingDir: dir,
    minify: true,
    sourcemap: false,
    write: false,
    metafile: true,
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

function picturesIn(folder: string): number {
  if (!fs.existsSync(folder)) return 0;
  return fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
}

export async function shippedBuild(repoRoot: string): Promise<ShippedBuild> {
  const packed = packInCopy(repoRoot);
  const { dir, vsix } = packed;
  return {
    dir,
    extensionBytes: fs.statSync(path.join(dir, 'dist', 'extension.js')).size,
    vsixBytes: fs.statSync(vsix).size,
    vsixFiles: zipEntries(vsix),
    pictureBytes: picturesIn(path.join(dir, 'media', 'readme')),
    contributors: await contributorsOf(dir),
    remove: () => packed.remove(),
  };
}
