// Bad input: what researchers point the pipeline at (Word exports, half-saved files, old HTML, whole
// folders). Wherever the text can be read there is output with every line accounted for and every span
// exact; where it cannot, a LoadError (and on the command line a message naming the file, exit 1).
// Never a stack trace unless --debug. docs/robustness.md lists every case with its exit code and message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processDocument } from '../src/pipeline.js';
import { LoadError } from '../src/stages/load-document.js';
import type { Doc } from '../src/model.js';
import { lineOwners, runMain, runText, SEED_FILE, sliceCodePoints, spanSlices, STACK_LINE } from './helpers.js';

const SEED = SEED_FILE;

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | ArrayLike<number>>) =>
  Uint8Array.from(parts.flatMap((p) => Array.from(typeof p === 'string' ? utf8(p) : p)));
/** Text of code points below 256 as single bytes, as Latin-1 and Windows-1252 store them. */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

const PAGE = 'Digital strategy progress\nDepartment for Transport\nProgress during 2013\nWe hired 5 people in June 2013.\n';

function run(input: Uint8Array, path = 'input.txt'): Doc {
  return processDocument(input, { path });
}

/** Nothing lost, provenance exact: the checks every readable input passes. */
function expectAccountedFor(doc: Doc): void {
  const owners = lineOwners(doc);
  if (doc.raw.trim().length > 0 || doc.lines.length > 0) {
    const lost = owners.flatMap((o, i) => (o === null ? [i + 1] : []));
    expect(lost, 'lines that belong to no section and not to the preamble').toEqual([]);
  }
  for (const { id, slice, text } of spanSlices(doc)) expect(slice, id).toBe(text);
}

const summary = (doc: Doc) => ({
  sentences: doc.sentences.map((s) => s.text),
  entities: doc.entities.map((e) => [e.type, e.text, e.value, e.start!.offset, e.end!.offset]),
});

