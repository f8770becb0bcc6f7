#!/usr/bin/env node
// Rewrites fixtures/<case>/expected/ from the current pipeline (the same as `policy-extract fixture update
// fixtures`): the per-document outputs of `policy-extract run` on each case's input. Run it deliberately
// (npm run fixtures:update) and review the diff: it shows exactly what a change did to the extraction.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureFolders } from '../dist/fixtures/check.js';
import { updateExpected } from '../dist/fixtures/add.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const only = process.argv.slice(2);
const cases = fixtureFolders('fixtures').filter((dir) => !only.length || only.some((o) => dir.endsWith(`/${o}`)));
for (const dir of updateExpected(cases)) console.log(`${dir.split('/').pop()}: expected outputs written`);
