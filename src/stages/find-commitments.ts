// Stage: find the commitments, the statements of what a unit will do, with their actor, deadline and
// target. A commitment is
//  - a sentence (of a paragraph or a bullet item) of a commitments or planned phase ("Planned activities in 2014"), except
//    a lead-in ("DH will:", "These include:"), a context sentence ("This will build on the work it is
//    testing now.") and a placeholder ("Coming soon...");
//  - a bullet item after a lead-in that makes it one ("DH will:" → each bullet, with DH as actor): the
//    item's first sentence; its later ones are read as any statement is;
//  - the action of a row of a table of actions, due by the date in its end column
//    (commitments/table-rows.ts);
//  - anywhere else, a statement whose main verb says what the unit will do ("will", "plans to",
//    "aims to", "intends to", "is committed to", "By March 2014 …"), not a relative clause ("a tool
//    which will help users").
// Runs after extract-entities (deadlines and targets reuse the normalised dates, numbers, percents and
// sums of money of the statement) and key-units (commitments carry the unit key).
import { PREAMBLE_SECTION_ID, type Commitment, type Doc, type Entity, type Section, type Sentence, type Span } from '../model.js';
import { normaliseSpace } from '../headings.js';
import { deadlineOf, findByDate, findCue, isContext, isLeadIn, isNoPromise, isPlaceholder, isPronounSubject, subjectOf, targetOf } from '../commitments/statement.js';
import { groupBy } from '../group-by.js';
import { isInfinitive } from '../extract/service-names.js';
import { tableRowCommitments } from '../commitments/table-rows.js';
import { ITEM_LABEL } from '../extract/words.js';

const PLAN_PHASES = new Set(['commitments', 'planned']);
// "a tool which will help users": a cue in a relative clause says what a thing will do, not the unit.
const RELATIVE_BEFORE = /\b(?:which|that|who|whom|whose)\s+(?:\w+\s+)?$/i;

