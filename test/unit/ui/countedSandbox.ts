// A sandbox of 40 products whose requests are counted in round trips, with a client that holds its token before
// anything is counted. Registers the suite's hooks; read `sandbox` and `client` inside tests.
import type { FlinkeyClient } from '../../../src/core/api/client';
import { startSandbox, type Sandbox } from '../../../src/core/sandbox/server';
import { clientFor } from '../core/api/helpers';
import { RequestRounds } from './requestRounds';

export interface CountedSandbox {
  readonly rounds: RequestRounds;
  sandbox: Sandbox;
  client: FlinkeyClient;
}

/** `latencyMs`: with some latency, requests sent together all arrive before the first is answered. */
export function countedSandbox(latencyMs: number): CountedSandbox {
  const rounds = new RequestRounds();
  const counted = { rounds } as CountedSandbox;
  before(async () => {
    counted.sandbox = await startSandbox({ products: 40, seed: 3, onRequest: rounds.onRequest, log: rounds.log });
    counted.client = clientFor(counted.sandbox);
    // the token, before anything is counted
    await counted.client.getCars({ query: { top: 1 } });
    counted.sandbox.setFaults({ latencyMs });
  });
  after(() => counted.sandbox.close());
  beforeEach(() => rounds.reset());
  return counted;
}
