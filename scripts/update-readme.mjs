#!/usr/bin/env node
// Rewrites the generated blocks of README.md from the code, so that the documentation of the CSV
// columns and of the message rule ids cannot drift: test/readme.test.ts checks them.
//   <!-- generated:columns --> … <!-- /generated:columns -->   from src/emit (columnsMarkdown)
//   <!-- generated:rules --> … <!-- /generated:rules -->       from src/rules.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { columnsMarkdown } = await import(join(root, 'dist', 'emit', 'columns-doc.js'));
const { rulesMarkdown } = await import(join(root, 'dist', 'rules-doc.js'));

export function replaceBlock(text, name, body) {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
  return text.slice(0, a + start.length) + '\n' + body.trim() + '\n' + text.slice(b);
}

const path = join(root, 'README.md');
let readme = readFileSync(path, 'utf8');
readme = replaceBlock(readme, 'columns', columnsMarkdown().replace(/^### /gm, '#### '));
readme = replaceBlock(readme, 'rules', rulesMarkdown());
writeFileSync(path, readme);
console.log('README.md: generated blocks rewritten');
