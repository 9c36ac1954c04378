// The value types of OData expressions as the checker infers them, and how they read in messages.
import * as l10n from '@vscode/l10n';

/** int: Edm.Int16/32/64 and integer literals; decimal: Edm.Decimal/Double/Single and literals with '.' or 'e'. */
export type ValueType =
  | 'string'
  | 'int'
  | 'decimal'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'time'
  | 'duration'
  | 'guid'
  | 'null'
  | 'collection'
  | 'object'
  | 'entity'
  | 'unknown';

export const isNumeric = (t: ValueType): boolean => t === 'int' || t === 'decimal';

export function typeWords(t: ValueType): string {
  switch (t) {
    case 'string':
      return l10n.t('a string');
    case 'int':
      return l10n.t('a whole number');
    case 'decimal':
      return l10n.t('a decimal number');
    case 'boolean':
      return l10n.t('true/false');
    case 'datetime':
      return l10n.t('a date-time');
    case 'date':
      return l10n.t('a date');
    case 'time':
      return l10n.t('a time of day');
    case 'duration':
      return l10n.t('a duration');
    case 'guid':
      return l10n.t('a GUID');
    case 'null':
      return 'null';
    case 'collection':
      return l10n.t('a list');
    case 'object':
      return l10n.t('a nested object');
    case 'entity':
      return l10n.t('the whole record');
    case 'unknown':
      return l10n.t('unknown');
  }
}

/** The Edm type names cast() and isof() know, with the value type each stands for. */
export const EDM_TYPES: Record<string, ValueType> = {
  'Edm.String': 'string',
  'Edm.Boolean': 'boolean',
  'Edm.Byte': 'int',
  'Edm.SByte': 'int',
  'Edm.Int16': 'int',
  'Edm.Int32': 'int',
  'Edm.Int64': 'int',
  'Edm.Decimal': 'decimal',
  'Edm.Double': 'decimal',
  'Edm.Single': 'decimal',
  'Edm.DateTimeOffset': 'datetime',
  'Edm.Date': 'date',
  'Edm.TimeOfDay': 'time',
  'Edm.Duration': 'duration',
  'Edm.Guid': 'guid',
};
