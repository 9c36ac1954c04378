// Lets the user pick one of the API Manager's customers; skipped when there is only one.
import * as vscode from 'vscode';
import type { Customer } from '../../core/api/models';

export async function pickCustomer(customers: Customer[], currentId: string | undefined, always = false): Promise<Customer | undefined> {
  if (customers.length === 1 && !always) return customers[0];
  const items = customers.map((customer) => ({
    label: customer.name,
    description: vscode.l10n.t('Customer-ID {0}', customer.id),
    detail: customer.id === currentId ? vscode.l10n.t('$(check) current') : undefined,
    customer,
  }));
  items.sort((a, b) => Number(b.customer.id === currentId) - Number(a.customer.id === currentId));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('flinkey customer'),
    placeHolder: vscode.l10n.t('Whose fleet do you want to see?'),
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return picked?.customer;
}
