// The query-language logic (src/core/queryLanguage: parsing, completion, hover, diagnostics, snippets, export) is bundled
// on its own (dist/query.js) and loaded when a query file, the query box or a query command first needs it,
// so activation does not pay for it.
import * as path from 'path';
import * as vscode from 'vscode';
import type * as queryModule from '../../core/queryLanguage';

export type QueryModule = typeof queryModule;

let loaded: QueryModule | undefined;

/** Loads dist/query.js on first use (esbuild entry src/core/queryLanguage/index.ts, see esbuild.js). */
export function loadQuery(): QueryModule {
  // A computed path, so esbuild leaves the require alone instead of bundling src/core/queryLanguage here.
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    loaded = require(path.join(__dirname, 'query.js')) as QueryModule;
    loaded.configureL10n(vscode.l10n.bundle);
  }
  return loaded;
}
