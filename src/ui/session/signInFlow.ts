// The interactive sign-in: environment, API key, user name, password, "stay signed in?", then the customer.
// A failure re-asks only the field at fault and keeps the others.
import * as vscode from 'vscode';
import { validateBaseUrl } from '../../core/api/baseUrl';
import { isFlinkeyError } from '../../core/api/errors';
import { fieldAtFault, type Field } from './fieldAtFault';
import type { Connection, FleetSession, PendingSignIn } from './fleetSession';
import { pickEnvironment } from './pickEnvironment';
import { pickCustomer } from './pickCustomer';

const FIELDS: Field[] = ['environment', 'apiKey', 'username', 'password', 'stay'];

interface Draft {
  baseUrl?: string;
  apiKey?: string;
  username?: string;
  password?: string;
  stay?: boolean;
}

/** Runs the prompts; undefined when the user cancels. */
export async function runSignInFlow(session: FleetSession): Promise<Connection | undefined> {
  const defaults = session.signInDefaults();
  const draft: Draft = { baseUrl: defaults.baseUrl, username: defaults.username, apiKey: defaults.apiKey };
  let ask: Field[] = defaults.apiKey ? ['environment', 'password', 'stay'] : [...FIELDS];
  let problem: { field: Field; message: string } | undefined;
  for (;;) {
    for (const field of ask) {
      const message = problem?.field === field ? problem.message : undefined;
      if (!(await askField(field, draft, message))) return undefined;
    }
    const pending = await tryAuthenticate(session, draft);
    if ('error' in pending) {
      problem = pending.error;
      ask = problem.field === 'password' ? ['username', 'password'] : [problem.field];
      continue;
    }
    const customer = await pickCustomer(pending.customers, defaults.customerId);
    if (!customer) return undefined;
    return pending.finish(customer, draft.stay === true);
  }
}

async function askField(field: Field, draft: Draft, problem: string | undefined): Promise<boolean> {
  const step = FIELDS.indexOf(field) + 1;
  const title = `Sign in to flinkey (${step}/${FIELDS.length})`;
  switch (field) {
    case 'environment': {
      const url = await pickEnvironment(title, draft.baseUrl, problem);
      draft.baseUrl = url ?? draft.baseUrl;
      return url !== undefined;
    }
    case 'apiKey':
      draft.apiKey = await input(
        title,
        'flinkey-API-Key (from the Developer page of the flinkey Portal)',
        draft.apiKey,
        true,
        problem,
        (v) => (/\s/.test(v.trim()) ? 'An API key has no spaces.' : undefined),
      );
      return draft.apiKey !== undefined;
    case 'username':
      draft.username = await input(title, 'API Manager user name', draft.username, false, problem);
      return draft.username !== undefined;
    case 'password':
      draft.password = await input(title, `Password of ${draft.username ?? 'the API Manager'}`, undefined, true, problem);
      return draft.password !== undefined;
    case 'stay': {
      const yes = { label: '$(lock) Stay signed in', detail: 'Store the password in the OS keychain; expired tokens renew silently.' };
      const no = {
        label: '$(clock) Only until the token expires',
        detail: 'The password is not stored; sign in again after about an hour.',
      };
      const choice = await vscode.window.showQuickPick([yes, no], { title, placeHolder: 'Stay signed in?', ignoreFocusOut: true });
      draft.stay = choice === yes;
      return choice !== undefined;
    }
  }
}

async function input(
  title: string,
  prompt: string,
  value: string | undefined,
  password: boolean,
  problem: string | undefined,
  extra?: (v: string) => string | undefined,
): Promise<string | undefined> {
  const result = await vscode.window.showInputBox({
    title,
    prompt: problem ? `${problem} — ${prompt}` : prompt,
    value,
    password,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? `${prompt.split(' (')[0]} is required.` : extra?.(v)),
  });
  return result?.trim();
}

async function tryAuthenticate(session: FleetSession, draft: Draft): Promise<PendingSignIn | { error: { field: Field; message: string } }> {
  try {
    const baseUrl = validateBaseUrl(draft.baseUrl ?? '');
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Signing in to ${new URL(baseUrl).host}…`, cancellable: true },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return session.authenticate(
          { baseUrl, apiKey: draft.apiKey ?? '', username: draft.username ?? '', password: draft.password ?? '' },
          abort.signal,
        );
      },
    );
  } catch (e) {
    if (!isFlinkeyError(e)) throw e;
    return { error: fieldAtFault(e) };
  }
}
