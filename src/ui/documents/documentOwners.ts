// Whose data a details document shows: the customer it was loaded for, and the sign-in its text was made under.
// A document of another customer shows a note instead of data; one made under another sign-in is stale.
import * as vscode from 'vscode';
import type { Connection } from '../session/fleetSession';

interface Owner {
  /** Environment, user and customer: one id per sign-in to one customer. */
  id: string;
  name: string;
}

export class DocumentOwners {
  /** The customer each details document was loaded for. */
  private readonly owners = new Map<string, Owner>();
  /** The sign-in state ('' signed out, else an owner id) each document's text was made under. */
  private readonly madeUnder = new Map<string, string>();

  /** The text of `key` is being made now, under `connection`. */
  made(key: string, connection: Connection | undefined): void {
    this.madeUnder.set(key, stateOf(connection));
  }

  /** The data of `key` was loaded for the customer of `connection`. */
  loadedFor(key: string, connection: Connection): void {
    this.owners.set(key, ownerOf(connection));
  }

  /** Opened on purpose under the current customer: whoever it belonged to, it loads for this one now. */
  disown(key: string): void {
    this.owners.delete(key);
  }

  forget(key: string): void {
    this.madeUnder.delete(key);
    this.owners.delete(key);
  }

  /** True when `key` holds data of a customer other than the one of `connection`. */
  isForeign(key: string, connection: Connection | undefined): boolean {
    const owner = this.owners.get(key);
    return owner !== undefined && owner.id !== stateOf(connection);
  }

  /** True when the text of `key` was made under another sign-in than `connection` (or is not known to be made). */
  madeOtherwise(key: string, connection: Connection | undefined): boolean {
    return this.madeUnder.get(key) !== stateOf(connection);
  }

  /** True when the text of `key` is known, and was made under another sign-in. */
  isStale(key: string, connection: Connection | undefined): boolean {
    return this.madeUnder.has(key) && this.madeOtherwise(key, connection);
  }

  /** Why the document shows no data (signed out, another customer's), or undefined when it may load. */
  noteFor(key: string, connection: Connection | undefined): string | undefined {
    const owner = this.owners.get(key);
    if (!connection) {
      return owner
        ? vscode.l10n.t('Signed out of flinkey. This is data of {0}: sign in to that customer and refresh to see it.', owner.name)
        : vscode.l10n.t('Signed out of flinkey. Sign in to see this document.');
    }
    if (owner && owner.id !== ownerOf(connection).id) {
      return vscode.l10n.t(
        'This is data of another customer ({0}); you are now signed in to {1}. Switch back to {0} to see it, or open the item again from the Fleet view.',
        owner.name,
        connection.account.customerName,
      );
    }
    return undefined;
  }
}

function stateOf(connection: Connection | undefined): string {
  return connection ? ownerOf(connection).id : '';
}

function ownerOf(connection: Connection): Owner {
  const { baseUrl, username, customerId, customerName } = connection.account;
  return { id: `${baseUrl}#${username}#${customerId}`, name: customerName };
}
