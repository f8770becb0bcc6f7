// report.html, the review page: pure functions from Docs to HTML text. Every piece of document text goes
// through `escapeHtml` (or, inside the per-document JSON block, through `jsonForScript`), so a page holding
// "<script>" shows it as text. The page loads nothing: the stylesheet and script are inline, and a
// Content-Security-Policy allows only that one script (by its sha256) and no network request.
import { renderCommitments } from './commitments.js';
import { createHash } from 'node:crypto';
import { ENTITY_TYPES, PREAMBLE_SECTION_ID, type Doc, type Entity, type EntityType, type Section } from '../model.js';
import { REPORT_CSS, REPORT_JS } from './assets.js';
import { groupBy } from '../group-by.js';
import { splitLines } from '../text/lines.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end its <script> element early: "<" and the two JavaScript line separators are escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The key of a section's phase column: "progress-2014"; "none" before a unit's first phase heading. */
export function phaseKey(section: Pick<Section, 'phaseKind' | 'phaseYear'>): string {
  if (section.phaseKind === null) return 'none';
  return section.phaseYear === null ? section.phaseKind : `${section.phaseKind}-${section.phaseYear}`;
}

const KIND_LABEL: Record<string, string> = { commitments: 'Commitments', progress: 'Progress', planned: 'Planned' };

export function phaseLabel(section: Pick<Section, 'phaseKind' | 'phaseYear'>): string {
  if (section.phaseKind === null) return 'Before a phase heading';
  return `${KIND_LABEL[section.phaseKind] ?? section.phaseKind}${section.phaseYear === null ? '' : ` ${section.phaseYear}`}`;
}

/** One row of the report's index: every document of the run has one, shown in full or not. */
export interface IndexEntry {
  name: string;
  path: string;
  title: string | null;
  units: number;
  sections: number;
  sentences: number;
  entities: number;
  warnings: number;
  /** The anchor of its section in the report, or null when the document is past the report's cap. */
  anchor: string | null;
}

/** The id of a document's section in the report, from its output folder name (unique within a run). */
export function documentAnchor(name: string): string {
  return `doc-${name}`;
}

export function indexEntry(doc: Doc, name: string, anchor: string | null): IndexEntry {
  return {
    name,
    path: doc.source.path,
    title: doc.title,
    units: new Set(doc.sections.filter((s) => s.unitIndex > 0).map((s) => s.unitIndex)).size,
    sections: doc.sections.length,
    sentences: doc.sentences.length,
    entities: doc.entities.length,
    warnings: doc.messages.filter((m) => m.severity !== 'info').length,
    anchor,
  };
}

/** Options the unit and phase filters offer, gathered over the documents shown. */
export class FilterChoices {
  readonly units = new Map<string, string>();
  readonly phases = new Map<string, string>();
  add(choices: DocumentChoices): void {
    for (const [key, label] of choices.units) if (!this.units.has(key)) this.units.set(key, label);
    for (const [key, label] of choices.phases) if (!this.phases.has(key)) this.phases.set(key, label);
  }
}

/** A document's units and phases as [key, label] pairs, in document order. */
export interface DocumentChoices {
  units: Array<[string, string]>;
  phases: Array<[string, string]>;
}

export function documentChoices(doc: Doc): DocumentChoices {
  const units = new Map<string, string>();
  const phases = new Map<string, string>();
  for (const s of doc.sections) {
    // The preamble (u00) belongs to no unit or phase; it shows above the sections, whatever the filters.
    if (s.id === PREAMBLE_SECTION_ID) continue;
    if (!units.has(s.unitKey)) units.set(s.unitKey, s.unit);
    const key = phaseKey(s);
    if (!phases.has(key)) phases.set(key, phaseLabel(s));
  }
  return { units: [...units], phases: [...phases] };
}

interface Matrix {
  phases: Array<{ key: string; label: string }>;
  units: Array<{ index: number; key: string; label: string; cells: Map<string, MatrixCell> }>;
}

interface MatrixCell {
  count: number;
  /** The count split by entity type, so that the page can recount the cell for the types a reader keeps. */
  byType: Map<EntityType, number>;
  sentences: number;
  section: string;
  heading: string | null;
}

