// §5.1.1's examples (specExamples.ts) through the parser, the checker and the evaluator: every valid example
// parses, checks without errors (only the listed warnings) and keeps exactly the rows the specification states;
// every invalid one is refused with a positioned error.
import * as assert from 'assert';
import { applyQuery, checkQuery } from '../../../../src/core/odata';
import { PRODUCTS, SERVICES } from './fixtures';
import { expectedIds, INVALID, optionsOf, VALID } from './specExamples';

const rowsOf = (entity: 'service' | 'product'): Record<string, unknown>[] =>
  (entity === 'service' ? SERVICES : PRODUCTS) as unknown as Record<string, unknown>[];

describe('OData 4.01 §5.1.1 examples: parse, check and evaluate', () => {
  for (const example of VALID) {
    it(`§${example.section} ${example.what}: ${example.query}`, () => {
      const options = optionsOf(example.query);
      const problems = checkQuery(options, example.entity);
      assert.deepStrictEqual(
        problems.filter((p) => p.severity === 'error'),
        [],
      );
      const warnings = problems.map((p) => p.message);
      assert.strictEqual(warnings.length, (example.warnings ?? []).length, warnings.join(' | '));
      for (const fragment of example.warnings ?? []) {
        assert.ok(
          warnings.some((w) => w.includes(fragment)),
          `${fragment} in ${warnings.join(' | ')}`,
        );
      }
      const rows = rowsOf(example.entity);
      const got = applyQuery(rows, options, example.entity).map((r) => r.id);
      assert.deepStrictEqual(got, expectedIds(rows, example));
    });
  }

  it('the examples are not trivial: most keep some rows but not all', () => {
    const shares = VALID.filter((e) => !e.sort).map((e) => rowsOf(e.entity).filter(e.keep).length / rowsOf(e.entity).length);
    const partial = shares.filter((s) => s > 0 && s < 1).length;
    assert.ok(partial >= shares.length - 12, `${partial} of ${shares.length} keep some but not all rows`);
  });

  for (const example of INVALID) {
    it(`§${example.section} refuses ${example.what}: ${example.query}`, () => {
      const options = optionsOf(example.query);
      const errors = checkQuery(options, example.entity).filter((p) => p.severity === 'error');
      assert.ok(errors.length > 0, 'expected an error');
      const first = errors[0];
      assert.ok(first.message.includes(example.message), first.message);
      const text = options.filter!;
      assert.strictEqual(first.offset, text.indexOf(example.at), first.message);
      assert.throws(() => applyQuery(rowsOf(example.entity), options, example.entity));
    });
  }
});
