// Commitments written as the rows of a plan's table of actions: a column of what will be done and a
// column of when it ends, as business plans and structural reform plans write them:
//
//   | Action                              | Start    | End      | Status  |
//   | 2.2 Launch Help to Buy equity loans | Apr 2013 | Mar 2014 | Started |
//
// Each row's action is a commitment (rule `table-row`) whose deadline is the date written in its end
// column ("Mar 2014" → 2014-03), and whose actor is the body a "Lead" or "Owner" column names. A table is one of actions when a head names an end or a deadline
// ("End", "End date", "Deadline", "Due", "Completion", "By when"); the action is the cell under a head
// naming what is done ("Action", "Commitment", "Milestone", "Activity", "Deliverable"), else the row's
// first cell that is text, not a number or a date.
import type { Entity, Sentence, Table, TableCell } from '../model.js';

const END_HEAD = /^(?:end|end\s+date|ends?|deadline|due|due\s+date|completion(?:\s+date)?|complete\s+by|by\s+when|target\s+date|finish|timescale|timing|delivery\s+date)$/i;
const ACTION_HEAD = /^(?:actions?|commitments?|milestones?|activit(?:y|ies)|deliverables?|what\s+we\s+will\s+do|key\s+actions?|structural\s+reform\s+plan\s+actions?)$/i;
const NOT_ACTION_HEAD = /^(?:start|start\s+date|begins?|status|progress|owner|lead|rag|rating|comments?|notes?|responsib(?:le|ility)|who)$/i;
// A column that says who does it: "Lead", "Owner", "Responsible", "Who", "Lead department".
const LEAD_HEAD = /^(?:lead|leads?|owner|owners?|lead\s+(?:department|body|organisation)|responsib(?:le|ility)|who|delivered\s+by|accountable)$/i;

/** A table's head text of a column, trimmed of its number and punctuation ("End date:" → "End date"). */
function head(cell: TableCell): string {
  return cell.text.replace(/[:*]+$/, '').trim();
}

export interface TableRowCommitment {
  /** The sentence that is the row's action (the first sentence of its cell). */
  sentenceId: string;
  /** The date of the row's end cell, ISO, or null when it writes none ("Ongoing"). */
  deadline: string | null;
  /** Who does it, from a column headed "Lead", "Owner" …: the body named there, else the cell's text; null without one. */
  actor: string | null;
}

/**
 * The actions of a document's tables of actions, by sentence id. `sentences` and `entities` are the
 * document's, in document order.
 */
export function tableRowCommitments(tables: readonly Table[], sentences: readonly Sentence[], entities: readonly Entity[]): Map<string, TableRowCommitment> {
  const out = new Map<string, TableRowCommitment>();
  for (const table of tables) {
    const heads = table.cells.filter((c) => c.header);
    const endColumn = heads.find((c) => END_HEAD.test(head(c)))?.column;
    if (endColumn === undefined) continue;
    const actionColumn = heads.find((c) => ACTION_HEAD.test(head(c)))?.column;
    const leadColumn = heads.find((c) => LEAD_HEAD.test(head(c)))?.column;
    const skip = new Set(heads.filter((c) => NOT_ACTION_HEAD.test(head(c)) || c.column === endColumn).map((c) => c.column));
    const rows = new Map<number, TableCell[]>();
    for (const cell of table.cells) if (!cell.header) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
    for (const cells of rows.values()) {
      const action = actionColumn !== undefined
        ? cells.find((c) => c.column === actionColumn)
        : cells.filter((c) => !skip.has(c.column)).sort((a, b) => a.column - b.column).find((c) => c.value === null && /\p{L}{3,}/u.test(c.text) && !entitiesIn(entities, c).some((e) => e.type === 'date' && e.text.length >= c.text.trim().length - 2));
      const end = cells.find((c) => c.column === endColumn);
      if (!action || !end) continue;
      const sentence = sentences.find((s) => s.span.from >= action.span.from && s.span.to <= action.span.to);
      if (!sentence) continue;
      const date = entitiesIn(entities, end).filter((e) => e.type === 'date' && typeof e.value === 'string' && /^(?:FY)?\d{4}/.test(e.value)).pop();
      const lead = leadColumn === undefined ? undefined : cells.find((c) => c.column === leadColumn);
      const body = lead ? entitiesIn(entities, lead).find((e) => e.type === 'organisation' || e.type === 'person') : undefined;
      const actor = lead ? (body ? body.text : lead.text.trim() || null) : null;
      out.set(sentence.id, { sentenceId: sentence.id, deadline: date ? (date.value as string) : null, actor });
    }
  }
  return out;
}

function entitiesIn(entities: readonly Entity[], cell: TableCell): Entity[] {
  return entities.filter((e) => e.span.from >= cell.span.from && e.span.to <= cell.span.to);
}
