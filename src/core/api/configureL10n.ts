// Each bundle (extension.js, query.js) carries its own copy of @vscode/l10n; each is handed the strings VS Code
// loaded for the display language, so messages made in the core are translated like the rest.
import * as l10n from '@vscode/l10n';

export type L10nContents = Record<string, string>;

/** Without contents (English, or no bundle for the language) every string stays as written. */
export function configureL10n(contents: L10nContents | undefined): void {
  if (contents) l10n.config({ contents });
}
