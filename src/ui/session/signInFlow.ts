// The interactive sign-in: environment, API key, user name, password, "stay signed in?", then the customer.
// A failure re-asks the fields at fault, each showing the reason, and keeps the others. The API key is
// offered again only for the environment it belongs to; the password is kept exactly as typed.
import * as vscode from 'vscode';
import { validateBaseUrl } from '../../core/api/baseUrl';
import { isFlinkeyError } from '../../core/api/errors';
import { fieldAtFault, type Field } from './fieldAtFault';
import type { Connection, FleetSession, PendingSignIn } from './fleetSession';
import { pickEnvironment, type FailedUrl } from './pickEnvironment';
import { pickCustomer } from './pickCustomer';

const FIELDS: Field[] = ['environment', 'apiKey', 'username', 'password', 'stay'];

interface Draft {
  baseUrl?: string;
  apiKey?: string;
  /** The environment the API key in the draft was given for. */
  apiKeyFor?: string;
  username?: string;
  password?: string;
  stay?: boolean;
}

interface Defaults {
  baseUrl?: string;
  apiKey?: string;
}

type Problem = { field: Field; message: string; url?: string };

/** Runs the prompts; undefined when the user cancels. */
export async function runSignInFlow(session: FleetSession): Promise<Connection | undefined> {
  const defaults = session.signInDefaults();
  const draft: Draft = { baseUrl: defaults.baseUrl, username: defaults.username, apiKey: defaults.apiKey, apiKeyFor: defaults.baseUrl };
  let ask: Field[] = [...FIELDS];
  let problem: Problem | undefined;
  for (;;) {
    for (let i = 0; i < ask.length; i++) {
      if (!(await askField(ask[i], draft, defaults, problem))) return undefined;
      // Another environment: its API key is asked for, never carried over from the one before.
      if (ask[i] === 'environment' && draft.apiKeyFor !== draft.baseUrl) {
        draft.apiKey = draft.baseUrl === defaults.baseUrl ? defaults.apiKey : undefined;
        draft.apiKeyFor = draft.baseUrl;
        if (!ask.includes('apiKey')) ask.splice(i + 1, 0, 'apiKey');
      }
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

async function askField(field: Field, draft: Draft, defaults: Defaults, problem: Problem | undefined): Promise<boolean> {
  const step = FIELDS.indexOf(field) + 1;
  const title = vscode.l10n.t('Sign in to flinkey ({0}/{1})', step, FIELDS.length);
  // The reason is shown on every field re-asked because of it, first of all on the first one shown.
  const message =
    problem && (problem.field === field || (problem.field === 'password' && field === 'username')) ? problem.message : undefined;
  switch (field) {
    case 'environment': {
      const failed: FailedUrl | undefined = message && problem?.url ? { url: problem.url, message } : undefined;
      const url = await pickEnvironment(title, defaults.baseUrl, failed);
      draft.baseUrl = url ?? draft.baseUrl;
      return url !== undefined;
    }
    case 'apiKey':
      draft.apiKey = await input(
        title,
        vscode.l10n.t('flinkey-API-Key (from the Developer page of the flinkey Portal)'),
        draft.apiKey,
        { password: true, trim: true },
        message,
        (v) => (/\s/.test(v.trim()) ? vscode.l10n.t('An API key has no spaces.') : undefined),
      );
      return draft.apiKey !== undefined;
    case 'username':
      draft.username = await input(title, vscode.l10n.t('API Manager user name'), draft.username, { password: false, trim: true }, message);
      return draft.username !== undefined;
    case 'password':
      draft.password = await input(
        title,
        vscode.l10n.t('Password of {0}', draft.username ?? vscode.l10n.t('the API Manager')),
        undefined,
        // Spaces at either end can be part of a password.
        { password: true, trim: false },
        message,
      );
      return draft.password !== undefined;
    case 'stay': {
      const yes = {
        label: vscode.l10n.t('$(lock) Stay signed in'),
        detail: vscode.l10n.t('Store the password in the OS keychain; expired tokens renew silently.'),
      };
      const no = {
        label: vscode.l10n.t('$(clock) Only until the token expires'),
        detail: vscode.l10n.t('The password is not stored; sign in again after about an hour.'),
      };
      const choice = await vscode.window.showQuickPick([yes, no], {
        title,
        placeHolder: vscode.l10n.t('Stay signed in?'),
        ignoreFocusOut: true,
      });
      draft.stay = choice === yes;
      return choice !== undefined;
    }
  }
}

async function input(
  title: string,
  prompt: string,
  value: string | undefined,
  how: { password: boolean; trim: boolean },
  problem: string | undefined,
  extra?: (v: string) => string | undefined,
): Promise<string | undefined> {
  const required = vscode.l10n.t('{0} is required.', prompt.split(' (')[0]);
  const result = await vscode.window.showInputBox({
    title,
    prompt: problem ? `${problem} — ${prompt}` : prompt,
    value,
    password: how.password,
    ignoreFocusOut: true,
    validateInput: (v) => ((how.trim ? v.trim() : v) === '' ? required : extra?.(v)),
  });
  return how.trim ? result?.trim() : result;
}

async function tryAuthenticate(session: FleetSession, draft: Draft): Promise<PendingSignIn | { error: Problem }> {
  try {
    const baseUrl = validateBaseUrl(draft.baseUrl ?? '');
    return await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Signing in to {0}…', new URL(baseUrl).host),
        cancellable: true,
      },
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
    return { error: { ...fieldAtFault(e), url: draft.baseUrl } };
  }
}
