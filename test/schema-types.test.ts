// schema/document.schema.json against the TypeScript types of document.json (src/document.ts, exported
// by the library): read with the TypeScript compiler, every field of every record must be in the schema
// with a compatible JSON type and the same required-ness, and every field of the schema in the type. A
// field added to one and not the other fails here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './helpers.js';

type Json = Record<string, any>;
const SCHEMA: Json = JSON.parse(readFileSync(join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const INDEX = join(ROOT, 'src', 'index.ts');
const PROBE = join(ROOT, 'src', '__schema_probe__.ts');

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
};

/** A program over the library's entry, with an extra in-memory module (a probe type built by a test) when given. */
function program(probe?: string): ts.Program {
  const host = ts.createCompilerHost(OPTIONS);
  if (probe !== undefined) {
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, ...rest) => (name === PROBE ? ts.createSourceFile(name, probe, version) : read(name, version, ...rest));
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => name === PROBE || exists(name);
  }
  return ts.createProgram(probe !== undefined ? [INDEX, PROBE] : [INDEX], OPTIONS, host);
}

/** The types a module exports, by name. */
function exportedTypes(prog: ts.Program, file: string): Map<string, ts.Type> {
  const checker = prog.getTypeChecker();
  const module = checker.getSymbolAtLocation(prog.getSourceFile(file)!)!;
  const types = new Map<string, ts.Type>();
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) types.set(symbol.name, checker.getDeclaredTypeOfSymbol(target));
  }
  return types;
}

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
type Literal = string | number | boolean;

/** What a type or a schema allows: JSON kinds, the literals of each kind when it lists them, the array items and object shapes. */
interface Allowed<Item, Obj> {
  kinds: Set<Kind>;
  literals: Map<Kind, Set<Literal>>;
  /** Kinds that allow any value of the kind, not only listed literals. */
  open: Set<Kind>;
  items: Item[];
  objects: Obj[];
}

const kindOf = (v: unknown): Kind => (v === null ? 'null' : (typeof v as Kind));

function allowedByType(checker: ts.TypeChecker, type: ts.Type): Allowed<ts.Type, ts.Type> {
  const a: Allowed<ts.Type, ts.Type> = { kinds: new Set(), literals: new Map(), open: new Set(), items: [], objects: [] };
  const literal = (kind: Kind, value: Literal) => {
    a.kinds.add(kind);
    if (!a.literals.has(kind)) a.literals.set(kind, new Set());
    a.literals.get(kind)!.add(value);
  };
  for (const t of type.isUnion() ? type.types : [type]) {
    const f = t.flags;
    if (f & ts.TypeFlags.Undefined) continue;
    if (f & ts.TypeFlags.Null) a.kinds.add('null');
    else if (t.isStringLiteral()) literal('string', t.value);
    else if (t.isNumberLiteral()) literal('number', t.value);
    else if (f & ts.TypeFlags.BooleanLiteral) a.kinds.add('boolean').size && a.open.add('boolean');
    else if (f & ts.TypeFlags.String) a.kinds.add('string').size && a.open.add('string');
    else if (f & ts.TypeFlags.Number) a.kinds.add('number').size && a.open.add('number');
    else if (f & ts.TypeFlags.Boolean) a.kinds.add('boolean').size && a.open.add('boolean');
    else if (checker.isArrayType(t)) {
      a.kinds.add('array');
      a.items.push(checker.getTypeArguments(t as ts.TypeReference)[0]);
    } else if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      a.kinds.add('object');
      a.objects.push(t);
    } else throw new Error(`a type the check does not know: ${checker.typeToString(t)}`);
  }
  return a;
}

function resolve(node: Json): Json {
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    if (!SCHEMA.$defs[name]) throw new Error(`no $defs/${name} in the schema`);
    return resolve(SCHEMA.$defs[name]);
  }
  return node;
}

function allowedBySchema(node: Json): Allowed<Json, Json> {
  const a: Allowed<Json, Json> = { kinds: new Set(), literals: new Map(), open: new Set(), items: [], objects: [] };
  const visit = (n: Json) => {
    n = resolve(n);
    if (Array.isArray(n.anyOf)) return n.anyOf.forEach(visit);
    const listed: unknown[] | null = 'const' in n ? [n.const] : Array.isArray(n.enum) ? n.enum : null;
    if (listed) {
      for (const v of listed) {
        const kind = kindOf(v);
        a.kinds.add(kind);
        if (kind === 'null') continue;
        if (!a.literals.has(kind)) a.literals.set(kind, new Set());
        a.literals.get(kind)!.add(v as Literal);
      }
      return;
    }
    for (const t of [n.type].flat()) {
      if (t === undefined) throw new Error(`a schema node without a type: ${JSON.stringify(n).slice(0, 120)}`);
      const kind: Kind = t === 'integer' ? 'number' : t;
      a.kinds.add(kind);
      if (kind === 'array') a.items.push(n.items);
      else if (kind === 'object') a.objects.push(n);
      else if (kind !== 'null') a.open.add(kind);
    }
  };
  visit(node);
  return a;
}

