// The document's own time, which anchors dates without a year and relative dates:
//   - its date: a date line of its front matter ("8 March 2017", "…, HC 14, published 10 July 2014",
//     "Cabinet Office, 6 November 2012"),
//     else the date a GOV.UK publication was first published (the Content API's first_published_at: a
//     later update, often a correction, does not change what the text meant by "this year"), else its
//     "Updated 16 January 2015" line or public_updated_at (`doc.updated`);
//   - the period it says it covers, read from the title and the preamble (or, without a preamble,
//     the opening of the text), else from a sentence of the opening text that says what the document
//     covers ("This report covers progress in quarter 3 (July to September 2013)", for a report whose
//     introduction is its first section): "in quarter 3 (July to September 2013)" → 2013-07-01…2013-09-30,
//     "Quarterly report: Q2 2014" → 2014-04-01…2014-06-30, a title's range of months ("… progress
//     report, January to March 2014") → 2014-01-01…2014-03-31; the financial year an annual report or
//     plan is of, named in its title: "Annual Report and Accounts 2013-14" → 2013-04-01…2014-03-31.
//     "Progress in 2014/15" in other words is not a period (a financial year is a date like any other).
import type { Doc } from '../model.js';
import { MONTH_PATTERN, monthNumber } from './words.js';
import { dateInterval } from './date-intervals.js';

const YEAR = String.raw`(19[5-9]\d|20[0-4]\d)`;
// "(July to September 2013)", "July to September 2013", "April–June 2014"
const MONTH_RANGE = new RegExp(String.raw`\b(${MONTH_PATTERN})\s*(?:to|-|–|—)\s*(${MONTH_PATTERN})\s+${YEAR}(?!\d)`);
// "quarter 3 2013", "quarter 3 of 2013", "Q3 2013", "third quarter of 2013"
const QUARTER = new RegExp(String.raw`\b(?:[Qq]uarter\s+([1-4])(?:\s+of)?|Q([1-4])|(first|second|third|fourth)\s+quarter\s+of)\s+${YEAR}(?!\d)`);
// A quarter named before its months: "quarter 3 (July to September 2013)".
const QUARTER_WORD = /\b(?:quarter|Q)\s*[1-4]\b|\bquarterly\b|\bquarter\b/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
// The financial year a title says an annual report, its accounts or a year's plan are of: "Annual
// Report and Accounts 2013-14", "Annual report 2013 to 2014", "Business Plan 2014/15".
const YEAR_OF_REPORT = new RegExp(
  String.raw`\b(?:annual\s+report|report\s+and\s+accounts|annual\s+review|annual\s+accounts|business\s+plan|corporate\s+plan|departmental\s+plan|annual\s+plan)\b[^\n.]{0,30}?\b${YEAR}\s*(?:[-–/]|\s+to\s+)\s*(\d{2}|${YEAR})(?![\d%])`,
  'i',
);

/** The first year of the UK financial year a period is, when it is one (April to March), else null. */
export function financialYearOf(period: { start: string; end: string } | null | undefined): number | null {
  if (!period) return null;
  const start = Number(period.start.slice(0, 4));
  return period.start.endsWith('-04-01') && period.end === `${start + 1}-03-31` ? start : null;
}

/** How many calendar months a period spans, both ends counted: 3 for a quarter, 12 for a year. */
export function periodMonths(period: { start: string; end: string }): number {
  const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return months(period.end) - months(period.start) + 1;
}

/** The opening text a document states its period in: its title and preamble, else its first 600 characters. */
function opening(doc: Doc): string {
  const parts = [doc.title ?? ''];
  if (doc.preamble) parts.push(doc.preamble.text.slice(0, 2000));
  else parts.push(doc.text.slice(0, 600));
  return parts.join('\n');
}

// A sentence that says what the document covers: "This report covers …", "progress made during …", "the
// period from …".
const COVERS = /\b(?:cover(?:s|ed|ing)?|reports?\s+on|progress\s+(?:made\s+)?(?:in|during|over)|the\s+period)\b/i;
const SENTENCE = /[^.!?\n]+[.!?]?/g;

/**
 * The period the document says it covers, or null: from its title and preamble, else from a sentence
 * of its first 1,000 characters after them that says what it covers. A quarter merely mentioned in the
 * opening ("GDP grew by 0.7% in Q4 2016") is no period of the document.
 */
export function documentPeriod(doc: Doc): { start: string; end: string } | null {
  // (The title, else a line of the front matter that is one: "Department for Regional Growth" above
  // "Annual Report and Accounts 2014-15".)
  const title = (doc.title ? YEAR_OF_REPORT.exec(doc.title) : null) ?? frontTitle(doc);
  if (title) {
    const start = Number(title[1]);
    const end = title[2].length === 2 ? Math.floor(start / 100) * 100 + Number(title[2]) : Number(title[2]);
    if (end === start + 1) return { start: `${start}-04-01`, end: `${end}-03-31` };
  }
  // A title that names a range of months names the period it covers: "Government Digital Strategy:
  // progress report, January to March 2014".
  const titled = doc.title ? periodIn(doc.title, true) : null;
  if (titled) return titled;
  const stated = periodIn(opening(doc));
  if (stated || !doc.preamble) return stated;
  const end = doc.lines[doc.preamble.lastLine - 1]?.to ?? 0;
  const after = doc.text.slice(end, end + 1000);
  for (const sentence of after.match(SENTENCE) ?? []) {
    if (!COVERS.test(sentence)) continue;
    const period = periodIn(sentence, true);
    if (period) return period;
  }
  return null;
}

