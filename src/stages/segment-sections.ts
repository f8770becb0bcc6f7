// Stage 2: cut the document into a preamble and sections (unit × phase), by the form of its lines.
//
// A page of this genre reads: title, "Updated 16 January 2015", an introduction, then units (a
// department, or an "Action N: …" line), each followed by dated phase headings ("Progress during 2013")
// with body lines under them. Some units have no phase headings at all (the December 2012
// statements: a department name, then one paragraph ending "Read more »"). No list of names is used;
// the rules, in the order they are tried:
//  1. a phase heading is a phase heading wherever it stands (grammar in headings.ts);
//  2. when a phase heading starts the phase run again (its date is not later than the one before:
//     "Planned activities in 2015" then "Departmental digital strategy commitments (December 2012)"),
//     a new unit starts in the lines since the previous phase heading: the nearest line with a
//     heading's form ("Cabinet Office") or an "Action N:" line. Lines between it and the phase heading
//     are the unit's introduction (a section with phase null);
//  3. when the run goes on ("Progress during 2014" then "Planned activities in 2015"), a new unit starts
//     only at an "Action N:" line, or at a heading-form line naming a body ("Department of Health")
//     that stands right above the phase heading after some body text: actions with only some phases;
//  4. an "Action N:" line is a unit wherever it stands, unless it repeats the page's own title (the seed
//     repeats "Action 3: …" under its title);
//  5. a page with no phase headings has units when heading-form lines stand over paragraphs, as in the
//     December 2012 statements. A run of heading-form lines alternates heading, body upwards from the
//     paragraph under it: "Department for Communities and Local Government" / "Awaiting DCLG
//     confirmation" / "Department for Culture Media & Sport" / paragraph.
// Every line ends up in exactly one section or in the preamble; the scan is linear in the lines.
import { addMessage, lineSpan, type Doc, type Line, type Section } from '../model.js';
import {
  classifyUnit,
  HEADING_PROBE_LIMIT,
  isChrome,
  isTitleCase,
  looksLikeHeading,
  normaliseSpace,
  parseActionHeading,
  parseBullet,
  parsePhaseHeading,
  parseUpdatedLine,
  phaseTime,
  type PhaseHeading,
} from '../headings.js';
import { tableLines } from '../tables/table-lines.js';
import { unitKey } from '../units/unit-key.js';

interface LineInfo {
  line: Line;
  blank: boolean;
  phase: PhaseHeading | null;
  action: number | null;
  headingForm: boolean;
  chrome: boolean;
  /** "Updated 16 January 2015" */
  updated: boolean;
}