describe('readable bad input: output, every line accounted for, a message where something was odd', () => {
  interface Row {
    bytes: Uint8Array;
    /** Every message, as [rule id, line], in order: [] means no message at all. */
    messages: Array<[string, number | null]>;
    sections: number;
    /** Every sentence, in order, read exactly so: [] means none. */
    sentences: string[];
    encoding: Doc['source']['encoding'];
  }
  const rows: Array<[string, Row]> = [
    ['an empty file', { bytes: new Uint8Array(0), messages: [['empty-document', null]], sections: 0, sentences: [], encoding: 'utf-8' }],
    [
      'whitespace only (spaces, tabs, no-break spaces, CRLF)',
      { bytes: utf8('  \r\n\t\n\u00a0 \n   '), messages: [['empty-document', null], ['empty-section', 1]], sections: 1, sentences: [], encoding: 'utf-8' },
    ],
    [
      'Windows-1252 curly quotes and a dash from Word',
      {
        bytes: latin1(PAGE + 'We said \u0093hello\u0094 to 5 people \u0096 all of them.\n'),
        messages: [['not-utf8', 5]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'We said “hello” to 5 people – all of them.'],
        encoding: 'windows-1252',
      },
    ],
    [
      'a UTF-8 file with one Windows-1252 apostrophe: the UTF-8 characters stay right',
      {
        bytes: bytes(PAGE, 'It cost £5 million.\nThe Department', [0x92], 's team grew.\n'),
        messages: [['not-utf8', 6]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'It cost £5 million.', 'The Department’s team grew.'],
        encoding: 'windows-1252',
      },
    ],
    [
      'an overlong UTF-8 sequence (0xC0 0xAF) on line 4',
      {
        bytes: bytes('Digital strategy progress\nDepartment for Transport\nProgress during 2013\nA ', [0xc0, 0xaf], ' B.\n'),
        messages: [['not-utf8', 4]],
        sections: 1,
        sentences: ['A À¯ B.'],
        encoding: 'windows-1252',
      },
    ],
    [
      'an encoded surrogate (0xED 0xA0 0x80) on line 5',
      {
        bytes: bytes(PAGE, 'X ', [0xed, 0xa0, 0x80], ' Y.\n'),
        messages: [['not-utf8', 5]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'X í\u00a0€ Y.'],
        encoding: 'windows-1252',
      },
    ],
    [
      'UTF-16LE with a byte order mark',
      { bytes: bytes([0xff, 0xfe], utf16le(PAGE)), messages: [], sections: 1, sentences: ['We hired 5 people in June 2013.'], encoding: 'utf-16le' },
    ],
    [
      'UTF-16BE with a byte order mark',
      { bytes: bytes([0xfe, 0xff], utf16be(PAGE)), messages: [], sections: 1, sentences: ['We hired 5 people in June 2013.'], encoding: 'utf-16be' },
    ],
    [
      'UTF-16LE without a byte order mark',
      { bytes: utf16le(PAGE), messages: [['utf16-without-bom', null]], sections: 1, sentences: ['We hired 5 people in June 2013.'], encoding: 'utf-16le' },
    ],
    [
      'UTF-16LE cut off after an odd number of bytes',
      {
        bytes: bytes([0xff, 0xfe], utf16le(PAGE + 'AB').slice(0, -1)),
        messages: [['cut-off', 5]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'A\ufffd'],
        encoding: 'utf-16le',
      },
    ],
    [
      'CRLF line endings',
      { bytes: utf8(PAGE.replace(/\n/g, '\r\n')), messages: [], sections: 1, sentences: ['We hired 5 people in June 2013.'], encoding: 'utf-8' },
    ],
    [
      'lone CR line endings (old Mac)',
      { bytes: utf8(PAGE.replace(/\n/g, '\r')), messages: [], sections: 1, sentences: ['We hired 5 people in June 2013.'], encoding: 'utf-8' },
    ],
    [
      'tabs and no-break spaces in headings and text',
      {
        bytes: utf8('Digital strategy progress\nDepartment\u00a0for Transport\n\tProgress\u00a0during\t2013\n\tWe hired\u00a05 people.\n'),
        messages: [],
        sections: 1,
        sentences: ['We hired\u00a05 people.'],
        encoding: 'utf-8',
      },
    ],
    [
      'no headings at all: one section and a warning',
      {
        bytes: utf8('Some notes\n\nWe hired 5 people.\nThe team met twice.\n'),
        messages: [['no-headings', null]],
        sections: 1,
        sentences: ['We hired 5 people.', 'The team met twice.'],
        encoding: 'utf-8',
      },
    ],
    [
      'headings with nothing under them',
      {
        bytes: utf8('Digital strategy progress\nDepartment for Transport\nProgress during 2013\n\nPlanned activities in 2014\nHome Office\nProgress during 2013\nWe hired 5 people.\n'),
        messages: [['empty-section', 3], ['empty-section', 5]],
        sections: 3,
        sentences: ['We hired 5 people.'],
        encoding: 'utf-8',
      },
    ],
    [
      'the same phase heading twice in one unit',
      {
        bytes: utf8('Digital strategy progress\nDepartment for Transport\nProgress during 2013\nWe hired 5 people.\nProgress during 2013\nWe hired 6 more.\n'),
        messages: [['duplicate-phase', 5]],
        sections: 2,
        sentences: ['We hired 5 people.', 'We hired 6 more.'],
        encoding: 'utf-8',
      },
    ],
    [
      'a file cut off in mid-line',
      {
        bytes: utf8(PAGE + 'The team will publish its pl'),
        messages: [['text-cut-off', 5]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'The team will publish its pl'],
        encoding: 'utf-8',
      },
    ],
    [
      'a file cut off in the middle of a UTF-8 character (the last byte read as Windows-1252)',
      {
        bytes: utf8(PAGE + 'It cost £').slice(0, -1),
        messages: [['cut-off', 5]],
        sections: 1,
        sentences: ['We hired 5 people in June 2013.', 'It cost Â'],
        encoding: 'windows-1252',
      },
    ],
  ];

  it.each(rows)('%s', (_name, row) => {
    const doc = run(row.bytes);
    expectAccountedFor(doc);
    // The rows count the body: the sections after the preamble (read as section u00) and their sentences.
    expect(doc.sections.filter((s) => s.id !== 'u00')).toHaveLength(row.sections);
    expect(doc.messages.map((m) => [m.ruleId, m.place?.start.line ?? null])).toEqual(row.messages);
    expect(doc.sentences.filter((s) => s.sectionId !== 'u00').map((s) => s.text)).toEqual(row.sentences);
    expect(doc.source.encoding).toBe(row.encoding);
    expect(doc.source.lines).toBe(doc.lines.length);
  });

  it.each([
    ['UTF-16LE with a BOM', bytes([0xff, 0xfe], utf16le(PAGE))],
    ['UTF-16BE with a BOM', bytes([0xfe, 0xff], utf16be(PAGE))],
    ['UTF-16LE without a BOM', utf16le(PAGE)],
  ])('%s gives the sentences, entities and positions of the same text in UTF-8', (_name, input) => {
    expect(summary(run(input))).toEqual(summary(runText(PAGE)));
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s line endings give the sentences and entities of LF, on the same lines', (_name, eol) => {
    const lf = runText(PAGE + 'It cost £5 million in 2014.\n');
    const other = runText((PAGE + 'It cost £5 million in 2014.\n').replace(/\n/g, eol));
    expect(other.sentences.map((s) => s.text)).toEqual(lf.sentences.map((s) => s.text));
    expect(other.entities.map((e) => [e.type, e.text, e.value, e.start!.line, e.start!.column])).toEqual(
      lf.entities.map((e) => [e.type, e.text, e.value, e.start!.line, e.start!.column]),
    );
  });

  it('the Windows-1252 message names the line, the byte and what it was read as', () => {
    const doc = run(latin1(PAGE + 'We said \u0093hello\u0094.\nAnd \u0091this\u0092.\n'));
    const message = doc.messages.find((m) => m.ruleId === 'not-utf8')!;
    expect(message).toMatchObject({ source: 'policy-extract', severity: 'warning', place: { start: { line: 5, column: 9 }, end: { line: 5, column: 10 } } });
    expect(sliceCodePoints(doc.raw, message.place!.start.offset, message.place!.end.offset)).toBe('“');
    expect(message.reason).toContain('line 5 is not valid UTF-8 (byte 0x93 at column 9)');
    expect(message.reason).toContain('1 other line (first 6)');
    expect(message.reason).toContain('Windows-1252');
    expect(message.reason).toContain('0x93 → "“"');
  });

  it('HTML with scripts and styles: the script and style text is not read as sentences', () => {
    const html = `<!DOCTYPE html><html><head><title>Progress</title><style>p { color: red }</style>
<script>var total = 25000000; alert("Department for Transport");</script></head>
<body><main><h1>Digital strategy progress</h1><h2>Department for Transport</h2><h3>Progress during 2013</h3>
<p>We hired 5 people in June 2013.</p><script>document.write("Progress during 2014 " + total)</script></main></body></html>`;
    const doc = run(utf8(html), 'page.html');
    expect(doc.sentences.map((s) => s.text)).toContain('We hired 5 people in June 2013.');
    const read = doc.sentences.map((s) => s.text).join('\n');
    expect(read).not.toMatch(/alert|document\.write|color: red|25000000/);
    expect(doc.entities.map((e) => e.text)).not.toContain('25000000');
  });
});

