// The flinkey accounts VS Code knows (what its Accounts menu lists). `getSession({ silent })` cannot tell:
// it hides sessions an extension was never granted. `authentication.getAccounts` (VS Code ≥ 1.93, newer
// than the 1.74 typings) lists them without that check.
import * as vscode from 'vscode';

type GetAccounts = (providerId: string) => Thenable<readonly { id: string; label: string }[]>;

export async function flinkeyAccounts(): Promise<string[]> {
  const getAccounts = (vscode.authentication as unknown as { getAccounts?: GetAccounts }).getAccounts;
  if (typeof getAccounts !== 'function') throw new Error(`authentication.getAccounts is missing in VS Code ${vscode.version}`);
  return (await getAccounts('flinkey')).map((a) => a.label);
}
