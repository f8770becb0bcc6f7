// `policy-extract export`: the entities for correction in an annotation tool (src/export/run-export.ts).
import { EXPORT_FORMATS } from '../export/formats.js';
import { oneOf, UsageError, type Command } from './command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'writes the entities for correction in Label Studio, or as W3C Web Annotations',
  usage: ['export <input|document.json> --format label-studio|web-annotation [--out FILE]'],
  description:
    'Writes the entities of one document for correction in Label Studio (tasks with pre-annotations, and a .label-config.xml beside --out) or as W3C Web Annotations (JSON-LD). Without --out, prints them.',
  options: {
    format: { type: 'string', value: 'FORMAT', help: 'label-studio or web-annotation' },
    out: { type: 'string', value: 'FILE', help: 'the file to write (default: standard output)' },
  },
  exitCodes: {
    0: 'written',
    1: 'not used (an input that cannot be used is wrong usage: 2, with the file named)',
  },
  examples: ['export page.txt --format label-studio --out tasks.json', 'export output/page/document.json --format web-annotation'],
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('export takes one document (or its document.json): policy-extract export <input> --format label-studio|web-annotation [--out FILE]');
    const format = oneOf('format', values.format as string | undefined, EXPORT_FORMATS);
    const { runExport } = await import('../export/run-export.js');
    return runExport(positionals, { format, out: values.out as string | undefined }, (s) => io.stdout.write(s), (s) => io.stderr.write(s));
  },
};