describe('large input finishes and loses nothing', () => {
  it('a single 1 MB line of prose (a Word export whose paragraph marks were lost)', () => {
    const seed = readFileSync(SEED, 'utf8');
    const prose = seed.split(/\r?\n/).filter((l) => l.trim() && /[.]$/.test(l.trim())).join(' ');
    let line = '';
    while (line.length < 1 << 20) line += prose + ' ';
    const doc = runText(`Digital strategy progress\nDepartment for Transport\nProgress during 2013\n${line}\n`);
    expectAccountedFor(doc);
    expect(doc.lines).toHaveLength(4);
    expect(doc.sentences.length).toBeGreaterThan(1000);
    // The sentences tile the line: together they hold every non-space character of it.
    const nonSpace = (s: string) => s.replace(/\s+/g, '').length;
    expect(doc.sentences.filter((s) => s.sectionId === 'u01.p1').reduce((n, s) => n + nonSpace(s.text), 0)).toBe(nonSpace(line));
    // The title is the preamble's one sentence.
    expect(doc.sentences.filter((s) => s.sectionId === 'u00').map((s) => s.text)).toEqual(['Digital strategy progress']);
  }, 120_000);

  it('a 20 MB file (the seed, then a Word export padding of 250,000 space-filled lines)', () => {
    const seed = readFileSync(SEED);
    const pad = utf8((' '.repeat(78) + '\r\n').repeat(250_000));
    const input = new Uint8Array(seed.length + pad.length);
    input.set(seed, 0);
    input.set(pad, seed.length);
    expect(input.length).toBeGreaterThan(20_000_000);
    const doc = run(input, 'big.txt');
    expectAccountedFor(doc);
    expect(doc.lines.length).toBe(readFileSync(SEED, 'utf8').split(/\r\n|\r|\n/).length - 1 + 250_000);
    expect(doc.sentences.map((s) => s.text)).toEqual(runText(readFileSync(SEED, 'utf8')).sentences.map((s) => s.text));
  }, 120_000);
});

