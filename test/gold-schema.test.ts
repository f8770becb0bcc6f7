// Every gold file the project keeps, and every one `fixture add` writes, is valid against schema/gold.schema.json.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { FIXTURES, ROOT } from './helpers.js';
import { goldCases } from '../src/eval/fixtures.js';
import { addFixture } from '../src/fixtures/add.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'gold.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);

describe('schema/gold.schema.json', () => {
  it.each(goldCases(FIXTURES))('fixtures/%s/gold.entities.json is valid', (name) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES, name, 'gold.entities.json'), 'utf8'));
    expect(validate(gold), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds the gold fixture add writes, and rejects a mention without its position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-extract-schema-'));
    writeFileSync(join(dir, 'page.txt'), 'Title\nUnit A\nDWP hired 45 people in June 2014.\n');
    addFixture({ document: join(dir, 'page.txt'), dir });
    const gold = JSON.parse(readFileSync(join(dir, 'page', 'gold.entities.json'), 'utf8'));
    expect(validate(gold), JSON.stringify(validate.errors)).toBe(true);
    delete gold.entities[0].start;
    expect(validate(gold)).toBe(false);
  });
});
