// A control-endpoint route listing the log files of the running VS Code (server and user data), so
// tests inside it can read, e.g., the extension's output channel file while the server still runs.
import * as fs from 'fs';
import * as path from 'path';
import { RouteError } from './controlServer';

function logFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) logFiles(full, out);
    else if (entry.name.endsWith('.log')) out.push(full);
  }
  return out;
}

export function logRoutes(getTempDir: () => string | undefined): Record<string, () => { files: string[] }> {
  return {
    '/vscode/logFiles': () => {
      const dir = getTempDir();
      if (!dir) throw new RouteError(501, 'VS Code is not running yet');
      return { files: ['server-data', 'user-data'].flatMap((d) => logFiles(path.join(dir, d))) };
    },
  };
}
