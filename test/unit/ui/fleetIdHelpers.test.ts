// The vscode-free helpers of the fleet-id features: warnings moved by edits, and where values may be bare.
import * as assert from 'assert';
import { allowsBareValues } from '../../../src/ui/fleetIds/languages';
import { shiftRanges, type LineRange, type TextEdit } from '../../../src/ui/fleetIds/shiftRanges';

const at = (line: number, start: number, end: number): LineRange => ({ line, start, end });
const edit = (startLine: number, startCharacter: number, endLine: number, endCharacter: number, text: string): TextEdit => ({
  startLine,
  startCharacter,
  endLine,
  endCharacter,
  text,
});

describe('ui/fleetIds helpers', () => {
  describe('shiftRanges', () => {
    const warnings = [at(2, 10, 22), at(5, 4, 8)];

    it('leaves warnings before the edit alone', () => {
      assert.deepStrictEqual(shiftRanges(warnings, edit(6, 0, 6, 0, 'x\ny\n')), warnings);
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 30, 2, 31, '')), warnings);
    });

    it('moves warnings down and up by the lines an edit adds or removes above them', () => {
      assert.deepStrictEqual(shiftRanges(warnings, edit(0, 0, 0, 0, '// one\n// two\n')), [at(4, 10, 22), at(7, 4, 8)]);
      assert.deepStrictEqual(shiftRanges(warnings, edit(0, 3, 1, 0, '')), [at(1, 10, 22), at(4, 4, 8)]);
    });

    it('moves a warning along its line when text is typed or deleted before it', () => {
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 0, 2, 0, '  ')), [at(2, 12, 24), at(5, 4, 8)]);
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 2, 2, 6, '')), [at(2, 6, 18), at(5, 4, 8)]);
      // A line break before it carries it to the next line, behind what follows the break.
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 5, 2, 5, '\n    ')), [at(3, 9, 21), at(6, 4, 8)]);
      // Joining with the line above puts it after that line's text.
      assert.deepStrictEqual(shiftRanges([at(3, 2, 5)], edit(2, 7, 3, 0, '')), [at(2, 9, 12)]);
    });

    it('drops a warning whose text is edited, or typed right next to', () => {
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 15, 2, 16, '9')), [at(5, 4, 8)]);
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 22, 2, 22, '3')), [at(5, 4, 8)]);
      assert.deepStrictEqual(shiftRanges(warnings, edit(2, 10, 2, 10, 'X')), [at(5, 4, 8)]);
      assert.deepStrictEqual(shiftRanges(warnings, edit(1, 0, 6, 0, '')), []);
    });

    it('keeps what else a warning carries', () => {
      const [moved] = shiftRanges([{ ...at(1, 0, 3), message: 'unknown' }], edit(0, 0, 0, 0, '\n'));
      assert.deepStrictEqual(moved, { line: 2, start: 0, end: 3, message: 'unknown' });
    });
  });

  it('bare values count in YAML, plain text and .env files, not in code', () => {
    assert.ok(allowsBareValues('yaml', '/w/fleet.yaml'));
    assert.ok(allowsBareValues('dotenv', '/w/.env'));
    assert.ok(allowsBareValues('plaintext', '/w/.env.local'), '.env.local under an older VS Code');
    assert.ok(allowsBareValues('properties', '/w/.env'));
    assert.ok(allowsBareValues('shellscript', '/w/.env.test'));
    assert.ok(!allowsBareValues('typescript', '/w/fixture.ts'));
    assert.ok(!allowsBareValues('python', '/w/env.py'));
    assert.ok(!allowsBareValues('json', '/w/.envrc.json'));
  });
});
