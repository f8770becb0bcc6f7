// The column tables of docs/outputs.md, generated from the table descriptions (tables.ts, datapackage.ts),
// so that the documentation cannot drift from the files: test/emit-docs.test.ts compares them.
import { combinedColumns } from './datapackage.js';
import { TABLE_SPECS } from './tables.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function columnsMarkdown(): string {
  return TABLE_SPECS.map((spec) => {
    const rows = combinedColumns(spec.name).map((c, i) => `| ${i + 1} | \`${c.name}\` | ${c.type} | ${cell(c.description)} |`);
    return [`### ${spec.name}.csv`, '', spec.description, '', '| # | column | type | description |', '|---|---|---|---|', ...rows].join('\n');
  }).join('\n\n');
}
