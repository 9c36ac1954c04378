// Which sign-in field a failure is about, and what to tell the user when re-asking it. No vscode import.
import * as l10n from '@vscode/l10n';
import type { FlinkeyError } from '../../core/api/errors';

export type Field = 'environment' | 'apiKey' | 'username' | 'password' | 'stay';

export function fieldAtFault(e: FlinkeyError): { field: Field; message: string } {
  switch (e.kind) {
    case 'invalidApiKey':
      return { field: 'apiKey', message: l10n.t('flinkey rejected this API key') };
    case 'invalidCredentials':
      return { field: 'password', message: l10n.t('Wrong user name or password') };
    case 'network':
    case 'timeout':
      return {
        field: 'environment',
        message: l10n.t('Cannot reach the server ({0})', e.kind === 'timeout' ? 'timed out' : e.message),
      };
    case 'cancelled':
      return { field: 'environment', message: l10n.t('Sign-in cancelled') };
    case 'notFound':
      return { field: 'username', message: e.message };
    default:
      return { field: 'environment', message: e.message };
  }
}
