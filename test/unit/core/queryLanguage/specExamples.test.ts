// §5.1.1's examples through the query box's own check and through a query file: nothing valid is refused,
// nothing invalid can be sent, and an error sits where the spec's rule is broken.
import * as assert from 'assert';
import { toQueryString } from '../../../../src/core/odata';
import { diagnose, inputFeedback, parseQueryFile, prepareRequest } from '../../../../src/core/queryLanguage';
import { INVALID, optionsOf, VALID } from '../odata/specExamples';

const pathOf = (entity: 'service' | 'product') => (entity === 'service' ? '/services' : '/products');

describe('OData 4.01 §5.1.1 examples in the query box and in query files', () => {
  for (const example of VALID) {
    it(`sends §${example.section} ${example.what}: ${example.query}`, () => {
      const feedback = inputFeedback(example.query, example.entity);
      assert.notStrictEqual(feedback.severity, 'error', feedback.message);
      const prepared = prepareRequest(pathOf(example.entity), example.query);
      assert.ok(prepared.ok, prepared.ok ? '' : prepared.problem.message);
      assert.deepStrictEqual(prepared.options, optionsOf(example.query));
      // The same request as URL text in a query file: decoded once, it is the same request.
      const line = `GET ${pathOf(example.entity)}?${toQueryString(prepared.options)}`;
      const errors = diagnose(line).filter((d) => d.severity === 'error');
      assert.deepStrictEqual(errors, [], line);
      assert.deepStrictEqual(parseQueryFile(line).blocks[0].options, prepared.options);
    });
  }

  for (const example of INVALID) {
    it(`refuses §${example.section} ${example.what}: ${example.query}`, () => {
      const column = example.query.indexOf(example.at) + 1;
      const feedback = inputFeedback(example.query, example.entity);
      assert.strictEqual(feedback.severity, 'error');
      assert.ok(feedback.message!.startsWith(`column ${column}: `) && feedback.message!.includes(example.message), feedback.message);
      const prepared = prepareRequest(pathOf(example.entity), example.query);
      assert.ok(!prepared.ok, 'an invalid query must not be sent');
      assert.strictEqual(prepared.problem.offset, column - 1);
      // In a query file the same text, written as a URL, is refused at the same characters.
      const prefix = `GET ${pathOf(example.entity)}?$filter=`;
      const line = prefix + example.query.replace(/%/g, '%25');
      const first = diagnose(line).find((d) => d.severity === 'error');
      assert.ok(first?.message.includes(example.message), first?.message);
      assert.strictEqual(first!.offset, prefix.length + column - 1);
    });
  }
});
