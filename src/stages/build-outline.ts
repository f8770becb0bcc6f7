// Stage: build the outline, the tree of the document's headings, from the typed blocks.
//
// Where a heading comes from, by format:
//  - HTML, Markdown and Content API JSON: the headings the markup gives (h1–h6, "#" count, setext,
//    kramdown's "####Heading"); a paragraph that is all bold ("**Next steps**", <p><strong>…</strong></p>)
//    one level under the heading it follows; captions ("Figure 1: …", "Chart 1.1: …", <figcaption>)
//    under the heading they follow, as kind `caption`. Nothing inside a table is a heading.
//  - plain text: lines with a heading's form (grammar in outline-headings.ts): numbered ("1.1 Prices"),
//    keyword ("Action 01: …"), captions, and short capitalised lines that stand over body text, in
//    runs of at most three (a longer run of short lines is a table or a list, not headings).
// Levels: the markup's own; a number deepens a heading the markup put level with its parent ("1.1"
// under "1." when both are h2); in plain text the number's depth, then keyword families in the
// order they first appear ("Principle: …" over "Action 01: …"). Levels are relative: a heading's
// level is its depth in the tree, so the shallowest heading of the body is level 1. The title (the
// first line, when no heading of the body is as shallow) is `doc.title`, not part of the outline.
//
// Units and phases: segment-sections has already read a progress page as units × phases. When that
// reading is trustworthy (it found phase headings, or its units all name bodies or actions and, in
// markup, are all headings) its unit and phase headings are outline records of kind `unit` and
// `phase`, and on plain text they are the whole outline. project-sections then keeps those sections.
import type { Block, Doc, OutlineEntry, OutlineKind, Span } from '../model.js';
import { classifyUnit, normaliseSpace } from '../headings.js';
import { isCaption } from '../markup/blocks.js';
import { hasHeadingForm, isBodyLine, isChrome, isFigureLine, parseHeadingNumber, parseKeywordHeading } from '../outline-headings.js';

interface Candidate {
  span: Span;
  /** 0-based index of the line the heading starts on. */
  line: number;
  /** A sortable level: smaller is shallower; only the order matters. */
  raw: number;
  kind: OutlineKind;
  rule: string;
  /** Placed under the heading before it rather than by its own level (bold paragraphs, captions). */
  under: boolean;
}

/** 0-based index of the line holding text index `index`. */
export function lineIndexAt(doc: Doc, index: number): number {
  const lines = doc.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].from <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Units and phases of the typed reading, by 0-based line; empty when the reading is not trusted. */
function typedLines(doc: Doc): Map<number, 'unit' | 'phase'> {
  const typed = new Map<number, 'unit' | 'phase'>();
  for (const s of doc.sections) {
    if (s.unitLine !== null) typed.set(s.unitLine - 1, 'unit');
    if (s.headingLine !== null) typed.set(s.headingLine - 1, 'phase');
  }
  return typed;
}

export function isTrustedReading(doc: Doc, headingLines: Set<number>): boolean {
  const typed = typedLines(doc);
  if (typed.size === 0) return false;
  if ([...typed.values()].includes('phase')) return true;
  // Without phase headings, units are trusted when each names a body or an action ("Department for
  // Transport", "Action 05: …") and, in markup, each is a heading of the outline.
  const units = [...typed.keys()];
  if (doc.sourceMap !== null && !units.every((line) => headingLines.has(line))) return false;
  return units.every((line) => classifyUnit(doc.lines[line].content) !== 'other');
}

/** The text span of a block, trimmed of surrounding spaces. */
function markupCandidates(doc: Doc): Candidate[] {
  const found: Candidate[] = [];
  let current = 0;
  for (const block of doc.blocks) {
    const line = lineIndexAt(doc, block.span.from);
    if (block.type === 'heading' && block.level !== null) {
      current = block.level;
      const kind = isCaption(block.text) ? 'caption' : 'heading';
      found.push({ span: block.span, line, raw: block.level, kind, rule: 'markup', under: false });
    } else if (block.type === 'caption') {
      found.push({ span: block.span, line, raw: current + 0.5, kind: 'caption', rule: 'caption', under: true });
    } else if (block.type === 'paragraph' && block.bold && isBoldHeading(block)) {
      // The level a heading one under the current one has: an h3 after "**…**" under an h2 is its sibling.
      found.push({ span: block.span, line, raw: current + 1, kind: 'heading', rule: 'bold', under: true });
    }
  }
  return found;
}

/** A bold paragraph reads as a heading when it is short and not a sentence ("**Note: this is final.**" is not). */
function isBoldHeading(block: Block): boolean {
  const text = normaliseSpace(block.text.slice(0, 301));
  return text.length > 0 && text.length <= 150 && !/[.;,]$/.test(text) && !text.includes('\n');
}

