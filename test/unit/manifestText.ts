// package.json as VS Code shows it in English: each `%key%` replaced by its text in package.nls.json.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

function resolve(value: unknown, nls: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/^%([^%]+)%$/, (whole, key: string) => nls[key] ?? whole);
  if (Array.isArray(value)) return value.map((v) => resolve(v, nls));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, nls)]));
  return value;
}

export function readManifest(): any {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as Record<string, string>;
  return resolve(read('package.json'), read('package.nls.json'));
}
