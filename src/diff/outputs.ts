// diff.csv and diff.html from a diff.json record. Pure: strings out, no I/O.
// diff.csv: one row per changed sentence (added, removed, changed), per entity added or removed, and per
// reworded unit or phase heading, with both sides' provenance; spreadsheet-safe through the same formula
// guard and column descriptions as the other tables. diff.html: each changed unit's sections side by
// side, the words that changed highlighted; every text goes through escapeHtml.
import type { Point } from '../model.js';
import { guardRow, toCsv, ESCAPED_COLUMN, ESCAPED_DESCRIPTION, type CsvOptions } from '../emit/csv.js';
import type { Cell, Column, ColumnSpec } from '../emit/tables.js';
import { escapeHtml } from '../report/render.js';
import { wordDiff } from './align.js';
import type { DiffJson, Located, SectionDiff, UnitDiff } from './diff.js';

export interface DiffRow {
  change: string;
  kind: 'sentence' | 'entity' | 'unit-heading' | 'phase-heading';
  unit: UnitDiff;
  section: SectionDiff | null;
  entityType: string | null;
  oldSide: (Located & { value?: string | number | null }) | null;
  newSide: (Located & { value?: string | number | null }) | null;
}

const value = (v: string | number | null | undefined): Cell => (v === undefined || v === null ? null : String(v));
const side = (name: 'old' | 'new', get: (r: DiffRow) => DiffRow['oldSide']): Column<DiffRow>[] => [
  { name: `${name}_text`, type: 'string', description: `The ${name} version's text, verbatim`, get: (r) => get(r)?.text ?? null },
  { name: `${name}_value`, type: 'string', description: `Entity rows: the ${name} version's normalised value`, get: (r) => value(get(r)?.value) },
  { name: `${name}_start_line`, type: 'integer', description: `Line of the first character in the ${name} file`, get: (r) => point(get(r)?.start)?.line ?? null },
  { name: `${name}_start_column`, type: 'integer', description: `Column of the first character in the ${name} file (code points from 1)`, get: (r) => point(get(r)?.start)?.column ?? null },
  { name: `${name}_start_offset`, type: 'integer', description: `Offset of the first character in the ${name} file (code points from 0)`, get: (r) => point(get(r)?.start)?.offset ?? null },
  { name: `${name}_end_offset`, type: 'integer', description: `Offset just after the last character in the ${name} file`, get: (r) => point(get(r)?.end)?.offset ?? null },
];
const point = (p: Point | null | undefined) => p ?? null;

export const DIFF_COLUMNS: Column<DiffRow>[] = [
  { name: 'change', type: 'string', description: 'added, removed or changed', get: (r) => r.change },
  { name: 'kind', type: 'string', description: 'sentence, entity, unit-heading or phase-heading', get: (r) => r.kind },
  { name: 'unit_key', type: 'string', description: 'The unit key both versions share', get: (r) => r.unit.unitKey },
  { name: 'unit', type: 'string', description: 'The unit heading (the new version\'s, when it has the unit)', get: (r) => r.unit.unit },
  { name: 'unit_change', type: 'string', description: 'What happened to the unit: added, removed, changed or unchanged', get: (r) => r.unit.change },
  { name: 'phase', type: 'string', description: 'The phase heading of the section', get: (r) => r.section?.phase ?? null },
  { name: 'phase_kind', type: 'string', description: 'commitments, progress or planned', get: (r) => r.section?.phaseKind ?? null },
  { name: 'phase_year', type: 'integer', description: 'Year of the phase heading', get: (r) => r.section?.phaseYear ?? null },
  { name: 'entity_type', type: 'string', description: 'Entity rows: the entity type', get: (r) => r.entityType },
  ...side('old', (r) => r.oldSide),
  ...side('new', (r) => r.newSide),
];

/** diff.csv's columns as the docs describe them. */
export const DIFF_COLUMN_SPECS: ColumnSpec[] = [
  ...DIFF_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
  { name: ESCAPED_COLUMN, type: 'string', description: ESCAPED_DESCRIPTION },
];

export function diffRows(diff: DiffJson): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const unit of diff.units) {
    if (unit.oldUnit !== undefined) rows.push({ change: 'changed', kind: 'unit-heading', unit, section: null, entityType: null, oldSide: { text: unit.oldUnit, start: null, end: null }, newSide: { text: unit.unit, start: null, end: null } });
    for (const section of unit.sections) {
      if (section.oldPhase !== undefined) {
        rows.push({ change: 'changed', kind: 'phase-heading', unit, section, entityType: null, oldSide: { text: section.oldPhase ?? '', start: null, end: null }, newSide: { text: section.phase ?? '', start: null, end: null } });
      }
      for (const s of section.sentences) {
        if (s.change === 'unchanged') continue;
        rows.push({ change: s.change, kind: 'sentence', unit, section, entityType: null, oldSide: s.old ?? null, newSide: s.new ?? null });
      }
      for (const e of section.entities.removed) rows.push({ change: 'removed', kind: 'entity', unit, section, entityType: e.type, oldSide: e, newSide: null });
      for (const e of section.entities.added) rows.push({ change: 'added', kind: 'entity', unit, section, entityType: e.type, oldSide: null, newSide: e });
    }
  }
  return rows;
}