/** Headings of plain text, by form; `skip` holds lines that are never headings (the title). */
function textCandidates(doc: Doc, skip: Set<number>): Candidate[] {
  const lines = doc.lines;
  const blockAt = new Map<number, Block>();
  for (const b of doc.blocks) blockAt.set(lineIndexAt(doc, b.span.from), b);
  // A table's lines (its block starts on the first) are never headings. Page furniture ("Policy paper", "Contents") above the first line of body text is never a heading;
  // below it, "Statistics" or "Contents" may well be one.
  const firstBody = lines.findIndex((l) => isBodyLine(l.content));
  // A field and its value is a line of text, no heading: "Status: on track" after a label of a word or
  // two (a heading's words after its colon are capitalised: "Action 1: Publish …"; a numbered part is a
  // heading whatever follows: "Annex A: measures by quarter").
  const FIELD = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?:\s+\p{Ll}/u;
  const short: boolean[] = lines.map(
    (l, i) => blockAt.get(i)?.type !== 'listItem' && blockAt.get(i)?.type !== 'table' && blockAt.has(i) && hasHeadingForm(l.content) && !(i < firstBody && isChrome(l.content)) &&
      !(FIELD.test(l.content) && !parseKeywordHeading(l.content) && !parseHeadingNumber(l.content)),
  );
  const found: Candidate[] = [];
  const families: string[] = [];
  let lastLevel = 1;
  let lastNumbered: number | null = null;
  let previous: Candidate | null = null;
  // Keyword headings so far, and whether a plain heading has sat under one.
  let keywordHeadings = 0;
  let formUnderKeyword = false;
  // Whether the last plain heading sits under a keyword heading.
  let underKeyword = false;
  const next = (i: number) => {
    for (let k = i + 1; k < lines.length; k++) if (blockAt.has(k)) return k;
    return -1;
  };
  let i = 0;
  while (i < lines.length) {
    if (!short[i]) {
      i++;
      continue;
    }
    // A run of short heading-form lines (blank lines between them allowed) and what follows it.
    const run: number[] = [];
    let k = i;
    while (k >= 0 && k < lines.length && short[k]) {
      run.push(k);
      k = next(k);
    }
    const after = k;
    // Over body text, or over a table it names ("Exemplar progress" above the table's head row).
    const overBody = after >= 0 && (isBodyLine(lines[after].content) || blockAt.get(after)?.type === 'table');
    i = run[run.length - 1] + 1;
    for (const r of run) {
      if (skip.has(r)) continue;
      const content = lines[r].content;
      const block = blockAt.get(r)!;
      const parsed = parseHeadingNumber(content);
      // A bare count ("2 Education capital: …", a table row's label) proves less than "2." or "2.1".
      const number = parsed && !(parsed.form === 'numbered' && parsed.depth === 1 && !/^\s*\d+[.)]/.test(content)) ? parsed : null;
      const keyword = parseKeywordHeading(content);
      const caption = block.type === 'caption';
      // Plain short lines are headings only over body text, and only in short runs; a numbered line
      // over figures is the label of a table row ("2 Education capital: school investment" / "-390").
      if (!number && !keyword && !caption && !(overBody && run.length <= 3)) continue;
      const below = next(r);
      if ((number || keyword) && below >= 0 && isFigureLine(lines[below].content)) continue;
      let raw: number;
      let rule: string;
      if (caption) {
        raw = lastLevel + 0.5;
        rule = 'caption';
      } else if (number || parsed) {
        raw = (number ?? parsed)!.depth;
        lastNumbered = raw;
        rule = 'numbered';
      } else if (keyword) {
        if (!families.includes(keyword.family)) families.push(keyword.family);
        keywordHeadings++;
        raw = (lastNumbered ?? 0) + 1 + families.indexOf(keyword.family);
        rule = 'keyword';
      } else {
        // "Growth" after "1.5 Economic outlook" sits beside it; after "Action 01: …" under it, unless
        // two or more keyword headings have gone by with none under them: then the series has ended
        // ("Action 14: Digital inclusion" … "Next steps").
        // A plain heading after one that sits under a keyword heading is its sibling: "Action 1: …" /
        // "Progress this quarter" / "Next steps".
        const seriesEnded = keywordHeadings >= 2 && !formUnderKeyword;
        raw = previous?.rule === 'keyword' && !seriesEnded ? previous.raw + 0.5 : previous?.rule === 'keyword' ? previous.raw : previous?.rule === 'form' && underKeyword ? previous.raw : (lastNumbered ?? 1);
        underKeyword = (previous?.rule === 'keyword' && !seriesEnded) || (previous?.rule === 'form' && underKeyword);
        if (previous?.rule === 'keyword' && !seriesEnded) formUnderKeyword = true;
        rule = 'form';
      }
      const candidate: Candidate = { span: block.span, line: r, raw, kind: caption ? 'caption' : 'heading', rule, under: caption };
      if (!caption) {
        lastLevel = raw;
        previous = candidate;
      }
      found.push(candidate);
    }
  }
  return found;
}

