// Where each character of the text the stages read comes from in the source file: plain data (two
// typed arrays), so a Doc crosses worker threads and structuredClone as it is.
//
// For HTML, Markdown and Content API JSON, `start[i]` is the UTF-16 index of the source where text
// character i's source begins and `end[i]` the index just after it: the "&" of "R&amp;D" starts at the
// "&" of "&amp;" and ends after its ";". A character the reader added itself (the line break between two
// blocks, the "- " of a list item) has start === end. Plain text, PDF and Word have no map (null): the
// text is the source.

export interface SourceMap {
  start: Int32Array;
  end: Int32Array;
}

/** The source index where text character `index` begins; an index at the very end of the text maps to just after the last character. */
export function sourceStart(map: SourceMap | null, index: number): number {
  if (map === null) return index;
  return index < map.start.length ? map.start[index] : afterLast(map);
}

/** The source index just after text character `index`'s source (after the ";" of "&amp;"). */
export function sourceEnd(map: SourceMap | null, index: number): number {
  if (map === null) return index + 1;
  return index < map.end.length ? map.end[index] : afterLast(map);
}

/** The source range of a working span [from, to): from its first character's source to just after its last one's. */
export function sourceRange(map: SourceMap | null, from: number, to: number): { from: number; to: number } {
  if (map === null) return { from, to };
  const start = sourceStart(map, from);
  return { from: start, to: to > from ? Math.max(start, sourceEnd(map, to - 1)) : start };
}

function afterLast(map: SourceMap): number {
  return map.end.length > 0 ? map.end[map.end.length - 1] : 0;
}
