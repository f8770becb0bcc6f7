// organisation and programme: capitalised names classified by their head word, the way a reader
// tells "Civil Service Learning" (a body) from "Civil Service Reform Plan" (a plan).
//   "Future Coastguard Programme", "Consumer First programme", "Digital Skills Action Plan",
//   "Digital by Default Service Standard", "Digital Academy" → programme
//   "Companies House", "Cabinet Office Digital and Technology Team", "Digital Pioneer group" → organisation
//   "‘Discover Digital’ events", "Building our Future events" → programme "Discover Digital", "Building our Future"
import type { EntityType, LocalMention } from '../model.js';
import type { Extractor } from './types.js';

// A capitalised word ("Digital", "GOV.UK", "G-cloud", "TechHub", "HMRC") and the small words a name
// may hold between capitalised words ("Digital by Default", "Building our Future").
const CAP = String.raw`(?:[\p{Lu}][\p{L}\p{N}]*(?:[.\-’'][\p{L}\p{N}]+)*)`;
const LINK = String.raw`(?:of|and|by|for|our|the|on|in|&|to|de)`;
const NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAP}(?:\s+(?:${LINK}\s+)*${CAP})*(?:\s+(?<cue>programmes?|schemes?|initiative|plan|network|group|team|unit|forum|club|board|committee|academy|standard|banner|events?|workstream|strategy)\b)?`, 'gu');

const PROGRAMME_HEAD = /^(?:programmes?|schemes?|initiatives?|plans?|standards?|academy|academies|review|fortnight|awards?|network|strategy|framework|toolkit|manual|live|summit|course|passport|challenge|week|month|day|pilot|project|platform|portal)$/i;
const ORGANISATION_HEAD = /^(?:office|department|ministry|agency|service|team|group|unit|committee|board|forum|club|council|authority|commission|directorate|inspectorate|house|learning|network|trust|institute|centre|center|executive|tribunals?|court|courts|treasury|revenue|customs|partnership|division|cabinet)$/i;
// Generic nouns after a quoted or capitalised name: the name alone is the mention.
const GENERIC_TAIL = /^(?:events?|banner|workstream|strategy|conversations?)$/i;
const QUOTED = /[‘“'"]([^‘’“”'"]{3,60})[’”'"]\s+(?<tail>events?|workstream|strategy|programme|scheme|initiative|campaign)\b/gu;

// Sentence-initial words that are capitalised only because they start the sentence.
const FUNCTION_WORDS = /^(?:The|A|An|This|These|Those|Its|Their|Our|In|On|At|By|For|From|With|Within|During|Since|After|Before|Although|Also|All|Each|Every|Some|Many|New|Further|Future|Over|Under|To|As|It|We|They|He|She|There|Here|When|While|Where|Using|Based|Following|Training|Work|Digital)$/;

function classify(words: string[], cue: string | undefined): EntityType | null {
  const head = cue ?? words[words.length - 1];
  if (cue && GENERIC_TAIL.test(cue)) return 'programme';
  if (PROGRAMME_HEAD.test(head)) return 'programme';
  if (ORGANISATION_HEAD.test(head)) return 'organisation';
  return null;
}

export const properNamesExtractor: Extractor = {
  name: 'proper-names',
  extract({ text }) {
    const out: LocalMention[] = [];
    NAME.lastIndex = 0;
    for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
      let from = m.index;
      let phrase = m[0];
      const cue = m.groups?.cue;
      let words = phrase.split(/\s+/);
      // Drop a sentence-initial function word: "The Digital Academy" → "Digital Academy".
      while (words.length > 1 && (FUNCTION_WORDS.test(words[0]) || /^(?:of|and|by|for|our|the|on|in|&|to)$/.test(words[0]))) {
        const cut = phrase.indexOf(words[1], words[0].length);
        from += cut;
        phrase = phrase.slice(cut);
        words = words.slice(1);
      }
      const cueWord = cue && words[words.length - 1] === cue ? cue : undefined;
      const nameWords = cueWord ? words.slice(0, -1) : words;
      if (nameWords.length === 0) continue;
      const type = classify(nameWords, cueWord);
      if (!type) continue;
      // The whole name is a single word that is also the head ("Programme", "Team"): not a name.
      if (words.length === 1) continue;
      let to = from + phrase.length;
      if (cueWord && GENERIC_TAIL.test(cueWord)) to = from + phrase.lastIndexOf(cueWord) - 1;
      const name = text.slice(from, to).trimEnd();
      to = from + name.length;
      out.push({ type, from, to, value: name, rule: cueWord ? `${type}.name-cue` : `${type}.name-head` });
    }
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const from = m.index + 1;
      const name = m[1];
      out.push({ type: 'programme', from, to: from + name.length, value: name, rule: 'programme.quoted-cue' });
    }
    return out;
  },
};
