// A car's opens and closes, made on demand from its own stream (see activity.ts for why nothing is stored).
import type { Car, CarEvent, User } from '../api/models';
import { assignmentsOf, carOfOffset, carStream, eventCount, EVENTS, iso, type Activity } from './activity';
import { PLACES, USER_AGENTS } from './fleetNames';
import { mixSeed, pick, randomInt } from './random';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

/** Car k's events, oldest first (ids ascend with time). Opens and closes alternate; an odd last one is still open. */
export function eventsOf(activity: Activity, cars: readonly Car[], users: readonly User[], k: number): CarEvent[] {
  const car = cars[k];
  const rand = carStream(activity.seed, car.id, EVENTS);
  const count = eventCount(rand, k, k >= activity.looseFrom);
  if (count === 0) return [];
  // Who opened it: someone whose access had begun, preferably one that covered the moment.
  const holders = assignmentsOf(activity, cars, users, k)
    .filter((a) => a.userId !== null && Date.parse(a.start) <= activity.anchor)
    .map((a) => ({ userId: a.userId!, from: Date.parse(a.start), to: a.end === null ? Infinity : Date.parse(a.end) }));
  const userAt = (t: number): number => {
    const covering = holders.filter((h) => h.from <= t && t <= h.to);
    if (covering.length > 0) return pick(rand, covering).userId;
    if (holders.length > 0) return pick(rand, holders).userId;
    return users[randomInt(rand, 0, users.length - 1)].id;
  };
  const [lat, lon] = PLACES[mixSeed(car.id) % PLACES.length];
  const gap = randomInt(rand, 2, 72) * HOUR;
  const sessions = Math.ceil(count / 2);
  let t = activity.anchor - (sessions + 1) * gap * 1.5;
  const firstId = activity.firstEventId + activity.eventStart[k];
  const out: CarEvent[] = [];
  for (let j = 0; j < count; j += 2) {
    t += gap * (0.5 + rand());
    const userId = userAt(t);
    const agent = pick(rand, USER_AGENTS);
    const closeAt = t + randomInt(rand, 5, Math.max(6, Math.min(480, Math.floor((gap * 0.4) / MINUTE)))) * MINUTE;
    for (const [at, type, n] of [
      [t, 'CarOpened', j],
      [closeAt, 'CarClosed', j + 1],
    ] as const) {
      if (n >= count) break;
      // The first car shows one event with a position and one without, whatever the stream says.
      const located = k === 0 && n < 2 ? n === 0 : rand() < 0.7;
      out.push({
        id: firstId + n,
        dateTime: localTime(at),
        utcDateTime: iso(at),
        userId,
        carId: car.id,
        type,
        userAgent: agent,
        latitude: located ? round(lat + (rand() - 0.5) * 0.1) : null,
        longitude: located ? round(lon + (rand() - 0.5) * 0.1) : null,
      });
    }
  }
  return out;
}

/** The event with this id, or undefined (also for another customer's ids). */
export function findEvent(activity: Activity, cars: readonly Car[], users: readonly User[], id: number): CarEvent | undefined {
  const offset = id - activity.firstEventId;
  const k = carOfOffset(activity.eventStart, offset);
  return k < 0 ? undefined : eventsOf(activity, cars, users, k)[offset - activity.eventStart[k]];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The car's wall-clock time with its offset, by the rules of Europe/Berlin (an assumption, see api/assumptions.ts). */
export function localTime(utcMs: number): string {
  const seconds = Math.floor(utcMs / 1000) * 1000;
  const offsetHours = isSummerTime(seconds) ? 2 : 1;
  return `${new Date(seconds + offsetHours * HOUR).toISOString().slice(0, 19)}+0${offsetHours}:00`;
}

/** Summer time runs from the last Sunday of March to the last Sunday of October, 01:00 UTC each. */
function isSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSunday(year, 2) + HOUR && utcMs < lastSunday(year, 9) + HOUR;
}

function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY;
}
