/**
 * A copy of `text` that shares no memory with the string it was cut from.
 *
 * V8 keeps a substring of 13 characters or more as a slice of its parent: a word matched in an
 * article holds the whole article text alive for as long as the word lives. Memo tables that keep
 * words across articles (the search analyser's, the name typer's) must store copies, or they
 * keep thousands of article texts: the parse threads' heaps grew about 8 MB per 1,000 imported
 * pages that way (heap snapshots, issue 15). Joining the word to a character and cutting it off
 * again makes V8 write a fresh flat string of the word's length alone.
 */
export function detachedCopy(text: string): string {
  return ` ${text}`.slice(1);
}
