// Command-line flags of the sandbox CLI, parsed without dependencies.
import { checkFaults, type Faults } from './faults';
import { MAX_PRODUCTS } from './fleet';
import type { SandboxOptions } from './server';

export const USAGE = `Usage: sandbox [options]

Runs a local flinkey API v3 on 127.0.0.1. Prints one JSON line with baseUrl, apiKey, username,
password and customerId (credentials are new on every run), then one line per request.

Options:
  --port N            port to listen on (default 0 = any free port)
  --products N        products of the first customer, 0-${MAX_PRODUCTS} (default 250)
  --seed S            fleet seed, an integer (default 1)
  --token-ttl SECONDS access token lifetime (default 3600)
  --faults LIST       comma-separated faults for data GETs, e.g.
                      latency=50,500=0.1,429=0.05,retry-after=1,reset=0.02,malformed=0.02,slow=200,seed=7
  --help              show this text
`;

const FAULT_KEYS: Record<string, Exclude<keyof Faults, 'rejectFilters'>> = {
  latency: 'latencyMs',
  '500': 'error500Rate',
  '429': 'rate429Rate',
  'retry-after': 'retryAfterSeconds',
  reset: 'resetRate',
  malformed: 'malformedRate',
  slow: 'slowBodyMs',
  seed: 'seed',
};

export class UsageError extends Error {}

function integer(flag: string, raw: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`${flag} expects an integer, got '${raw}'`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}, got ${n}`);
  return n;
}

export function parseFaults(spec: string): Faults {
  const faults: Faults = {};
  for (const part of spec.split(',').filter((p) => p.trim() !== '')) {
    const [name, value, extra] = part.split('=').map((s) => s.trim());
    const key = FAULT_KEYS[name];
    if (!key) throw new UsageError(`--faults: unknown fault '${name}' (known: ${Object.keys(FAULT_KEYS).join(', ')})`);
    if (value === undefined || value === '' || extra !== undefined || !Number.isFinite(Number(value))) {
      throw new UsageError(`--faults: '${part}' needs a number, like ${name}=1`);
    }
    faults[key] = Number(value);
  }
  const problem = checkFaults(faults);
  if (problem) throw new UsageError(`--faults: ${problem}`);
  return faults;
}

/** Parses argv (without node and script); returns undefined for --help. */
export function parseArgs(argv: readonly string[]): SandboxOptions | undefined {
  const opts: SandboxOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return undefined;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0 && arg.startsWith('--')) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--port':
        opts.port = integer(flag, value(), 0, 65535);
        break;
      case '--products':
        opts.products = integer(flag, value(), 0, MAX_PRODUCTS);
        break;
      case '--seed':
        opts.seed = integer(flag, value(), -2147483648, 4294967295);
        break;
      case '--token-ttl':
        opts.tokenTtlSeconds = integer(flag, value(), 1, 31_536_000);
        break;
      case '--faults':
        opts.faults = parseFaults(value());
        break;
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  return opts;
}