/** A line of the front matter, before any sentence of the body, that titles an annual report or a year's plan. */
function frontTitle(doc: Doc): RegExpExecArray | null {
  for (const line of doc.lines.slice(0, FRONT_TITLE_LINES)) {
    const content = line.content.trim();
    if (content.length > 120 || /[.!?]$/.test(content)) continue;
    const m = YEAR_OF_REPORT.exec(content);
    if (m && m.index === 0) return m;
  }
  return null;
}
const FRONT_TITLE_LINES = 6;

/**
 * A period in `text`: a quarter, or a range of months when a quarter is named with it or, in a sentence
 * that says what the document covers (`covers`), alone ("during the period April to June 2013").
 */
function periodIn(text: string, covers = false): { start: string; end: string } | null {
  const range = MONTH_RANGE.exec(text);
  if (range && (covers || QUARTER_WORD.test(text.slice(Math.max(0, range.index - 40), range.index + range[0].length + 40)))) {
    const first = monthNumber(range[1]);
    const last = monthNumber(range[2]);
    const year = Number(range[3]);
    if (first <= last) {
      const start = dateInterval(`${year}-${String(first).padStart(2, '0')}`)!.start;
      const end = dateInterval(`${year}-${String(last).padStart(2, '0')}`)!.end;
      return { start, end };
    }
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const n = Number(quarter[1] ?? quarter[2] ?? ORDINAL[quarter[3]!.toLowerCase()]);
    return dateInterval(`${quarter[4]}-Q${n}`);
  }
  return null;
}

// A line of front matter that is a date and nothing else: "8 March 2017", "Published 8 March 2017", or a
// month alone, as a report is dated ("July 2013": its first day).
const DATE_LINE = new RegExp(String.raw`^\s*(?:(?:Published|Updated|Presented|Dated)\s*:?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTH_PATTERN})\s+${YEAR}\s*$`);
// A front-matter line that ends with the day it was published: "Annual Report and Accounts 2013-14, HC
// 14, published 10 July 2014", "Presented to Parliament on 8 March 2017".
const PUBLISHED_AT_END = new RegExp(String.raw`(?:^|[,;(]\s*|\s)(?:[Pp]ublished|[Pp]resented(?:\s+to\s+Parliament)?|[Ll]aid\s+before\s+Parliament|[Dd]ated)\s+(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\s+${YEAR}\s*\)?\.?\s*$`);
// A publisher's name and the day it published, as a report's date line reads: "Cabinet Office, 6
// November 2012", "Department for Business, Innovation & Skills, 3 July 2014".
const PUBLISHER_DATE_LINE = new RegExp(String.raw`^\s*\p{Lu}[\p{L}&.’'-]*(?:,?\s+(?:\p{Lu}[\p{L}&.’'-]*|of|for|and|the|&))*,\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\s+${YEAR}\s*\.?\s*$`, 'u');
const FRONT_MATTER_LINES = 12;

/**
 * The document's own date, ISO day, or null: a date standing alone on a line of its front matter (the
 * date a budget or paper was presented: "8 March 2017"), else the date it was first published (Content
 * API), else its "Updated" line or the date of its last public update. A republished or corrected
 * publication keeps the date it was written.
 */
export function documentDate(doc: Doc): string | null {
  // A Content API document's body holds no front matter: the date it was first published is its own.
  const first = doc.metadata.firstPublishedAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (doc.source.format === 'govuk-json' && first && dateInterval(first.slice(0, 7))) return first;
  // (A table's cell is no line of front matter: a column headed "March 2014".)
  const inTable = (from: number) => doc.markupTables.some((t) => t.span.from <= from && from < t.span.to);
  for (const line of doc.lines.slice(0, FRONT_MATTER_LINES)) {
    if (inTable(line.from + (line.content.length - line.content.trimStart().length))) continue;
    const m = DATE_LINE.exec(line.content) ?? PUBLISHED_AT_END.exec(line.content) ?? PUBLISHER_DATE_LINE.exec(line.content);
    if (!m) continue;
    const day = m[1] === undefined ? 1 : Number(m[1]);
    const month = monthNumber(m[2]);
    const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (dateInterval(iso.slice(0, 7)) && day <= Number(dateInterval(iso.slice(0, 7))!.end.slice(8))) return iso;
  }
  const published = doc.metadata.firstPublishedAt?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (published && dateInterval(published.slice(0, 7))) return published;
  return doc.updated && /^\d{4}-\d{2}-\d{2}$/.test(doc.updated) ? doc.updated : null;
}
