import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { processDocument } from '../src/pipeline.js';
import { PREAMBLE_SECTION_ID, type Doc, type LocalMention, type SentenceContext } from '../src/model.js';
import { extractSentence } from '../src/extract/index.js';
import { acronymsDefinedIn } from '../src/stages/find-acronyms.js';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** The seed page, as the project keeps it (the default input). */
export const SEED_FILE = join(ROOT, 'input', 'action-03-digital-capability-in-house.txt');
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'case.json'))).sort();
}

export function fixtureInput(name: string): string {
  const meta = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8'));
  return join(FIXTURES, name, meta.input);
}

/** The plain-text pages the project keeps as fixtures (found, not listed: a new fixture joins by itself). */
export const CORPUS_FILES = fixtureCases()
  .map(fixtureInput)
  .filter((f) => f.endsWith('.txt'));

const processed = new Map<string, Doc>();

/**
 * The document of a file, processed once per test process and shared by every test that reads it (the
 * fixtures are read by the invariant, outline, schema, table and report tests alike; none changes a
 * document). Test files share a process (vitest.config.ts), so a fixture is processed about once per core.
 */
export function runFile(path: string, recordedPath = path): Doc {
  const key = `${path}\0${recordedPath}`;
  let doc = processed.get(key);
  if (!doc) {
    doc = processDocument(readFileSync(path), { path: recordedPath });
    processed.set(key, doc);
  }
  return doc;
}

export function runText(text: string, path = 'test.txt'): Doc {
  return processDocument(new TextEncoder().encode(text), { path });
}

/** The source sliced by code-point offsets, as a reader in Python would slice it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return codePoints(text).slice(start, end).join('');
}

let pointsOf: { text: string; points: string[] } | null = null;

/** The code points of a text; the last text's are kept, as tests slice one document many times. */
export function codePoints(text: string): string[] {
  if (pointsOf?.text !== text) pointsOf = { text, points: Array.from(text) };
  return pointsOf.points;
}

/** Lines of a text as the pipeline counts them ("\r\n", "\n" and a lone "\r" end a line). */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}

// ---- Robustness helpers (bad input, properties, safety) ----

