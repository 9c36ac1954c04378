// The Fleet view's Filter… box: the query box's own check (inputFeedback), narrowed to one $filter. Other options
// are refused with a pointer to where they belong (Sort… orders, the section pages); the text sent is the filter's.
import * as l10n from '@vscode/l10n';
import type { Entity } from '../odata/schema';
import { checkQueryText } from './checkQueryText';
import { inputFeedback, type InputFeedback } from './inputFeedback';

export interface FilterFeedback extends InputFeedback {
  /** The $filter to send once the text has no error ('' clears the filter). */
  filter?: string;
}

export function filterFeedback(value: string, entity: Entity, now?: Date): FilterFeedback {
  const feedback: FilterFeedback = inputFeedback(value, entity, now);
  const { options, spans } = checkQueryText(value, entity, { bareFilter: 'allowed' });
  const other = (['orderby', 'select', 'expand', 'top', 'skip'] as const).find((name) => spans[name] || options[name] !== undefined);
  if (other && feedback.severity !== 'error') {
    feedback.message =
      other === 'orderby'
        ? l10n.t('only a filter goes here: the order is set with Sort…')
        : l10n.t('only a filter goes here: the view pages whole records itself, without ${0}', other);
    feedback.severity = 'error';
    delete feedback.fix;
  }
  if (value.trim() === '') feedback.prompt = l10n.t('Enter with an empty box clears the filter. {0}', feedback.prompt);
  else feedback.prompt = feedback.prompt.replace(/Enter runs the query/, l10n.t('Enter applies the filter'));
  if (feedback.severity !== 'error') feedback.filter = (options.filter ?? '').trim();
  return feedback;
}
