// A 404 for a record someone asked for by id, in plain words that name it. No vscode import.
import * as l10n from '@vscode/l10n';
import { FlinkeyError, isFlinkeyError } from '../../core/api/errors';
import type { FleetRef } from './fleetRef';

/** "There is no car 99 in this customer's fleet." */
export function notFoundText(ref: FleetRef): string {
  switch (ref.kind) {
    case 'product':
      return l10n.t("There is no product {0} in this customer's fleet.", ref.id);
    case 'service':
      return l10n.t("There is no service {0} in this customer's fleet.", ref.id);
    case 'car':
      return ref.productId === undefined
        ? l10n.t("There is no car {0} in this customer's fleet.", ref.id)
        : l10n.t("There is no product {0} in this customer's fleet, or no car is built into it.", ref.productId);
    case 'user':
      return l10n.t("There is no user {0} in this customer's fleet.", ref.id);
    case 'assignment':
      return l10n.t("There is no assignment {0} in this customer's fleet.", ref.id);
    case 'event':
      return l10n.t("There is no event {0} in this customer's fleet.", ref.id);
    case 'group':
      return l10n.t("There is no group {0} in this customer's fleet.", ref.id);
  }
}

/** The error, or for a 404 about the record `ref` names, the same error in plain words (the server's reason kept). */
export function inPlainWords(error: unknown, ref: FleetRef): unknown {
  if (!isFlinkeyError(error, 'notFound')) return error;
  const subject = error.details.subject;
  const about = subject === ref.kind || (ref.kind === 'car' && ref.productId !== undefined && subject === 'product');
  return about ? new FlinkeyError('notFound', notFoundText(ref), error.details) : error;
}