export function findCommitments(doc: Doc): void {
  const entitiesOf = groupBy(doc.entities, (e) => e.sentenceId);
  const sentencesOf = groupBy(doc.sentences, (s) => s.sectionId);
  const commitments: Commitment[] = [];
  const title = titleSpan(doc);
  // The one organisation the publication belongs to, once per document.
  const publisher = publisherOf(doc);
  // The actions of tables of actions, with the dates of their end column, and the body the plan is of.
  const tableRows = doc.tables.length ? tableRowCommitments(doc.tables, doc.sentences, doc.entities) : new Map();
  const documentBody = bodyOfPlan(doc, title, publisher);
  const planBody = tableRows.size ? documentBody : null;
  // The last name a pronoun can stand for in this section ("It will establish …" after "Cabinet Office … will").
  let lastActor: string | null = null;
  let lastOrganisation: string | null = null;
  for (const section of doc.sections) {
    // A name a pronoun or a subjectless item can stand for is one of this section: the body that acted
    // in a unit's progress is not the one its plans speak for.
    lastActor = null;
    lastOrganisation = null;
    const plan = section.phaseKind !== null && PLAN_PHASES.has(section.phaseKind);
    let leadIn: { actor: string | null; promises: boolean; deadline: string | null } | null = null;
    let previous: Sentence | null = null;
    for (const sentence of sentencesOf.get(section.id) ?? []) {
      const text = sentence.text;
      // A later sentence of a bullet item ("- bringing fibre to schools. This will …") is read as any
      // statement is; the lead-in speaks through the item's first sentence only, and stays for the
      // items after.
      const continues = previous !== null && continuesItem(doc.text, previous, sentence);
      previous = sentence;
      const entities = entitiesOf.get(sentence.id) ?? [];
      const local = entities.map((e) => ({ ...e, from: e.span.from - sentence.span.from, to: e.span.to - sentence.span.from }));
      const resolve = (subject: string | null): string | null => {
        // Under a heading that names no body ("1. A cleaner environment"), the body the document is of.
        const fallback = section.unitKind === 'other' ? (documentBody ?? section.unit) : section.unit;
        if (subject === null) return lastActor ?? lastOrganisation ?? fallback;
        if (!isPronounSubject(subject)) return subject;
        // "we" is the department: the unit on a page organised by department, the page's department on
        // a department's page organised by action.
        if (/^(?:we|our\s)/i.test(subject)) {
          if (section.unitKind === 'department') return section.unit;
          const department = doc.metadata.department;
          if (typeof department === 'string' && department) return department;
          // A GOV.UK publication of one organisation speaks for it.
          if (publisher) return publisher;
          // A heading that names no body ("Actions", "Next steps", "Action 7: Strengthen commercial
          // skills") is no actor: "We" stays as written.
          if (section.unitKind === 'other' || section.unitKind === 'action') return subject;
          return lastOrganisation ?? lastActor ?? section.unit;
        }
        return lastActor ?? lastOrganisation ?? fallback;
      };
      const remember = (actor: string | null) => {
        for (const e of entities) if (e.type === 'organisation') lastOrganisation = e.text;
        // A number of things is no name a later pronoun or subjectless statement stands for ("8
        // departments publish it …; It will next be refreshed …").
        if (actor && !QUANTITY_OPENING.test(actor)) lastActor = actor;
      };
      if (isPlaceholder(text)) continue;
      // A row of a table of actions: its action, due by the date in its end column.
      const row = tableRows.get(sentence.id);
      if (row) {
        // The body the plan is of: its department, else the body its title names; an action that
        // names its own subject ("DfT will …") keeps it. The action's label ("2.2") is no target.
        const own = findCue(text) ? subjectOf(text) : null;
        const actor = own ? resolve(own.text) : (row.actor ?? planBody ?? section.unit);
        const label = LABEL_OPENING.exec(text)?.[0].length ?? 0;
        commitments.push({ ...make(doc, section, sentence, 'table-row', actor, local, label, -1), deadline: row.deadline });
        continue;
      }
      // The document's title names the page ("Action 05: All departments will redesign …"); it is no
      // statement of the preamble, whatever its verb.
      if (title && sentence.span.from >= title.from && sentence.span.to <= title.to) continue;
      // An item with a subject and a cue of its own is a statement of its own, whatever the lead-in
      // ("In addition:" → "- Citizens Advice will run 200 sessions").
      const ownStatement = sentence.bullet !== null && leadIn !== null && (continues || hasOwnSubject(text));
      // (An item of a lead-in that promises nothing, "Actions:", is read as any statement is, outside a
      // progress phase, whose items report.)
      if (sentence.bullet !== null && leadIn && !ownStatement && (plan || leadIn.promises || section.phaseKind === 'progress')) {
        if (!plan && !leadIn.promises) continue;
        // The item is the promise whole: a date anywhere in it is its deadline, else the lead-in's ("By
        // the end of September, GDS will:" → each item's deadline).
        commitments.push(make(doc, section, sentence, 'lead-in-item', leadIn.actor, local, 0, -1, leadIn.deadline));
        continue;
      }
      if (!ownStatement && sentence.bullet === null) leadIn = null;
      const cue = findCue(text);
      // A passive's agent is the actor when an organisation or a person stands there.
      const subject = subjectOf(text, (from, to) => local.some((e) => (e.type === 'organisation' || e.type === 'person') && e.from < to && from < e.to));
      if (isLeadIn(text)) {
        // "DH will:" → DH; "These include:" → the actor named before.
        const actor = subject && !/^(?:these|this|they|those|it)\b/i.test(subject.text) ? resolve(subject.text) : resolve(null);
        const dates = local.filter((e) => e.type === 'date');
        // A lead-in says when for all its items, wherever it writes it: "Next quarter we will:".
        leadIn = { actor, promises: cue !== null, deadline: deadlineOf(text, dates, -1) };
        remember(actor);
        continue;
      }
      const actor = resolve(subject ? holderOf(subject, local) : null);
      const byDate = findByDate(text);
      let rule: string | null = null;
      if (plan) rule = isContext(text) ? null : 'phase';
      // In a progress phase the cue must follow the subject closely: "DH will next …", not "DH launched
      // a service in 2013, and users will be able to …".
      // Outside a progress phase a deadline makes a commitment wherever it stands: "Defra is already
      // engaged in moving its online publishing activity to GOV.UK by 31 March 2013".
      // (A date the sentence opens with is the whole sentence's: "By the end of March 2014 171,000
      // assessments had been lodged" reports.)
      else if (section.phaseKind !== 'progress' && !isContext(text) && byDate && !REPORTS_PAST.test(byDate.index === 0 ? text : text.slice(0, byDate.index))) rule = 'deadline';
      else if (cue && !isContext(text) && !RELATIVE_BEFORE.test(text.slice(0, cue.index)) && !(cue.index === 0 && REPORTS_PAST.test(text)) && (section.phaseKind !== 'progress' || !subject || cue.index <= subject.from + subject.text.length + 40)) rule = 'cue';
      // (Not a document describing itself, a forecast someone reports, or a quantity that will change by itself.)
      const at = cue?.index ?? byDate?.index ?? 0;
      if (rule && rule !== 'phase' && isNoPromise(text, at, subject?.text ?? null, local.some((e) => e.type === 'date' && e.from > at))) rule = null;
      if (rule) {
        const subjectEnd = subject ? subject.from + subject.text.length : 0;
        commitments.push(make(doc, section, sentence, rule, actor, local, subjectEnd, cue?.index ?? byDate?.index ?? null));
      }
      // A demonstrative ("This will build on …") names nothing a later pronoun could stand for.
      remember(subject && !isPronounSubject(subject.text) && !/^(?:this|that|these|those)$/i.test(subject.text) ? subject.text : null);
    }
  }
  doc.commitments = commitments;
}

