// The lazily loaded query bundle carries its own copy of FlinkeyError. An error thrown there is still
// recognised here (the command wrapper's isFlinkeyError, instanceof), with its kind and message.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FlinkeyApi } from '../../../../src/core/api/api';
import { FlinkeyError, isFlinkeyError } from '../../../../src/core/api/errors';
import type * as QueryModule from '../../../../src/core/queryLanguage';

const ROOT = resolve(__dirname, '..', '..', '..', '..', '..');

describe('api/error identity across bundles', () => {
  let dir: string;
  let query: typeof QueryModule;

  before(async function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'flinkey-bundle-'));
    // Built as esbuild.js builds dist/query.js: its own bundle, with its own copy of src/core/api/errors.ts.
    await esbuild.build({
      entryPoints: [join(ROOT, 'src/core/queryLanguage/index.ts')],
      outfile: join(dir, 'query.js'),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node18',
      logLevel: 'silent',
      alias: { 'whatwg-url': join(ROOT, 'src/core/api/whatwgUrl.ts') },
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built above
    query = require(join(dir, 'query.js')) as typeof QueryModule;
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('an error thrown inside the query bundle is a FlinkeyError here, with its kind and message', async () => {
    const match = query.matchPath('/products');
    assert.ok('route' in match);
    // A connection without query(): fetchRows throws FlinkeyError('config') from the bundle's copy.
    const error = await query.fetchRows({} as FlinkeyApi, match, {}).then(
      () => assert.fail('fetchRows should have failed'),
      (e: unknown) => e,
    );
    assert.ok(isFlinkeyError(error, 'config'), `not recognised: ${String(error)}`);
    assert.ok(error instanceof FlinkeyError);
    assert.strictEqual(error.message, 'This connection cannot run OData queries.');
    assert.ok(!isFlinkeyError(error, 'network'));
  });

  it('look-alikes are not FlinkeyErrors', () => {
    const fake = Object.assign(new Error('x'), { name: 'FlinkeyError', kind: 'config', details: {} });
    assert.ok(!isFlinkeyError(fake));
    assert.ok(!isFlinkeyError(null) && !isFlinkeyError('FlinkeyError') && !isFlinkeyError({}));
  });
});
