// Lets the user pick one of the API Manager's customers; skipped when there is only one.
import * as vscode from 'vscode';
import type { Customer } from '../../core/api/models';

export async function pickCustomer(customers: Customer[], currentId: string | undefined, always = false): Promise<Customer | undefined> {
  if (customers.length === 1 && !always) return customers[0];
  const items = customers.map((customer) => ({
    label: customer.name,
    description: `Customer-ID ${customer.id}`,
    detail: customer.id === currentId ? '$(check) current' : undefined,
    customer,
  }));
  items.sort((a, b) => Number(b.customer.id === currentId) - Number(a.customer.id === currentId));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'flinkey customer',
    placeHolder: 'Whose fleet do you want to see?',
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return picked?.customer;
}
