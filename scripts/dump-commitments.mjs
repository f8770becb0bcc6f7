// Prints the commitments the pipeline finds in one file, a line each (a helper for annotating gold).
import { readFileSync } from 'node:fs';
import { processDocument } from '../dist/pipeline.js';
const path = process.argv[2];
const doc = processDocument(readFileSync(path), { path });
for (const c of doc.commitments) {
  console.log(`${c.id}\t${c.rule}\t${c.status}\tactor=${c.actor}\tdl=${c.deadline}\ttarget=${JSON.stringify(c.target)}\n   ${c.text.slice(0, 160)}\n   ev=${c.evidence.map((e) => e.sentenceId + ':' + e.score).join(' ')}`);
}
