// Where fleet ids are looked for, and where values may stand unquoted. No vscode import.

/** Code and data languages (the list, their React and JSONC siblings) plus plain text and .env files. */
export const ID_LANGUAGES = [
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'json',
  'jsonc',
  'yaml',
  'python',
  'csharp',
  'java',
  'go',
  'plaintext',
  'dotenv',
  'properties',
  'ini',
] as const;

/** In these an unquoted value is data (`vin: WVW…`, `VIN=WVW…`); in code it would be a variable. */
const BARE_VALUE_LANGUAGES = new Set(['yaml', 'plaintext', 'dotenv', 'properties', 'ini']);

/** .env files are `dotenv` in current VS Code; older ones call them plain text or properties. */
export function allowsBareValues(languageId: string, fileName: string): boolean {
  return BARE_VALUE_LANGUAGES.has(languageId) || /(^|[\\/])\.env(\.[^\\/]*)?$/.test(fileName);
}

/** Documents that are the extension's own (flinkey: details) or not the user's text (output) are left alone. */
export function isOwnScheme(scheme: string): boolean {
  return scheme === 'flinkey' || scheme === 'output' || scheme === 'vscode-scm';
}
