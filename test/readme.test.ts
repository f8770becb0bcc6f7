// The README documents every CSV column and every message rule id exactly as the code has them
// (regenerate with `npm run readme:update` after changing a column or a rule).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsMarkdown } from '../src/emit/columns-doc.js';
import { rulesMarkdown } from '../src/rules-doc.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('shows the two commands that do everything', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every column of every CSV', () => {
    expect(readme).toContain(columnsMarkdown().replace(/^### /gm, '#### '));
  });

  it('documents every message rule id', () => {
    expect(readme).toContain(rulesMarkdown());
  });
});
