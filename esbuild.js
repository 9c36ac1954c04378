// Bundles the extension (and the sandbox CLI) with esbuild. Type checking is a separate `tsc --noEmit`.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Logs build results the way VS Code's problem matchers expect. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * One `vscode` namespace for the whole bundle. Each `import * as vscode from 'vscode'` of an external module
 * becomes its own copy of the API's few hundred names (esbuild's interop helper); with eighty importers that
 * copying was about half of loading dist/extension.js. Here they all import one module that re-exports it once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** node-fetch is its own bundle (dist/fetch.js): src/core/api/http.ts requires it on the first request. */
const fetchApart = {
  name: 'fetch-apart',
  setup(build) {
    build.onResolve({ filter: /^node-fetch$/ }, () => ({ path: './fetch.js', external: true }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  // See src/core/api/whatwgUrl.ts.
  alias: { 'whatwg-url': './src/core/api/whatwgUrl.ts' },
  plugins: [vscodeOnce, problemMatcherPlugin],
};

/** Also read by test/bench/build.ts, which lists what makes up the shipped extension.js. */
const extension = {
  ...common,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  external: ['vscode'],
  plugins: [fetchApart, ...common.plugins],
};

async function main() {
  const contexts = await Promise.all([
    esbuild.context(extension),
    // Required by src/core/api/http.ts on the first request, so loading extension.js does not parse it.
    esbuild.context({ ...common, entryPoints: [require.resolve('node-fetch')], outfile: 'dist/fetch.js' }),
    // Loaded on first use by src/ui/demo/loadSandbox.ts (Explore the Demo Fleet), not part of extension.js.
    esbuild.context({ ...common, entryPoints: ['src/core/sandbox/server.ts'], outfile: 'dist/demo.js' }),
    // Loaded on first use by src/ui/queryViews/loadQuery.ts (query files, the query box, query commands).
    esbuild.context({ ...common, entryPoints: ['src/core/queryLanguage/index.ts'], outfile: 'dist/query.js' }),
    esbuild.context({ ...common, entryPoints: ['src/core/sandbox/cli.ts'], outfile: 'dist/sandbox.js' }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

module.exports = { extension };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
