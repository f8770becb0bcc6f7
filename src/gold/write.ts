// Writing a gold file: the mentions in text order, each with its quote selector, and the source's sha256.
import type { GoldAcronym, GoldEntity, GoldFile } from './model.js';
import { quoteSelector } from './anchor.js';
import type { SourceText } from './source-text.js';

/** The extra normalised fields a gold mention keeps (EntityExtras), in the order the gold format lists them. */
export const GOLD_EXTRAS = ['counts', 'currency', 'mod', 'anchor', 'valueEnd', 'dateStart', 'dateEnd', 'acronym'] as const;

/** Orders an entity's fields as the gold format lists them, and gives it a fresh quote selector. */
export function goldEntity(e: GoldEntity, source: SourceText): GoldEntity {
  const { type, text, start, end, value, selector: _selector, ...extras } = e;
  const kept = Object.fromEntries(Object.entries(extras).filter(([k, v]) => (GOLD_EXTRAS as readonly string[]).includes(k) && v !== undefined));
  return { type, text, start, end, value, ...kept, selector: quoteSelector(source, start.offset, end.offset) };
}

export function makeGoldFile(options: {
  document: string;
  sha256: string;
  annotator: string;
  reviewed: boolean;
  guide?: string;
  source: SourceText;
  entities: GoldEntity[];
  acronyms?: GoldAcronym[];
}): GoldFile {
  const gold: GoldFile = { document: options.document, sha256: options.sha256, annotator: options.annotator, reviewed: options.reviewed, entities: [] };
  if (options.guide) gold.guide = options.guide;
  delete (gold as Partial<GoldFile>).entities;
  gold.entities = [...options.entities].sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset).map((e) => goldEntity(e, options.source));
  if (options.acronyms) gold.acronyms = options.acronyms;
  return gold;
}

export const serialiseGold = (gold: GoldFile): string => JSON.stringify(gold, null, 2) + '\n';
