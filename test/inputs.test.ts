// Expanding the inputs of `run`: files, folders and globs into one sorted list, each file once.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparePaths, expandBraces, expandInputs, segmentToRegExp } from '../src/batch/inputs.js';

/** A folder holding the given files (paths relative to it, "/" separated), each with a line of text. */
function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-extract-inputs-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), `${file}\n`);
  }
  return root;
}

const relativeTo = (root: string, files: string[]) => files.map((f) => f.slice(root.length + 1));

const PAGES = [
  'pages/a.html',
  'pages/b.htm',
  'pages/notes.png',
  'pages/report.pdf',
  'pages/.hidden.html',
  'pages/2014/c.html',
  'pages/2014/d.md',
  'pages/2014/deep/e.html',
  'pages/.cache/f.html',
  'other/g.txt',
  'other/h.json',
  'report-1.txt',
  'report-2.txt',
  'report-10.txt',
];

describe('expandInputs', () => {
  const root = tree(PAGES);
  const expand = (...inputs: string[]) => {
    const { files, problems } = expandInputs(inputs.map((i) => join(root, i)));
    return { files: relativeTo(root, files), problems: problems.map((p) => ({ ...p, path: p.path.slice(root.length + 1) })) };
  };

  it('walks a folder for text, Markdown, HTML, JSON and PDF files, skipping hidden ones and others, in path order', () => {
    expect(expand('pages').files).toEqual(['pages/2014/c.html', 'pages/2014/d.md', 'pages/2014/deep/e.html', 'pages/a.html', 'pages/b.htm', 'pages/report.pdf']);
  });

  it.each([
    ['pages/**/*.html', ['pages/2014/c.html', 'pages/2014/deep/e.html', 'pages/a.html']],
    ['pages/*.html', ['pages/a.html']],
    ['pages/*.htm?', ['pages/a.html']],
    ['pages/*.ht*', ['pages/a.html', 'pages/b.htm']],
    ['pages/**/*.{md,htm}', ['pages/2014/d.md', 'pages/b.htm']],
    ['pages/*/*.md', ['pages/2014/d.md']],
    ['report-?.txt', ['report-1.txt', 'report-2.txt']],
    ['report-[12].txt', ['report-1.txt', 'report-2.txt']],
    ['report-[!1]*.txt', ['report-2.txt']],
    ['**/*.json', ['other/h.json']],
    ['pages/*.png', ['pages/notes.png']],
    ['pages/20*', ['pages/2014/c.html', 'pages/2014/d.md', 'pages/2014/deep/e.html']],
  ])('expands the glob %s as a shell would', (glob, expected) => {
    const { files, problems } = expand(glob);
    expect(problems).toEqual([]);
    expect(files).toEqual(expected);
  });

  it('lets a wildcard match a leading dot only when the pattern starts with one', () => {
    expect(expand('pages/*.html').files).not.toContain('pages/.hidden.html');
    expect(expand('pages/.*.html').files).toEqual(['pages/.hidden.html']);
    expect(expand('pages/**/f.html').files).toEqual([]);
  });

  it('sorts the whole list by path, segment by segment, whatever the order of the arguments', () => {
    const forward = expand('report-10.txt', 'pages', 'other/g.txt', 'report-1.txt').files;
    const backward = expand('report-1.txt', 'other/g.txt', 'pages', 'report-10.txt').files;
    expect(forward).toEqual(backward);
    expect(forward).toEqual([
      'other/g.txt',
      'pages/2014/c.html',
      'pages/2014/d.md',
      'pages/2014/deep/e.html',
      'pages/a.html',
      'pages/b.htm',
      'pages/report.pdf',
      'report-1.txt',
      'report-10.txt',
    ]);
  });

  it('lists a file named several ways, or by a folder and a glob as well, once', () => {
    const { files } = expand('pages/a.html', './pages/a.html', 'pages/2014/../a.html', 'pages', 'pages/*.html', 'pages/');
    expect(files.filter((f) => f === 'pages/a.html')).toHaveLength(1);
    expect(files).toEqual(['pages/2014/c.html', 'pages/2014/d.md', 'pages/2014/deep/e.html', 'pages/a.html', 'pages/b.htm', 'pages/report.pdf']);
  });

  it('takes a file named directly whatever its extension', () => {
    expect(expand('pages/notes.png').files).toEqual(['pages/notes.png']);
  });

  it('names a missing path and a glob that matches nothing, and keeps the rest', () => {
    const { files, problems } = expand('no/such/file.txt', 'pages/*.docx', 'other/g.txt');
    expect(files).toEqual(['other/g.txt']);
    expect(problems).toEqual([
      { path: 'no/such/file.txt', reason: expect.stringContaining('no such file or folder') },
      { path: 'pages/*.docx', reason: expect.stringContaining('no file matches this pattern') },
    ]);
  });

  it('reads a file whose name holds glob characters as that file', () => {
    const dir = tree(['report[1].txt', 'report1.txt']);
    expect(relativeTo(dir, expandInputs([join(dir, 'report[1].txt')]).files)).toEqual(['report[1].txt']);
  });

  it('ends on a symbolic link that loops back to its folder', () => {
    const dir = tree(['a/x.txt']);
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    const { files } = expandInputs([join(dir, 'a')]);
    expect(relativeTo(dir, files)).toEqual(['a/x.txt']);
  });

  it('names a dangling link found in a folder', () => {
    const dir = tree(['a/x.txt']);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'a', 'y.txt'));
    const { files, problems } = expandInputs([join(dir, 'a')]);
    expect(relativeTo(dir, files)).toEqual(['a/x.txt']);
    expect(problems).toEqual([{ path: join(dir, 'a', 'y.txt'), reason: expect.stringContaining('ENOENT') }]);
  });
});

