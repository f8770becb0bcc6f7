#!/usr/bin/env node
// Builds fixtures/<case>/gold.entities.json from the hand-written fixtures/<case>/gold.tsv (the format is
// described in src/gold/tsv.ts). Run `npm run build` first; pass case names or folders to build only those.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGold } from '../dist/gold/tsv.js';
import { serialiseGold } from '../dist/gold/write.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cases = process.argv.slice(2);
const all = cases.length ? cases : readdirSync(join(root, 'fixtures')).filter((d) => existsSync(join(root, 'fixtures', d, 'gold.tsv')));
let failed = false;
for (const c of all) {
  const dir = c.includes('/') ? c : join(root, 'fixtures', c);
  const { gold, errors } = buildGold(dir);
  for (const e of errors) console.error(`${relative(root, dir)}/${e}`);
  if (errors.length) failed = true;
  writeFileSync(join(dir, 'gold.entities.json'), serialiseGold(gold));
  console.log(`${relative(root, dir)}: ${gold.entities.length} gold mentions, ${gold.acronyms.length} acronym definitions${errors.length ? `, ${errors.length} errors` : ''}`);
}
process.exit(failed ? 1 : 0);
