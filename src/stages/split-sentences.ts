// Stage 3: split each section's body into sentences (and, on a document cut from its outline, its
// heading).
//
// - A bullet line ("- item", "* item", "• item") is cut into sentences as a paragraph is ("- The levy
//   starts in 2017. It raises £2.9 billion. (8)" is three); its marker stays out of the sentence text
//   and every sentence of the item keeps it in `bullet`.
// - A line that lists items inline ("DECC set up: * cross-departmental … * an assessment panel") is cut
//   at each " * ", the lead-in and every item a sentence of its own.
// - An enumerator ("ii.", "b)") opens the sentence of its item, where retext would leave it alone or
//   at the end of the sentence before.
// - Other lines are paragraphs: retext-english finds their sentences. It runs one line at a time, so its
//   cost grows with the document, never with the square of it.
// - A note reference the markup marks (`<sup>9</sup>`) is read as blanks, and stays with the sentence
//   before it: "Framework.9 As PSND …" is "Framework.9" and "As PSND …"; one opening a line belongs to
//   the first sentence.
// Positions come back as indices into the line and are moved into the document here, in one place.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as NlcstSentence, Paragraph } from 'nlcst';
import type { Doc, Sentence } from '../model.js';
import { parseBullet } from '../headings.js';
import { blankMarks, extendOverMarks, firstMarkAfter } from '../text/note-marks.js';

const parser = unified().use(retextEnglish).freeze();

const INLINE_BULLET = /\s\*\s+/g;

interface Piece {
  from: number;
  to: number;
  bullet: string | null;
}

// retext parses recursively; a pathological line (a megabyte of "a.a.a.…") overflows its stack.
// Longer lines are parsed in pieces cut after a sentence end, else at a space, else anywhere (never
// inside a surrogate pair). Real paragraphs are far shorter than a piece.
const MAX_PIECE = 8192;

/** Where to end the piece of `text` that starts at `start`. */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_PIECE;
  if (limit >= text.length) return text.length;
  const window = text.slice(start + MAX_PIECE / 2, limit);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (sentenceEnd >= 0) return start + MAX_PIECE / 2 + sentenceEnd + 1;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return start + MAX_PIECE / 2 + space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

// retext ends a sentence only at a run of terminal marks (. ? ! … ‽) or at a line break; a text with
// none of them but a run at its very end ("Training began in May.", a heading) is one sentence, found
// without parsing. U+0085 (next line) is whitespace to retext but not to JavaScript's \s: such a text is
// parsed, so that the trimmed ends stay retext's.
const ONE_SENTENCE = /^[^.?!\u2026\u203d\r\n\u0085]*[.?!\u2026\u203d]*$/;

/** Sentence spans of one paragraph of text, as [from, to) indices into it, trimmed of whitespace. */
export function sentenceSpans(text: string): Array<[number, number]> {
  if (text.length <= MAX_PIECE && ONE_SENTENCE.test(text)) {
    const whole = trim(text, 0, text.length);
    return whole ? [whole] : [];
  }
  if (text.length <= MAX_PIECE) return parseSentences(text);
  const spans: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    for (const [from, to] of parseSentences(text.slice(start, end))) spans.push([start + from, start + to]);
    start = end;
  }
  return spans;
}

// An enumerator alone ("ii.", "b)", "3.") is no sentence: retext ends one after it at the start of an
// item ("ii. Publish the strategy"); it opens the sentence after it.
const ENUMERATOR_FORM = String.raw`(?:[ivxIVX]{1,5}|[a-zA-Z]|\d{1,2})[.)]`;
const ENUMERATOR = new RegExp(`^${ENUMERATOR_FORM}$`);
// One retext left at the end of the sentence before: "… in May. iii."
const TRAILING_ENUMERATOR = new RegExp(String.raw`[.?!:;](\s+${ENUMERATOR_FORM})$`);

