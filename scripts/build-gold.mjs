#!/usr/bin/env node
// Builds fixtures/<case>/gold.entities.json from the hand-written fixtures/<case>/gold.tsv.
//
// gold.tsv holds one mention a row, tab-separated:
//   line  type  text  value  extras
// - line: the 1-based source line the mention starts on;
// - text: the exact characters of the mention; when the same text occurs more than once on the
//   line, suffix the type with "#n" (1-based occurrence), e.g. "date#2";
// - value: the normalised value (a JSON number for number, percent and money; a string otherwise);
// - extras: optional JSON object, e.g. {"counts":"students"} or {"mod":"EARLY","anchor":"phase"}.
// Lines starting with "#" and blank lines are ignored.
//
// Offsets are counted in Unicode code points (as document.json counts them); the script fails,
// naming the row, when a mention cannot be found on its line.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const numericTypes = new Set(['number', 'percent', 'money']);

function splitLines(text) {
  // Keeps every line's start index (UTF-16) and its content without the line ending.
  const lines = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m;
  while ((m = re.exec(text))) {
    lines.push({ start, content: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, content: text.slice(start) });
  return lines;
}

const cpLength = (s) => Array.from(s).length;

export function buildGold(caseDir) {
  const meta = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const inputPath = join(caseDir, meta.input);
  let text = readFileSync(inputPath, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = splitLines(text);
  const rows = readFileSync(join(caseDir, 'gold.tsv'), 'utf8').split('\n');
  const entities = [];
  const errors = [];
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('#')) return;
    const [lineStr, typeSpec, mention, valueStr = '', extrasStr = ''] = row.split('\t');
    const where = `gold.tsv:${i + 1}`;
    const lineNo = Number(lineStr);
    const [type, occStr] = typeSpec.split('#');
    const occurrence = occStr ? Number(occStr) : 1;
    const line = lines[lineNo - 1];
    if (!line) return errors.push(`${where}: no line ${lineNo}`);
    let col = -1;
    for (let k = 0; k < occurrence; k++) {
      col = line.content.indexOf(mention, col + 1);
      if (col < 0) break;
    }
    if (col < 0) return errors.push(`${where}: "${mention}" (occurrence ${occurrence}) not on line ${lineNo}`);
    const startIdx = line.start + col;
    const endIdx = startIdx + mention.length;
    const point = (idx) => {
      const offset = cpLength(text.slice(0, idx));
      const lineStart = lines.findLastIndex((l) => l.start <= idx);
      return { line: lineStart + 1, column: cpLength(text.slice(lines[lineStart].start, idx)) + 1, offset };
    };
    let value = valueStr;
    if (numericTypes.has(type)) {
      value = Number(valueStr);
      if (!Number.isFinite(value)) return errors.push(`${where}: value "${valueStr}" is not a number`);
    }
    let extras = {};
    if (extrasStr.trim()) {
      try {
        extras = JSON.parse(extrasStr);
      } catch {
        return errors.push(`${where}: extras are not JSON: ${extrasStr}`);
      }
    }
    entities.push({ type, text: mention, start: point(startIdx), end: point(endIdx), value, ...extras });
  });
  entities.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  const gold = {
    document: relative(caseDir, inputPath).split('\\').join('/'),
    annotator: meta.annotator ?? 'hand',
    guide: 'docs/annotation.md',
    entities,
  };
  return { gold, errors };
}

const cases = process.argv.slice(2);
const all = cases.length ? cases : readdirSync(join(root, 'fixtures')).filter((d) => existsSync(join(root, 'fixtures', d, 'gold.tsv')));
let failed = false;
for (const c of all) {
  const dir = c.includes('/') ? c : join(root, 'fixtures', c);
  const { gold, errors } = buildGold(dir);
  for (const e of errors) console.error(`${relative(root, dir)}/${e}`);
  if (errors.length) failed = true;
  writeFileSync(join(dir, 'gold.entities.json'), JSON.stringify(gold, null, 2) + '\n');
  console.log(`${relative(root, dir)}: ${gold.entities.length} gold mentions${errors.length ? `, ${errors.length} errors` : ''}`);
}
process.exit(failed ? 1 : 0);
