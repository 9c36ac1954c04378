// Date-times as rows show them: in the local time of this machine, with the UTC value for tooltips; and whether
// an assignment is expired, current or future, judged on the clock it is given. No vscode import.
import type { Assignment } from '../../core/api/models';

export type AccessState = 'expired' | 'current' | 'future';

/** "2025-03-01 14:02" in local time; the text itself when it is not a date-time. */
export function localTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "2025-03-01T13:02:00Z": the same instant in UTC, to the second; the text itself when it is not a date-time. */
export function utcTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Future until it starts, expired once it has ended (an open-ended one never does), current in between. */
export function accessState(assignment: Pick<Assignment, 'start' | 'end'>, now: Date): AccessState {
  const t = now.getTime();
  if (Date.parse(assignment.start) > t) return 'future';
  if (assignment.end !== null && Date.parse(assignment.end) <= t) return 'expired';
  return 'current';
}
