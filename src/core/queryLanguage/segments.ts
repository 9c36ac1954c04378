// Which '&'-separated option of a query line the cursor is in; '&' inside 'string literals' does not count.

export interface Segment {
  /** Offset where the segment's text starts (after '&', or after a leading '?'). */
  start: number;
  /** 0 for the first option. */
  index: number;
}

export function segmentAt(input: string, offset: number): Segment {
  let start = 0;
  let index = 0;
  const lead = /^\s*\?/.exec(input);
  if (lead && lead[0].length <= offset) {
    start = lead[0].length;
  }
  let inString = false;
  for (let i = start; i < offset; i++) {
    const c = input[i];
    if (c === "'") {
      inString = !inString;
    } else if (c === '&' && !inString && input[i + 1] !== '&' && input[i - 1] !== '&') {
      start = i + 1;
      index++;
    }
  }
  return { start, index };
}

/** The segment's end: the next separating '&' after `from`, or the end of the input. */
export function segmentEnd(input: string, from: number): number {
  let inString = false;
  for (let i = from; i < input.length; i++) {
    const c = input[i];
    if (c === "'") {
      inString = !inString;
    } else if (c === '&' && !inString && input[i + 1] !== '&' && input[i - 1] !== '&') {
      return i;
    }
  }
  return input.length;
}