/** "1.1" under "1." when the markup put both at one level. */
function deepenByNumber(doc: Doc, found: Candidate[]): void {
  const byNumber = new Map<string, Candidate>();
  for (const c of found) {
    if (c.kind === 'caption') continue;
    const n = parseHeadingNumber(doc.text.slice(c.span.from, c.span.to));
    if (!n || n.form !== 'numbered') continue;
    const parts = n.number.split('.');
    const parent = parts.length > 1 ? byNumber.get(parts.slice(0, -1).join('.')) : undefined;
    if (parent && parent.raw >= c.raw) c.raw = parent.raw + 0.25;
    byNumber.set(n.number, c);
  }
}

export function buildOutline(doc: Doc): void {
  doc.outline = [];
  if (doc.lines.length === 0) return;
  const markup = doc.sourceMap !== null;
  const typed = typedLines(doc);
  // (GOV.UK's furniture above a title, its format label "Policy paper", is no line of the title's.)
  const titleLine = doc.lines.findIndex((l) => l.content.trim().length > 0 && !isChrome(l.content));

  let found = markup ? markupCandidates(doc) : [];
  // The title: the first line, when it is a heading and no heading of the body is as shallow.
  const first = found.find((c) => c.kind !== 'caption');
  // A Content API document's title is its "title" field, always the first line.
  const titleField = doc.source.format === 'govuk-json';
  if (markup && first && first.line === titleLine && !typed.has(first.line) && (titleField || !found.some((c) => c !== first && c.raw <= first.raw))) {
    found = found.filter((c) => c !== first);
  }
  const headingLines = new Set(found.map((c) => c.line));
  if (!markup) {
    const skip = new Set<number>(titleLine >= 0 && !typed.has(titleLine) ? [titleLine] : []);
    const form = textCandidates(doc, skip);
    for (const c of form) headingLines.add(c.line);
    found = isTrustedReading(doc, headingLines) ? [] : form;
  }
  if (isTrustedReading(doc, headingLines)) {
    // Units and phases are headings of their kind; on plain text they are the whole outline.
    const byLine = new Map(found.map((c) => [c.line, c]));
    const shallowest = found.length ? Math.min(...found.map((c) => c.raw)) : 1;
    for (const [line, kind] of typed) {
      const existing = byLine.get(line);
      if (existing) {
        existing.kind = kind;
        continue;
      }
      const l = doc.lines[line];
      const lead = l.content.length - l.content.trimStart().length;
      const span = { from: l.from + lead, to: l.from + l.content.trimEnd().length };
      found.push({ span, line, raw: kind === 'unit' ? shallowest : shallowest + 0.5, kind, rule: kind, under: false });
    }
    found.sort((a, b) => a.span.from - b.span.from);
  } else {
    deepenByNumber(doc, found);
  }
  doc.outline = toTree(doc, found);
}

/** Parents by level (the nearest heading before that is shallower), then ids and levels from the tree. */
function toTree(doc: Doc, found: Candidate[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const stack: Array<{ raw: number; entry: OutlineEntry; under: boolean }> = [];
  const childCount = new Map<string | null, number>();
  for (const c of found) {
    const text = doc.text.slice(c.span.from, c.span.to);
    let parent: OutlineEntry | null;
    if (c.under) {
      // A caption or bold paragraph sits under the heading before it that is neither: two bold
      // paragraphs in a row are siblings.
      while (stack.length && stack[stack.length - 1].under) stack.pop();
      parent = stack.at(-1)?.entry ?? null;
    } else {
      while (stack.length && stack[stack.length - 1].raw >= c.raw) stack.pop();
      parent = stack.at(-1)?.entry ?? null;
    }
    const n = (childCount.get(parent?.id ?? null) ?? 0) + 1;
    childCount.set(parent?.id ?? null, n);
    const id = parent ? `${parent.id}.${String(n).padStart(2, '0')}` : `h${String(n).padStart(2, '0')}`;
    const number = parseHeadingNumber(text)?.number ?? parseKeywordHeading(text)?.number ?? captionNumber(text);
    const entry: OutlineEntry = {
      id,
      level: parent ? parent.level + 1 : 1,
      text,
      number,
      kind: c.kind,
      parentId: parent?.id ?? null,
      rule: c.rule,
      span: c.span,
    };
    entries.push(entry);
    const raw = c.under && c.kind === 'caption' ? (stack.at(-1)?.raw ?? 0) + 0.001 : c.raw;
    if (c.under) {
      // Nothing nests under a caption; a bold heading takes what its own level would.
      if (c.kind !== 'caption') stack.push({ raw, entry, under: true });
    } else {
      stack.push({ raw, entry, under: false });
    }
  }
  return entries;
}

/** "Table 2.1: …" → "2.1"; "Figure 10: …" → "10". */
function captionNumber(text: string): string | null {
  if (!isCaption(text)) return null;
  return /^\S+\s+([A-Z]?\d+(?:\.\d+)*[a-z]?|[A-Z])\b/.exec(text.trimStart())?.[1] ?? null;
}
