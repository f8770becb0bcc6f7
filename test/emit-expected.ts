// What each table row should hold, computed from document.json alone (not from src/emit/tables.ts), so that
// the CSV, xlsx and JSON-lines tests compare two independent paths to the same values.
type Json = Record<string, any>;
type Cell = string | number | null;

const POSITION: Record<string, (r: Json) => number | null> = {
  start_line: (r) => r.start?.line ?? null,
  start_column: (r) => r.start?.column ?? null,
  start_offset: (r) => r.start?.offset ?? null,
  end_line: (r) => r.end?.line ?? null,
  end_column: (r) => r.end?.column ?? null,
  end_offset: (r) => r.end?.offset ?? null,
  // PDF: the start's page and the first of the record's boxes; absent for the other formats.
  page: (r) => r.start?.page ?? null,
  box_x: (r) => r.boxes?.[0]?.x ?? null,
  box_y: (r) => r.boxes?.[0]?.y ?? null,
  box_width: (r) => r.boxes?.[0]?.width ?? null,
  box_height: (r) => r.boxes?.[0]?.height ?? null,
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The value of column `column` for record `r` of `table`, from document.json. */
export function expectedCell(doc: Json, table: string, column: string, r: Json): Cell {
  const section = (id: string) => doc.sections.find((s: Json) => s.id === id);
  if (table === 'entities') {
    if (column === 'value_number') return typeof r.value === 'number' ? r.value : null;
    if (column === 'value_text') return typeof r.value === 'string' ? r.value : null;
    if (['unit', 'unit_key', 'phase_kind', 'phase_year'].includes(column)) return section(r.sectionId)[camel(column)];
    // Optional fields only some types carry.
    if (['counts', 'currency', 'mod', 'anchor', 'acronym'].includes(column)) return r[column] ?? null;
    if (['value_end', 'date_start', 'date_end'].includes(column)) return r[camel(column)] ?? null;
  }
  if (table === 'sections') {
    // The outline level of the section's own heading, and its heading path joined as the CSV shows it.
    if (column === 'level') return doc.outline.find((o: Json) => o.id === r.outlineId)?.level ?? null;
    if (column === 'heading_path') return r.headingPath.join(' › ');
  }
  if (table === 'commitments') {
    if (column === 'target_value') return r.target?.value ?? null;
    if (column === 'target_unit') return r.target?.unit ?? null;
    if (column === 'target_counts') return r.target?.counts ?? null;
    if (column === 'evidence') return r.evidence.length ? r.evidence.map((e: Json) => e.sentenceId).join(' ') : null;
    if (column === 'evidence_score') return r.evidence[0]?.score ?? null;
  }
  if (camel(column) in r) return r[camel(column)] ?? null;
  if (column in POSITION) return POSITION[column](r);
  throw new Error(`no expectation for ${table}.${column}`);
}

export function expectedRows(doc: Json, table: 'sections' | 'sentences' | 'entities' | 'tables' | 'commitments', columns: string[]): Cell[][] {
  // tables.csv: one row per cell, with its table's id, section and caption; `header` as 1 or 0.
  const records: Json[] =
    table === 'tables'
      ? doc.tables.flatMap((t: Json) => t.cells.map((c: Json) => ({ ...c, header: c.header ? 1 : 0, tableId: t.id, sectionId: t.sectionId, caption: t.caption })))
      : doc[table];
  return records.map((r: Json) => columns.map((c) => expectedCell(doc, table, c, r)));
}
