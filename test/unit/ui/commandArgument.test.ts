// Command arguments: properties are read from objects only, and only when they have the expected type.
import * as assert from 'assert';
import { argProperty, numberArg, stringArg } from '../../../src/ui/commands/commandArgument';

describe('command arguments', () => {
  it('reads a property of an object argument', () => {
    assert.strictEqual(stringArg({ name: 'Pool' }, 'name'), 'Pool');
    assert.strictEqual(numberArg({ n: 0 }, 'n'), 0);
    assert.deepStrictEqual(argProperty({ target: ['x'] }, 'target'), ['x']);
  });

  it('gives undefined for other types, missing properties and arguments that are no object', () => {
    assert.strictEqual(stringArg({ name: 3 }, 'name'), undefined);
    assert.strictEqual(numberArg({ n: '3' }, 'n'), undefined);
    assert.strictEqual(stringArg({}, 'name'), undefined);
    for (const arg of [undefined, null, 'name', 7, true]) {
      assert.strictEqual(argProperty(arg, 'name'), undefined, String(arg));
      assert.strictEqual(numberArg(arg, 'length'), undefined, String(arg));
    }
  });
});
