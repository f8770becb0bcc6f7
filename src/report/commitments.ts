// The review page's commitments: a unit × phase matrix counting what the later progress phases say of
// each unit's commitments (reported / partly / not reported / no later report), then, per unit, each
// commitment with its status and its evidence side by side. Every text goes through escapeHtml.
import type { CommitmentStatus, Doc } from '../model.js';
import { escapeHtml, phaseKey, phaseLabel } from './render.js';
import { groupBy } from '../group-by.js';

const STATUSES: readonly CommitmentStatus[] = ['reported', 'partly', 'not-reported', 'no-later-report'];
const SHORT: Record<CommitmentStatus, string> = { reported: 'reported', partly: 'partly', 'not-reported': 'not reported', 'no-later-report': 'no later report' };

export function renderCommitments(doc: Doc, prefix: string): string {
  if (doc.commitments.length === 0) return '';
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const sentences = new Map(doc.sentences.map((s) => [s.id, s]));
  // Matrix: rows units (document order), columns the phases commitments are in.
  const phases = new Map<string, string>();
  const units = new Map<string, { label: string; cells: Map<string, Record<CommitmentStatus, number>> }>();
  for (const c of doc.commitments) {
    const section = sections.get(c.sectionId)!;
    const key = phaseKey(section);
    if (!phases.has(key)) phases.set(key, phaseLabel(section));
    let unit = units.get(c.unitKey);
    if (!unit) units.set(c.unitKey, (unit = { label: c.unit, cells: new Map() }));
    let cell = unit.cells.get(key);
    if (!cell) unit.cells.set(key, (cell = { reported: 0, partly: 0, 'not-reported': 0, 'no-later-report': 0 }));
    cell[c.status]++;
  }
  const head = [...phases].map(([key, label]) => `<th scope="col" data-phase="${escapeHtml(key)}">${escapeHtml(label)}</th>`).join('');
  const rows = [...units]
    .map(([key, u]) => {
      const cells = [...phases.keys()]
        .map((p) => {
          const cell = u.cells.get(p);
          if (!cell) return '<td class="empty"></td>';
          const parts = STATUSES.filter((s) => cell[s] > 0).map((s) => `<span class="st st-${s}" title="${SHORT[s]}">${SHORT[s]} ${cell[s]}</span>`);
          return `<td>${parts.join(' ')}</td>`;
        })
        .join('');
      return `<tr data-unit="${escapeHtml(key)}"><th scope="row">${escapeHtml(u.label)}</th>${cells}</tr>`;
    })
    .join('\n');
  const matrix = `<table class="matrix commitments-matrix"><caption class="note">Commitments per unit and phase, by what the later progress phases of the unit say of them.</caption><thead><tr><th scope="col">Unit</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
  // Per unit: commitment | status | evidence.
  const byUnit = groupBy(doc.commitments, (c) => c.unitKey);
  const tables = [...byUnit]
    .map(([key, list]) => {
      const body = list
        .map((c) => {
          const facts = [c.actor && `actor: ${c.actor}`, c.deadline && `deadline: ${c.deadline}`, c.target && `target: ${c.target.value} ${c.target.unit}${c.target.counts ? ` of ${c.target.counts}` : ''}`].filter(Boolean).join(' · ');
          const evidence = c.evidence
            .map((e) => {
              const s = sentences.get(e.sentenceId)!;
              return `<li><a href="#${escapeHtml(prefix)}-${escapeHtml(s.sectionId)}">${escapeHtml(e.sentenceId)}</a> <span class="score">${e.score.toFixed(2)}</span> ${escapeHtml(s.text)}</li>`;
            })
            .join('');
          const phase = sections.get(c.sectionId)!;
          return `<tr class="commitment st-${c.status}" data-id="${escapeHtml(c.id)}" data-phase="${escapeHtml(phaseKey(phase))}"><td>${escapeHtml(c.text)}<div class="note">${escapeHtml(`${phase.phase ?? 'no phase heading'} · ${facts}`)}</div></td><td><span class="st st-${c.status}">${SHORT[c.status]}</span></td><td>${evidence ? `<ol>${evidence}</ol>` : ''}</td></tr>`;
        })
        .join('\n');
      return `<h4>${escapeHtml(list[0].unit)}</h4><table class="commitments" data-unit="${escapeHtml(key)}"><thead><tr><th scope="col">Commitment</th><th scope="col">Status</th><th scope="col">Evidence (later progress, best first)</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
    })
    .join('\n');
  return `<details class="commitments-block"><summary>Commitments (${doc.commitments.length}) and follow-through</summary>\n${matrix}\n${tables}\n</details>`;
}