/** Where a type and a schema node disagree, as "path: what" lines. */
function compare(checker: ts.TypeChecker, type: ts.Type, node: Json, path: string): string[] {
  const t = allowedByType(checker, type);
  const s = allowedBySchema(node);
  const problems: string[] = [];
  const show = (k: Set<Kind>) => [...k].sort().join('|');
  if (show(t.kinds) !== show(s.kinds)) return [`${path}: the type allows ${show(t.kinds)}, the schema ${show(s.kinds)}`];
  for (const kind of t.kinds) {
    // Both list their values: the same values. A type's open string may meet a schema's enum (the
    // schema names the values a field takes, as it gives patterns), and a type's literal union a
    // schema's open string.
    const tl = t.open.has(kind) ? null : t.literals.get(kind);
    const sl = s.open.has(kind) ? null : s.literals.get(kind);
    if (tl && sl && [...tl].sort().join() !== [...sl].sort().join()) {
      problems.push(`${path}: the type lists ${[...tl].sort().join(', ')}, the schema ${[...sl].sort().join(', ')}`);
    }
  }
  if (t.items.length > 0) problems.push(...compare(checker, t.items[0], s.items[0], `${path}[]`));
  if (t.objects.length > 1 || s.objects.length > 1) problems.push(`${path}: more than one object shape`);
  else if (t.objects.length === 1) problems.push(...compareObject(checker, t.objects[0], s.objects[0], path));
  return problems;
}

function compareObject(checker: ts.TypeChecker, type: ts.Type, node: Json, path: string): string[] {
  const problems: string[] = [];
  const props: Json = node.properties ?? {};
  const required = new Set<string>(node.required ?? []);
  if (node.additionalProperties !== false) problems.push(`${path}: the schema allows fields the type does not have (additionalProperties is not false)`);
  const fields = checker.getPropertiesOfType(type);
  for (const field of fields) {
    const at = `${path}.${field.name}`;
    if (!(field.name in props)) {
      problems.push(`${at}: in the type, not in the schema`);
      continue;
    }
    const optional = (field.flags & ts.SymbolFlags.Optional) !== 0;
    if (optional === required.has(field.name)) problems.push(`${at}: ${optional ? 'optional' : 'required'} in the type, ${optional ? 'required' : 'optional'} in the schema`);
    problems.push(...compare(checker, checker.getTypeOfSymbol(field), props[field.name], at));
  }
  for (const name of Object.keys(props)) if (!fields.some((f) => f.name === name)) problems.push(`${path}.${name}: in the schema, not in the type`);
  for (const name of required) if (!(name in props)) problems.push(`${path}.${name}: required by the schema but not described`);
  return problems;
}

const prog = program();
const checker = prog.getTypeChecker();
const types = exportedTypes(prog, INDEX);

describe('document.schema.json and the library types', () => {
  it('the whole document: every field of every record, both ways', () => {
    expect(compare(checker, types.get('Document')!, SCHEMA, 'Document')).toEqual([]);
  });

  it.each([
    ['Heading', 'outlineEntry'],
    ['Section', 'section'],
    ['Sentence', 'sentence'],
    ['Entity', 'entity'],
    ['Acronym', 'acronym'],
    ['Table', 'table'],
    ['TableCell', 'cell'],
    ['Commitment', 'commitment'],
    ['Message', 'message'],
    ['Place', 'place'],
    ['Point', 'point'],
  ])('the exported type %s is $defs/%s', (name, def) => {
    expect(types.has(name), `${name} is exported`).toBe(true);
    expect(compare(checker, types.get(name)!, { $ref: `#/$defs/${def}` }, name)).toEqual([]);
  });

  it('fails on a field in the schema and not in the type, and on a required field the type has optional', () => {
    const sentence = structuredClone(resolve({ $ref: '#/$defs/sentence' }));
    sentence.properties.language = { type: 'string' };
    expect(compare(checker, types.get('Sentence')!, sentence, 'Sentence')).toEqual(['Sentence.language: in the schema, not in the type']);
    const entity = structuredClone(resolve({ $ref: '#/$defs/entity' }));
    entity.required.push('counts');
    expect(compare(checker, types.get('Entity')!, entity, 'Entity')).toEqual(['Entity.counts: optional in the type, required in the schema']);
  });

  it('fails on a field in the type and not in the schema, a changed type, and a changed list of values', () => {
    const probe = program(
      [
        "import type { Sentence, Message } from './index.js';",
        'export type WithLanguage = Sentence & { language: string };',
        "export type BulletAlways = Omit<Sentence, 'bullet'> & { bullet: string };",
        "export type OtherSeverity = Omit<Message, 'severity'> & { severity: 'info' | 'fatal' };",
      ].join('\n'),
    );
    const probeTypes = exportedTypes(probe, PROBE);
    const c = probe.getTypeChecker();
    const sentence = { $ref: '#/$defs/sentence' };
    expect(compare(c, probeTypes.get('WithLanguage')!, sentence, 'S')).toEqual(['S.language: in the type, not in the schema']);
    expect(compare(c, probeTypes.get('BulletAlways')!, sentence, 'S')).toEqual(['S.bullet: the type allows string, the schema null|string']);
    expect(compare(c, probeTypes.get('OtherSeverity')!, { $ref: '#/$defs/message' }, 'M')).toEqual(['M.severity: the type lists fatal, info, the schema error, info, warning']);
  });
});
