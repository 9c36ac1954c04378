// The system query options of one request, as the query language reads them and the client sends them.
export interface QueryOptions {
  filter?: string;
  orderby?: string;
  select?: string;
  expand?: string;
  top?: number;
  skip?: number;
  /** Parameter alias values by name without '@': `&@n='Golf'` is { n: "'Golf'" }. */
  aliases?: Record<string, string>;
}
