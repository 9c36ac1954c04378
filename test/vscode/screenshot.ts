// Lets a test inside VS Code ask its launcher for a picture of the window.
import { callLauncher } from './harness';

/**
 * Saves test-results/screenshots/<name>.png and resolves with its path once written. Resolves with ''
 * when the launcher cannot take one (e.g. desktop VS Code under @vscode/test-electron).
 */
export async function screenshot(name: string): Promise<string> {
  // Let the workbench paint what the test just did.
  await new Promise((r) => setTimeout(r, 300));
  const { status, json } = await callLauncher('POST', '/screenshot', { name });
  if (status === 200) return json.path as string;
  if (status === 0 || status === 501) {
    console.log(`screenshot ${name} skipped: ${json.error}`);
    return '';
  }
  throw new Error(`screenshot ${name} failed: ${json.error ?? status}`);
}
