// `npm run sandbox -- --port 0 --products 1000`: runs the sandbox until SIGINT/SIGTERM.
// The first stdout line is one JSON object with the connection details; then one line per request.
import { parseArgs, UsageError, USAGE } from './args';
import { startSandbox, type SandboxCredentials, type SandboxOptions } from './server';

async function main(): Promise<void> {
  let opts: SandboxOptions | undefined;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`sandbox: ${e.message}\nRun with --help for usage.\n`);
    process.exit(2);
  }
  if (!opts) {
    process.stdout.write(USAGE);
    return;
  }
  const sandbox = await startSandbox({ ...opts, log: (line) => process.stdout.write(`${line}\n`) });
  const { baseUrl, apiKey, username, password, customerId } = sandbox;
  const credentials: SandboxCredentials = { baseUrl, apiKey, username, password, customerId };
  process.stdout.write(`${JSON.stringify(credentials)}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`sandbox: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