/** Entity counts per unit (rows, in document order) and phase (columns, in order of first appearance). */
export function unitPhaseMatrix(doc: Doc): Matrix {
  const phases = new Map<string, string>();
  const units = new Map<number, Matrix['units'][number]>();
  const entities = new Map<string, Map<EntityType, number>>();
  const sentences = new Map<string, number>();
  for (const e of doc.entities) {
    let types = entities.get(e.sectionId);
    if (!types) entities.set(e.sectionId, (types = new Map()));
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
  }
  for (const s of doc.sentences) sentences.set(s.sectionId, (sentences.get(s.sectionId) ?? 0) + 1);
  for (const s of doc.sections) {
    if (s.id === PREAMBLE_SECTION_ID) continue;
    const key = phaseKey(s);
    if (!phases.has(key)) phases.set(key, phaseLabel(s));
    let unit = units.get(s.unitIndex);
    if (!unit) units.set(s.unitIndex, (unit = { index: s.unitIndex, key: s.unitKey, label: s.unit, cells: new Map() }));
    let cell = unit.cells.get(key);
    // Two sections of one unit under the same phase (a repeated heading) share the cell; it links to the first.
    if (!cell) unit.cells.set(key, (cell = { count: 0, byType: new Map(), sentences: 0, section: s.id, heading: s.phase }));
    for (const [type, n] of entities.get(s.id) ?? []) {
      cell.count += n;
      cell.byType.set(type, (cell.byType.get(type) ?? 0) + n);
    }
    cell.sentences += sentences.get(s.id) ?? 0;
  }
  return { phases: [...phases].map(([key, label]) => ({ key, label })), units: [...units.values()] };
}

