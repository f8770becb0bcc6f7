// The stage list declares what each stage needs and fills in (src/pipeline.ts): every field named is a
// field of the Doc, and everything a stage requires is there before it runs, set by load-document or
// assigned by an earlier stage.
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/pipeline.js';
import { createDoc } from '../src/model.js';

// load-document fills in the source, the text and its lines (and, for PDF and Word, the layout and blocks).
const LOADED = ['raw', 'text', 'source', 'lines', 'messages', 'layout', 'blocks'];
const FIELDS = new Set([...Object.keys(createDoc({ path: 'x', sha256: '', lines: 0, bytes: 0, format: 'text', encoding: 'utf-8' }, '')), 'layout']);
// Record fields every located record gets from locate-positions.
const RECORD_FIELDS = new Set(['start', 'end']);

describe('the stage list', () => {
  it.each(STAGES.map((s, i) => [s.name, i] as const))('%s names Doc fields only, and needs only what is there before it', (_name, index) => {
    const stage = STAGES[index];
    for (const field of [...stage.requires, ...stage.assigns]) {
      const top = field.split('.')[0];
      expect(FIELDS.has(top) || RECORD_FIELDS.has(top), `${stage.name}: "${field}" is not a field of the Doc`).toBe(true);
    }
    const available = new Set([...LOADED, ...STAGES.slice(0, index).flatMap((s) => s.assigns)]);
    for (const need of stage.requires) {
      const satisfied = available.has(need) || available.has(need.split('.')[0]);
      expect(satisfied, `${stage.name} requires "${need}", which no earlier stage assigns`).toBe(true);
    }
  });
});