// The number that labels an item: "2.2 ", "1.3.i ".
const QUANTITY_OPENING = /^(?:(?:up to|around|about|over|more than|almost|nearly|some|at least|all|a further|another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\b)/i;
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\s/;
const LABEL_OPENING = new RegExp(String.raw`^\s*${ITEM_LABEL}\s+`);

/** The department a plan is of (its title names it), else the one organisation it belongs to, else the first body its title names, or null. */
function bodyOfPlan(doc: Doc, title: Span | null, publisher: string | null): string | null {
  if (typeof doc.metadata.department === 'string' && doc.metadata.department) return doc.metadata.department;
  // A GOV.UK publication of one organisation is that organisation's plan.
  if (publisher) return publisher;
  if (title) return doc.entities.find((e) => e.type === 'organisation' && e.span.from >= title.from && e.span.to <= title.to)?.text ?? null;
  // A title read from markup or front matter: the first body the text names that the title names too.
  const named = doc.title;
  return named ? (doc.entities.find((e) => e.type === 'organisation' && named.includes(e.text))?.text ?? null) : null;
}

/**
 * The subject as the actor is written: the person when a post is written before their name ("Chief
 * Executive Helen Marsh has committed …" → Helen Marsh, "Minister for Farming Lord Thornbury will …" →
 * Thornbury), as the entities read it; else the subject whole (a list, "DWP and Jane Smith", stays).
 */
function holderOf(subject: { text: string; from: number }, entities: ReadonlyArray<Pick<Entity, 'type' | 'text'> & { from: number; to: number }>): string {
  const end = subject.from + subject.text.length;
  const person = entities.find((e) => e.type === 'person' && e.to === end && e.from > subject.from);
  if (!person) return subject.text;
  const post = subject.text.slice(0, person.from - subject.from).trim();
  return /^\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,6}$/u.test(post) && !/\s(?:and|or|&)\s/.test(` ${post} `) ? person.text : subject.text;
}

// GOV.UK's line of who published a page, as a saved page shows it: "From: Department for Transport".
const FROM_LINE = /^\s*From:?\s+(\S.*?)\s*$/;
const FRONT_LINES = 12;

/**
 * The one organisation a GOV.UK publication belongs to: the Content API's, else the one its "From:" line
 * names, when the line names one body and nothing else (a page saved as HTML or text); else null.
 */
