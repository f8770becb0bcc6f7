// Gold from a file of any format, placed in its source: what `fixture add --gold` and `eval --gold` read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { loadDocument } from '../stages/load-document.js';
import { GoldError, type GoldEntity, type GoldFile } from './model.js';
import { placeMentions } from './place.js';
import { readGoldInput, type GoldInput } from './read.js';
import { SourceText } from './source-text.js';
import { reanchorGold, type Anchoring } from './reanchor.js';

export interface Source {
  path: string;
  text: SourceText;
  sha256: string;
  /** HTML, Markdown or JSON: offsets point into the markup, whose characters may differ from the visible text. */
  markup?: boolean;
}

/** Reads a source file as the pipeline decodes it (a LoadError names a file that is not text). */
export function readSource(path: string): Source {
  const doc = loadDocument(readFileSync(path), { path });
  return { path, text: new SourceText(doc.raw), sha256: doc.source.sha256, markup: doc.source.format !== 'text' };
}

/** The document a gold file names, when it names one that exists. */
export function goldDocumentPath(goldPath: string, input: GoldInput): string | null {
  if (!input.document) return null;
  const candidates = isAbsolute(input.document) ? [input.document] : [resolve(dirname(goldPath), input.document), resolve(input.document)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export interface LoadedGold {
  input: GoldInput;
  entities: GoldEntity[];
  anchoring: Anchoring | null;
}

/**
 * The gold mentions of `goldPath` placed in `source`. A gold file (gold.entities.json) made on another
 * version of the document is re-anchored by its quotes; other formats are placed as imported.
 */
export function loadGold(goldPath: string, source: Source): LoadedGold {
  const input = readGoldInput(goldPath);
  if (input.format === 'gold-json') {
    const raw = JSON.parse(readFileSync(goldPath, 'utf8').replace(/^\ufeff/, '')) as GoldFile;
    const problems = shapeProblems(raw);
    if (problems.length) throw new GoldError(goldPath, problems);
    const { entities, anchoring } = reanchorGold(raw, source.text, source.sha256);
    return { input, entities, anchoring };
  }
  const drafts = input.drafts;
  if (input.text !== undefined && input.text !== source.text.text) {
    // Offsets counted in another text (Label Studio's data.text of another version): take each mention's context from that text.
    const theirs = new SourceText(input.text);
    for (const d of drafts) {
      if (Number.isInteger(d.start) && Number.isInteger(d.end)) {
        d.text ??= theirs.slice(d.start!, d.end!);
        d.prefix ??= theirs.slice(Math.max(0, d.start! - 32), d.start!);
        d.suffix ??= theirs.slice(d.end!, d.end! + 32);
      }
    }
  }
  // Offsets into markup are trusted only for the very file they were counted in.
  const sameFile = input.sha256 === undefined || input.sha256 === source.sha256;
  const { entities, problems } = placeMentions(source.text, drafts, { markup: source.markup && sameFile });
  if (problems.length) throw new GoldError(goldPath, problems);
  return { input, entities, anchoring: null };
}

/** Problems of a gold file's shape (before its mentions are placed). */
export function shapeProblems(gold: GoldFile): string[] {
  const problems: string[] = [];
  if (typeof gold !== 'object' || gold === null) return ['is not a JSON object'];
  if (!Array.isArray(gold.entities)) return ['has no "entities" list'];
  gold.entities.forEach((e, i) => {
    const at = `entity ${i + 1}${typeof e?.text === 'string' ? ` "${e.text}"` : ''}`;
    if (typeof e?.type !== 'string' || typeof e?.text !== 'string') problems.push(`${at}: needs a type and a text`);
    for (const k of ['start', 'end'] as const) {
      const p = e?.[k];
      if (!p || !Number.isInteger(p.offset) || !Number.isInteger(p.line) || !Number.isInteger(p.column)) problems.push(`${at}: ${k} needs line, column and offset`);
    }
  });
  return problems;
}
