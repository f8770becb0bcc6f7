// Stage 2: cut the document into a preamble and sections (unit × phase), by the form of its lines.
//
// A page of this genre reads: title, "Updated 16 January 2015", an introduction, then units (a
// department, or an "Action N: …" line), each followed by dated phase headings ("Progress during 2013")
// with body lines under them. Some units have no phase headings at all (the December 2012
// statements: a department name, then one paragraph). The rules, in the order they are tried:
//  1. a phase heading is a phase heading wherever it stands (grammar in headings.ts);
//  2. the line just before a phase heading starts a unit when it has a heading's form
//     ("Department for Transport") or is an "Action N:" line;
//  3. otherwise the line two before does, when the phase run starts again at that heading (a unit's
//     introduction line stands between its heading and its first phase heading);
//  4. a page with no phase headings has units when at least two heading-form lines each stand over a
//     paragraph, as in the December 2012 statements.
// Every line ends up in exactly one section or in the preamble.
import { addMessage, type Doc, type Line, type Section } from '../model.js';
import {
  classifyUnit,
  isChrome,
  looksLikeHeading,
  normaliseSpace,
  parseActionHeading,
  parsePhaseHeading,
  parseUpdatedLine,
  phaseTime,
  unitKeyOf,
  type PhaseHeading,
} from '../headings.js';

interface LineInfo {
  line: Line;
  blank: boolean;
  phase: PhaseHeading | null;
  action: number | null;
  headingForm: boolean;
  chrome: boolean;
}

function describe(lines: Line[]): LineInfo[] {
  return lines.map((line) => {
    const blank = line.content.trim().length === 0;
    const phase = blank ? null : parsePhaseHeading(line.content);
    const chrome = !blank && !phase && isChrome(line.content);
    const updated = !blank && parseUpdatedLine(line.content) !== null;
    return {
      line,
      blank,
      phase,
      action: blank || phase ? null : parseActionHeading(line.content),
      headingForm: !blank && !phase && !chrome && !updated && looksLikeHeading(line.content),
      chrome,
    };
  });
}