// retext ends no sentence after a number of up to three digits, or one with a thousands comma, and its
// full stop ("Visits rose to 1,200. Staff agreed.", "It costs £300. Cornwall agreed."), as it would
// after an ordinal, nor after "per cent." ("a drop of 35 per cent. Over the same period …"): such a stop before a capital ends the sentence here, except after a label's number
// ("Figure 3. Adults online", "section 3.") and an enumerator that opens the sentence ("3. Publish").
const NUMBER_STOP = /(?<=\d|\d\s?per\s?cent|\d\s?percent|\b(?:Annex|Appendix|Table|Figure|Chart|Box|Section|Part|Schedule)\s[A-Z])\.\s+(?=[“‘"'(]?\p{Lu})/gu;
const LABEL = String.raw`(?:Figure|Fig|Table|Chart|Box|Exhibit|Section|Chapter|Annex|Appendix|Part|Paragraph|Para|No|Step|Stage|Phase|Action|Level|Page|Volume|Vol|Article|Clause|Schedule|Regulation|Rule|Recommendation|Principle|Objective|Priority|Question|Version|Tier)\s+(?:[\d.,]+|[A-Z])`;
// A caption's label opening the sentence ("Figure 3. Adults online"), or a label's number the sentence
// goes on after ("see section 3. It says" is ambiguous and kept); one ending a reference in running
// text ends its sentence: "… listed in Annex A. Together they …", "… in Table 2. We will …".
const LABEL_BEFORE_NUMBER = new RegExp(String.raw`^\s*${LABEL}$|(?:^|\s)(?:section|paragraph|para|no|step|stage|phase|level|page|question|version)\s+[\d.,]+$`, 'i');

/** Cuts a span where retext kept a number's full stop and a capital after it together. */
function splitAtNumberStops(text: string, [from, to]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  const inner = text.slice(from, to);
  if (!/(?:\d|cent|\b[A-Z])\.\s/.test(inner)) return [[from, to]];
  NUMBER_STOP.lastIndex = 0;
  for (let m = NUMBER_STOP.exec(inner); m; m = NUMBER_STOP.exec(inner)) {
    const at = from + m.index;
    const before = text.slice(start, at);
    // An enumerator opening the sentence, a label's number, a decimal's or version's inner stop.
    if (/^\s*[\d.]+$/.test(before) || LABEL_BEFORE_NUMBER.test(before) || /\d\.\d+$/.test(before)) continue;
    out.push([start, at + 1]);
    start = at + m[0].length;
  }
  out.push([start, to]);
  return out;
}

function parseSentences(text: string): Array<[number, number]> {
  const tree = parser.parse(text) as Root;
  const spans: Array<[number, number]> = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of (paragraph as Paragraph).children) {
      if (node.type !== 'SentenceNode') continue;
      const s = node as NlcstSentence;
      const from = s.position?.start.offset;
      const to = s.position?.end.offset;
      if (from === undefined || to === undefined) continue;
      const trimmed = trim(text, from, to);
      if (!trimmed) continue;
      const last = spans[spans.length - 1];
      if (last && ENUMERATOR.test(text.slice(last[0], last[1]))) {
        last[1] = trimmed[1];
        continue;
      }
      // Only the last few characters can hold it: "… May. iii."
      const tailFrom = last ? Math.max(last[0], last[1] - 12) : 0;
      const trailing = last ? TRAILING_ENUMERATOR.exec(text.slice(tailFrom, last[1])) : null;
      if (last && trailing) {
        const at = tailFrom + trailing.index + 1;
        trimmed[0] = at + trailing[1].length - trailing[1].trimStart().length;
        last[1] = at;
      }
      spans.push(...splitAtNumberStops(text, trimmed));
    }
  }
  return spans;
}

function trim(text: string, from: number, to: number): [number, number] | null {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? [from, to] : null;
}

/** Cuts one body line into the pieces that are split further: bullets, inline items, prose. */
function piecesOfLine(content: string, base: number): Piece[] {
  const bullet = parseBullet(content);
  if (bullet) {
    const span = trim(content, bullet.textStart, content.length);
    return span ? [{ from: base + span[0], to: base + span[1], bullet: bullet.marker }] : [];
  }
  const pieces: Piece[] = [];
  INLINE_BULLET.lastIndex = 0;
  let start = 0;
  let marker: string | null = null;
  for (let m = INLINE_BULLET.exec(content); m; m = INLINE_BULLET.exec(content)) {
    const span = trim(content, start, m.index);
    if (span) pieces.push({ from: base + span[0], to: base + span[1], bullet: marker });
    start = m.index + m[0].length;
    marker = '*';
  }
  const span = trim(content, start, content.length);
  if (span) pieces.push({ from: base + span[0], to: base + span[1], bullet: marker });
  return pieces;
}

export function splitSentences(doc: Doc): void {
  const sentences: Sentence[] = [];
  // Marks and lines both run in document order: one pointer walks the marks.
  let mark = 0;
  for (const section of doc.sections) {
    // On a document cut from its outline (a report, a policy paper), a heading is text like any other
    // line and is read as a sentence of its section ("4. Local Government Association"); the section's
    // span starts at its heading (project-sections). On a progress page the unit and phase headings are
    // structure, not text.
    const readsHeading = section.outlineId !== null && section.outlineId === section.id;
    const first = readsHeading ? section.firstLine : section.startLine;
    const last = readsHeading ? (section.endLine ?? section.lastLine) : section.endLine;
    if (first === null || last === null) continue;
    let n = 0;
    for (let ln = first; ln <= last; ln++) {
      const line = doc.lines[ln - 1];
      if (!readsHeading && (ln === section.headingLine || ln === section.unitLine)) continue;
      for (const piece of piecesOfLine(line.content, line.from)) {
        const text = doc.text.slice(piece.from, piece.to);
        // Note marks read as blanks ("Framework.9 As PSND …" is two sentences); each sentence keeps the
        // marks right after it.
        const marked = doc.noteMarks.length > 0;
        // (From the start again should a section come back before the last piece read.)
        if (marked) mark = firstMarkAfter(doc.noteMarks, piece.from, mark > 0 && doc.noteMarks[mark - 1].to > piece.from ? 0 : mark);
        const spans: Array<[number, number]> = sentenceSpans(marked ? blankMarks(text, piece.from, doc.noteMarks, mark) : text);
        for (const [k, [start, end]] of spans.entries()) {
          // A mark opening the line ("¹ Source: …") belongs to its first sentence.
          const from = marked && k === 0 ? text.search(/\S/) : start;
          const to = marked ? extendOverMarks(text, piece.from, end, doc.noteMarks, mark) : end;
          sentences.push({
            id: `${section.id}.s${++n}`,
            sectionId: section.id,
            text: text.slice(from, to),
            bullet: piece.bullet,
            span: { from: piece.from + from, to: piece.from + to },
          });
        }
      }
    }
  }
  doc.sentences = sentences;
}