function publisherOf(doc: Doc): string | null {
  if (doc.metadata.organisations) return doc.metadata.organisations.length === 1 ? doc.metadata.organisations[0] : null;
  for (const line of doc.lines.slice(0, FRONT_LINES)) {
    const m = FROM_LINE.exec(line.content);
    if (!m) continue;
    const from = line.from + line.content.indexOf(m[1]);
    const to = from + m[1].length;
    const named = doc.entities.filter((e) => e.span.from >= from && e.span.to <= to);
    return named.length === 1 && named[0].type === 'organisation' && named[0].span.from === from && named[0].span.to === to ? named[0].text : null;
  }
  return null;
}

/** The title line of the preamble (section u00), when the preamble's first line is the document's title. */
function titleSpan(doc: Doc): Span | null {
  const preamble = doc.sections.find((s) => s.id === PREAMBLE_SECTION_ID);
  if (!preamble || preamble.startLine === null || doc.title === null) return null;
  const line = doc.lines[preamble.startLine - 1];
  return line && normaliseSpace(line.content) === normaliseSpace(doc.title) ? { from: line.from, to: line.to } : null;
}

/** Whether a statement names its own subject before its cue: "Citizens Advice will run …" (not "run …"). */
/** The sentence goes on the bullet item the one before it opened: both in one item, on one line. */
function continuesItem(text: string, previous: Sentence, sentence: Sentence): boolean {
  return previous.bullet !== null && sentence.bullet !== null && !text.slice(previous.span.to, sentence.span.from).includes('\n');
}

function hasOwnSubject(text: string): boolean {
  const cue = findCue(text);
  const subject = cue ? subjectOf(text) : null;
  if (subject === null || cue === null || isPronounSubject(subject.text) || subject.from + subject.text.length > cue.index) return false;
  // A name, not an instruction: "Consider introducing a quality mark … so users can" is the item's verb.
  const first = /^(?:the\s+)?(\p{Lu}\p{Ll}*)/u.exec(subject.text);
  return first !== null && !isInfinitive(first[1]) && subject.text.split(/\s+/).length <= 10;
}

/**
 * The date a statement opens with, when its subject and cue follow it at once: "In 2013/14 Jobcentre
 * Plus will pilot …" → FY2013-14, "In July, DWP will …", "Next quarter, GDS will …" (not "In 2013 DH
 * launched the service, and will …", where the date is another clause's).
 */
function openingDeadline(text: string, dates: ReadonlyArray<{ from: number; to: number; value: unknown }>, subjectEnd: number, cueIndex: number | null): string | null {
  const first = dates[0];
  if (!first || cueIndex === null || cueIndex < subjectEnd || cueIndex - subjectEnd > 12) return null;
  // The date opens the sentence, after "In" or "During" or alone ("Next quarter"); the comma closing it
  // is the only one before the cue.
  if (!/^\s*(?:(?:In|During)\s+(?:the\s+)?)?$/.test(text.slice(0, first.from)) || /[,;]/.test(text.slice(first.to, cueIndex).replace(/^\s*,/, ''))) return null;
  return typeof first.value === 'string' && /^(?:FY)?\d{4}/.test(first.value) ? first.value : null;
}

// A verb in the past before a date, and no "will": what was done by then ("The RPA paid 86% of claims by
// the end of March 2016"), no commitment.
const REPORTS_PAST = /^(?![^]*\b(?:will|shall)\b)[^]*(?<!\b(?:is|are|be|been|being|has|have)\s)\b(?:was|were|had|did|paid|made|met|sent|spent|ran|completed|launched|published|delivered|achieved|reached|processed|moved|opened|closed|introduced|received|trained|recruited|appointed|saved|cut)\b/u;

// A clause with a subject of its own after a comma or semicolon: ", and DCMS plans", "; the agency will".
// (Or "the" and a common noun: "…, and the programme aims to recruit …".)
const NEXT_SUBJECT_CLAUSE = /(?:,\s*(?:and|but|while|whilst)|;)\s+(?:(?:the\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*)*|the\s+\p{Ll}+)\s+(?:will|plans?|aims?|intends?|is|are|has|have|expects?)\b/u;

// Where one clause ends and the next begins: ", and", "; ", " and ", ", but".
const CLAUSE_BOUNDARY = /(?:[,;]\s*(?:and|but)?|\s(?:and|but))\s/g;

