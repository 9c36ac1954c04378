// What completion returns: plain data an editor (or the palette prompt) turns into its own items.

export type CompletionKind = 'method' | 'path' | 'option' | 'field' | 'operator' | 'keyword' | 'function' | 'value';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Text to insert instead of the label; with `snippet`, $1/${1:x} mark where the cursor goes. */
  insertText?: string;
  snippet?: boolean;
  detail: string;
  /** Markdown. */
  documentation: string;
  /** Offsets of the text the item replaces (relative to the text given to complete). */
  start: number;
  end: number;
  /** Orders items the way they are most likely wanted. */
  sortText: string;
  /** Ask for completion again after inserting, e.g. after '$filter='. */
  retrigger?: boolean;
}

/** Shifts the replace range of entries computed on a slice that starts at `by`. */
export function shift(entries: CompletionEntry[], by: number): CompletionEntry[] {
  return entries.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));
}
