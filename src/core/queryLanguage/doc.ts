// What completion and hover show for one word: a one-line detail and a Markdown text.
export interface Doc {
  /** One line, shown next to a completion. */
  detail: string;
  /** Markdown. */
  text: string;
}
