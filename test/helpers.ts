import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '../src/pipeline.js';
import type { Doc } from '../src/model.js';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SHARED = join(ROOT, '..', 'shared');

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'case.json'))).sort();
}

export function fixtureInput(name: string): string {
  const meta = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8'));
  return join(FIXTURES, name, meta.input);
}

export function runFile(path: string, recordedPath = path): Doc {
  return processDocument(readFileSync(path), { path: recordedPath });
}

export function runText(text: string, path = 'test.txt'): Doc {
  return processDocument(new TextEncoder().encode(text), { path });
}

/** The source sliced by code-point offsets, as a reader in Python would slice it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Lines of a text as the pipeline counts them ("\r\n", "\n" and a lone "\r" end a line). */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}
