// The stored sign-in is one value: it reads back whole, or not at all.
import * as assert from 'assert';
import { decodeSignIn, encodeSignIn, sameSignIn, type StoredSignIn } from '../../../src/ui/session/storedSignIn';

const signIn: StoredSignIn = {
  account: { baseUrl: 'https://api.flinkey.de/v3', username: 'manager', customerId: '42', customerName: 'Zürich Leasing' },
  secrets: { apiKey: 'key-1234', password: '  spaced pw ', token: { accessToken: 'a.b.c', expiresAt: 1_700_000_000_000 } },
};

describe('stored sign-in', () => {
  it('reads back exactly what was written, password spaces included', () => {
    assert.deepStrictEqual(decodeSignIn(encodeSignIn(signIn)), signIn);
    const bare = { ...signIn, secrets: { apiKey: 'key-1234' } };
    assert.deepStrictEqual(decodeSignIn(encodeSignIn(bare)), {
      ...bare,
      secrets: { apiKey: 'key-1234', password: undefined, token: undefined },
    });
  });

  it('anything else is no sign-in at all, never half of one', () => {
    const whole = JSON.parse(encodeSignIn(signIn)) as Record<string, unknown>;
    for (const broken of [
      undefined,
      '',
      'nope',
      '{}',
      JSON.stringify({ ...whole, v: 2 }),
      JSON.stringify({ ...whole, apiKey: '' }),
      JSON.stringify({ ...whole, account: { baseUrl: 'x' } }),
    ]) {
      assert.strictEqual(decodeSignIn(broken), undefined, String(broken));
    }
  });

  it('the same sign-in is the same account and credentials, whatever the token', () => {
    const renewed = { ...signIn, secrets: { ...signIn.secrets, token: { accessToken: 'd.e.f', expiresAt: 1 } } };
    assert.ok(sameSignIn(signIn, renewed));
    assert.ok(!sameSignIn(signIn, { ...signIn, account: { ...signIn.account, customerId: '43' } }));
    assert.ok(!sameSignIn(signIn, { ...signIn, secrets: { ...signIn.secrets, password: 'spaced pw' } }));
  });
});
