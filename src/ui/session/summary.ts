// What sign-in commands return: who is signed in where, never a secret. No vscode import.
import type { Connection } from './fleetSession';

export interface SignInSummary {
  baseUrl: string;
  username: string;
  customerId: string;
  customerName: string;
  demo: boolean;
  staySignedIn: boolean;
}

export function summarize(connection: Connection): SignInSummary {
  const { account } = connection;
  return {
    baseUrl: account.baseUrl,
    username: account.username,
    customerId: account.customerId,
    customerName: account.customerName,
    demo: connection.demo,
    staySignedIn: connection.canRenew,
  };
}
