// The README documents every CSV column and every message rule id exactly as the code has them
// (regenerate with `npm run readme:update` after changing a column or a rule).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsMarkdown } from '../src/emit/columns-doc.js';
import { rulesMarkdown } from '../src/rules-doc.js';
import { COMMANDS } from '../src/commands/main.js';
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

  it('lists each command as its --help shows it, and no other', () => {
    const block = /## Commands\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const listed = block.split('\n').filter((l) => l.startsWith('npx policy-extract ') && !l.startsWith('npx policy-extract --version'));
    expect(listed).toEqual(COMMANDS.flatMap((c) => c.usage.map((u) => `npx policy-extract ${u}`)));
  });
});
