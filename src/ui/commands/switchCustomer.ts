// Switch Customer: re-roots the tree on another customer of the same API Manager. Accepts a customer id.
import * as vscode from 'vscode';
import type { Customer } from '../../core/api/models';
import { pickCustomer } from '../session/pickCustomer';
import type { CommandDeps } from './commandDeps';

export async function switchCustomer(deps: CommandDeps, arg: unknown): Promise<Customer | undefined> {
  const connection = await deps.session.ready();
  if (!connection) throw new Error(vscode.l10n.t('Sign in to flinkey first.'));
  const customers = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Loading flinkey customers…') },
    () => deps.session.customers(),
  );
  let customer: Customer | undefined;
  if (typeof arg === 'string' || typeof arg === 'number') {
    customer = customers.find((c) => c.id === String(arg).trim());
    if (!customer) throw new Error(vscode.l10n.t("Customer {0} is not one of {1}'s customers.", String(arg), connection.account.username));
  } else {
    customer = await pickCustomer(customers, connection.account.customerId, true);
  }
  if (!customer) return undefined;
  if (customer.id !== connection.account.customerId) await deps.session.switchCustomer(customer);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(organization) flinkey customer: {0}', customer.name), 3000);
  return { id: customer.id, name: customer.name };
}
