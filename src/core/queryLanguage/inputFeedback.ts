// What the palette's query box shows while someone types: the first problem (with its column) and a prompt
// naming what can come next — from the same checker and completion the query files use.
import * as l10n from '@vscode/l10n';
import { OPTION_NAMES } from '../odata/queryString';
import { ENTITY_PLURAL, fieldNames, type Entity } from '../odata/schema';
import { checkQueryText, type CheckInputOptions, type QuickFix } from './checkQueryText';
import { completeOptions } from './completeOptions';
import { signatureOptions } from './signatureHelp';
import { urlLengthWarning } from './urlLength';

export interface InputFeedback {
  /** The first error, else the first warning; undefined when the text is fine. */
  message?: string;
  severity?: 'error' | 'warning';
  /** An edit of the text that resolves that problem (e.g. adding $top to events). */
  fix?: QuickFix;
  /** One line: what may come next at the end of the text. */
  prompt: string;
}

const MAX_NAMES = 12;

/** `route` adds what the endpoint asks for: $top on events, the options it takes (see RouteInfo). */
export function inputFeedback(
  value: string,
  entity: Entity,
  now?: Date,
  route?: Pick<CheckInputOptions, 'requireTop' | 'accepts'>,
): InputFeedback {
  const { problems, options } = checkQueryText(value, entity, { bareFilter: 'allowed', ...route });
  const first = problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning');
  // Inside a call, the box has no signature popup: the prompt names the function's parameters instead.
  const sig = signatureOptions(value, value.length, 'input');
  const param = sig?.parameters[sig.active];
  const call = sig ? `${sig.label}${param ? l10n.t(' — now: {0}', sig.label.slice(param[0], param[1])) : ''} · ` : '';
  const feedback: InputFeedback = { prompt: call + promptFor(value, entity, now) };
  const tooLong = first?.severity === 'error' ? undefined : urlLengthWarning(`/${ENTITY_PLURAL[entity]}`, options);
  if (tooLong) {
    feedback.message = tooLong;
    feedback.severity = 'warning';
  } else if (first) {
    feedback.message = l10n.t('column {0}: {1}', first.offset + 1, first.message);
    feedback.severity = first.severity === 'error' ? 'error' : 'warning';
    if (first.fix) feedback.fix = first.fix;
  }
  return feedback;
}

function promptFor(value: string, entity: Entity, now?: Date): string {
  if (value.trim() === '') {
    return `Fields: ${fieldNames(entity).join(', ')} · Options: ${OPTION_NAMES.map((n) => `$${n}`).join(' ')} · Operators: eq ne gt ge lt le in and or not add sub mul div divby mod`;
  }
  const items = completeOptions(value, value.length, entity, { mode: 'input', now });
  // A word that is already complete ("… eq true") is not a suggestion: show what may follow it instead.
  if (items.some((e) => value.slice(e.start, e.end) === e.label)) {
    const after = names(completeOptions(`${value} `, value.length + 1, entity, { mode: 'input', now }));
    return after ? `Enter runs the query — or continue: ${after}` : 'Enter runs the query.';
  }
  const next = names(items);
  return next ? `Next: ${next}` : 'Enter runs the query.';
}

function names(items: ReturnType<typeof completeOptions>): string {
  const labels = [...new Set(items.sort((a, b) => a.sortText.localeCompare(b.sortText)).map((e) => e.label))];
  return labels.slice(0, MAX_NAMES).join('  ') + (labels.length > MAX_NAMES ? '  …' : '');
}
