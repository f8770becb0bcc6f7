// `policy-extract explain "<sentence>"`: the entities of one sentence and the rule behind each.
import { extractSentence } from './extract/index.js';
import { acronymType, findAcronymDefinitions } from './stages/find-acronyms.js';
import type { Acronym } from './model.js';

export function explainSentence(text: string, phaseYear: number | null): string {
  const acronyms = new Map<string, Acronym>();
  for (const def of findAcronymDefinitions(text)) {
    const long = text.slice(def.long[0], def.long[1]);
    // Typed as the pipeline types it: "Government Digital Target Operating Model (GDTOM)" is a programme.
    const type = acronymType(long);
    if (!type) continue;
    acronyms.set(def.short, {
      short: def.short,
      long,
      type,
      rule: 'acronym.schwartz-hearst',
      span: { from: def.long[0], to: def.shortSpan[1] },
    });
  }
  const mentions = extractSentence({ text, phaseYear, acronyms });
  if (mentions.length === 0) return 'no entities\n';
  const rows = mentions.map((m) => {
    const extras = [m.counts && `counts=${m.counts}`, m.currency && `currency=${m.currency}`, m.mod && `mod=${m.mod}`, m.anchor && `anchor=${m.anchor}`, m.acronym && `acronym=${m.acronym}`]
      .filter(Boolean)
      .join(' ');
    return [m.type, JSON.stringify(text.slice(m.from, m.to)), `${m.from}-${m.to}`, JSON.stringify(m.value), m.rule, extras];
  });
  const header = ['type', 'text', 'span', 'value', 'rule', 'extras'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: unknown[]) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
