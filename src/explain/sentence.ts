// `policy-extract explain "<sentence>"`: the entities of one sentence and the rule behind each.
import { extractSentence } from '../extract/index.js';
import { acronymsDefinedIn } from '../stages/find-acronyms.js';

export function explainSentence(text: string, phaseYear: number | null): string {
  // The sentence's own definitions, typed as the pipeline types them.
  const acronyms = new Map(acronymsDefinedIn(text).map((a) => [a.short, a]));
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