describe('unreadable input: a LoadError that says what the file is and what to do', () => {
  // A fixed pseudo-random byte stream (xorshift), so the case is the same on every run.
  const noise = (n: number) => {
    let x = 2463534242;
    return Uint8Array.from({ length: n }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
  };
  it.each([
    ['random binary data', noise(4096), 'binary-input', /binary data, not text; convert it to UTF-8 text/],
    ['a text file with NUL bytes in it', bytes('Title\n', [0, 0, 0, 0], 'Body\n'), 'binary-input', /binary data/],
    ['a zip archive that is not a Word file', bytes('PK', [3, 4, 20, 0, 6, 0], noise(200)), 'binary-input', /zip archive, not a document; unpack it/],
    // PDF and Word files are read by processFile (test/pdf-shapes.test.ts); processDocument takes text.
    ['a PDF given to processDocument', bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n'), 'binary-input', /the file is a PDF; PDF and Word files are read by processFile/],
    ['an old Word .doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], noise(300)), 'binary-input', /old Word \(\.doc\).*save it from Word as \.docx or PDF/],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise(300)), 'binary-input', /an image/],
    ['Rich Text (RTF) from Word', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Department for Transport\\par}'), 'rtf-input', /Rich Text \(RTF\).*save it from Word as \.docx or PDF/],
  ])('%s', (_name, input, ruleId, message) => {
    let error: unknown;
    try {
      run(input as Uint8Array);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).ruleId).toBe(ruleId);
    expect((error as LoadError).message).toMatch(message);
    expect((error as LoadError).path).toBe('input.txt');
  });
});

describe('the command line: exit codes and messages', () => {
  let dir: string;

  /** The command line in this process, run in `dir`. */
  const cli = (args: string[]) => runMain(args, dir);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-extract-bad-input-'));
    writeFileSync(join(dir, 'page.txt'), PAGE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'spaces.txt'), '  \n\t\n');
    writeFileSync(join(dir, 'word.txt'), latin1(PAGE + 'We said \u0093hello\u0094.\n'));
    writeFileSync(join(dir, 'utf16.txt'), bytes([0xff, 0xfe], utf16le(PAGE)));
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) & 0xff));
    writeFileSync(join(dir, 'report.docx.txt'), bytes('PK', [3, 4, 0, 0, 0, 0]));
    // A folder of a good file beside files that cannot be read.
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.txt'), PAGE);
    symlinkSync(join(folder, 'missing.txt'), join(folder, 'dangling.txt'));
    mkdirSync(join(folder, 'looks-like-a-file.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    writeFileSync(join(folder, 'z-binary.txt'), Uint8Array.from({ length: 512 }, (_, i) => i & 0x0f));
    writeFileSync(join(dir, 'out-is-a-file'), 'not a folder');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  interface Expect {
    status: number;
    stdout?: RegExp;
    stderr?: RegExp;
    /** An output file that must exist afterwards, relative to the run's folder. */
    writes?: string;
  }
  const table: Array<[string, string[], Expect]> = [
    ['an ordinary page', ['run', 'page.txt', '--out', 'o1'], { status: 0, stdout: /page\.txt: 1 units, 2 sections/, writes: 'o1/page/document.json' }],
    ['an empty file: output and exit 0', ['run', 'empty.txt', '--out', 'o2'], { status: 0, stdout: /empty\.txt: 0 units, 0 sections, 0 sentences, 0 entities, 1 warning/, writes: 'o2/empty/document.json' }],
    ['whitespace only: output and exit 0', ['run', 'spaces.txt', '--out', 'o3'], { status: 0, stdout: /spaces\.txt: .*1 warning/, writes: 'o3/spaces/document.json' }],
    ['Windows-1252 from Word: output, a warning, exit 0', ['run', 'word.txt', '--out', 'o4'], { status: 0, stdout: /word\.txt: .*1 warning/, writes: 'o4/word/document.json' }],
    ['UTF-16 with a BOM: exit 0', ['run', 'utf16.txt', '--out', 'o5'], { status: 0, stdout: /utf16\.txt: 1 units/, writes: 'o5/utf16/document.json' }],
    ['binary data: named on stderr, exit 1', ['run', 'binary.txt', '--out', 'o6'], { status: 1, stderr: /binary\.txt: cannot be read: the file is binary data, not text; convert it to UTF-8 text, Markdown or HTML first \[binary-input\]/ }],
    ['a zip archive renamed .txt: what it is and what to do, exit 1', ['run', 'report.docx.txt', '--out', 'o7'], { status: 1, stderr: /report\.docx\.txt: cannot be read: the file is a zip archive, not a document; unpack it/ }],
    ['binary data with --debug: the same message', ['run', 'binary.txt', '--out', 'o8', '--debug'], { status: 1, stderr: /binary\.txt: cannot be read: .*\[binary-input\]/ }],
    ['a file that does not exist: exit 1', ['run', 'nowhere.txt', '--out', 'o9'], { status: 1, stderr: /nowhere\.txt: no such file or folder/ }],
    [
      'a folder with a dangling link, a FIFO, a folder named like a file and a binary file: the good file is written, each bad one named, exit 1',
      ['run', 'folder', '--out', 'o10'],
      { status: 1, stdout: /a-good\.txt: 1 units/, stderr: /dangling\.txt[^\n]*\n(?:.*\n)*.*pipe\.txt.*\n(?:.*\n)*.*z-binary\.txt: cannot be read/, writes: 'o10/a-good/document.json' },
    ],
    ['no input named: usage, exit 2', ['run'], { status: 2, stderr: /run needs at least one file or folder/ }],
    ['an unknown command: usage, exit 2', ['frobnicate'], { status: 2, stderr: /unknown command "frobnicate"/ }],
    ['--out names a file: a message, exit 1', ['run', 'page.txt', '--out', 'out-is-a-file'], { status: 1, stderr: /^policy-extract: cannot write out-is-a-file: a file is in the way of the output folder; check --out out-is-a-file$/m }],
  ];

  it.each(table)('%s', async (_name, args, want) => {
    const r = await cli(args);
    expect(r.status, r.stderr).toBe(want.status);
    if (want.stdout) expect(r.stdout).toMatch(want.stdout);
    if (want.stderr) expect(r.stderr).toMatch(want.stderr);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).not.toMatch(/internal error/);
    if (want.writes) expect(existsSync(join(dir, want.writes)), want.writes).toBe(true);
  }, 60_000);
});
