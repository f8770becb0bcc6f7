// The library entry (src/index.ts), in process: extract() returns document.json exactly as the command
// line writes it, for every fixture; options, errors and diff as a user calls them.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diff, extract, extractFile, ExtractError, formatMessage, type Document } from '../src/index.js';
import { FIXTURES, ROOT, fixtureCases, fixtureInput } from './helpers.js';

const cases = fixtureCases().filter((c) => existsSync(join(FIXTURES, c, 'expected', 'document.json')));

describe('extract()', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('gives the document.json of %s byte for byte', async (name) => {
    const input = fixtureInput(name);
    const doc = await extract(readFileSync(input), { path: relative(ROOT, input) });
    const written = readFileSync(join(FIXTURES, name, 'expected', 'document.json'), 'utf8');
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(written);
    expect(doc).toStrictEqual(JSON.parse(written));
  });

  it('reads a string as UTF-8 text, its format told by the path or given', async () => {
    const markdown = '# Progress\n\n## Department for Transport\n\n### Progress during 2013\n\nWe hired 5 people in June 2013.\n';
    const byPath = await extract(markdown, { path: 'page.md' });
    expect(byPath.source).toMatchObject({ path: 'page.md', format: 'markdown' });
    const given = await extract(markdown, { path: 'page.txt', format: 'markdown' });
    expect(given.source.format).toBe('markdown');
    expect(given.sentences.map((s) => s.text)).toEqual(byPath.sentences.map((s) => s.text));
    expect((await extract(markdown, { path: 'page.txt', format: 'text' })).source.format).toBe('text');
    expect((await extract('One line.\n')).source.path).toBe('input');
  });

  it('rejects input that is not text with an ExtractError naming the path and the rule', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const error = await extract(png, { path: 'scan.png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).ruleId).toBe('binary-input');
    expect((error as ExtractError).message).toMatch(/^scan\.png: cannot be read: the file is an image.*\[binary-input\]$/);
  });

  it('extractFile records the path as given', async () => {
    const input = relative(process.cwd(), fixtureInput('action-03-digital-capability'));
    const doc: Document = await extractFile(input);
    expect(doc.source.path).toBe(input);
    expect(doc.sections.length).toBeGreaterThan(1);
  });

  it('diff() compares two documents as the diff command does', async () => {
    const seed = readFileSync(fixtureInput('action-03-digital-capability'), 'utf8');
    const old = await extract(seed, { path: 'old.txt' });
    const changed = await extract(seed.replace('digital', 'online'), { path: 'new.txt' });
    const same = diff(old, old);
    expect(same.summary).toMatchObject({ sentencesAdded: 0, sentencesRemoved: 0, sentencesChanged: 0, unitsChanged: 0 });
    const result = diff(old, changed);
    expect(result.old.path).toBe('old.txt');
    expect(result.summary).toMatchObject({ sentencesAdded: 0, sentencesRemoved: 0, sentencesChanged: 1 });
  });
});

describe('formatMessage()', () => {
  const point = (line: number, column: number, offset: number) => ({ line, column, offset });
  it.each([
    ['with a place, file:line:column', { ruleId: 'duplicate-phase' as const, reason: 'appears twice', place: { start: point(10, 5, 200), end: point(10, 25, 220) } }, 'page.html:10:5: appears twice [duplicate-phase]'],
    ['without one, the file alone', { ruleId: 'empty-document' as const, reason: 'the file is empty', place: null }, 'page.txt: the file is empty [empty-document]'],
  ])('%s', (_name, message, line) => {
    expect(formatMessage(line.split(':')[0], message)).toBe(line);
  });

  it('places a repeated heading of an HTML page on its line of the file', async () => {
    const html = '<h1>T</h1>\n<h2>Cabinet Office</h2>\n<h3>Progress during 2013</h3>\n<p>We hired 5 people.</p>\n<h3>Progress during 2013</h3>\n<p>We hired 6 people.</p>\n';
    const doc = await extract(html, { path: 'page.html' });
    const message = doc.messages.find((m) => m.ruleId === 'duplicate-phase')!;
    expect(formatMessage('page.html', message)).toMatch(/^page\.html:5:5: phase heading "Progress during 2013" appears a second time/);
  });
});
