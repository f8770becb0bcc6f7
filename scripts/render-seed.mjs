#!/usr/bin/env node
// Renders a plain-text strategy page as a GOV.UK-like HTML page and as Markdown (src/bench/render-page.ts
// says how). Run after `npx tsc -p .`:
//
//   node scripts/render-seed.mjs [input.txt] [html-case-dir] [markdown-case-dir]
//
// Defaults: fixtures/action-03-digital-capability/input.txt → fixtures/action-03-html/input.html and
// fixtures/action-03-markdown/input.md (each with its case.json). The renderings are committed; tests do
// not run this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage } from '../dist/bench/render-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, 'fixtures/action-03-digital-capability/input.txt');
const htmlDir = process.argv[3] ?? join(root, 'fixtures/action-03-html');
const markdownDir = process.argv[4] ?? join(root, 'fixtures/action-03-markdown');

const text = readFileSync(input, 'utf8');
const { html, markdown } = renderPage(text, input);
mkdirSync(htmlDir, { recursive: true });
mkdirSync(markdownDir, { recursive: true });
writeFileSync(join(htmlDir, 'input.html'), html);
writeFileSync(join(htmlDir, 'case.json'), `${JSON.stringify({ input: 'input.html', renderedFrom: '../action-03-digital-capability/input.txt' })}\n`);
writeFileSync(join(markdownDir, 'input.md'), markdown);
writeFileSync(join(markdownDir, 'case.json'), `${JSON.stringify({ input: 'input.md', renderedFrom: '../action-03-digital-capability/input.txt' })}\n`);
console.log(`rendered ${input}: ${join(htmlDir, 'input.html')}, ${join(markdownDir, 'input.md')}`);
