// Find in Fleet's search as records, against the counted.sandbox: one $filter request per kind searched, all in one round
// trip; the exact hit is the one to land on; a word that matches nothing says where it looked.
import * as assert from 'assert';
import { isExactHit, nothingFound } from '../../../src/core/api/fleetSearch';
import { hitOf, searchFleet } from '../../../src/ui/commands/searchFleet';
import { countedSandbox } from './countedSandbox';

describe('finding records (counted.sandbox)', () => {
  const counted = countedSandbox(20);
  const { rounds } = counted;

  const exact = (items: Awaited<ReturnType<typeof searchFleet>>['items'], text: string) => items.filter((i) => isExactHit(hitOf(i)!, text));

  it('a VIN: one filtered request per kind, in one round trip; the car is the exact hit', async () => {
    const car = counted.sandbox.fleet.customers[0].cars.find((c) => c.vin)!;
    const { items, searched } = await searchFleet(counted.client, car.vin!.toLowerCase());
    assert.deepStrictEqual(searched, ['product', 'service', 'car', 'user']);
    assert.deepStrictEqual(rounds.summary(), ['1 /v3/cars', '1 /v3/products', '1 /v3/services', '1 /v3/users']);
    for (const s of rounds.served()) assert.match(s.query.get('$filter') ?? '', /contains\(tolower\(/, s.path);
    assert.deepStrictEqual(exact(items, car.vin!.toLowerCase()), [{ kind: 'car', car }]);
  });

  it('a licence plate finds its car; an e-mail address its user', async () => {
    const f = counted.sandbox.fleet.customers[0];
    const car = f.cars.find((c) => c.licensePlate)!;
    assert.deepStrictEqual(exact((await searchFleet(counted.client, car.licensePlate!)).items, car.licensePlate!), [{ kind: 'car', car }]);
    const user = f.users[4];
    assert.deepStrictEqual(exact((await searchFleet(counted.client, user.emailAddress.toUpperCase())).items, user.emailAddress), [
      { kind: 'user', user },
    ]);
  });

  it('a word that matches nothing finds nothing and can say where it looked', async () => {
    const { items, searched } = await searchFleet(counted.client, 'zz-no-such-thing');
    assert.deepStrictEqual(items, []);
    assert.strictEqual(
      nothingFound('zz-no-such-thing', searched),
      'Nothing matches "zz-no-such-thing" in products (serial number, unique ID, ID), services (name, ID), cars (VIN, licence plate, name, ID), users (e-mail, first name, last name, ID).',
    );
  });
});
