// Groups of a customer and the cars each holds. The last group is always empty.
import type { Group } from '../api/models';
import { CITIES } from './names';
import { GROUP_KINDS, SPECIAL_GROUP_NAMES } from './fleetNames';
import { pick, randomInt, type Random } from './random';

export interface Groups {
  groups: Group[];
  /** For groups[g]: indexes into the customer's cars, ascending. */
  groupCars: Int32Array[];
}

/** About one group per 40 cars (3 to 300); roughly half the cars are in one group, some in two. */
export function makeGroups(rand: Random, nextId: () => number, carCount: number): Groups {
  if (carCount === 0) return { groups: [], groupCars: [] };
  const count = Math.min(300, Math.max(3, Math.round(carCount / 40)));
  const groups: Group[] = [];
  for (let g = 0; g < count; g++) {
    const name = g < SPECIAL_GROUP_NAMES.length ? SPECIAL_GROUP_NAMES[g] : `${pick(rand, GROUP_KINDS)} ${pick(rand, CITIES)} ${g}`;
    groups.push({ id: nextId(), name });
  }
  const members: number[][] = groups.map(() => []);
  const filled = count - 1;
  for (let k = 0; k < carCount; k++) {
    // The first car is in the first group, so even the smallest fleet has a group with a car.
    if (k > 0 && rand() >= 0.55) continue;
    const first = k === 0 ? 0 : randomInt(rand, 0, filled - 1);
    members[first].push(k);
    if (filled > 1 && rand() < 0.2) members[(first + randomInt(rand, 1, filled - 1)) % filled].push(k);
  }
  return { groups, groupCars: members.map((m) => Int32Array.from(m)) };
}
