// The VSIX as `npm run package` makes it (in a temporary copy; vsce runs offline with --no-dependencies): at most
// 1 MB, and the README's pictures inside it under the paths the README links to, so they show without a network.
import * as assert from 'assert';
import * as fs from 'fs';
import { packInCopy, zipEntries, zipEntryText, type PackedCopy } from '../harness/packageVsix';
import { ROOT } from './manifestText';
import { imageLinks } from '../harness/readmeTables';

const MAX_BYTES = 1024 * 1024;

describe('the packaged extension (npm run package)', function () {
  // esbuild --production and vsce: a few seconds, more on a busy machine.
  this.timeout(120_000);
  let packed: PackedCopy;
  let entries: string[];

  before(() => {
    packed = packInCopy(ROOT);
    entries = zipEntries(packed.vsix);
  });

  after(() => packed?.remove());

  it('is at most 1 MB', () => {
    const bytes = fs.statSync(packed.vsix).size;
    console.log(`      VSIX: ${(bytes / 1024).toFixed(1)} KB, ${entries.length} files`);
    assert.ok(bytes <= MAX_BYTES, `the VSIX is ${(bytes / 1024).toFixed(1)} KB; files: ${entries.join(', ')}`);
  });

  it('carries the README and every picture it links to, at that relative path', () => {
    const readme = fs.readFileSync(`${packed.dir}/README.md`, 'utf8');
    assert.ok(entries.includes('extension/readme.md'), `no README in the VSIX: ${entries.join(', ')}`);
    for (const link of imageLinks(readme)) {
      assert.ok(entries.includes(`extension/${link}`), `${link} is linked from the README but not in the VSIX`);
    }
  });

  it('keeps the README image links relative (vsce did not rewrite them to the repository URL)', () => {
    // vsce writes extension/readme.md from README.md with its links processed: read what the VSIX holds.
    const shipped = zipEntryText(packed.vsix, 'extension/readme.md');
    const links = imageLinks(shipped);
    assert.ok(links.length >= 3, `the shipped README shows ${links.length} pictures`);
    for (const link of links) assert.match(link, /^media\/readme\/[\w.-]+\.png$/);
  });

  it('ships every bundle the extension loads (dist/extension.js and what it requires on first use)', () => {
    for (const bundle of ['extension', 'demo', 'query', 'fetch']) {
      assert.ok(entries.includes(`extension/dist/${bundle}.js`), `dist/${bundle}.js is not in the VSIX: ${entries.join(', ')}`);
    }
  });

  it('ships only the runtime: no sources, tests or maps', () => {
    const stray = entries.filter((e) => /^extension\/(src|test|out|node_modules)\/|\.map$|\.ts$/.test(e));
    assert.deepStrictEqual(stray, []);
  });
});
