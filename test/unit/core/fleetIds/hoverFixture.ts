// What a fleet-id hover runs (recognition of the line, then the look-up), on lines of every kind of id from a
// sandbox fleet. Shared by the request-count tests and the bench's hover figures.
import { performance } from 'perf_hooks';
import { candidateAt, type FleetIdResolver, type IdLookup } from '../../../../src/core/fleetIds';
import type { Sandbox } from '../../../../src/core/sandbox/server';

/** Lines a hover might land on, one id each: serial numbers, product ids, VINs, service ids. */
export function hoverLines(sandbox: Sandbox): { line: string; at: number }[] {
  const f = sandbox.fleet.customers[0];
  const lines: [string, string][] = [
    ...f.products.slice(0, 10).map((p): [string, string] => [`  serialNumber: '${p.serialNumber}',`, p.serialNumber]),
    ...f.products.slice(10, 15).map((p): [string, string] => [`  "productId": ${p.id},`, String(p.id)]),
    ...f.cars
      .filter((c) => c.vin)
      .slice(0, 10)
      .map((c): [string, string] => [`const car = { vin: "${c.vin}" };`, c.vin!]),
    ...f.services.slice(0, 5).map((s): [string, string] => [`SERVICE_ID = ${s.id}`, String(s.id)]),
  ];
  return lines.map(([line, value]) => ({ line, at: line.indexOf(value) + 2 }));
}

/** One hover: recognise the id under `at`, look it up; resolves with the milliseconds it took. */
export async function hoverAt(resolver: FleetIdResolver, line: string, at: number): Promise<number> {
  const t = performance.now();
  const c = candidateAt(line, at);
  if (!c) throw new Error(`no fleet id recognised at ${at} in ${line}`);
  await resolver.resolveOne({ field: c.field, value: c.value });
  return performance.now() - t;
}

/** Look-up requests the sandbox served (searches of products, cars, services and users). */
export function lookupsSent(sandbox: Sandbox): number {
  return ['/v3/products', '/v3/cars', '/v3/services', '/v3/users'].reduce((n, p) => n + (sandbox.stats.byPath[p] ?? 0), 0);
}

/** A 3,000-line source file with 600 ids in it (a serial number and a car id on every tenth line). */
export function recognitionFile(sandbox: Sandbox): string[] {
  const f = sandbox.fleet.customers[0];
  return Array.from({ length: 3000 }, (_, i) =>
    i % 10 === 0
      ? `  { serialNumber: '${f.products[i % 250].serialNumber}', carId: ${f.cars[i % f.cars.length].id} },`
      : `  const value${i} = compute(input.items[${i}], options.threshold * ${i});`,
  );
}

/** What Check Fleet IDs in File looks up for a file of 500 ids: 400 product terms, 100 car ids, 100 unknown. */
export function checkLookups(sandbox: Sandbox): IdLookup[] {
  const f = sandbox.fleet.customers[0];
  return [
    ...f.products.slice(0, 200).map((p): IdLookup => ({ field: 'serialNumber', value: p.serialNumber })),
    ...f.products.slice(0, 100).map((p): IdLookup => ({ field: 'productId', value: String(p.id) })),
    ...f.cars.slice(0, 100).map((c): IdLookup => ({ field: 'carId', value: String(c.id) })),
    ...Array.from({ length: 100 }, (_, i): IdLookup => ({ field: 'serialNumber', value: `FB99-${String(i).padStart(7, '0')}` })),
  ];
}
