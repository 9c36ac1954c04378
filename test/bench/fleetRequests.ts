// Requests the Fleet view sends for its two most frequent moves on the fleet, counted by the sandbox: expanding a
// car (its assignments and newest events, then their users) and Find in Fleet with a VIN (one search per kind).
import { FlinkeyClient } from '../../src/core/api/client';
import { startSandbox } from '../../src/core/sandbox/server';
import { loadCarActivity } from '../../src/ui/fleetView/carActivity';
import { KnownUsers } from '../../src/ui/fleetView/knownUsers';
import { searchFleet } from '../../src/ui/commands/searchFleet';
import { RequestRounds } from '../unit/ui/requestRounds';
import { verdict, type Table } from './report';

export async function fleetRequests(table: Table): Promise<void> {
  const rounds = new RequestRounds();
  const sandbox = await startSandbox({ products: 1_000, seed: 17, onRequest: rounds.onRequest, log: rounds.log });
  try {
    const client = new FlinkeyClient({ ...sandbox, customerId: sandbox.customerId });
    await client.getToken(sandbox.username, sandbox.password);
    // Latency, so that requests sent together are seen together.
    sandbox.setFaults({ latencyMs: 25 });
    const [car] = sandbox.fleet.customers[0].cars;
    rounds.reset();
    await loadCarActivity(client, car.id, 100, new KnownUsers());
    const expand = rounds.served();
    const expandRounds = Math.max(0, ...expand.map((s) => s.round));
    table.add({
      group: 'requests',
      figure: 'expanding a car: requests / round trips (its Access and first page of Events)',
      value: `${expand.length} / ${expandRounds}`,
      goal: '≤ 3 / ≤ 2',
      verdict: verdict(expand.length <= 3 && expandRounds <= 2),
      data: rounds.summary(),
    });
    rounds.reset();
    const { searched } = await searchFleet(client, car.vin ?? car.name);
    const find = rounds.served();
    table.add({
      group: 'requests',
      figure: 'Find in Fleet with a VIN: requests / round trips (before the row is revealed)',
      value: `${find.length} / ${Math.max(0, ...find.map((s) => s.round))}`,
      goal: `${searched.length} (1 per kind searched) / 1`,
      verdict: verdict(find.length === searched.length && find.every((s) => s.round === 1)),
      data: rounds.summary(),
    });
  } finally {
    await sandbox.close();
  }
}