describe('expandInputs with a folder reached through a link', () => {
  const root = tree(['a/x.txt', 'a/y.txt']);
  symlinkSync(join(root, 'a'), join(root, 'b'));
  const expand = (...inputs: string[]) => relativeTo(root, expandInputs(inputs.map((i) => join(root, i))).files);

  it.each([
    [['a', 'b'], ['a/x.txt', 'a/y.txt']],
    [['b', 'a'], ['a/x.txt', 'a/y.txt']],
    [['b/x.txt', 'a/x.txt', 'b/y.txt'], ['a/x.txt', 'b/y.txt']],
  ])('lists each file once, by the spelling that sorts first, whatever the order of %j', (inputs, expected) => {
    expect(expand(...inputs)).toEqual(expected);
  });
});

describe('glob pieces', () => {
  it.each([
    ['a.{md,html}', ['a.md', 'a.html']],
    ['{x,y}/{1,2}', ['x/1', 'x/2', 'y/1', 'y/2']],
    ['{a,{b,c}}', ['a', 'b', 'c']],
    ['{a}', ['{a}']],
    ['no-braces', ['no-braces']],
    ['open{a,b', ['open{a,b']],
  ])('expandBraces(%s)', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected);
  });

  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['*.txt', '.a.txt', false],
    ['?.md', 'ab.md', false],
    ['[a-c]1', 'b1', true],
    ['[!a-c]1', 'b1', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
  ])('segment %s against %s is %s', (segment, name, expected) => {
    expect(segmentToRegExp(segment).test(name)).toBe(expected);
  });

  it.each([
    ['a/b.txt', 'a-b.txt', -1],
    ['a-b.txt', 'a0', -1],
    ['B.txt', 'a.txt', -1],
    ['a/b', 'a/b/c', -1],
    ['x', 'x', 0],
  ])('comparePaths(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(comparePaths(a, b))).toBe(sign);
    expect(Math.sign(comparePaths(b, a))).toBe(-sign || 0);
  });
});
