// The stored sign-in as one value: account and secrets together, so no window can read half of a sign-in.
// No vscode import.
import { isAccount, parseStoredToken, type Account, type Secrets } from './account';

export interface StoredSignIn {
  account: Account;
  secrets: Secrets;
}

export function encodeSignIn(signIn: StoredSignIn): string {
  const { account, secrets } = signIn;
  return JSON.stringify({
    v: 1,
    account: { baseUrl: account.baseUrl, username: account.username, customerId: account.customerId, customerName: account.customerName },
    apiKey: secrets.apiKey,
    password: secrets.password,
    token: secrets.token && { accessToken: secrets.token.accessToken, expiresAt: secrets.token.expiresAt },
  });
}

/** The sign-in in a stored value; undefined when there is none or it is not one (never half of one). */
export function decodeSignIn(text: string | undefined): StoredSignIn | undefined {
  if (!text) return undefined;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || v.v !== 1 || !isAccount(v.account) || typeof v.apiKey !== 'string' || v.apiKey === '') {
    return undefined;
  }
  const password = typeof v.password === 'string' && v.password !== '' ? v.password : undefined;
  const token = v.token ? parseStoredToken(JSON.stringify(v.token)) : undefined;
  return { account: v.account, secrets: { apiKey: v.apiKey, password, token } };
}

/** Same user, customer and credentials: only the token may differ. */
export function sameSignIn(a: StoredSignIn, b: StoredSignIn): boolean {
  const x = a.account;
  const y = b.account;
  return (
    x.baseUrl === y.baseUrl &&
    x.username === y.username &&
    x.customerId === y.customerId &&
    x.customerName === y.customerName &&
    a.secrets.apiKey === b.secrets.apiKey &&
    a.secrets.password === b.secrets.password
  );
}