/** The built command line (`npm test` builds it first). */
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js <args>` in a process of its own and returns its exit status and output: for the
 * end-to-end tests (exit codes of the process, signals, pipes). Other tests use runMain.
 */
export function runCli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Main = (argv: string[], io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown }; cwd?: string }) => Promise<number>;
let builtMain: Promise<Main> | null = null;

/**
 * Runs the command line in this process, as `policy-extract <args>` run in `cwd` would, and returns its
 * exit code and output. It calls the built main() (dist/, which `npm test` builds first), so that a run
 * on worker threads finds dist/batch/worker.js.
 */
export async function runMain(args: string[], cwd = ROOT): Promise<CliResult> {
  builtMain ??= import(pathToFileURL(join(ROOT, 'dist', 'commands', 'main.js')).href).then((m: { main: Main }) => m.main);
  const main = await builtMain;
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { status, stdout, stderr };
}

/** A stack trace line as Node prints it ("    at loadDocument (file:///…)"). */
export const STACK_LINE = /^\s+at .+[:(]/m;

/**
 * Which section (or "preamble") owns each line of `doc.lines`, 0-based; throws on a line owned twice.
 * A line owned by nothing is null.
 */
export function lineOwners(doc: Doc): Array<string | null> {
  const owner = new Array<string | null>(doc.lines.length).fill(null);
  const claim = (line: number, who: string) => {
    if (line < 1 || line > doc.lines.length) throw new Error(`${who} claims line ${line}, but the text has ${doc.lines.length} lines`);
    if (owner[line - 1] !== null) throw new Error(`line ${line} is claimed by ${owner[line - 1]} and by ${who}`);
    owner[line - 1] = who;
  };
  if (doc.preamble) for (let l = doc.preamble.firstLine; l <= doc.preamble.lastLine; l++) claim(l, 'preamble');
  for (const s of doc.sections) {
    // Section u00 is the preamble read as a section: the same lines, owned once.
    if (s.id === PREAMBLE_SECTION_ID) {
      if (!doc.preamble || s.firstLine !== doc.preamble.firstLine || s.lastLine !== doc.preamble.lastLine) {
        throw new Error(`section ${s.id} (lines ${s.firstLine}-${s.lastLine}) is not the preamble (${doc.preamble ? `${doc.preamble.firstLine}-${doc.preamble.lastLine}` : 'none'})`);
      }
      continue;
    }
    for (let l = s.firstLine; l <= s.lastLine; l++) claim(l, s.id);
  }
  return owner;
}

/**
 * Every span (sections, outline, sentences, entities) of a plain-text document sliced out of the decoded source by code points, with the
 * record's text beside it; the two are equal when provenance is exact.
 */
export function spanSlices(doc: Doc): Array<{ id: string; slice: string; text: string }> {
  const codePoints = Array.from(doc.raw);
  const slice = (start: { offset: number }, end: { offset: number }) => codePoints.slice(start.offset, end.offset).join('');
  return [
    ...[...doc.sections, ...doc.outline, ...doc.sentences, ...doc.entities, ...doc.commitments].map((item) => ({ id: item.id, slice: slice(item.start!, item.end!), text: item.text })),
    // Table cells and captions.
    ...doc.tables.flatMap((t) => [
      ...t.cells.map((c) => ({ id: `${t.id}.r${c.row}c${c.column}`, slice: slice(c.start!, c.end!), text: c.text })),
      ...(t.caption !== null ? [{ id: `${t.id}.caption`, slice: slice(t.captionStart!, t.captionEnd!), text: t.caption }] : []),
    ]),
  ];
}

const NUMERIC_TYPES = new Set(['number', 'percent', 'money', 'date', 'duration']);
const NAME_TYPES = new Set(['organisation', 'person', 'place', 'programme']);

export interface SeenMention {
  type: string;
  text: string;
  value: LocalMention['value'];
  counts?: string;
  currency?: string;
  mod?: string;
  anchor?: string;
  valueEnd?: number;
  dateStart?: string;
  dateEnd?: string;
}

/** The numeric mentions of one sentence through the whole extractor chain, as {type, text, value, extras}. */
export function numericMentions(text: string, phaseYear: number | null = 2014, time: Pick<SentenceContext, 'period' | 'documentDate'> = {}): SeenMention[] {
  return extractSentence({ text, phaseYear, acronyms: new Map(), ...time })
    .filter((m) => NUMERIC_TYPES.has(m.type))
    .map((m) => {
      const seen: SeenMention = { type: m.type, text: text.slice(m.from, m.to), value: m.value };
      for (const key of ['counts', 'currency', 'mod', 'anchor'] as const) if (m[key] !== undefined) seen[key] = m[key];
      if (m.valueEnd !== undefined) seen.valueEnd = m.valueEnd;
      return seen;
    });
}

/** "type text" for each name mention of one sentence, with the sentence's own acronym definitions. */
export function nameMentions(text: string): string[] {
  const acronyms = new Map(acronymsDefinedIn(text).map((a) => [a.short, a]));
  return extractSentence({ text, phaseYear: 2014, acronyms })
    .filter((m) => NAME_TYPES.has(m.type))
    .map((m) => `${m.type} ${text.slice(m.from, m.to)}`);
}

/** The outline slices back to its text, forms a tree in document order, and sections point into it. */
export function checkOutline(doc: Doc): void {
  const seen = new Map<string, Doc['outline'][number]>();
  let previous = -1;
  for (const o of doc.outline) {
    if (doc.sourceMap === null) expect(sliceCodePoints(doc.raw, o.start!.offset, o.end!.offset), o.id).toBe(o.text);
    else expect(doc.text.slice(o.span.from, o.span.to), o.id).toBe(o.text);
    expect(o.text.trim().length, o.id).toBeGreaterThan(0);
    expect(o.span.from, o.id).toBeGreaterThan(previous);
    previous = o.span.from;
    const parent = o.parentId === null ? null : seen.get(o.parentId);
    expect(parent, `${o.id}: parent ${o.parentId} comes before it`).not.toBeUndefined();
    expect(o.level, o.id).toBe(parent ? parent.level + 1 : 1);
    expect(o.id.startsWith(parent ? `${parent.id}.` : 'h'), o.id).toBe(true);
    expect(seen.has(o.id), o.id).toBe(false);
    seen.set(o.id, o);
  }
  for (const s of doc.sections) {
    if (s.outlineId === null) {
      expect(s.headingPath, s.id).toEqual([]);
      continue;
    }
    const own = seen.get(s.outlineId)!;
    expect(own, s.id).toBeDefined();
    expect(s.headingPath.at(-1), s.id).toBe(own.text.replace(/\s+/g, ' ').trim());
    expect(s.headingPath.length, s.id).toBe(own.level);
  }
}

