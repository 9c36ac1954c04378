// The README is the page a user reads in the Extensions view: its Commands, Settings and Keybindings tables must say
// what package.json contributes (`npm run readme:tables` rewrites them), and its pictures must be files that travel
// in the VSIX (relative links under media/readme/, which .vscodeignore keeps).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cellsOf, imageLinks, readManifestFiles, readmeTables, TABLE_NAMES, tableIn } from '../harness/readmeTables';
import { ROOT } from './manifestText';

const readme = () => fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  const { manifest, nls } = readManifestFiles(ROOT);
  const tables = readmeTables(manifest, nls);

  for (const name of TABLE_NAMES) {
    it(`the ${name} table says what package.json contributes (npm run readme:tables rewrites it)`, () => {
      const shown = tableIn(readme(), name);
      assert.ok(shown !== undefined, `README.md has no <!-- ${name} --> … <!-- /${name} --> markers`);
      assert.deepStrictEqual(cellsOf(shown), cellsOf(tables[name]), `the ${name} table is out of date: run npm run readme:tables`);
    });
  }

  it('lists every contributed command and setting', () => {
    const commands = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.deepStrictEqual(
      cellsOf(tables.commands)
        .slice(1)
        .map((r) => r[1].replace(/`/g, '')),
      commands,
    );
    assert.strictEqual(cellsOf(tables.settings).length - 1, Object.keys(manifest.contributes.configuration.properties).length);
  });

  it('opens with pictures: relative links to PNG files under media/readme/ that exist', () => {
    const links = imageLinks(readme());
    assert.ok(links.length >= 3, `the README shows ${links.length} pictures; it should show the product in 3–5`);
    for (const link of links) {
      assert.ok(!/^[a-z][\w+.-]*:/i.test(link) && !link.startsWith('/'), `${link}: not relative (it would not show offline)`);
      assert.match(link, /^media\/readme\/[\w.-]+\.png$/, `${link}: pictures belong in media/readme/ as PNG`);
      assert.ok(fs.existsSync(path.join(ROOT, link)), `${link}: no such file`);
    }
  });

  it('puts the pictures first: the first section after the introduction is pictures, before any table', () => {
    const text = readme();
    const firstPicture = text.search(/!\[/);
    const firstTable = text.search(/^\|/m);
    assert.ok(firstPicture > 0 && firstPicture < firstTable, 'the pictures should come before the tables');
  });
});
