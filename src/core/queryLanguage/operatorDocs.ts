// What each operator word means, for completion and hover.
import * as l10n from '@vscode/l10n';
import type { Doc } from './doc';

const docs = (): Record<string, Doc> => ({
  eq: { detail: l10n.t('equals'), text: l10n.t("`eq` — equal to. Also `field eq null` for missing values.\n\n`type eq 'flinkey IQ'`") },
  ne: { detail: l10n.t('not equal'), text: l10n.t('`ne` — not equal to.\n\n`dongleTerminationTimeStamp ne null`') },
  gt: {
    detail: l10n.t('greater than'),
    text: l10n.t('`gt` — greater than (numbers, strings, date-times; true is greater than false).\n\n`id gt 100`'),
  },
  ge: { detail: l10n.t('greater than or equal'), text: l10n.t('`ge` — greater than or equal to.\n\n`id ge 100`') },
  lt: { detail: l10n.t('less than'), text: l10n.t('`lt` — less than.\n\n`terminationDate lt 2026-01-01T00:00:00Z`') },
  le: { detail: l10n.t('less than or equal'), text: l10n.t('`le` — less than or equal to.\n\n`id le 100`') },
  in: {
    detail: l10n.t('one of a list'),
    text: l10n.t("`in` — equals one of the listed values.\n\n`type in ('flinkey Box', 'flinkey IQ')` · `id in [1,2]`"),
  },
  has: { detail: l10n.t('enumeration flags'), text: l10n.t('`has` — tests the flags of an enumeration field; flinkey records have none.') },
  and: { detail: l10n.t('both conditions'), text: l10n.t('`and` — true when both conditions are true. Binds tighter than `or`.') },
  or: { detail: l10n.t('either condition'), text: l10n.t('`or` — true when at least one condition is true.') },
  not: {
    detail: l10n.t('negates a condition'),
    text: l10n.t(
      "`not` — negates a condition; it binds tighter than comparisons, so wrap them in parentheses.\n\n`not (type eq 'flinkey Box')` · `not id in (1,2)`",
    ),
  },
  add: {
    detail: l10n.t('plus'),
    text: l10n.t("`add` — adds numbers, or a duration to a date-time.\n\n`terminationDate add duration'P30D' lt now()`"),
  },
  sub: {
    detail: l10n.t('minus'),
    text: l10n.t("`sub` — subtracts numbers or durations; two date-times give a duration.\n\n`now() sub terminationDate gt duration'P1D'`"),
  },
  mul: { detail: l10n.t('times'), text: l10n.t('`mul` — multiplies numbers (or a duration by a number).\n\n`id mul 2 gt 100`') },
  div: {
    detail: l10n.t('divided by'),
    text: l10n.t('`div` — divides; two whole numbers give a whole number (7 div 2 is 3).\n\n`id div 10 eq 4`'),
  },
  divby: {
    detail: l10n.t('divided by, with decimals'),
    text: l10n.t('`divby` — divides with a decimal result (7 divby 2 is 3.5).\n\n`id divby 2 eq 2.5`'),
  },
  mod: {
    detail: l10n.t('remainder'),
    text: l10n.t('`mod` — the remainder of a division, with the sign of the left side.\n\n`id mod 2 eq 0`'),
  },
});

/** The doc of an operator word (lower case), or undefined. */
export function operatorDoc(word: string): Doc | undefined {
  return docs()[word];
}