/** Index of the nearest non-blank line before `i`, or -1. */
function previousContent(info: LineInfo[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (!info[k].blank) return k;
  return -1;
}

function nextContent(info: LineInfo[], i: number): number {
  for (let k = i + 1; k < info.length; k++) if (!info[k].blank) return k;
  return -1;
}

/** Indices of the lines that start a unit. */
function findUnitHeadings(info: LineInfo[], titleIndex: number): number[] {
  const units = new Set<number>();
  const phases = info.flatMap((x, i) => (x.phase ? [i] : []));

  if (phases.length > 0) {
    let previousTime: number | null = null;
    for (const i of phases) {
      const time = phaseTime(info[i].phase!);
      const restarts = previousTime === null || time === null || time <= previousTime;
      previousTime = time ?? previousTime;
      const j = previousContent(info, i);
      if (j < 0 || info[j].phase) continue;
      const candidate = (k: number) =>
        k >= 0 && !info[k].phase && (info[k].headingForm || info[k].action !== null);
      if (candidate(j) && (j !== titleIndex || nextContent(info, j) === i)) {
        units.add(j);
        continue;
      }
      // An introduction line between the unit heading and its first phase heading.
      const k = previousContent(info, j);
      if (candidate(k) && k !== titleIndex && (restarts || info[k].action !== null) && !units.has(k)) {
        units.add(k);
      }
    }
    return [...units].sort((a, b) => a - b);
  }

  // No phase headings: units are heading-form lines with something under them that do not follow
  // another unit heading directly ("Awaiting DCLG confirmation" under a department is body text).
  let lastUnit = -2;
  const found: number[] = [];
  for (let i = 0; i < info.length; i++) {
    if (i <= titleIndex || !(info[i].headingForm || info[i].action !== null)) continue;
    const before = previousContent(info, i);
    if (before === lastUnit && lastUnit >= 0) continue;
    if (nextContent(info, i) < 0) continue;
    found.push(i);
    lastUnit = i;
  }
  return found.length >= 2 ? found : [];
}

export function segmentSections(doc: Doc): void {
  const info = describe(doc.lines);
  const titleIndex = info.findIndex((x) => !x.blank && !x.chrome);
  const unitStarts = findUnitHeadings(info, titleIndex);
  const unitSet = new Set(unitStarts);
  const firstPhase = info.findIndex((x) => x.phase !== null);
  const bodyStart = Math.min(
    unitStarts.length ? unitStarts[0] : info.length,
    firstPhase >= 0 ? firstPhase : info.length,
  );
  const noStructure = unitStarts.length === 0 && firstPhase < 0;

  // Preamble: everything before the first unit or phase heading.
  const preambleEnd = noStructure ? Math.min(titleIndex + 1, info.length) : bodyStart;
  if (preambleEnd > 0 && titleIndex >= 0) {
    doc.preamble = {
      firstLine: 1,
      lastLine: preambleEnd,
      text: doc.text.slice(doc.lines[0].from, doc.lines[preambleEnd - 1].to),
    };
  }
  for (let i = 0; i < preambleEnd; i++) {
    const x = info[i];
    if (x.blank) continue;
    if (doc.title === null && i === titleIndex) doc.title = normaliseSpace(x.line.content);
    const updated = parseUpdatedLine(x.line.content);
    if (updated && doc.updated === null) doc.updated = updated.iso;
  }
  if (doc.title === null && titleIndex >= 0 && !unitSet.has(titleIndex)) {
    doc.title = normaliseSpace(info[titleIndex].line.content);
  }

  if (noStructure) {
    if (doc.text.trim().length > 0) {
      addMessage(
        doc,
        'no-headings',
        'no unit or phase headings were recognised; the text after the title is one section. Check that units stand on their own lines',
        null,
        null,
      );
    }
    if (preambleEnd < info.length) {
      doc.sections.push(makeSection(doc, 1, null, null, preambleEnd, info.length - 1, info));
    }
    assignIds(doc);
    return;
  }

  let unitIndex = 0;
  let unitLine: number | null = null;
  let current: { start: number; phaseLine: number | null } | null = null;
  const seenPhases = new Map<string, number>();
  const flush = (end: number) => {
    if (!current) return;
    doc.sections.push(makeSection(doc, unitIndex, unitLine, current.phaseLine, current.start, end, info));
    current = null;
  };

  for (let i = bodyStart; i < info.length; i++) {
    if (unitSet.has(i)) {
      flush(i - 1);
      unitIndex++;
      unitLine = i;
      seenPhases.clear();
      current = { start: i, phaseLine: null };
      continue;
    }
    const phase = info[i].phase;
    if (phase) {
      // The unit heading's own section ends here unless it holds nothing but the heading.
      const onlyHeading: boolean = current !== null && current.phaseLine === null && current.start === unitLine &&
        info.slice(current.start + 1, i).every((x) => x.blank);
      if (current && !onlyHeading) flush(i - 1);
      if (unitIndex === 0) {
        unitIndex = 1;
        addMessage(
          doc,
          'phase-without-unit',
          `phase heading "${normaliseSpace(info[i].line.content)}" has no unit heading above it; its sections belong to the document as a whole`,
          i + 1,
          1,
        );
      }
      const key = `${phase.kind}:${phase.year}`;
      if (seenPhases.has(key)) {
        addMessage(
          doc,
          'duplicate-phase',
          `phase heading "${normaliseSpace(info[i].line.content)}" appears a second time in this unit (first on line ${seenPhases.get(key)! + 1}); both sections are kept`,
          i + 1,
          1,
        );
      } else {
        seenPhases.set(key, i);
      }
      current = { start: onlyHeading && current ? current.start : i, phaseLine: i };
      continue;
    }
  }
  flush(info.length - 1);
  assignIds(doc);
}

function makeSection(
  doc: Doc,
  unitIndex: number,
  unitLine: number | null,
  phaseLine: number | null,
  first: number,
  last: number,
  info: LineInfo[],
): Section {
  const ownsUnitLine = unitLine !== null && first === unitLine;
  const headings = new Set<number>();
  if (ownsUnitLine) headings.add(unitLine!);
  if (phaseLine !== null) headings.add(phaseLine);
  let startLine: number | null = null;
  let endLine: number | null = null;
  for (let i = first; i <= last; i++) {
    if (headings.has(i) || info[i].blank) continue;
    if (startLine === null) startLine = i;
    endLine = i;
  }
  const from = startLine !== null ? info[startLine].line.from : (phaseLine !== null ? info[phaseLine] : info[first]).line.to;
  const to = endLine !== null ? info[endLine].line.to : from;
  const unitHeading = unitLine !== null ? normaliseSpace(info[unitLine].line.content) : (doc.title ?? '');
  const phase = phaseLine !== null ? info[phaseLine].phase : null;
  return {
    id: '',
    unitIndex,
    unit: unitHeading,
    unitKind: unitLine !== null ? classifyUnit(unitHeading) : 'other',
    unitKey: unitLine !== null ? unitKeyOf(unitHeading) : 'document',
    phase: phaseLine !== null ? normaliseSpace(info[phaseLine].line.content) : null,
    phaseKind: phase?.kind ?? null,
    phaseYear: phase?.year ?? null,
    phaseMonth: phase?.month ?? null,
    unitLine: ownsUnitLine ? unitLine! + 1 : null,
    headingLine: phaseLine !== null ? phaseLine + 1 : null,
    firstLine: first + 1,
    lastLine: last + 1,
    startLine: startLine !== null ? startLine + 1 : null,
    endLine: endLine !== null ? endLine + 1 : null,
    text: doc.text.slice(from, to),
    span: { from, to },
  };
}

/** Ids from structure: `u03` for a unit's lines before its first phase, `u03.p2` for its second phase. */
function assignIds(doc: Doc): void {
  let phaseCount = 0;
  let lastUnit = -1;
  for (const section of doc.sections) {
    if (section.unitIndex !== lastUnit) {
      phaseCount = 0;
      lastUnit = section.unitIndex;
    }
    const unit = `u${String(section.unitIndex).padStart(2, '0')}`;
    if (section.phase === null) {
      section.id = unit;
    } else {
      phaseCount++;
      section.id = `${unit}.p${phaseCount}`;
    }
    if (section.startLine === null) {
      addMessage(
        doc,
        'empty-section',
        `section "${section.unit}${section.phase ? ` / ${section.phase}` : ''}" has a heading and nothing under it`,
        section.headingLine ?? section.unitLine ?? section.firstLine,
        1,
        'info',
      );
    }
  }
}
