// Stage 4: run the extractors over every sentence and place their mentions in the document.
// Extractors return sentence-local spans; this is the one place they become document spans.
// A second, cheap pass finds lower-case repeats of names the page writes in capitals
// ("the annual skills review" after "the Annual Skills Review"), which one sentence cannot know.
// A number in a table cell is read in the unit its table states once, in a head or the caption
// ("-1,545" under "(£ million)" is money), which the cell's sentence alone cannot know either; a cell
// under a column of names ("Service", "Exemplar") is a programme's name whatever its case.
// A note reference the markup marks (`<sup>12</sup>`) is read as blanks of its length, so that no
// extractor takes it for an amount or runs a name through it ("skills.38 39", "USA.34 The"); offsets
// are unchanged, and every mention's text is taken from the sentence as written.
import type { Acronym, Doc, Entity, LocalMention, SentenceContext } from '../model.js';
import { blankMarks, firstMarkAfter } from '../text/note-marks.js';
import { extractSentence } from '../extract/index.js';
import { knownNames, lowercaseRepeats } from '../extract/repeats.js';
import { documentDate, documentPeriod } from '../extract/document-time.js';
import { nameCells, numberCells, readCellUnits, readNameCells, type NumberCell } from '../extract/table-cells.js';
import { footnoteNumbers } from '../extract/numbers.js';
import { agreeWithBodies, bodiesFromContext } from '../extract/same-name.js';
import { resolveTheYear } from '../extract/dates.js';

const PROMISING_LEAD_IN = /\b(?:will|shall|plans?\s+to|aims?\s+to|intends?\s+to)\b[^.]*:\s*$/i;
// A lead-in that lists services: "The exemplars that changed phase this quarter were:", "Services
// launched: ", "These transactions include:".
const SERVICES_LEAD_IN = /\b(?:exemplars?|services|transactions)\b[^.:]*:\s*$/i;

export function extractEntities(doc: Doc): void {
  const acronyms = new Map<string, Acronym>(doc.acronyms.map((a) => [a.short, a]));
  const genericAcronyms = new Set(doc.genericAcronyms);
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  // Dates without a year and relative dates anchor to the phase year, else to these.
  const period = documentPeriod(doc);
  const date = documentDate(doc);
  const notes = footnoteNumbers(doc.sentences.map((s) => s.text), doc.noteMarks.map((m) => doc.text.slice(m.from, m.to)));
  const cells = numberCells(doc.tables);
  const names = nameCells(doc.tables);
  let nextCell = 0;
  let nextName = 0;
  let nextMark = 0;
  // The items after a lead-in that promises speak of the future ("In the next quarter, GDS will:" →
  // "- run a course in February" is next February).
  let promising = false;
  // The items after a lead-in that lists services open with one's name ("The exemplars … were:" →
  // "- Apply for a fishing vessel licence (Marine Management Organisation), public beta since July").
  let listing = false;
  const local: LocalMention[][] = doc.sentences.map((sentence) => {
    const section = sections.get(sentence.sectionId)!;
    if (sentence.bullet === null) {
      promising = PROMISING_LEAD_IN.test(sentence.text);
      listing = SERVICES_LEAD_IN.test(sentence.text);
    }
    // Marks and sentences both run in document order: one pointer walks the marks.
    nextMark = firstMarkAfter(doc.noteMarks, sentence.span.from, nextMark);
    const text = blankMarks(sentence.text, sentence.span.from, doc.noteMarks, nextMark);
    const context: SentenceContext = {
      text, phaseYear: section.phaseYear, acronyms, genericAcronyms, period, documentDate: date, notes,
      ...(promising && sentence.bullet !== null ? { future: true } : {}),
      ...(listing && sentence.bullet !== null ? { namesService: true } : {}),
    };
    const mentions = extractSentence(context);
    // Sentences and cells both run in document order: one pointer walks the cells.
    while (nextCell < cells.length && cells[nextCell].cell.span.from < sentence.span.from) nextCell++;
    const inSentence: NumberCell[] = [];
    for (let k = nextCell; k < cells.length && cells[k].cell.span.from < sentence.span.to; k++) inSentence.push(cells[k]);
    const read = inSentence.length ? readCellUnits(text, sentence.span.from, mentions, inSentence) : mentions;
    // A cell under a column of names ("Service", "Exemplar") is a programme's name whatever its case.
    while (nextName < names.length && names[nextName].from < sentence.span.from) nextName++;
    const named = [];
    for (let k = nextName; k < names.length && names[k].from < sentence.span.to; k++) named.push(names[k]);
    return named.length ? readNameCells(sentence.text, sentence.span.from, read, named) : read;
  });
  // "the second half of the year": the year the section was last discussing.
  const texts = doc.sentences.map((s) => s.text);
  resolveTheYear(local, texts, doc.sentences.map((s) => s.sectionId));
  // A name one sentence shows to be a body is that body wherever the document writes it.
  const bodies = bodiesFromContext(local, texts);
  if (bodies.size) local.forEach((mentions, i) => { local[i] = agreeWithBodies(texts[i], mentions, bodies); });
  const known = knownNames(
    local.flatMap((mentions, i) => mentions.map((m) => ({ type: m.type, value: m.value, text: doc.sentences[i].text.slice(m.from, m.to) }))),
  );
  const entities: Entity[] = [];
  doc.sentences.forEach((sentence, i) => {
    const repeats = lowercaseRepeats(sentence.text, known, local[i]);
    const mentions = repeats.length ? [...local[i], ...repeats].sort((a, b) => a.from - b.from) : local[i];
    let n = 0;
    for (const m of mentions) {
      const from = sentence.span.from + m.from;
      const to = sentence.span.from + m.to;
      const { type, value, rule, from: _f, to: _t, ...extras } = m;
      entities.push({
        id: `${sentence.id}.e${++n}`,
        type,
        text: doc.text.slice(from, to),
        value,
        sectionId: sentence.sectionId,
        sentenceId: sentence.id,
        rule,
        ...extras,
        span: { from, to },
      });
    }
  });
  doc.entities = entities;
}
