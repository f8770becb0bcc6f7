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
  if (camel(column) in r) return r[camel(column)] ?? null;
  if (column in POSITION) return POSITION[column](r);
  throw new Error(`no expectation for ${table}.${column}`);
}

export function expectedRows(doc: Json, table: 'sections' | 'sentences' | 'entities', columns: string[]): Cell[][] {
  return doc[table].map((r: Json) => columns.map((c) => expectedCell(doc, table, c, r)));
}
