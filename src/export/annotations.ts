// Entities for correction in an annotation tool: Label Studio tasks with pre-annotations, or W3C Web
// Annotations (JSON-LD). From a document (run through the pipeline) or a document.json (its entities as
// they are, a person may have corrected them), with the source file it names.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { processDocument } from '../pipeline.js';
import type { EntityType, Point } from '../model.js';
import { toolInfo } from '../package-files.js';
import { SourceText } from '../gold/source-text.js';
import { toLabelStudioTasks } from '../gold/label-studio.js';
import { toWebAnnotations } from '../gold/web-annotation.js';

import { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat };

export class ExportError extends Error {}

interface Entity {
  type: EntityType;
  text: string;
  value: string | number | null;
  start: Point;
  end: Point;
  [extra: string]: unknown;
}

function fromDocumentJson(path: string, json: { source: { path: string; sha256: string }; entities: Entity[] }) {
  const candidates = [json.source.path, resolve(dirname(path), json.source.path), resolve(dirname(path), '..', json.source.path)];
  const sourcePath = candidates.find((p) => existsSync(p));
  if (!sourcePath) throw new ExportError(`${path}: names its source "${json.source.path}", which is not there; run export on the input document instead`);
  const bytes = readFileSync(sourcePath);
  const doc = processDocument(bytes, { path: sourcePath });
  if (doc.source.sha256 !== json.source.sha256) throw new ExportError(`${path}: was made from another version of ${sourcePath} (sha256 differs); run policy-extract run again, or export the input document`);
  return { path: json.source.path, raw: doc.raw, sha256: doc.source.sha256, entities: json.entities };
}

export function exportAnnotations(input: string, format: ExportFormat): string {
  if (!existsSync(input)) throw new ExportError(`${input}: no such file; give a document or the document.json policy-extract wrote`);
  const bytes = readFileSync(input);
  let material: { path: string; raw: string; sha256: string; entities: Entity[] };
  let json: any = null;
  if (/\.json$/i.test(input)) {
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      json = null;
    }
  }
  if (json && typeof json.schemaVersion === 'number' && json.source && Array.isArray(json.entities)) material = fromDocumentJson(input, json);
  else {
    const doc = processDocument(bytes, { path: input });
    material = { path: input, raw: doc.raw, sha256: doc.source.sha256, entities: doc.entities.map(({ span: _s, id: _i, rule: _r, sectionId: _se, sentenceId: _st, start, end, ...e }) => ({ ...e, start: start!, end: end! })) as Entity[] };
  }
  const tool = toolInfo();
  const entities = material.entities.map((e) => ({ ...e, value: e.value ?? null }));
  if (format === 'label-studio') {
    return JSON.stringify(toLabelStudioTasks({ text: material.raw, path: material.path, sha256: material.sha256, model: `${tool.name} ${tool.version}` }, entities as never), null, 2) + '\n';
  }
  return JSON.stringify(toWebAnnotations({ source: new SourceText(material.raw), path: material.path, sha256: material.sha256, generator: `${tool.name} ${tool.version}` }, entities as never), null, 2) + '\n';
}