export function diffCsv(diff: DiffJson, csv: CsvOptions): string {
  const header = DIFF_COLUMNS.map((c) => c.name);
  const types = DIFF_COLUMNS.map((c) => c.type);
  // The columns read no document; the Column type's second argument is not used here.
  const rows = diffRows(diff).map((r) => guardRow(header, types, DIFF_COLUMNS.map((c) => c.get(r, undefined as never))));
  return toCsv([...header, ESCAPED_COLUMN], rows, csv);
}

/** The old and new text of a changed sentence, the words only one side has marked. */
export function highlightPair(oldText: string, newText: string): { old: string; new: string } {
  let left = '';
  let right = '';
  for (const piece of wordDiff(oldText, newText)) {
    const text = escapeHtml(piece.text);
    const blank = piece.text.trim() === '';
    if (piece.kind === 'same') {
      left += text;
      right += text;
    } else if (piece.kind === 'removed') left += blank ? text : `<del>${text}</del>`;
    else right += blank ? text : `<ins>${text}</ins>`;
  }
  return { old: left, new: right };
}

const where = (x: Located | undefined) => (x?.start ? `<span class="at">${x.start.line}:${x.start.column}</span>` : '');

function sectionRows(section: SectionDiff): string {
  return section.sentences
    .map((s) => {
      if (s.change === 'changed') {
        const h = highlightPair(s.old!.text, s.new!.text);
        return `<tr class="changed"><td>${where(s.old)}${h.old}</td><td>${where(s.new)}${h.new}</td></tr>`;
      }
      if (s.change === 'removed') return `<tr class="removed"><td>${where(s.old)}<del>${escapeHtml(s.old!.text)}</del></td><td></td></tr>`;
      if (s.change === 'added') return `<tr class="added"><td></td><td>${where(s.new)}<ins>${escapeHtml(s.new!.text)}</ins></td></tr>`;
      return `<tr class="unchanged"><td>${where(s.old)}${escapeHtml(s.old!.text)}</td><td>${where(s.new)}${escapeHtml(s.new!.text)}</td></tr>`;
    })
    .join('\n');
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.3rem 0 1rem}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
tr.unchanged td{color:#666}.at{color:#888;font-size:11px;margin-right:.4rem}.tag{font-size:12px;padding:0 .3rem;border-radius:3px;background:#eee;margin-left:.4rem}
.tag.added{background:#dfd}.tag.removed{background:#fdd}.tag.changed{background:#ffd}.tag.moved{background:#def}details{margin:.2rem 0}`;

export function diffHtml(diff: DiffJson): string {
  const tag = (t: string) => `<span class="tag ${escapeHtml(t)}">${escapeHtml(t)}</span>`;
  const units = diff.units
    .map((u) => {
      const sections = u.sections
        .map((s) => {
          const heading = `${escapeHtml(s.phase ?? '(before the first phase heading)')}${s.oldPhase !== undefined ? ` <small>(was ${escapeHtml(s.oldPhase ?? '')})</small>` : ''}${tag(s.change)}`;
          const entities = [...s.entities.removed.map((e) => `<del>${escapeHtml(`${e.type} ${e.text}`)}</del>`), ...s.entities.added.map((e) => `<ins>${escapeHtml(`${e.type} ${e.text}`)}</ins>`)].join(' ');
          const body = `<table><thead><tr><th>old</th><th>new</th></tr></thead><tbody>\n${sectionRows(s)}\n</tbody></table>${entities ? `<p>entities: ${entities}</p>` : ''}`;
          return s.change === 'unchanged' ? `<details><summary><h4 style="display:inline">${heading}</h4></summary>${body}</details>` : `<h4>${heading}</h4>${body}`;
        })
        .join('\n');
      const head = `${escapeHtml(u.unit)}${u.oldUnit !== undefined ? ` <small>(was ${escapeHtml(u.oldUnit)})</small>` : ''}${tag(u.change)}${u.moved ? tag('moved') : ''}`;
      return `<section class="unit" data-unit="${escapeHtml(u.unitKey)}"><h3>${head}</h3>\n${sections}</section>`;
    })
    .join('\n');
  const side = (label: string, s: DiffJson['old']) => `<tr><th>${label}</th><td>${escapeHtml(s.path)}</td><td>${escapeHtml(s.title ?? '')}</td><td>${escapeHtml(s.updated ?? '')}</td><td><code>${escapeHtml(s.sha256.slice(0, 12))}</code></td></tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`What changed: ${diff.new.title ?? diff.new.path}`)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><h1>What changed</h1>
<table><thead><tr><th></th><th>file</th><th>title</th><th>updated</th><th>sha256</th></tr></thead><tbody>${side('old', diff.old)}${side('new', diff.new)}</tbody></table>
<p><strong>${escapeHtml(diff.summary.text)}</strong> · sentences: ${diff.summary.sentencesChanged} changed, ${diff.summary.sentencesAdded} added, ${diff.summary.sentencesRemoved} removed</p>
${units}
</body></html>
`;
}
