#!/usr/bin/env node
// Prints, for every gold commitment with a later progress phase, the best follow-through score and
// its gold status, then the mentioned-vs-not accuracy each mention threshold would give (steps of
// 0.025). How THRESHOLDS.mention in src/commitments/match.ts was chosen; run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { processDocument } = await import(join(root, 'dist', 'pipeline.js'));
const { commitmentCases } = await import(join(root, 'dist', 'eval', 'commitment-fixtures.js'));
const { matchContext, followCommitment } = await import(join(root, 'dist', 'stages', 'follow-through.js'));

const dir = join(root, 'fixtures');
const rows = [];
for (const name of commitmentCases(dir)) {
  const { input } = JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8'));
  const path = join(dir, name, input);
  const doc = processDocument(readFileSync(path), { path });
  const gold = JSON.parse(readFileSync(join(dir, name, 'gold.commitments.json'), 'utf8'));
  const context = matchContext(doc);
  for (const g of gold.commitments) {
    if (g.status === 'no-later-report') continue;
    const c = doc.commitments.filter((x) => x.text.startsWith(g.text))[(g.occurrence ?? 1) - 1];
    if (!c) continue;
    const best = followCommitment(doc, c, context).candidates[0];
    rows.push({ best: best?.score ?? 0, status: g.status, text: c.text.slice(0, 70) });
  }
}
rows.sort((a, b) => a.best - b.best);
for (const r of rows) console.log(`${r.best.toFixed(3)}  ${r.status.padEnd(13)} ${r.text}`);
for (let t = 0.1; t <= 0.6 + 1e-9; t += 0.025) {
  const right = rows.filter((r) => r.best >= t === (r.status !== 'not-reported')).length;
  console.log(`threshold ${t.toFixed(3)}: ${(right / rows.length).toFixed(3)} (${right}/${rows.length})`);
}
