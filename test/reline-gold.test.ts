// scripts/reline-gold.mjs re-derives the lines and occurrences of a markup fixture's gold.tsv from the
// places of its mentions in the source, for when a reader change moves the visible text between lines.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-ignore -- a plain ES module script without type declarations
import { relineGold } from '../scripts/reline-gold.mjs';
import { FIXTURES } from './helpers.js';

describe.each(['govuk-overseas-territories', 'md-efficiency-annex5-savings-methodology'])('re-lining %s', (name) => {
  const original = readFileSync(join(FIXTURES, name, 'gold.tsv'), 'utf8');

  it('leaves a gold.tsv that is in line with the reader as it is', () => {
    const { tsv, problems } = relineGold(join(FIXTURES, name));
    expect(problems).toEqual([]);
    expect(tsv).toBe(original);
  });

  it('restores every line number and occurrence after they were lost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reline-'));
    try {
      cpSync(join(FIXTURES, name), dir, { recursive: true });
      // Every row claims line 1 and its first occurrence, as rows written for another reading would.
      const lost = original
        .split('\n')
        .map((row) => (!row.trim() || row.startsWith('#') ? row : row.replace(/^\d+\t([a-z]+)(?:[#~]\d+)?/, '1\t$1')))
        .join('\n');
      expect(lost).not.toBe(original);
      writeFileSync(join(dir, 'gold.tsv'), lost);
      const { tsv, problems } = relineGold(dir);
      expect(problems).toEqual([]);
      expect(tsv).toBe(original);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
