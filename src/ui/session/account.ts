// The non-secret half of a sign-in (kept in globalState) and the credentials that go with it. No vscode import.
import type { Token } from '../../core/api/models';

export interface Account {
  baseUrl: string;
  username: string;
  customerId: string;
  customerName: string;
}

/** What SecretStorage holds next to an Account. `password` only when the user chose to stay signed in. */
export interface Secrets {
  apiKey: string;
  password?: string;
  token?: Token;
}

/** The argument object of `flinkey.signIn` that signs in without any prompt. */
export interface SignInArgs {
  baseUrl: string;
  apiKey: string;
  username: string;
  password: string;
  customerId?: string | number;
  staySignedIn?: boolean;
}

export function isAccount(value: unknown): value is Account {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['baseUrl', 'username', 'customerId', 'customerName'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

export function asSignInArgs(value: unknown): SignInArgs | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const str = (k: string) => typeof v[k] === 'string' && v[k].length > 0;
  if (!str('baseUrl') || !str('apiKey') || !str('username') || !str('password')) return undefined;
  const customerId = v.customerId;
  return {
    baseUrl: v.baseUrl as string,
    apiKey: v.apiKey as string,
    username: v.username as string,
    password: v.password as string,
    customerId: typeof customerId === 'string' || typeof customerId === 'number' ? customerId : undefined,
    staySignedIn: v.staySignedIn === true,
  };
}

/** Parses the stored token JSON; undefined when absent or malformed. */
export function parseStoredToken(text: string | undefined): Token | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (typeof v.accessToken === 'string' && typeof v.expiresAt === 'number') {
      return { accessToken: v.accessToken, expiresAt: v.expiresAt };
    }
  } catch {
    // fall through
  }
  return undefined;
}