function describe(lines: Line[], inTable: ReadonlySet<number>): LineInfo[] {
  return lines.map((line) => {
    const content = line.content;
    const blank = content.trim().length === 0;
    // A table's lines are cells, never headings ("2015-16", "Department for Transport (DfT)").
    if (!blank && inTable.has(line.number)) {
      return { line, blank, phase: null, action: null, headingForm: false, chrome: false, updated: false };
    }
    const phase = blank ? null : parsePhaseHeading(content);
    const chrome = !blank && !phase && isChrome(content);
    const updated = !blank && !phase && parseUpdatedLine(content) !== null;
    return {
      line,
      blank,
      phase,
      action: blank || phase ? null : parseActionHeading(content),
      headingForm: !blank && !phase && !chrome && !updated && looksLikeHeading(content),
      chrome,
      updated,
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

/** The action a title names after a dash or colon: "… December 2013 — Action 12: Broaden …" → 12. */
function actionAfterDash(title: string): number | null {
  const m = /(?:\s[—–-]\s+|:\s+)(?=Action\s)/i.exec(title);
  return m ? parseActionHeading(title.slice(m.index + m[0].length)) : null;
}

/** Indices of the lines that start a unit, ascending. */
function findUnitHeadings(info: LineInfo[], titleIndex: number): number[] {
  // (The title names its action after the series' name too: "Government Digital Strategy: December 2013 —
  // Action 12: Broaden the range …", whose introduction may repeat "Action 12: …".)
  const titleAction = titleIndex >= 0 ? (info[titleIndex].action ?? actionAfterDash(info[titleIndex].line.content)) : null;
  // An "Action N:" line that is not the title nor a repeat of it: "Action 05: …" on a department's page.
  const isAction = (k: number) =>
    k > titleIndex && info[k].action !== null && !(titleAction !== null && info[k].action === titleAction);
  const isCandidate = (k: number) => k > titleIndex && !info[k].phase && (info[k].headingForm || isAction(k));
  const namesBody = (k: number) => classifyUnit(info[k].line.content) !== 'other';
  // A line that names a body in title case: "Home Office", not "Some of the department’s larger ALBs also app".
  const namesBodyInTitleCase = (k: number) => namesBody(k) && isTitleCase(info[k].line.content);

  const phases: number[] = [];
  for (let i = 0; i < info.length; i++) if (info[i].phase) phases.push(i);
  if (phases.length === 0) return findUnitsWithoutPhases(info, titleIndex, isAction, isCandidate, namesBodyInTitleCase);

  const units: number[] = [];
  let previousPhase = -1;
  let previousTime: number | null = null;
  for (const i of phases) {
    const time = phaseTime(info[i].phase!);
    const restarts = previousTime === null || time === null || time <= previousTime;
    previousTime = time ?? previousTime;
    const gapStart = previousPhase + 1;
    previousPhase = i;
    const j = previousContent(info, i);
    if (j < gapStart) continue; // two phase headings in a row

    // The title itself is the unit when a phase heading follows it directly ("Department for
    // Transport" / "Progress during 2013" with nothing above).
    if (j === titleIndex && info[j].headingForm) {
      units.push(j);
      continue;
    }
    // Walk the gap back to the previous phase heading once (so the scan stays linear), noting the
    // nearest action line and the nearest heading-form lines.
    let nearestAction = -1;
    let nearest = -1;
    let aboveNearest = -1;
    const extraActions: number[] = [];
    const bodyNames: number[] = [];
    for (let k = j; k >= gapStart; k--) {
      if (info[k].blank) continue;
      if (isCandidate(k) && !isAction(k) && namesBodyInTitleCase(k)) bodyNames.push(k);
      if (isAction(k)) {
        if (nearestAction < 0) nearestAction = k;
        else extraActions.push(k);
      }
      if (isCandidate(k) && nearest < 0) {
        nearest = k;
        const above = previousContent(info, k);
        if (above >= gapStart && isCandidate(above)) aboveNearest = above;
      }
    }
    // Actions without phase headings between two phased units are units of their own (rule 4).
    for (const k of extraActions) units.push(k);

    if (nearestAction >= 0) {
      units.push(nearestAction);
    } else if (restarts && nearest >= 0) {
      // "Department X" / "Awaiting confirmation" / phase heading: the upper line names a body and the
      // lower one does not, so the upper one is the unit and the lower one its introduction.
      const pick = aboveNearest >= 0 && namesBody(aboveNearest) && !namesBody(nearest) ? aboveNearest : nearest;
      units.push(pick);
      // Earlier in the gap, a unit without phase headings between two phased ones: a line naming a
      // body, in title case, after body text and over body text ("… digital teams." / "Wales Office" /
      // "No update was given this year." / "Home Office" / "Progress during 2013").
      for (const k of bodyNames) {
        if (k >= pick) continue;
        const before = previousContent(info, k);
        const after = nextContent(info, k);
        const bodyBefore = before >= gapStart && !isCandidate(before);
        const bodyAfter = after >= 0 && after < pick && (!isCandidate(after) || !namesBody(after));
        if (bodyBefore && bodyAfter) units.push(k);
      }
    } else if (!restarts && nearest === j && namesBody(j)) {
      // Body text must stand between the previous phase heading and the new unit; a lead-in ending in
      // a colon ("The new team is called:") introduces the line instead of ending a section.
      const before = previousContent(info, j);
      if (before >= gapStart && !/:\s*$/.test(info[before].line.content.slice(-20))) units.push(j);
    }
  }
  // Actions after the last phase heading (a page cut off after an action's heading and introduction).
  for (let k = previousPhase + 1; k < info.length; k++) if (isAction(k)) units.push(k);
  // A page cut off right after a unit heading: "… digital teams." / "Home Office" and nothing more.
  const last = previousContent(info, info.length);
  if (last > previousPhase && isCandidate(last) && namesBodyInTitleCase(last) && previousContent(info, last) > previousPhase) {
    units.push(last);
  }
  return [...new Set(units)].sort((a, b) => a - b);
}

/** Rule 5: units of a page without phase headings, found from runs of heading-form lines. */
function findUnitsWithoutPhases(
  info: LineInfo[],
  titleIndex: number,
  isAction: (k: number) => boolean,
  isCandidate: (k: number) => boolean,
  namesBodyInTitleCase: (k: number) => boolean,
): number[] {
  const found: number[] = [];
  let run: number[] = [];
  let afterParagraph = false;
  const closeRun = (followedByParagraph: boolean) => {
    if (run.length === 0) return;
    if (followedByParagraph && run.length > 1 && run.every(namesBodyInTitleCase)) {
      // Every line names a body: each is a heading, the upper ones of units with no text in this
      // version ("Her Majesty's Treasury" / "Home Office" / "Home Office's Digital Leader will …").
      found.push(...run);
    } else if (followedByParagraph) {
      // The line over the paragraph is a heading; upwards the run alternates body, heading.
      for (let r = run.length - 1; r >= 0; r -= 2) found.push(run[r]);
    } else if (run.length === 1) {
      // A last line naming a body after a paragraph: a unit whose text was cut off.
      if (afterParagraph && namesBodyInTitleCase(run[0])) found.push(run[0]);
    } else {
      // At the end of the page a heading has something under it: heading, body, heading, body …
      for (let r = 0; r < run.length; r += 2) found.push(run[r]);
    }
    for (const k of run) if (isAction(k)) found.push(k);
    run = [];
  };
  for (let i = titleIndex + 1; i < info.length; i++) {
    // Page chrome ("Read more »") and date lines neither head nor end a run.
    if (info[i].blank || info[i].chrome || info[i].updated) continue;
    if (isCandidate(i)) {
      run.push(i);
      continue;
    }
    closeRun(true);
    afterParagraph = true;
  }
  closeRun(false);
  const units = [...new Set(found)].sort((a, b) => a - b);
  return units.length >= 2 || units.some(isAction) ? units : [];
}

export function segmentSections(doc: Doc): void {
  const info = describe(doc.lines, tableLines(doc));
  const titleIndex = info.findIndex((x) => !x.blank && !x.chrome);
  const unitStarts = findUnitHeadings(info, titleIndex);
  const unitSet = new Set(unitStarts);
  const firstPhase = info.findIndex((x) => x.phase !== null);
  const bodyStart = Math.min(
    unitStarts.length ? unitStarts[0] : info.length,
    firstPhase >= 0 ? firstPhase : info.length,
  );
  const noStructure = unitStarts.length === 0 && firstPhase < 0;
  // Without structure, the first line is a title only when it has a title's form; a page that starts
  // with a sentence ("We will redesign 3 services.") is all one section.
  const titled = titleIndex >= 0 && (!noStructure || info[titleIndex].headingForm || info[titleIndex].action !== null);

  // Preamble: everything before the first unit or phase heading.
  const preambleEnd = noStructure ? (titled ? titleIndex + 1 : 0) : bodyStart;
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
  if (doc.title === null && titled && !unitSet.has(titleIndex) && !info[titleIndex].phase) {
    doc.title = normaliseSpace(info[titleIndex].line.content);
  }
  // The preamble is read like any section (the title, "Updated …" line and introduction name things
  // too), as section u00: the units' own ids (u01, u01.p1, …) stay as they were.
  if (doc.preamble) doc.sections.push(makeSection(doc, 0, null, null, 0, preambleEnd - 1, info));

  if (noStructure) {
    if (doc.text.trim().length > 0) {
      addMessage(
        doc,
        'no-headings',
        'no unit or phase headings were recognised; the text after the title is one section. Check that units stand on their own lines',
      );
    }
    if (preambleEnd < info.length) {
      doc.sections.push(makeSection(doc, 1, null, null, preambleEnd, info.length - 1, info));
    }
    assignIds(doc);
    reportCutOff(doc, info);
    return;
  }

  let unitIndex = 0;
  let unitLine: number | null = null;
  let current: { start: number; phaseLine: number | null } | null = null;
  const seenPhases = new Map<string, number>();
  let lastTime: { time: number; line: number } | null = null;
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
      lastTime = null;
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
          lineSpan(doc, i + 1),
        );
      }
      const key = `${phase.kind}:${phase.year}`;
      if (seenPhases.has(key)) {
        addMessage(
          doc,
          'duplicate-phase',
          `phase heading "${normaliseSpace(info[i].line.content)}" appears a second time in this unit (first on line ${seenPhases.get(key)! + 1}); both sections are kept`,
          lineSpan(doc, i + 1),
        );
      } else {
        seenPhases.set(key, i);
        // "Progress during 2014" then "Progress during 2013" with no unit heading between them: most
        // likely a unit heading the page lost, or one that does not have a heading's form.
        const time = phaseTime(phase);
        if (time !== null && lastTime !== null && time <= lastTime.time) {
          addMessage(
            doc,
            'phase-out-of-order',
            `phase heading "${normaliseSpace(info[i].line.content)}" comes earlier in time than the one on line ${lastTime.line + 1} but no unit heading stands between them; both sections are kept in this unit`,
            lineSpan(doc, i + 1),
          );
        }
      }
      const phaseTimeNow = phaseTime(phase);
      if (phaseTimeNow !== null) lastTime = { time: phaseTimeNow, line: i };
      current = { start: onlyHeading && current ? current.start : i, phaseLine: i };
      continue;
    }
  }
  flush(info.length - 1);
  assignIds(doc);
  reportCutOff(doc, info);
}

