// The user's own identifier patterns (a setting): regular expressions, each with the field its matches are.
import * as l10n from '@vscode/l10n';
import { ID_FIELDS, hasIdShape, isNumericField, type IdCandidate, type IdField } from './fields';

/** A compiled pattern: its first capture group (or the whole match) is the value. */
export interface IdPattern {
  regex: RegExp;
  field: IdField;
}

export interface PatternSetting {
  pattern: string;
  /** Which field the matches are; without it they are looked up as any text identifier. */
  field?: string;
}

export interface CompiledPatterns {
  patterns: IdPattern[];
  /** One sentence per setting entry that could not be used. */
  problems: string[];
}

const MAX_PATTERNS = 20;
const MAX_VALUE = 64;

/** Compiles the setting's entries; a string entry is a pattern for `any`. Bad entries become problems, not errors. */
export function compilePatterns(setting: unknown): CompiledPatterns {
  const patterns: IdPattern[] = [];
  const problems: string[] = [];
  const entries = Array.isArray(setting) ? setting : setting === undefined || setting === null ? [] : [setting];
  entries.slice(0, MAX_PATTERNS).forEach((entry: unknown, i) => {
    const { pattern, field } = readEntry(entry);
    const where = l10n.t('Pattern {0}', i + 1);
    if (!pattern) {
      problems.push(l10n.t('{0}: give a regular expression in "pattern".', where));
      return;
    }
    if (field !== undefined && !(ID_FIELDS as readonly string[]).includes(field)) {
      problems.push(l10n.t('{0}: "{1}" is not a field; use one of {2}.', where, field, ID_FIELDS.join(', ')));
      return;
    }
    const regex = compile(pattern);
    if (!regex) {
      problems.push(l10n.t('{0}: "{1}" is not a valid regular expression.', where, pattern));
      return;
    }
    if (regex.test('')) {
      problems.push(l10n.t('{0}: "{1}" matches empty text; it would match everywhere.', where, pattern));
      return;
    }
    patterns.push({ regex, field: (field as IdField | undefined) ?? 'any' });
  });
  if (entries.length > MAX_PATTERNS) problems.push(l10n.t('Only the first {0} patterns are used.', MAX_PATTERNS));
  return { patterns, problems };
}

function readEntry(entry: unknown): { pattern?: string; field?: string } {
  if (typeof entry === 'string') return { pattern: entry };
  if (entry && typeof entry === 'object') {
    const e = entry as Record<string, unknown>;
    return {
      pattern: typeof e.pattern === 'string' && e.pattern !== '' ? e.pattern : undefined,
      field: typeof e.field === 'string' && e.field !== '' ? e.field : undefined,
    };
  }
  return {};
}

/** With `u` where the pattern allows it (so `\p{L}` works), else without; `d` gives the group's offsets. */
function compile(source: string): RegExp | undefined {
  for (const flags of ['gdu', 'gd']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try the next flags
    }
  }
  return undefined;
}

/** The values the patterns match in `line`. A pattern's match is trusted as the shape, except that ids must be int32. */
export function matchPatterns(line: string, patterns: readonly IdPattern[]): IdCandidate[] {
  const found: IdCandidate[] = [];
  for (const { regex, field } of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(line); m; m = regex.exec(line)) {
      if (m[0] === '') {
        regex.lastIndex++;
        continue;
      }
      const grouped = m.length > 1 && m[1] !== undefined && m.indices?.[1];
      const [start, end] = grouped ? m.indices![1] : [m.index, m.index + m[0].length];
      const value = line.slice(start, end);
      const usable = isNumericField(field)
        ? hasIdShape(field, value)
        : value.trim() === value && value.length > 0 && value.length <= MAX_VALUE;
      if (usable) found.push({ field, value, start, end, source: 'pattern' });
    }
  }
  return found;
}
