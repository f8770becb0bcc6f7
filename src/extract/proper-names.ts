// programme and organisation names that are not capitalised runs, found by the text's own marks:
//   - a quoted name followed by a cue noun: "‘Discover Digital’ events", "‘Our DH’ transformation
//     programme", "‘grow our own’ strategy" → the quoted name alone;
//   - a quoted title whose head names a kind of document: "the ‘Debt management report 2017-18’",
//     "‘Economic and fiscal outlook’" (its year is part of the name);
//   - a quoted title in a citation, before its publisher and date: "‘Public sector finances’, ONS,
//     January 2017"; an unquoted one in a source note, between them: "GDS, Digital Landscape Research,
//     November 2012";
//   - a site named by its address: "data.gov.uk";
//   - a lowercase coined name before a scheme or network: "the digital buddies scheme", "its digital
//     champions network" (a plural noun of people makes the name; "a capability working group" and
//     "the digital capability programme" are descriptions, not names);
//   - a known body of three words or more written in lower case: "the civil service learning skills
//     review" → "civil service learning", valued as the body's name, "Civil Service Learning".
import type { LocalMention } from '../model.js';
import type { Extractor } from './types.js';
import { canonicalOrganisation, isKnownOrganisation, LONG_KNOWN_NAMES } from './gazetteer-organisations.js';
import { isKnownPlace } from './gazetteer-places.js';
import { readHead } from './name-heads.js';
import { GENERIC_ACRONYMS } from './name-chunks.js';
import { MONTH_PATTERN } from './words.js';

