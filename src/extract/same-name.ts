// One name, one sense in a document: a name a sentence shows to be a body ("Skills for Care estimates
// that …", "the charity Citizens Online", "Research by Ipsos MORI") is that body wherever else the
// document writes it, where no rule of the sentence could tell: "Chief Executive of Skills for Care",
// a footnote "Skills for Care, 2017", a table cell "Skills for Care". One sentence cannot see this, so it
// is a second pass over the document, after every sentence's own mentions are known, as the lower-case
// repeats of names are (repeats.ts).
import type { LocalMention } from '../model.js';

// Rules that read a name as a body from what the sentence says of it, not from its words alone.
const BODY_FROM_CONTEXT = new Set([
  'organisation.speaker',
  'organisation.kind-before',
  'organisation.research-by',
  'organisation.run-by',
  'organisation.listed-with-organisations',
]);
// Readings by the name's form alone, which another sentence's evidence outweighs.
const FORM_ONLY = new Set(['programme.capitalised-name', 'programme.coined-word']);

/** The names the document's sentences show to be bodies, as written. */
export function bodiesFromContext(local: ReadonlyArray<readonly LocalMention[]>, texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  local.forEach((mentions, i) => {
    for (const m of mentions) {
      if (BODY_FROM_CONTEXT.has(m.rule)) out.add(texts[i].slice(m.from, m.to));
      // A company named once with its legal form is that body when the document drops it: "Halloran
      // Systems plc" … "the Halloran Systems contract" (a name of two words or more).
      if (m.rule === 'organisation.company') {
        const short = texts[i].slice(m.from, m.to).replace(/\s+(?:Ltd|Limited|PLC|Plc|plc|LLP)\.?$/, '');
        if (short.includes(' ') && short !== texts[i].slice(m.from, m.to)) out.add(short);
      }
    }
  });
  return out;
}

/**
 * A sentence's mentions with the document's bodies agreed: a name read by its form alone as a programme
 * becomes the body, and a body's name no mention covers becomes one (rule `organisation.same-name`).
 */
export function agreeWithBodies(text: string, mentions: LocalMention[], bodies: ReadonlySet<string>): LocalMention[] {
  if (bodies.size === 0) return mentions;
  let out = mentions.map((m) => (FORM_ONLY.has(m.rule) && bodies.has(text.slice(m.from, m.to)) ? { ...m, type: 'organisation' as const, value: text.slice(m.from, m.to), rule: 'organisation.same-name' } : m));
  for (const name of bodies) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // Whole words only, and where no mention stands: "Skills for Care" in "Chief Executive of Skills
      // for Care", not inside "Skills for Care Awards".
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || /^\s+\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (out.some((m) => m.from < end && at < m.to)) continue;
      out = [...out, { type: 'organisation', from: at, to: end, value: name, rule: 'organisation.same-name' }];
    }
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}
