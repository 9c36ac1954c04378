// The sandbox server is bundled on its own (dist/demo.js): only Explore the Demo Fleet needs it, so the
// extension's main bundle stays small and loads faster.
import * as path from 'path';
import type * as sandboxServer from '../../core/sandbox/server';

export type SandboxModule = typeof sandboxServer;

let loaded: SandboxModule | undefined;

/** Loads dist/demo.js on first use (esbuild entry src/core/sandbox/server.ts, see esbuild.js). */
export function loadSandbox(): SandboxModule {
  // A computed path, so esbuild leaves the require alone instead of bundling the server here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  loaded ??= require(path.join(__dirname, 'demo.js')) as SandboxModule;
  return loaded;
}
