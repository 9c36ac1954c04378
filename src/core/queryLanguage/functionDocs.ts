// What each canonical function does and how it reads with flinkey fields: for completion, hover and signature help.
import * as l10n from '@vscode/l10n';
import { FUNCTIONS, type FunctionName } from '../odata/functions';
import { typeWords } from '../odata/types';
import type { Doc } from './doc';

const MEANING = (): Record<FunctionName, string> => ({
  concat: l10n.t('the first text followed by the second'),
  contains: l10n.t('true when the text contains the search text (case-sensitive)'),
  endswith: l10n.t('true when the text ends with the suffix'),
  indexof: l10n.t('the 0-based position of the search text, or -1'),
  length: l10n.t('the number of characters in the text'),
  matchesPattern: l10n.t('true when the text matches an ECMAScript (JavaScript) regular expression'),
  startswith: l10n.t('true when the text starts with the prefix'),
  substring: l10n.t('part of the text from a 0-based start, optionally count characters long'),
  tolower: l10n.t('the text in lower case — for case-insensitive comparisons'),
  toupper: l10n.t('the text in upper case'),
  trim: l10n.t('the text without leading and trailing blanks'),
  year: l10n.t('the year of a date or date-time (in its own time zone)'),
  month: l10n.t('the month (1–12) of a date or date-time'),
  day: l10n.t('the day of the month (1–31) of a date or date-time'),
  hour: l10n.t('the hour (0–23) of a date-time, in its own time zone'),
  minute: l10n.t('the minute (0–59) of a date-time'),
  second: l10n.t('the second (0–59) of a date-time'),
  fractionalseconds: l10n.t('the fraction of the second of a date-time, 0 ≤ x < 1'),
  totalseconds: l10n.t('a duration in seconds, with fractions'),
  date: l10n.t('the date part of a date-time'),
  time: l10n.t('the time-of-day part of a date-time'),
  totaloffsetminutes: l10n.t('the time-zone offset of a date-time in minutes'),
  now: l10n.t("the server's current date-time"),
  mindatetime: l10n.t('the earliest date-time, 0001-01-01T00:00:00Z'),
  maxdatetime: l10n.t('the latest date-time, 9999-12-31T23:59:59.999999999999Z'),
  round: l10n.t('the nearest whole number (halves away from zero)'),
  floor: l10n.t('the whole number at or below'),
  ceiling: l10n.t('the whole number at or above'),
  cast: l10n.t('the value converted to a type, or null when it cannot be'),
  isof: l10n.t('true when the value can be read as the type'),
  case: l10n.t('the value of the first pair whose condition is true, else null'),
});

const EXAMPLES: Record<FunctionName, string> = {
  concat: "concat(brand,model) eq 'AudiA4'",
  contains: "contains(serialNumber,'SN-1')",
  endswith: "endswith(serialNumber,'7')",
  indexof: "indexof(name,'Pool') ge 0",
  length: 'length(name) gt 10',
  matchesPattern: "matchesPattern(serialNumber,'^SN-\\d+$')",
  startswith: "startswith(name,'Go')",
  substring: "substring(serialNumber,0,2) eq 'SN'",
  tolower: "tolower(name) eq 'pool'",
  toupper: "toupper(vin) eq 'WVW123'",
  trim: "trim(name) eq 'Pool'",
  year: 'year(terminationDate) eq 2025',
  month: 'month(terminationDate) eq 12',
  day: 'day(terminationDate) eq 1',
  hour: 'hour(terminationDate) lt 8',
  minute: 'minute(terminationDate) eq 30',
  second: 'second(terminationDate) eq 0',
  fractionalseconds: 'fractionalseconds(terminationDate) lt 0.1',
  totalseconds: "totalseconds(duration'PT1H') eq 3600",
  date: 'date(terminationDate) eq 2026-01-01',
  time: 'time(terminationDate) lt 08:00',
  totaloffsetminutes: 'totaloffsetminutes(terminationDate) eq 60',
  now: "terminationDate add duration'P30D' lt now()",
  mindatetime: 'terminationDate gt mindatetime()',
  maxdatetime: 'terminationDate lt maxdatetime()',
  round: 'round(id divby 10) eq 3',
  floor: 'floor(id divby 10) eq 2',
  ceiling: 'ceiling(id divby 10) eq 3',
  cast: "cast(id,Edm.String) eq '42'",
  isof: 'isof(terminationCause,Edm.String)',
  case: "case(isTerminated:'ended',true:'active') eq 'ended'",
};

export function functionDoc(name: FunctionName): Doc {
  const sig = FUNCTIONS[name];
  const returns = name === 'cast' ? l10n.t('the named type') : name === 'case' ? l10n.t('the type of its values') : typeWords(sig.returns);
  return {
    detail: `${sig.usage} → ${returns}`,
    text: `\`${sig.usage}\` — ${MEANING()[name]}.\n\n\`${EXAMPLES[name]}\``,
  };
}

/** The meaning alone, for signature help. */
export function functionMeaning(name: FunctionName): string {
  return MEANING()[name];
}
