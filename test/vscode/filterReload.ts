// What fleetFilter.beforeReload and .afterReload share: the customer, filter and sort they set and expect.
import { testSandbox } from './harness';
import { SandboxReader } from './sandboxReader';

/** The customer both files use, and the brand of its first car with one. */
export async function reloadCase(): Promise<{ customerId: string; filter: string; orderby: string }> {
  const sandbox = testSandbox();
  const reader = new SandboxReader(sandbox);
  const customers: { id: number | string }[] = await reader.ok('/customers');
  // The second customer, which storedSignIn.*Reload also ends on, so both pairs leave the same last account.
  const customerId = String(customers.find((c) => String(c.id) !== String(sandbox.customerId))!.id);
  const cars: { brand: string | null }[] = await reader.ok('/cars?$top=100', customerId);
  const brand = cars.find((c) => c.brand)!.brand!;
  return { customerId, filter: `brand eq '${brand.replace(/'/g, "''")}'`, orderby: 'userData/lastName desc' };
}
