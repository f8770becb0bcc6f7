// Stage 4: run the extractors over every sentence and place their mentions in the document.
// Extractors return sentence-local spans; this is the one place they become document spans.
import type { Acronym, Doc, Entity, SentenceContext } from '../model.js';
import { extractSentence } from '../extract/index.js';

export function extractEntities(doc: Doc): void {
  const acronyms = new Map<string, Acronym>(doc.acronyms.map((a) => [a.short, a]));
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const entities: Entity[] = [];
  for (const sentence of doc.sentences) {
    const section = sections.get(sentence.sectionId)!;
    const context: SentenceContext = { text: sentence.text, phaseYear: section.phaseYear, acronyms };
    let n = 0;
    for (const m of extractSentence(context)) {
      const from = sentence.span.from + m.from;
      const to = sentence.span.from + m.to;
      const { type, value, rule, from: _f, to: _t, ...extras } = m;
      entities.push({
        id: `${sentence.id}.e${++n}`,
        type,
        text: doc.text.slice(from, to),
        value,
        sectionId: section.id,
        sentenceId: sentence.id,
        rule,
        ...extras,
        span: { from, to },
      });
    }
  }
  doc.entities = entities;
}
