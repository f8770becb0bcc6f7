// The outputs a run can write (`run --formats`); every one by default.
//   csv    the tables: <out>/<name>/{sections,sentences,entities,tables,commitments}.csv and
//          <name>/tables/*.csv, and across documents the same tables in <out>/, with datapackage.json
//   json   <out>/<name>/document.json (with source.txt and layout.json for PDF and Word)
//   xlsx   <out>/policy-extract.xlsx
//   html   <out>/report.html
//   jsonl  <out>/entities.jsonl
export type OutputFormat = 'csv' | 'json' | 'xlsx' | 'html' | 'jsonl';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['csv', 'json', 'xlsx', 'html', 'jsonl'];
