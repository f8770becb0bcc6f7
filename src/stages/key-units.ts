// Stage: one key per unit across documents. A department whose name the document defines as an
// acronym ("Department for Transport (DfT)") is keyed by the acronym ("dft"), so its rows line up with
// the same department on another page; otherwise the normalised name set by segmentation stays.
import type { Doc } from '../model.js';
import { unitKeyOf } from '../headings.js';

export function keyUnits(doc: Doc): void {
  const byLongForm = new Map(doc.acronyms.map((a) => [unitKeyOf(a.long), a.short.toLowerCase()]));
  for (const section of doc.sections) {
    if (section.unitKind !== 'department') continue;
    const short = byLongForm.get(section.unitKey);
    if (short) section.unitKey = short;
  }
}
