// docs/outputs.md documents every column of every CSV, in file order, with the descriptions the files and
// datapackage.json carry: its tables are what columnsMarkdown() generates from the table descriptions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsMarkdown } from '../src/emit/columns-doc.js';
import { ROOT } from './helpers.js';

describe('docs/outputs.md', () => {
  it('holds the generated column tables (regenerate them from columnsMarkdown() when a column changes)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'outputs.md'), 'utf8');
    expect(doc).toContain(columnsMarkdown());
  });
});
