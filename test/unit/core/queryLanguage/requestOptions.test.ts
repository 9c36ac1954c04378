// $expand and parameter aliases travel with a request: in its URL (encoded once) and in the readable form
// the snippets and titles show.
import * as assert from 'assert';
import { describeQuery, requestUrl } from '../../../../src/core/queryLanguage';

describe('requests with $expand and parameter aliases', () => {
  const query = { filter: 'name eq @n', expand: 'keyForm($select=imageUrl)', top: 2, aliases: { n: "'Golf Plus'" } };

  it('are in the URL, each value encoded once', () => {
    assert.strictEqual(
      requestUrl({ baseUrl: 'https://api.flinkey.de/v3/', path: '/services', query }),
      "https://api.flinkey.de/v3/services?$filter=name%20eq%20%40n&$expand=keyForm(%24select%3DimageUrl)&$top=2&@n='Golf%20Plus'",
    );
  });

  it('are in the readable form', () => {
    assert.strictEqual(describeQuery(query), "$filter=name eq @n&$expand=keyForm($select=imageUrl)&$top=2&@n='Golf Plus'");
  });
});