// Up to two modifiers between the name and its cue, no preposition or article ("‘new normal’ for services").
const QUOTED = /[‘“"']([^‘’“”"'\n]{2,60}?)[’”"'‘]\s+(?:(?!(?:for|of|to|in|on|at|with|by|from|and|or|the|a|an)\s)[a-z][a-z-]+\s+){0,2}?(?:events?|workstreams?|strategy|programmes?|schemes?|initiatives?|campaigns?|conversations|sessions|challenge|project|network|brand|services?|website|app|tool|(?<=[’”"']\s+)(?:courses?|modules?|masterclass(?:es)?|workshops?|toolkit|guide|pilots?|competition|awards?))\b/gu;

// A quoted name set off after its cue word: "a national recruitment campaign, ‘Every Day is Different’,",
// "the scheme, called “Proud to Care”".
const QUOTED_AFTER_CUE = /\b(?:campaigns?|programmes?|schemes?|initiatives?|strategy|projects?|networks?|brand|services?|website|app|tool|pilots?|challenge|fund)(?:,\s+|\s+(?:called|named|known\s+as|entitled|titled)\s+)[‘“"']([^‘’“”"\n]{2,60}?)[’”"'](?=[\s,.;:)]|$)/gu;

const COURSE_CUE = /[’”"']\s+(?:courses?|modules?|masterclass(?:es)?|workshops?|toolkit|guide|pilots?|competition|awards?)$/u;

// A quoted title in sentence case whose head names a kind of document is that document's name, its year
// included: "in the ‘Debt management report 2017-18’", "the OBR’s March 2017 ‘Economic and fiscal
// outlook’". Quotes alone do not make a name ("‘working’ level"); a head word of a publication does.
const DOCUMENT_KIND = String.raw`(?:report|reports|outlook|review|strategy|plan|statement|survey|paper|guide|guidance|handbook|manual|framework|charter|assessment|forecast|bulletin|digest|yearbook|white\s+paper|green\s+paper)`;
const QUOTED_TITLE = new RegExp(
  String.raw`[‘“]((?:\p{Lu}[\p{L}’'-]*)(?:\s[\p{L}][\p{L}’'-]*){0,7}?\s${DOCUMENT_KIND}(?:\s(?:\d{4}(?:[-–/]\d{2,4})?))?)[’”]`,
  'gu',
);

// A quoted title in a citation, followed by its publisher(s) and date, names a publication whatever its
// head: "‘Public sector finances’, ONS, January 2017", "‘Taxpayers’ stake in Lloyds now below 4%’, HM
// Treasury, February 2017" (an apostrophe inside the title is no closing quote: the quote that closes
// is the one the citation follows). What the title holds is part of its name.
const CITATION = new RegExp(
  String.raw`(?:[‘“]|(?<=^|[\s(])')([^‘“”\n]{2,200}?)[’”'](?=,\s(?:(?:and\s)?\p{Lu}[^,;‘’“”\n]{0,80},\s){1,4}(?:\d{1,2}\s)?(?:(?:${MONTH_PATTERN})\s)?(?:19|20)\d\d\b)`,
  'gu',
);

// So does a quoted title after its publisher, as a source note writes it: "NHS Digital, ‘NHS Workforce
// Statistics’, September 2017", "Skills for Care, ‘The state of the adult social care sector’, 2017".
// (The publisher's words are capitalised or small: "As Ofcom put it, ‘…’" quotes no title.)
const PUBLISHER_CITATION = new RegExp(
  String.raw`(?:^|[;.]\s+)[\s\d.)*†‡]*(?:Sources?:\s+)?\p{Lu}[\p{L}&.’'-]*(?:(?:\s|,\s)(?:\p{Lu}[\p{L}&.’'-]*|of|for|and|the|&)){0,10},\s[‘“']([^‘“”\n]{2,200}?)[’”'](?=,\s(?:\d{1,2}\s)?(?:(?:${MONTH_PATTERN})\s)?(?:19|20)\d\d\b|\.?\s*$)`,
  'gu',
);

// An unquoted title between its publisher and date, a source note's whole text: "GDS, Digital Landscape
// Research, November 2012", "Ofcom, Adults Media Use and Attitudes Report, 2012". The publisher is read
// by the other rules; the title, with no comma and no body's initials in it, names a publication.
// The date a source note ends with: "November 2012", "Q2 2014", "2012", "autumn 2013", "2013-14".
export const CITED_DATE = String.raw`(?:(?:\d{1,2}\s+)?(?:${MONTH_PATTERN})\s+|Q[1-4]\s+|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+)?(?:19|20)\d\d(?:[-–/]\d{2})?`;
const SOURCE_NOTE = new RegExp(
  String.raw`^[\s\d.)*†‡]*(?:Sources?:\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:\p{Lu}[\p{L}&.’'-]*|of|for|and|the|&)){0,8},\s+(\p{Lu}[^,;:‘’“”\n]{3,100}?),\s+${CITED_DATE}\.?$`,
  'u',
);

// A site named by its address: "data.gov.uk", "legislation.gov.uk" (not "www.gov.uk/…", a link).
const SITE_NAME = /(?<![\p{L}\p{N}.@/:-])(?!www\.)[A-Za-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gov|nhs|police|mod|org|ac|parliament)\.uk(?![\p{L}\p{N}/@-]|\.[\p{L}\p{N}])/gu;

// People nouns that make a coined scheme name: "digital buddies scheme", "digital champions network".
const PEOPLE_PLURAL = String.raw`(?:buddies|champions|advocates|ambassadors|mentors|pioneers|leaders|apprentices|fellows|associates|volunteers|helpers|friends|enthusiasts|experts|coaches|guides)`;
// (One or two words before the people noun, after a determiner or a possessive: "the open data
// champions scheme", "Its data ambassadors network", "the department’s data champions network".)
const COINED = new RegExp(String.raw`(?<=(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Aa]n?|[Tt]his|new)|\p{L}[’']s)\s)((?:(?!new\s)[a-z]+\s){0,2}${PEOPLE_PLURAL}\s(?:scheme|network|programme|initiative))\b`, 'gu');

const LOWERCASE_BODIES = new RegExp(String.raw`\b(?:${LONG_KNOWN_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s')).join('|')})\b`, 'g');

export const properNamesExtractor: Extractor = {
  name: 'proper-names',
  extract({ text }) {
    const out: LocalMention[] = [];
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const name = m[1];
      // (Before a course, module, workshop, toolkit, guide, pilot or award only a capitalised name: "its
      // ‘Digital Policy Essentials’ course", not "7 ‘digital by default’ masterclasses".)
      if (COURSE_CUE.test(m[0]) && !/^\s*\p{Lu}/u.test(name)) continue;
      // A quoted principle or level of one lowercase word is no name ("‘working’ level").
      if (!/\s/.test(name.trim()) && !/\p{Lu}/u.test(name)) continue;
      const from = m.index + 1 + (name.length - name.trimStart().length);
      const trimmed = name.trim();
      out.push({ type: 'programme', from, to: from + trimmed.length, value: trimmed, rule: 'programme.quoted-cue' });
      QUOTED.lastIndex = m.index + 1 + name.length;
    }
    QUOTED_AFTER_CUE.lastIndex = 0;
    for (let m = /[‘“"']/.test(text) ? QUOTED_AFTER_CUE.exec(text) : null; m; m = QUOTED_AFTER_CUE.exec(text)) {
      const name = m[1].trim();
      if (!/\p{Lu}/u.test(name)) continue;
      const from = m.index + m[0].lastIndexOf(m[1]) + (m[1].length - m[1].trimStart().length);
      out.push({ type: 'programme', from, to: from + name.length, value: name, rule: 'programme.quoted-cue' });
    }
    if (/[‘“']/.test(text)) {
      QUOTED_TITLE.lastIndex = 0;
      for (let m = QUOTED_TITLE.exec(text); m; m = QUOTED_TITLE.exec(text)) {
        const from = m.index + 1;
        out.push({ type: 'programme', from, to: from + m[1].length, value: m[1], rule: 'programme.quoted-title' });
      }
      for (const re of [CITATION, PUBLISHER_CITATION]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const title = m[1].trim();
          if (!/\p{L}/u.test(title)) continue;
          // The title starts after its opening quote, the match's last before it.
          const open = re === CITATION ? m.index : m.index + m[0].lastIndexOf(m[1]) - 1;
          const from = open + 1 + (m[1].length - m[1].trimStart().length);
          out.push({ type: 'programme', from, to: from + title.length, value: title, rule: 'programme.cited-title' });
        }
      }
    }
    const note = text.length < 240 ? SOURCE_NOTE.exec(text) : null;
    if (note) {
      // A leading "The" stays outside the name, as everywhere: "Go ON UK, The Economic Case for …".
      const title = note[1].replace(/^The\s+/, '');
      const from = note.index + note[0].indexOf(`, ${note[1]},`) + 2 + (note[1].length - title.length);
      // Two words at least, no body's initials, and no body or place among its parts: "Accenture and
      // the Open Data Institute, 2013" lists bodies.
      const parts = title.split(/\s+(?:and|&)\s+(?:the\s+)?/);
      const bodyOrPlace = (part: string) => isKnownOrganisation(part) || isKnownPlace(part) || readHead(part)?.kind === 'organisation';
      // A country's or a generic term's initials may stand in a title ("UK Digital Index", "Survey of ICT
      // reuse"); a body's may not.
      const initials = title.match(/\b\p{Lu}{2,}\b/gu) ?? [];
      if (/\s/.test(title) && initials.every((w) => isKnownPlace(w) || GENERIC_ACRONYMS.has(w)) && !parts.some(bodyOrPlace)) {
        out.push({ type: 'programme', from, to: from + title.length, value: title, rule: 'programme.cited-title' });
      }
    }
    if (text.includes('.uk')) {
      SITE_NAME.lastIndex = 0;
      for (let m = SITE_NAME.exec(text); m; m = SITE_NAME.exec(text)) out.push({ type: 'programme', from: m.index, to: m.index + m[0].length, value: m[0], rule: 'programme.site-name' });
    }
    COINED.lastIndex = 0;
    for (let m = COINED.exec(text); m; m = COINED.exec(text)) {
      // "the ALBs’ digital leaders’ network" has an owner's apostrophe: a description.
      if (/[’']/.test(m[1])) continue;
      out.push({ type: 'programme', from: m.index, to: m.index + m[1].length, value: m[1], rule: 'programme.coined-lowercase' });
    }
    if (/[a-z] [a-z]+ [a-z]/.test(text)) {
      LOWERCASE_BODIES.lastIndex = 0;
      for (let m = LOWERCASE_BODIES.exec(text); m; m = LOWERCASE_BODIES.exec(text)) {
        out.push({ type: 'organisation', from: m.index, to: m.index + m[0].length, value: canonicalOrganisation(m[0]) ?? m[0], rule: 'organisation.gazetteer-lowercase' });
      }
    }
    return out;
  },
};
