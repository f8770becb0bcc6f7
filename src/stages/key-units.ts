// Stage: one key per unit across documents (rules in src/units/unit-key.ts), and the document's own
// unit when the page is about one department or one action:
//  - "Department of Health's actions in response to the Government Digital Strategy" (units are
//    actions) → metadata.department "Department of Health", metadata.departmentKey "dh", so its rows
//    line up with the Department of Health's sections on the pages organised by department;
//  - "Action 3: all departments will ensure …" (units are departments) → metadata.action, actionKey
//    "action-3".
// It runs after find-acronyms, so that "Department for Transport (DfT)" written in a body keys the
// department "dft" even where the general table would not know it.
import { addMessage, lineSpan, type Doc } from '../model.js';
import { parseActionHeading, parseTitleDepartment } from '../headings.js';
import { nameKey } from '../units/name-key.js';
import { unitKey } from '../units/unit-key.js';

export function keyUnits(doc: Doc): void {
  const defined = new Map<string, string>();
  for (const a of doc.acronyms) {
    const key = nameKey(a.long);
    if (!defined.has(key)) defined.set(key, a.short);
  }
  const keys = new Map<string, string>();
  for (const section of doc.sections) {
    // A section without a unit heading (a page without structure) keeps its key "document".
    if (section.unitKey === 'document') continue;
    let key = keys.get(section.unit);
    if (key === undefined) keys.set(section.unit, (key = unitKey(section.unit, defined)));
    section.unitKey = key;
  }
  // The same unit twice on one page ("Cabinet Office" at line 17 and again at line 240): both are kept,
  // and rows grouped by key merge them, so say so.
  const firstUnit = new Map<string, { index: number; line: number | null }>();
  for (const section of doc.sections) {
    if (section.unitKey === 'document' || section.unitLine === null) continue;
    const first = firstUnit.get(section.unitKey);
    if (!first) firstUnit.set(section.unitKey, { index: section.unitIndex, line: section.unitLine });
    else if (first.index !== section.unitIndex) {
      addMessage(
        doc,
        'duplicate-unit',
        `unit "${section.unit}" has the same key "${section.unitKey}" as the unit on line ${first.line}; both are kept`,
        lineSpan(doc, section.unitLine),
        'info',
      );
    }
  }

  const given = doc.metadata.department;
  const department = typeof given === 'string' && given ? given : doc.title ? parseTitleDepartment(doc.title) : null;
  if (department) {
    doc.metadata.department = department;
    doc.metadata.departmentKey = unitKey(department, defined);
  }
  const action = doc.title ? parseActionHeading(doc.title) : null;
  if (action !== null && doc.title) {
    doc.metadata.action = doc.title;
    doc.metadata.actionKey = `action-${action}`;
  }
}
