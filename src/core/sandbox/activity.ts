// Who may open which car (assignments), made on demand: a 200k fleet has millions of them and of its events, so
// only how many each car has is stored (prefix sums); a car's rows come from its own seeded stream when asked for.
import type { Assignment, Car, User } from '../api/models';
import { createRandom, mixSeed, randomInt, type Random } from './random';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Where each car's assignments and events sit in their id ranges. */
export interface Activity {
  seed: number;
  /** Epoch ms the fleet is built around: "past", "current" and "future" are judged against it. */
  anchor: number;
  /** Car k's assignments have the ids firstAssignmentId + assignmentStart[k] … + assignmentStart[k+1] - 1. */
  assignmentStart: Int32Array;
  firstAssignmentId: number;
  /** The same for events. */
  eventStart: Int32Array;
  firstEventId: number;
  /** Cars from this index on have no product yet, so nobody has opened them. */
  looseFrom: number;
}

const ASSIGNMENTS = 1;
export const EVENTS = 2;

/** A car's own stream for one purpose, so counting and making the rows draw the same numbers. */
export const carStream = (seed: number, carId: number, purpose: number): Random => createRandom(mixSeed(seed, carId, purpose));

type Kind = 'past' | 'current' | 'future' | 'openEnded' | 'noUser';
/** The first car shows every kind of assignment, even in the smallest fleet. */
const FIRST_CAR_KINDS: readonly Kind[] = ['past', 'current', 'future', 'openEnded', 'noUser'];
/** The first car is busy, so paging through its events matters even in the smallest fleet. */
const FIRST_CAR_EVENTS = 260;

function assignmentCount(rand: Random, k: number, loose: boolean): number {
  if (k === 0) return FIRST_CAR_KINDS.length;
  const r = rand();
  if (loose) return r < 0.3 ? 1 : 0;
  if (r < 0.1) return 0;
  if (r < 0.55) return randomInt(rand, 1, 2);
  if (r < 0.9) return randomInt(rand, 3, 5);
  return randomInt(rand, 6, 12);
}

export function eventCount(rand: Random, k: number, loose: boolean): number {
  if (k === 0) return FIRST_CAR_EVENTS;
  if (loose) return 0;
  const r = rand();
  if (r < 0.25) return 0;
  if (r < 0.7) return randomInt(rand, 1, 12);
  if (r < 0.95) return randomInt(rand, 13, 60);
  return randomInt(rand, 150, 600);
}

/** Counts every car's assignments and events; ids continue from the given first ids. */
export function planActivity(seed: number, anchor: number, cars: readonly Car[], looseFrom: number, firstIds: [number, number]): Activity {
  const assignmentStart = new Int32Array(cars.length + 1);
  const eventStart = new Int32Array(cars.length + 1);
  for (let k = 0; k < cars.length; k++) {
    const loose = k >= looseFrom;
    assignmentStart[k + 1] = assignmentStart[k] + assignmentCount(carStream(seed, cars[k].id, ASSIGNMENTS), k, loose);
    eventStart[k + 1] = eventStart[k] + eventCount(carStream(seed, cars[k].id, EVENTS), k, loose);
  }
  return { seed, anchor, assignmentStart, firstAssignmentId: firstIds[0], eventStart, firstEventId: firstIds[1], looseFrom };
}

/** Second-precision ISO text, as the API writes date-times. */
export const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Car k's assignments, in id order. `users` is the customer's list (assignments name its users). */
export function assignmentsOf(activity: Activity, cars: readonly Car[], users: readonly User[], k: number): Assignment[] {
  const car = cars[k];
  const rand = carStream(activity.seed, car.id, ASSIGNMENTS);
  const count = assignmentCount(rand, k, k >= activity.looseFrom);
  const firstId = activity.firstAssignmentId + activity.assignmentStart[k];
  const out: Assignment[] = [];
  for (let j = 0; j < count; j++) {
    const kind = k === 0 ? FIRST_CAR_KINDS[j] : k >= activity.looseFrom ? 'future' : pickKind(rand);
    out.push(makeAssignment(rand, activity.anchor, firstId + j, car.id, kind, users));
  }
  return out;
}

function pickKind(rand: Random): Kind {
  const r = rand();
  return r < 0.35 ? 'past' : r < 0.65 ? 'current' : r < 0.75 ? 'future' : r < 0.95 ? 'openEnded' : 'noUser';
}

function makeAssignment(rand: Random, anchor: number, id: number, carId: number, kind: Kind, users: readonly User[]): Assignment {
  const minutes = (from: number, to: number) => randomInt(rand, from, to) * MINUTE;
  let start: number;
  let end: number | null;
  switch (kind) {
    case 'past': {
      start = anchor - minutes(30 * 1440, 700 * 1440);
      end = Math.min(start + minutes(60, 60 * 1440), anchor - DAY);
      break;
    }
    case 'current':
    case 'noUser':
      start = anchor - minutes(1440, 200 * 1440);
      end = anchor + minutes(2 * 1440, 120 * 1440);
      break;
    case 'future':
      start = anchor + minutes(2 * 1440, 90 * 1440);
      end = rand() < 0.8 ? start + minutes(60, 30 * 1440) : null;
      break;
    case 'openEnded':
      start = anchor - minutes(1440, 900 * 1440);
      end = null;
      break;
  }
  const user = kind === 'noUser' || users.length === 0 ? null : users[randomInt(rand, 0, users.length - 1)].id;
  return {
    id,
    carId,
    userId: user,
    start: iso(start),
    end: end === null ? null : iso(end),
    // Units are not documented; the numbers only have to look like settings someone chose.
    lifetime: rand() < 0.5 ? null : [60, 480, 1440, 10080][randomInt(rand, 0, 3)],
    renewableAfter: rand() < 0.7 ? null : [30, 240, 720][randomInt(rand, 0, 2)],
  };
}

/** Index of the car whose range (in `starts`, prefix sums) holds `offset`; -1 when none does. */
export function carOfOffset(starts: Int32Array, offset: number): number {
  const total = starts[starts.length - 1];
  if (!Number.isInteger(offset) || offset < 0 || offset >= total) return -1;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The assignment with this id, or undefined (also for another customer's ids). */
export function findAssignment(activity: Activity, cars: readonly Car[], users: readonly User[], id: number): Assignment | undefined {
  const offset = id - activity.firstAssignmentId;
  const k = carOfOffset(activity.assignmentStart, offset);
  return k < 0 ? undefined : assignmentsOf(activity, cars, users, k)[offset - activity.assignmentStart[k]];
}
