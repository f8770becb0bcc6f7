// What `policy-extract export` does (its options are checked in src/commands/export.ts):
// `policy-extract export <input | document.json> --format label-studio|web-annotation [--out FILE]`.
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, ExportError, exportAnnotations, type ExportFormat } from './annotations.js';
import { LABEL_STUDIO_CONFIG } from '../gold/label-studio.js';
import { LoadError } from '../stages/load-document.js';
import { UsageError } from '../commands/command.js';

export function runExport(inputs: string[], options: { format?: string; out?: string }, out: (s: string) => void, err: (s: string) => void): number {
  if (inputs.length !== 1) throw new UsageError('export takes one document (or its document.json): policy-extract export <input> --format label-studio|web-annotation [--out FILE]');
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join(' or ')}${options.format ? `; got "${options.format}"` : ''}`);
  let text: string;
  try {
    text = exportAnnotations(inputs[0], options.format as ExportFormat);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    if (error instanceof LoadError) throw new UsageError(`${inputs[0]}: ${error.message}`);
    throw error;
  }
  if (!options.out) {
    out(text);
    return 0;
  }
  writeFileSync(options.out, text);
  err(`wrote ${options.out}\n`);
  if (options.format === 'label-studio') {
    const config = options.out.replace(/(\.json)?$/i, '.label-config.xml');
    writeFileSync(config, LABEL_STUDIO_CONFIG);
    err(`wrote ${config}: paste it as the project's labeling interface (Settings → Labeling Interface → Code)\n`);
  }
  return 0;
}
