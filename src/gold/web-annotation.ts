// The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) in JSON-LD: an
// AnnotationCollection whose first AnnotationPage holds one Annotation per entity. Each targets the
// source with a TextPositionSelector (code points, end exclusive) and a TextQuoteSelector (exact, prefix,
// suffix), which describe the same text; the body classifies it with its entity type (a TextualBody,
// purpose "classifying") and describes its value (a TextualBody, purpose "describing", format
// application/json).
import { quoteSelector } from './anchor.js';
import { GoldError, type DraftMention, type ExportEntity } from './model.js';
import type { GoldInput } from './read.js';
import type { SourceText } from './source-text.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function toWebAnnotations(input: { source: SourceText; path: string; sha256: string; generator: string }, entities: ExportEntity[]): unknown {
  const items = entities.map((e, i) => {
    const { type, text: _text, value, start, end, ...rest } = e;
    const extras = Object.fromEntries(Object.entries(rest).filter(([k, v]) => ['counts', 'currency', 'mod', 'anchor', 'acronym'].includes(k) && v !== undefined));
    return {
      id: `#e${i + 1}`,
      type: 'Annotation',
      motivation: 'classifying',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: type },
        { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify({ value, ...extras }) },
      ],
      target: {
        source: input.path,
        selector: [
          { type: 'TextPositionSelector', start: start.offset, end: end.offset },
          quoteSelector(input.source, start.offset, end.offset),
        ],
      },
    };
  });
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:sha256:${input.sha256}#entities`,
    type: 'AnnotationCollection',
    label: `Entities of ${input.path}`,
    generator: input.generator,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const typeIs = (o: any, t: string) => o && (o.type === t || (Array.isArray(o.type) && o.type.includes(t)));

export function isWebAnnotation(json: unknown): boolean {
  const o = json as any;
  if (Array.isArray(o)) return o.length > 0 && o.every((a) => typeIs(a, 'Annotation'));
  return typeIs(o, 'AnnotationCollection') || typeIs(o, 'AnnotationPage') || typeIs(o, 'Annotation');
}

export function fromWebAnnotations(json: unknown, path: string): GoldInput {
  const o = json as any;
  let items: any[];
  if (Array.isArray(o)) items = o;
  else if (typeIs(o, 'AnnotationCollection')) {
    const first = o.first;
    items = Array.isArray(first) ? first.flatMap((p: any) => p.items ?? []) : (first?.items ?? []);
  } else if (typeIs(o, 'AnnotationPage')) items = o.items ?? [];
  else items = [o];
  const problems: string[] = [];
  const drafts: DraftMention[] = [];
  items.forEach((a, i) => {
    const where = `annotation ${i + 1}${a?.id ? ` (${a.id})` : ''}`;
    const bodies = (Array.isArray(a?.body) ? a.body : a?.body ? [a.body] : []) as any[];
    const bodyValue = (b: any) => (typeof b === 'string' ? b : b?.value);
    const classifying = bodies.find((b) => b?.purpose === 'classifying' || b?.purpose === 'tagging') ?? bodies.find((b) => typeof bodyValue(b) === 'string' && b?.format !== 'application/json');
    const describing = bodies.find((b) => b?.purpose === 'describing' && b?.format === 'application/json');
    const target = Array.isArray(a?.target) ? a.target[0] : a?.target;
    const selectors = (Array.isArray(target?.selector) ? target.selector : target?.selector ? [target.selector] : []) as any[];
    const position = selectors.find((s) => typeIs(s, 'TextPositionSelector'));
    const quote = selectors.find((s) => typeIs(s, 'TextQuoteSelector'));
    if (!position && !quote) return problems.push(`${where}: no TextPositionSelector or TextQuoteSelector in its target`);
    let described: Record<string, unknown> = {};
    if (describing) {
      try {
        described = JSON.parse(String(describing.value));
      } catch {
        return problems.push(`${where}: the describing body is not JSON: ${String(describing.value).slice(0, 60)}`);
      }
    }
    const { value, ...extras } = described;
    drafts.push({
      where: `${where}${quote?.exact ? ` "${quote.exact}"` : ''}`,
      type: bodyValue(classifying),
      text: quote?.exact,
      value,
      extras,
      start: position?.start,
      end: position?.end,
      prefix: quote?.prefix,
      suffix: quote?.suffix,
    });
  });
  if (problems.length) throw new GoldError(path, problems);
  return { format: 'web-annotation', drafts, reviewed: true };
}