function renderMatrix(doc: Doc, prefix: string): string {
  const m = unitPhaseMatrix(doc);
  const head = m.phases.map((p) => `<th scope="col" data-phase="${escapeHtml(p.key)}">${escapeHtml(p.label)}</th>`).join('');
  const rows = m.units
    .map((u) => {
      const cells = m.phases
        .map((p) => {
          const cell = u.cells.get(p.key);
          if (!cell) return `<td class="empty" data-phase="${escapeHtml(p.key)}"></td>`;
          const heading = cell.heading ?? 'before a phase heading';
          const title = `${heading}: ${cell.count} entities in ${cell.sentences} sentences`;
          // "date:2 number:1": the script recounts the cell from these when the type filter changes.
          const byType = ENTITY_TYPES.filter((t) => cell.byType.has(t)).map((t) => `${t}:${cell.byType.get(t)}`).join(' ');
          return (
            `<td data-phase="${escapeHtml(p.key)}" data-count="${cell.count}" data-types="${escapeHtml(byType)}" data-heading="${escapeHtml(heading)}" data-sentences="${cell.sentences}" title="${escapeHtml(title)}">` +
            `<a href="#${escapeHtml(prefix)}-${escapeHtml(cell.section)}">${cell.count}</a></td>`
          );
        })
        .join('');
      return `<tr data-unit="${escapeHtml(u.key)}"><th scope="row">${escapeHtml(u.label)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="matrix entity-matrix"><caption class="note">Entities of the types shown per unit and phase; a count links to its section.</caption><thead><tr><th scope="col">Unit</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

interface Piece {
  from: number;
  to: number;
  open: string;
  close: string;
}

/** Escaped text of doc.text[from, to) with the pieces (non-overlapping, sorted) wrapped around their spans. */
function markUp(text: string, from: number, to: number, pieces: Piece[]): string {
  let out = '';
  let at = from;
  for (const p of pieces) {
    if (p.from < at || p.to > to) continue; // overlapping or outside: leave the text plain rather than break the markup
    out += escapeHtml(text.slice(at, p.from)) + p.open + escapeHtml(text.slice(p.from, p.to)) + p.close;
    at = p.to;
  }
  return out + escapeHtml(text.slice(at, to));
}

function entityMark(e: Entity): Piece {
  return {
    from: e.span.from,
    to: e.span.to,
    open: `<mark class="ent t-${e.type}" data-id="${escapeHtml(e.id)}" data-type="${e.type}" tabindex="0" title="${escapeHtml(`${e.type}: ${e.value ?? ''}`)}">`,
    close: `<span class="lbl">${e.type}</span></mark>`,
  };
}

function renderText(doc: Doc, prefix: string): string {
  const { text, lines } = doc;
  const lineStart = (n: number) => lines[n - 1]?.from ?? text.length;
  const regionEnd = (last: number) => (last < lines.length ? lines[last].from : text.length);
  const regions: Array<{ from: number; to: number; html: (inner: string) => string; pieces: Piece[] }> = [];
  // The preamble is read as section u00, whose region (below) shows it with its entities marked.
  if (doc.preamble && !doc.sections.some((s) => s.id === PREAMBLE_SECTION_ID)) {
    regions.push({
      from: lineStart(doc.preamble.firstLine),
      to: regionEnd(doc.preamble.lastLine),
      html: (inner) => `<div class="preamble">${inner}</div>`,
      pieces: [],
    });
  }
  const bySection = groupBy(doc.entities, (e) => e.sectionId);
  for (const s of doc.sections) {
    const pieces: Piece[] = [];
    const heading = (line: number | null, cls: string) => {
      if (line === null || !lines[line - 1]) return;
      pieces.push({ from: lines[line - 1].from, to: lines[line - 1].to, open: `<span class="${cls}">`, close: '</span>' });
    };
    heading(s.unitLine, 'unit-h');
    if (s.headingLine !== s.unitLine) heading(s.headingLine, 'phase-h');
    for (const e of bySection.get(s.id) ?? []) pieces.push(entityMark(e));
    pieces.sort((a, b) => a.from - b.from || a.to - b.to);
    regions.push({
      from: lineStart(s.firstLine),
      to: regionEnd(s.lastLine),
      html: (inner) =>
        s.id === PREAMBLE_SECTION_ID
          ? `<div class="preamble" id="${escapeHtml(prefix)}-${escapeHtml(s.id)}">${inner}</div>`
          : `<div class="sec" id="${escapeHtml(prefix)}-${escapeHtml(s.id)}" data-unit="${escapeHtml(s.unitKey)}" data-phase="${escapeHtml(phaseKey(s))}">${inner}</div>`,
      pieces,
    });
  }
  regions.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const r of regions) {
    if (r.from < at) continue;
    out += escapeHtml(text.slice(at, r.from));
    out += r.html(markUp(text, r.from, r.to, r.pieces));
    at = r.to;
  }
  out += escapeHtml(text.slice(at));
  return `<div class="text">${out}</div>`;
}

function renderEntityTable(doc: Doc): string {
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  // A PDF's entities show the page they are printed on.
  const paged = (doc.layout?.pages.length ?? 0) > 0;
  const rows = doc.entities
    .map((e) => {
      const s = sections.get(e.sectionId)!;
      const where = e.start && e.end ? `${e.start.line}:${e.start.column}` : '';
      const offsets = e.start && e.end ? `${e.start.offset}–${e.end.offset}` : '';
      return (
        `<tr class="ent-row t-${e.type}" tabindex="0" data-id="${escapeHtml(e.id)}" data-unit="${escapeHtml(s.unitKey)}" data-phase="${escapeHtml(phaseKey(s))}">` +
        `<td>${escapeHtml(e.id)}</td><td><span class="swatch t-${e.type}"></span>${e.type}</td><td>${escapeHtml(e.text)}</td>` +
        `<td>${escapeHtml(e.value === null ? '' : String(e.value))}</td><td>${escapeHtml(e.rule)}</td>${paged ? `<td>${e.start?.page ?? ''}</td>` : ''}<td>${where}</td><td>${offsets}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<details class="entities"><summary>Entities (${doc.entities.length}); click a row for its source</summary>` +
    `<table class="entities"><thead><tr><th>id</th><th>type</th><th>text</th><th>value</th><th>rule</th>${paged ? '<th>page</th>' : ''}<th>line:column</th><th>offsets</th></tr></thead><tbody>\n${rows}\n</tbody></table></details>`
  );
}

/**
 * Each table of the document as the page lays it out (row and column spans kept), with its id, caption,
 * section and source line; a cell's title gives its number, column header and row header.
 */
function renderTables(doc: Doc): string {
  if (doc.tables.length === 0) return '';
  const tables = doc.tables
    .map((t) => {
      const rows: string[] = [];
      for (let r = 1; r <= t.rows; r++) {
        const cells = t.cells
          .filter((c) => c.row === r)
          .map((c) => {
            const tag = c.header ? 'th' : 'td';
            const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
            const about = [
              c.value !== null ? `value ${c.value}` : '',
              c.columnHeader !== null ? `column: ${c.columnHeader}` : '',
              c.rowHeader !== null ? `row: ${c.rowHeader}` : '',
              c.start ? `line ${c.start.line}:${c.start.column}` : '',
            ].filter(Boolean).join('\n');
            return `<${tag}${spans}${c.value !== null ? ' class="num"' : ''} title="${escapeHtml(about)}">${escapeHtml(c.text)}</${tag}>`;
          });
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      const where = `${escapeHtml(t.id)}${t.sectionId ? ` · section ${escapeHtml(t.sectionId)}` : ' · preamble'}${t.start ? ` · line ${t.start.line}` : ''} · ${t.rows} × ${t.columns}`;
      return (
        `<table class="data-table" data-table="${escapeHtml(t.id)}"><caption>${t.caption !== null ? `${escapeHtml(t.caption)}<br>` : ''}<small>${where}</small></caption>` +
        `<tbody>\n${rows.join('\n')}\n</tbody></table>`
      );
    })
    .join('\n');
  return `<details class="tables"><summary>Tables (${doc.tables.length})</summary>\n${tables}\n</details>`;
}

function renderAcronyms(doc: Doc): string {
  const rows = doc.acronyms
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.short)}</td><td>${escapeHtml(a.long)}</td><td>${a.type}</td><td>${escapeHtml(a.rule)}</td><td>${a.start ? `${a.start.line}:${a.start.column}` : ''}</td></tr>`,
    )
    .join('\n');
  return (
    `<details class="acronyms" open><summary>Acronyms (${doc.acronyms.length})</summary>` +
    `<table class="acronyms"><thead><tr><th>short</th><th>long form</th><th>type</th><th>rule</th><th>defined at line:column</th></tr></thead><tbody>\n${rows}\n</tbody></table></details>`
  );
}

function renderMessages(doc: Doc): string {
  if (doc.messages.length === 0) return '';
  const items = doc.messages
    .map((m) => `<li>${m.severity} <code>${escapeHtml(m.ruleId)}</code>${m.place === null ? '' : ` line ${m.place.start.line}`}: ${escapeHtml(m.reason)}</li>`)
    .join('\n');
  return `<details class="messages"><summary>Messages (${doc.messages.length})</summary><ul>\n${items}\n</ul></details>`;
}

/** Source lines that hold an entity's start, for the detail panel, keyed by line number. */
function entityLines(doc: Doc): Record<string, string> {
  const wanted = new Set(doc.entities.map((e) => e.start?.line).filter((n): n is number => n !== undefined));
  const out: Record<string, string> = {};
  for (const line of splitLines(doc.raw)) if (wanted.has(line.number)) out[String(line.number)] = line.content;
  return out;
}

function documentData(doc: Doc): unknown {
  const entities: Record<string, unknown> = {};
  for (const e of doc.entities) {
    entities[e.id] = {
      type: e.type,
      text: e.text,
      value: e.value,
      rule: e.rule,
      section: e.sectionId,
      sentence: e.sentenceId,
      acronym: e.acronym ?? null,
      start: e.start ? [e.start.line, e.start.column, e.start.offset] : null,
      end: e.end ? [e.end.line, e.end.column, e.end.offset] : null,
      // PDF: the pages the mention is printed on.
      ...(e.start?.page ? { page: e.start.page, endPage: e.end?.page ?? e.start.page } : {}),
    };
  }
  return { path: doc.source.path, entities, lines: entityLines(doc) };
}

/**
 * The outline as a collapsible table of contents: each heading links to the section it starts, and
 * a heading with headings under it folds them away.
 */
function renderOutline(doc: Doc, prefix: string): string {
  if (doc.outline.length === 0) return '';
  const sectionOf = new Map(doc.sections.filter((s) => s.outlineId !== null).map((s) => [s.outlineId!, s.id]));
  const children = groupBy(doc.outline, (o) => o.parentId);
  const item = (o: Doc['outline'][number]): string => {
    const section = sectionOf.get(o.id);
    const label = `<span class="ol-${o.kind}">${escapeHtml(o.text)}</span>`;
    const link = section ? `<a href="#${escapeHtml(prefix)}-${escapeHtml(section)}">${label}</a>` : label;
    const under = children.get(o.id);
    return under ? `<li><details open><summary>${link}</summary>${list(under)}</details></li>` : `<li>${link}</li>`;
  };
  const list = (entries: Doc['outline']): string => `<ul>${entries.map(item).join('')}</ul>`;
  return `<details class="outline" open><summary>Outline (${doc.outline.length} headings)</summary>\n${list(children.get(null) ?? [])}\n</details>`;
}

/** The HTML of one document: header, unit × phase matrix, text with highlights, entity and acronym tables. */
export function renderDocument(doc: Doc, name: string, anchor: string): string {
  const counts = ENTITY_TYPES.map((t) => [t, doc.entities.filter((e) => e.type === t).length] as const).filter(([, n]) => n > 0);
  return [
    `<section class="doc" id="${escapeHtml(anchor)}" data-doc="${escapeHtml(name)}">`,
    `<h2>${escapeHtml(doc.title ?? name)}</h2>`,
    `<p class="src">${escapeHtml(doc.source.path)} · ${doc.source.format}${doc.layout?.pages.length ? ` · ${doc.layout.pages.length} pages` : ''} · ${doc.source.lines} lines${doc.layout ? ' of source.txt' : ''} · sha256 ${doc.source.sha256}${doc.updated ? ` · updated ${escapeHtml(doc.updated)}` : ''} · output folder ${escapeHtml(name)}/</p>`,
    `<p class="note">${counts.map(([t, n]) => `<span class="swatch t-${t}"></span>${t} ${n}`).join(' · ')}</p>`,
    renderMessages(doc),
    renderMatrix(doc, anchor),
    renderOutline(doc, anchor),
    renderCommitments(doc, anchor),
    renderAcronyms(doc),
    renderTables(doc),
    renderEntityTable(doc),
    renderText(doc, anchor),
    `<script type="application/json" class="doc-data">${jsonForScript(documentData(doc))}</script>`,
    `</section>`,
  ].join('\n');
}

export interface PageOptions {
  tool: { name: string; version: string };
  index: IndexEntry[];
  choices: FilterChoices;
  /** The most documents shown in full. */
  maxDocuments: number;
}

const scriptHash = () => createHash('sha256').update(REPORT_JS).digest('base64');

/** The page up to the first document section. */
export function renderPageStart(options: PageOptions): string {
  const { index, choices } = options;
  const shown = index.filter((d) => d.anchor !== null).length;
  const typeBoxes = ENTITY_TYPES.map(
    (t) => `<label><input type="checkbox" data-type="${t}" checked><span class="swatch t-${t}"></span>${t}</label>`,
  ).join('');
  const option = ([key, label]: [string, string]) => `<option value="${escapeHtml(key)}">${escapeHtml(label)}</option>`;
  const indexRows = index
    .map(
      (d) =>
        `<tr><td>${d.anchor ? `<a href="#${escapeHtml(d.anchor)}">${escapeHtml(d.name)}</a>` : escapeHtml(d.name)}</td><td>${escapeHtml(d.path)}</td>` +
        `<td>${d.units}</td><td>${d.sections}</td><td>${d.sentences}</td><td>${d.entities}</td><td>${d.warnings}</td></tr>`,
    )
    .join('\n');
  const capNote =
    shown < index.length
      ? `<p class="note">The report shows the first ${shown} of ${index.length} documents in full (at most ${options.maxDocuments}, to keep the page usable); every document has its own folder with document.json and the CSV tables.</p>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash()}'; img-src data:; form-action 'none'; base-uri 'none'">
<meta name="generator" content="${escapeHtml(`${options.tool.name} ${options.tool.version}`)}">
<title>policy-extract report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">
<h1>policy-extract report: ${index.length} document${index.length === 1 ? '' : 's'}</h1>
<div id="filters">
<fieldset id="type-filter"><legend class="note">Types:</legend>${typeBoxes}<button type="button" id="types-all">all</button><button type="button" id="types-none">none</button></fieldset>
<label>Unit <select id="unit-filter"><option value="">all units</option>${[...choices.units].map(option).join('')}</select></label>
<label>Phase <select id="phase-filter"><option value="">all phases</option>${[...choices.phases].map(option).join('')}</select></label>
</div>
</header>
<main>
<section class="index">
<h2>Documents</h2>
${capNote}
<table class="index"><thead><tr><th>document</th><th>source</th><th>units</th><th>sections</th><th>sentences</th><th>entities</th><th>warnings</th></tr></thead><tbody>
${indexRows}
</tbody></table>
<p class="note">Click a highlighted mention, or a row of an entity table, to see its source line, column and offsets. Lines and columns count from 1, offsets from 0, in Unicode code points of the source file.</p>
</section>
`;
}

export function renderPageEnd(): string {
  return `</main>
<aside id="detail" hidden aria-live="polite"><button type="button" id="detail-close" aria-label="Close">×</button><div id="detail-content"></div></aside>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
