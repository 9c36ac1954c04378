// How rows of users, assignments, events and groups read: local times with UTC in the tooltip, expired /
// current / future on the clock given, open-ended marked, unknown event types as they come.
import * as assert from 'assert';
import type { Assignment, CarEvent, User } from '../../../src/core/api/models';
import { contextValue } from '../../../src/ui/fleetView/contextValue';
import { describeItem } from '../../../src/ui/fleetView/describe';
import { accessState, localTime, utcTime } from '../../../src/ui/fleetView/times';

const anna: User = { id: 5, emailAddress: 'anna@example.com', userData: { firstName: 'Anna', lastName: 'Müller' } };
const nameless: User = { id: 6, emailAddress: 'x@example.com', userData: { firstName: null, lastName: '  ' } };
const base: Assignment = {
  id: 9,
  carId: 3,
  userId: 5,
  start: '2025-03-01T09:00:00Z',
  end: '2025-04-01T09:00:00Z',
  lifetime: 30,
  renewableAfter: null,
};
const event: CarEvent = {
  id: 11,
  dateTime: '2025-07-01T15:02:00+02:00',
  utcDateTime: '2025-07-01T13:02:00Z',
  userId: 5,
  carId: 3,
  type: 'CarOpened',
  userAgent: 'flinkey app',
  latitude: 48.1,
  longitude: null,
};

/** A tooltip as it reads once rendered: Markdown escapes dropped. */
const shown = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

/** Runs `fn` with the machine's time zone set to `tz`. */
function inZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('fleet rows: times and texts', () => {
  it('shows times in the local time of this machine, and the UTC value to the second', () => {
    assert.strictEqual(
      inZone('Europe/Berlin', () => localTime('2025-03-01T13:02:00Z')),
      '2025-03-01 14:02',
    );
    assert.strictEqual(
      inZone('Europe/Berlin', () => localTime('2025-07-01T13:02:00Z')),
      '2025-07-01 15:02',
    );
    assert.strictEqual(
      inZone('UTC', () => localTime('2025-07-01T15:02:00+02:00')),
      '2025-07-01 13:02',
    );
    assert.strictEqual(utcTime('2025-07-01T15:02:00.250+02:00'), '2025-07-01T13:02:00Z');
    assert.strictEqual(localTime('soon'), 'soon');
  });

  it('judges access on the clock it is given: future, current, expired; open-ended never expires', () => {
    assert.strictEqual(accessState(base, new Date('2025-02-28T00:00:00Z')), 'future');
    assert.strictEqual(accessState(base, new Date('2025-03-01T09:00:00Z')), 'current');
    assert.strictEqual(accessState(base, new Date('2025-04-01T09:00:00Z')), 'expired');
    assert.strictEqual(accessState({ ...base, end: null }, new Date('2099-01-01T00:00:00Z')), 'current');
  });

  it('an assignment row names the user and the time range, marked expired or open-ended', () => {
    inZone('UTC', () => {
      const expired = describeItem({ kind: 'assignment', assignment: base, user: anna }, new Date('2025-05-01T00:00:00Z'));
      assert.deepStrictEqual([expired.label, expired.description], ['Anna Müller', 'expired · 2025-03-01 09:00 → 2025-04-01 09:00']);
      assert.match(shown(expired.tooltip), /2025-03-01 09:00 \(local time\) · 2025-03-01T09:00:00Z \(UTC\)/);
      const open = describeItem(
        { kind: 'assignment', assignment: { ...base, end: null }, user: nameless },
        new Date('2025-05-01T00:00:00Z'),
      );
      assert.deepStrictEqual([open.label, open.description], ['x@example.com', 'current · 2025-03-01 09:00 → open-ended']);
      const future = describeItem({ kind: 'assignment', assignment: base }, new Date('2025-01-01T00:00:00Z'));
      assert.deepStrictEqual([future.label, future.description.split(' · ')[0]], ['User 5', 'future']);
      const nobody = describeItem({ kind: 'assignment', assignment: { ...base, userId: null }, user: null });
      assert.strictEqual(nobody.label, 'No user');
    });
  });

  it('an event row shows its local time, what happened and who; the tooltip says which time is which', () => {
    inZone('Europe/Berlin', () => {
      const opened = describeItem({ kind: 'event', event, user: anna });
      assert.deepStrictEqual([opened.label, opened.description], ['2025-07-01 15:02', 'Opened · Anna Müller']);
      assert.match(shown(opened.tooltip), /utcDateTime \| 2025-07-01T13:02:00Z \(UTC\)/);
      assert.match(shown(opened.tooltip), /dateTime \| 2025-07-01T15:02:00\+02:00 \(as the API sends it\)/);
      assert.match(shown(opened.tooltip), /local time \| 2025-07-01 15:02 \(this computer, from utcDateTime\)/);
      const closed = describeItem({ kind: 'event', event: { ...event, type: 'CarClosed' } });
      assert.strictEqual(closed.description, 'Closed · User 5');
    });
    // A type the documentation does not list is shown as it came.
    assert.strictEqual(
      describeItem({ kind: 'event', event: { ...event, type: 'CarHonked' }, user: anna }).description,
      'CarHonked · Anna Müller',
    );
  });

  it('a user row shows the name and the e-mail; a group its name; a car its plate and VIN where they exist', () => {
    const u = describeItem({ kind: 'user', user: anna });
    assert.deepStrictEqual([u.label, u.description], ['Anna Müller', 'anna@example.com']);
    const n = describeItem({ kind: 'user', user: nameless });
    assert.deepStrictEqual([n.label, n.description], ['x@example.com', '']);
    const quoted = describeItem({ kind: 'user', user: { ...anna, userData: { firstName: "O'Neil", lastName: '"Bo" |x|' } } });
    assert.strictEqual(quoted.label, 'O\'Neil "Bo" |x|');
    assert.match(quoted.tooltip, /"Bo" \\\|x\\\|/);
    assert.strictEqual(describeItem({ kind: 'group', group: { id: 3, name: 'Pool' } }).label, 'Pool');
    const car = { id: 9, name: 'Golf', description: null, vin: null, licensePlate: 'B-FL 1', brand: null, model: null };
    assert.strictEqual(describeItem({ kind: 'car', car }).description, 'B-FL 1');
  });

  it('rows of the new kinds carry their own tokens', () => {
    assert.strictEqual(contextValue({ kind: 'user', user: anna }), 'user;hasEmail');
    assert.strictEqual(contextValue({ kind: 'assignment', assignment: base }), 'assignment');
    assert.strictEqual(contextValue({ kind: 'event', event }), 'event');
    assert.strictEqual(contextValue({ kind: 'group', group: { id: 3, name: 'Pool' } }), 'fleetGroup');
    assert.strictEqual(contextValue({ kind: 'section' }), 'group');
    assert.strictEqual(contextValue({ kind: 'activity' }), 'activity');
  });
});
