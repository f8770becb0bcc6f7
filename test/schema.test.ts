// schema/document.schema.json describes document.json: every fixture's emitted document validates, and the
// schema rejects a document that breaks it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { toDocumentJson } from '../src/emit/document-json.js';
import { FIXTURES, ROOT, runFile } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
const inputs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(FIXTURES, d.name)).filter((f) => /^input\./.test(f)).map((f) => join(d.name, f)))
  .sort();

const emitted = (input: string) => JSON.parse(JSON.stringify(toDocumentJson(runFile(join(FIXTURES, input), `fixtures/${input}`))));

describe('document.schema.json', () => {
  it('finds the fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });

  it.each(inputs)('validates the document.json of %s', (input) => {
    const doc = emitted(input);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  const seed = inputs.find((i) => i.startsWith('action-03-digital-capability/'))!;
  it.each<[string, (d: any) => void]>([
    ['an unknown entity type', (d) => (d.entities[0].type = 'thing')],
    ['a position without an offset', (d) => delete d.sections[0].start.offset],
    ['a column of 0', (d) => (d.sentences[0].start.column = 0)],
    ['an extra field', (d) => (d.acronyms[0].extra = 1)],
    ['a missing messages list', (d) => delete d.messages],
    ['a bad sha256', (d) => (d.source.sha256 = 'abc')],
  ])('rejects %s', (_, breakIt) => {
    const doc = emitted(seed);
    expect(validate(doc)).toBe(true);
    breakIt(doc);
    expect(validate(doc)).toBe(false);
  });
});
