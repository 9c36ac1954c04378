// Explore the Demo Fleet: the local flinkey sandbox, started inside the extension host on 127.0.0.1.
import type { Logger } from '../../core/api/api';
import { loadSandbox } from './loadSandbox';
import type { DemoServer } from '../session/fleetSession';

export interface DemoOptions {
  products?: number;
  seed?: number;
}

export function asDemoOptions(value: unknown): DemoOptions {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const int = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  return { products: int(v.products), seed: int(v.seed) };
}

export async function startDemoServer(options: DemoOptions, logger: Logger): Promise<DemoServer> {
  const sandbox = await loadSandbox().startSandbox({
    port: 0,
    products: options.products ?? 250,
    seed: options.seed ?? 4711,
    // Runs inside the extension host: a query that takes longer is stopped and answered with the reason.
    evalBudgetMs: 1000,
    log: (line) => logger.trace(line),
  });
  logger.info(`Demo fleet listening on ${sandbox.baseUrl} (${options.products ?? 250} products)`);
  return sandbox;
}
