// datapackage.json: valid against the Frictionless Tabular Data Package profile (vendored in schema/vendor),
// and true to the files it describes: columns, sizes, hashes, rows, keys and the inputs' sha256.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runBatch } from '../src/batch/batch.js';
import { ROOT, runFile, SEED_FILE } from './helpers.js';
import { dataPackageValidator } from './data-package-profile.js';

const validate = dataPackageValidator();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let out: string;
let pkg: any;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'policy-extract-dp-'));
  await runBatch([SEED_FILE], { outDir: out, workers: 1, log: () => {}, error: () => {} });
  pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
}, 60_000);

describe('datapackage.json', () => {
  it('is valid against the Tabular Data Package profile', () => {
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the profile rejects a field type it does not know (so the check above can fail)', () => {
    const broken = structuredClone(pkg);
    broken.resources[0].schema.fields[0].type = 'text';
    expect(validate(broken)).toBe(false);
  });

  it('the profile rejects a resource without a path (so the check above can fail)', () => {
    const broken = structuredClone(pkg);
    delete broken.resources[1].path;
    expect(validate(broken)).toBe(false);
  });

  it.each(['sections', 'sentences', 'entities', 'commitments'])('describes %s.csv: its header, size, sha256 and rows', (table) => {
    const resource = pkg.resources.find((r: any) => r.name === table);
    expect(resource.path).toBe(`${table}.csv`);
    const bytes = readFileSync(join(out, resource.path));
    expect(resource.bytes).toBe(bytes.length);
    expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
    const rows: string[][] = parse(bytes.toString('utf8').replace(/^\ufeff/, ''));
    expect(resource.schema.fields.map((f: any) => f.name)).toEqual(rows[0]);
    expect(resource.rows).toBe(rows.length - 1);
    for (const f of resource.schema.fields) expect(f.description, f.name).toMatch(/\w/);
  });

  it('declares primary keys, and foreign keys from sentences and entities to sections', () => {
    const keys = Object.fromEntries(pkg.resources.map((r: any) => [r.name, r.schema]));
    expect(keys.sections.primaryKey).toEqual(['document', 'id']);
    expect(keys.sentences.foreignKeys).toContainEqual({ fields: ['document', 'section_id'], reference: { resource: 'sections', fields: ['document', 'id'] } });
    expect(keys.entities.foreignKeys).toContainEqual({ fields: ['document', 'section_id'], reference: { resource: 'sections', fields: ['document', 'id'] } });
    expect(keys.entities.foreignKeys).toContainEqual({ fields: ['document', 'sentence_id'], reference: { resource: 'sentences', fields: ['document', 'id'] } });
  });

  it('foreign keys hold in the data: every section_id and sentence_id exists', () => {
    const read = (t: string) => {
      const rows: Record<string, string>[] = parse(readFileSync(join(out, `${t}.csv`), 'utf8').replace(/^\ufeff/, ''), { columns: true });
      return rows;
    };
    const doc = JSON.parse(readFileSync(join(out, 'action-03-digital-capability-in-house', 'document.json'), 'utf8'));
    const sections = new Set(read('sections').map((r) => `${r.document}/${r.id}`));
    const sentences = new Set(read('sentences').map((r) => `${r.document}/${r.id}`));
    const entities = read('entities');
    // The seed's preamble (u00) and 17 units × 5 phases, 319 sentences (docs/batches.md), and a row for every entity of document.json.
    expect(sections.size).toBe(86);
    expect(doc.sentences.length).toBe(319);
    expect(sentences.size).toBe(doc.sentences.length);
    expect(entities.length).toBe(doc.entities.length);
    expect(doc.entities.length).toBe(runFile(SEED_FILE).entities.length);
    for (const r of read('sentences')) expect(sections.has(`${r.document}/${r.section_id}`), r.id).toBe(true);
    for (const r of entities) {
      expect(sections.has(`${r.document}/${r.section_id}`), r.id).toBe(true);
      expect(sentences.has(`${r.document}/${r.sentence_id}`), r.id).toBe(true);
    }
  });

  it('records the tool and version from package.json and each input with its sha256', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.provenance.tool).toEqual({ name: manifest.name, version: manifest.version });
    const input = readFileSync(SEED_FILE);
    expect(pkg.provenance.inputs).toEqual([
      { document: 'action-03-digital-capability-in-house', path: SEED_FILE, sha256: sha256(input), bytes: input.length, format: 'text' },
    ]);
    expect(JSON.stringify(pkg)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no run time
  });
});