/**
 * Where the quantity promised is looked for: after the last clause boundary between the subject and the
 * cue, when there is one ("HMRC has trained 500 staff and will train 1,000 more" → the 1,000), else
 * after the subject ("£87.5 billion of total issuance will be issued …" → the £87.5 billion).
 */
function promiseStart(text: string, subjectEnd: number, cueIndex: number | null): number {
  if (cueIndex === null || cueIndex <= subjectEnd) return subjectEnd;
  let start = subjectEnd;
  CLAUSE_BOUNDARY.lastIndex = subjectEnd;
  for (let m = CLAUSE_BOUNDARY.exec(text); m && m.index < cueIndex; m = CLAUSE_BOUNDARY.exec(text)) start = m.index + m[0].length;
  return start;
}

function make(doc: Doc, section: Section, sentence: Sentence, rule: string, actor: string | null, entities: Array<Entity & { from: number; to: number }>, subjectEnd: number, cueIndex: number | null, inherited: string | null = null): Commitment {
  // A date in a relative clause after the cue is that clause's: "will confirm the start date, which is
  // due to begin in autumn 2015" (no deadline of the confirming, when it gives one of its own).
  // (The clause runs to its closing comma: "the plan, which was agreed in 2013, by March 2015" → 2015-03.)
  const relative = cueIndex !== null && cueIndex >= 0 ? RELATIVE_CLAUSE.exec(sentence.text.slice(cueIndex)) : null;
  const relFrom = relative ? cueIndex! + relative.index : Infinity;
  const close = relative ? sentence.text.indexOf(',', relFrom + 1) : -1;
  const relTo = close < 0 ? Infinity : close;
  // Nor is a date of a later clause with a subject of its own: "The LGA will publish a toolkit in May,
  // and the programme aims to recruit 15 councils by the end of September" → May.
  const next = cueIndex !== null && cueIndex >= 0 ? NEXT_SUBJECT_CLAUSE.exec(sentence.text.slice(cueIndex)) : null;
  const clauseEnd = next ? cueIndex! + next.index : Infinity;
  const allDates = entities.filter((e) => e.type === 'date' && e.from < clauseEnd);
  const dates = allDates.filter((e) => !(e.from >= relFrom && e.from < relTo));
  // What another subject promises after the cue's clause is not this one's target: "GDS will draft a
  // strategy in 2014, and DCMS plans to fund 20 local pilots".
  const end = next?.index;
  // Nor is the number of the paragraph or item it opens with ("3.9 Councils … will recruit").
  const label = LABEL_OPENING.exec(sentence.text)?.[0].length ?? 0;
  const promised = (end === undefined ? entities : entities.filter((e) => e.from < cueIndex! + end)).filter((e) => e.from >= label);
  return {
    id: `${sentence.id}.c`,
    sentenceId: sentence.id,
    sectionId: section.id,
    unit: section.unit,
    unitKey: section.unitKey,
    phaseKind: section.phaseKind,
    phaseYear: section.phaseYear,
    text: sentence.text,
    actor,
    // (A relative clause's date only when the statement has no date of its own: "will set up a fund,
    // which will open by March 2016" → 2016-03.)
    deadline: deadlineOf(sentence.text, dates, cueIndex ?? 0) ?? openingDeadline(sentence.text, dates, subjectEnd, cueIndex) ?? (dates.length === 0 ? deadlineOf(sentence.text, allDates, cueIndex ?? 0) : null) ?? inherited,
    // (Not from a clause set off between the subject and the cue: "The charter, signed by 40
    // organisations in April, will be reviewed" promises no 40.)
    target: targetOf(sentence.text, promised, promiseStart(sentence.text, subjectEnd, cueIndex)) ?? (cueIndex !== null && cueIndex > subjectEnd && /^\s*,[^]*,\s*$/.test(sentence.text.slice(subjectEnd, cueIndex)) ? null : targetOf(sentence.text, promised, subjectEnd)),
    status: 'no-later-report',
    evidence: [],
    rule,
    span: { ...sentence.span },
  };
}
