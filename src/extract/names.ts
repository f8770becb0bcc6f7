// person, place, organisation: compromise's named-entity views over one sentence, spans tidied.
// compromise's offsets can include neighbouring punctuation ("London."), so every span is trimmed.
import nlp from 'compromise';
import type { EntityType, LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { tidySpan } from './spans.js';

interface Match {
  text: string;
  offset: { start: number; length: number };
}

function views(text: string): Array<[EntityType, Match[]]> {
  const doc = nlp(text);
  return [
    ['person', doc.people().json({ offset: true }) as Match[]],
    ['place', doc.places().json({ offset: true }) as Match[]],
    ['organisation', doc.organizations().json({ offset: true }) as Match[]],
  ];
}

export const namesExtractor: Extractor = {
  name: 'names',
  extract({ text }) {
    const out: LocalMention[] = [];
    for (const [type, matches] of views(text)) {
      for (const m of matches) {
        let [from, to] = tidySpan(text, m.offset.start, m.offset.start + m.offset.length);
        // A possessive stays outside the span: "Swansea’s" → "Swansea".
        const possessive = /[’']s$/.exec(text.slice(from, to));
        if (possessive) to -= possessive[0].length;
        const leading = /^(?:the|The)\s+/.exec(text.slice(from, to));
        if (leading) from += leading[0].length;
        if (to <= from || !/^[\p{Lu}]/u.test(text[from])) continue;
        const name = text.slice(from, to);
        out.push({ type, from, to, value: name, rule: `${type}.compromise` });
      }
    }
    return out;
  },
};