/**
 * A page whose last line stops in the middle of a sentence ("… The cre") was cut off; its last section
 * is kept as it is and a message says so.
 */
function reportCutOff(doc: Doc, info: LineInfo[]): void {
  let last = info.length - 1;
  while (last >= 0 && info[last].blank) last--;
  if (last < 0) return;
  const x = info[last];
  if (x.phase || x.chrome || x.updated || x.action !== null) return;
  const content = x.line.content;
  // A short unpunctuated last line is a heading or a note ("Awaiting DCLG confirmation"); a longer one
  // ("Some of the department’s larger ALBs also app") is a sentence that stops.
  const lastSection = doc.sections[doc.sections.length - 1];
  if (lastSection?.unitLine === x.line.number || lastSection?.headingLine === x.line.number) return;
  if (x.headingForm && normaliseSpace(content.slice(0, HEADING_PROBE_LIMIT)).split(' ').length < 6) return;
  if (parseBullet(content.slice(0, 20))) return;
  const end = content.trimEnd();
  if (/[.!?:;»)\]"”’'…]$/u.test(end)) return;
  addMessage(
    doc,
    'text-cut-off',
    `the last line ends without closing punctuation ("…${end.slice(-20)}"); the page may have been cut off`,
    lineSpan(doc, x.line.number),
    'info',
  );
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
    unitKey: unitLine !== null ? unitKey(unitHeading) : 'document',
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
    outlineId: null,
    headingPath: [],
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
        lineSpan(doc, section.headingLine ?? section.unitLine ?? section.firstLine),
        'info',
      );
    }
  }
}
