// The users of a customer: people who may be given access to its cars.
import type { User } from '../api/models';
import { FIRST_NAMES, LAST_NAMES, SPECIAL_USERS } from './fleetNames';
import { pick, type Random } from './random';

/** Letters an e-mail address keeps as they are. */
const PLAIN = /[^a-z0-9]+/g;
const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ø: 'oe', ł: 'l', ı: 'i' };

/** "Zoë Müller-Łęcka" → "zoe.mueller-lecka"; names without Latin letters give "". */
function mailPart(name: string): string {
  const folded = [...name.toLowerCase()].map((c) => FOLD[c] ?? c).join('');
  return folded
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(PLAIN, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Müller Mietwagen GmbH" → "mueller-mietwagen.example" (the reserved .example domain: never a real mailbox). */
export function mailDomain(customerName: string): string {
  const words = mailPart(customerName)
    .split('-')
    .filter((w) => w && !['gmbh', 'kg', 'ab', 's', 'r', 'o'].includes(w));
  return `${words.slice(0, 2).join('-') || 'customer'}.example`;
}

/**
 * `count` users with ids from `nextId`. The first ones cover every awkward shape (see SPECIAL_USERS); later ones
 * miss a first or last name now and then. E-mail addresses are unique within the customer.
 */
export function makeUsers(rand: Random, nextId: () => number, count: number, customerName: string): User[] {
  const domain = mailDomain(customerName);
  /** How often each address base was used, so a repeat gets the next number at once. */
  const used = new Map<string, number>();
  const users: User[] = [];
  for (let i = 0; i < count; i++) {
    const id = nextId();
    let firstName: string | null;
    let lastName: string | null;
    if (i < SPECIAL_USERS.length) {
      [firstName, lastName] = SPECIAL_USERS[i];
    } else {
      firstName = rand() < 0.04 ? null : pick(rand, FIRST_NAMES);
      lastName = rand() < 0.03 ? null : pick(rand, LAST_NAMES);
    }
    const base =
      [firstName, lastName]
        .map((n) => (n === null ? '' : mailPart(n)))
        .filter((p) => p !== '')
        .join('.') || `user${id}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    // A base that already ends in a digit (user12000004) is unique by its id.
    const local = n === 1 ? base : `${base}${n}`;
    users.push({ id, emailAddress: `${local}@${domain}`, userData: { firstName, lastName } });
  }
  return users;
}
