// `policy-extract explain <file> --commitment <id|all>`: why a commitment got its status. For each
// commitment: the rule that made it one, its actor, deadline and target, the later progress sections
// searched, the best candidate sentences with their three signals and the words and entities they share,
// and the thresholds the decision compared them with.
import { readFileSync } from 'node:fs';
import { processDocument } from '../pipeline.js';
import { LoadError } from '../stages/load-document.js';
import { followCommitment, matchContext } from '../stages/follow-through.js';
import { THRESHOLDS, WEIGHTS } from '../commitments/match.js';
import type { Commitment, Doc } from '../model.js';

export class ExplainError extends Error {}

const SHOWN = 3;

export function explainCommitments(path: string, id: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ExplainError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give the page the commitment is in`);
  }
  let doc: Doc;
  try {
    doc = processDocument(bytes, { path });
  } catch (error) {
    if (error instanceof LoadError) throw new ExplainError(error.message);
    throw error;
  }
  const chosen = id === 'all' ? doc.commitments : doc.commitments.filter((c) => c.id === id || c.sentenceId === id);
  if (chosen.length === 0) {
    const some = doc.commitments.slice(0, 5).map((c) => c.id).join(', ');
    throw new ExplainError(`${path}: no commitment "${id}"; the page has ${doc.commitments.length} (${some}${doc.commitments.length > 5 ? ', …' : ''}), or give --commitment all`);
  }
  const context = matchContext(doc);
  const header = `score = ${WEIGHTS.lemma} × lemma overlap + ${WEIGHTS.bm25} × BM25 + ${WEIGHTS.entities} × shared entities; mentioned at ≥ ${THRESHOLDS.mention}\n`;
  return header + chosen.map((c) => explainOne(doc, c, context)).join('');
}

function explainOne(doc: Doc, c: Commitment, context: ReturnType<typeof matchContext>): string {
  const result = followCommitment(doc, c, context);
  const lines = [
    '',
    `${c.id}  [${c.unit} · ${c.phaseKind ?? 'no phase'} ${c.phaseYear ?? ''}]  rule=${c.rule}`,
    `  "${c.text}"`,
    `  actor=${JSON.stringify(c.actor)} deadline=${JSON.stringify(c.deadline)} target=${JSON.stringify(c.target)}`,
    `  status: ${result.status}: ${result.reason}`,
    `  searched: ${result.sections.length ? result.sections.join(', ') : 'no later progress section of the unit'}`,
  ];
  for (const x of result.candidates.slice(0, SHOWN)) {
    lines.push(`  ${x.score.toFixed(3)} ${x.sentenceId}  lemma=${x.lemma.toFixed(3)} bm25=${x.bm25.toFixed(3)} entities=${x.entities.toFixed(3)}  shared: ${x.sharedLemmas.join(' ') || '-'}${x.sharedEntities.length ? ` | ${x.sharedEntities.join(', ')}` : ''}`);
    lines.push(`        "${x.text}"`);
  }
  return lines.join('\n') + '\n';
}
