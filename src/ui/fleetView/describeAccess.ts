// Labels, descriptions and tooltips of users, assignments, events and groups. Times show in local time, with the
// UTC value (and, for events, the dateTime the API sent) in the tooltip. No vscode import.
import * as l10n from '@vscode/l10n';
import type { Assignment, CarEvent, Group, User } from '../../core/api/models';
import { table, type ItemText } from './itemText';
import { accessState, localTime, utcTime, type AccessState } from './times';

/** "Anna Müller", or the e-mail address when the user has no name. */
export function personName(user: User): string {
  const name = [user.userData.firstName, user.userData.lastName].filter((part) => part && part.trim()).join(' ');
  return name || user.emailAddress || l10n.t('User {0}', user.id);
}

export function describeUser(u: User): ItemText {
  const label = personName(u);
  return {
    label,
    description: label === u.emailAddress ? '' : u.emailAddress,
    tooltip: table(label, [
      ['id', u.id],
      ['emailAddress', u.emailAddress],
      ['userData/firstName', u.userData.firstName],
      ['userData/lastName', u.userData.lastName],
    ]),
  };
}

/** `user`: undefined when not known (the id is shown), null when the assignment names nobody. */
export function describeAssignment(a: Assignment, user: User | null | undefined, now: Date): ItemText {
  const who = a.userId === null || user === null ? l10n.t('No user') : user ? personName(user) : l10n.t('User {0}', a.userId);
  const state = accessState(a, now);
  const range = `${localTime(a.start)} → ${a.end === null ? l10n.t('open-ended') : localTime(a.end)}`;
  return {
    label: who,
    description: `${stateWord(state)} · ${range}`,
    tooltip: table(l10n.t('Access of {0}', who), [
      ['id', a.id],
      ['carId', a.carId],
      ['userId', a.userId],
      ['user', user ? `${personName(user)} <${user.emailAddress}>` : null],
      ['start', bothTimes(a.start)],
      ['end', a.end === null ? l10n.t('open-ended') : bothTimes(a.end)],
      ['lifetime', a.lifetime],
      ['renewableAfter', a.renewableAfter],
      [l10n.t('state'), stateWord(state)],
    ]),
  };
}

/** Labelled with its local time; a type the documentation does not list is shown as it came. */
export function describeEvent(e: CarEvent, user: User | undefined): ItemText {
  const what = eventWord(e.type);
  const who = user ? personName(user) : l10n.t('User {0}', e.userId);
  return {
    label: localTime(e.utcDateTime),
    description: `${what} · ${who}`,
    tooltip: table(`${what} · ${localTime(e.utcDateTime)}`, [
      ['id', e.id],
      ['type', e.type],
      [l10n.t('local time'), l10n.t('{0} (this computer, from utcDateTime)', localTime(e.utcDateTime))],
      ['utcDateTime', l10n.t('{0} (UTC)', utcTime(e.utcDateTime))],
      ['dateTime', l10n.t('{0} (as the API sends it)', e.dateTime)],
      ['userId', e.userId],
      ['user', user ? `${personName(user)} <${user.emailAddress}>` : null],
      ['carId', e.carId],
      ['userAgent', e.userAgent],
      ['latitude', e.latitude],
      ['longitude', e.longitude],
    ]),
  };
}

export function describeGroup(g: Group): ItemText {
  const label = g.name || l10n.t('Group {0}', g.id);
  return {
    label,
    description: '',
    tooltip: table(label, [
      ['id', g.id],
      ['name', g.name],
    ]),
  };
}

export function stateWord(state: AccessState): string {
  switch (state) {
    case 'expired':
      return l10n.t('expired');
    case 'current':
      return l10n.t('current');
    case 'future':
      return l10n.t('future');
  }
}

function eventWord(type: string): string {
  if (type === 'CarOpened') return l10n.t('Opened');
  if (type === 'CarClosed') return l10n.t('Closed');
  return type;
}

/** "2025-03-01 14:02 (local time) · 2025-03-01T13:02:00Z (UTC)". */
function bothTimes(iso: string): string {
  return l10n.t('{0} (local time) · {1} (UTC)', localTime(iso), utcTime(iso));
}
