// What a hover shows and which word it belongs to.
export interface HoverInfo {
  /** Markdown. */
  markdown: string;
  /** The hovered word, as offsets into the text given. */
  start: number;
  end: number;
}
