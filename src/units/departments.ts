// A general table of UK government departments and their acronyms, used for the unit KEY only (never to
// find headings: units are found by the form of the page). It lets "Department for Transport" on a page
// that never writes "(DfT)" get the same key, "dft", as a page that does.
//
// Source: the GOV.UK organisations register, https://www.gov.uk/government/organisations (ministerial
// and non-ministerial departments, with the abbreviations GOV.UK shows for them), including the names
// departments had during 2010–2016 (the years of the Government Digital Strategy reports) and the
// renamings since, where the acronym stayed the same department. Names are matched by `nameKey`, so
// spelling variants ("&"/"and", commas, "The", "Her Majesty's"/"HM", apostrophes) need no rows.
import { nameKey } from './name-key.js';

/** [acronym as GOV.UK writes it, names the department has been known by]. */
const DEPARTMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Ministerial departments
  ['AGO', ["Attorney General's Office"]],
  ['CO', ['Cabinet Office']],
  ['BIS', ['Department for Business, Innovation and Skills']],
  ['BEIS', ['Department for Business, Energy and Industrial Strategy']],
  ['DCLG', ['Department for Communities and Local Government']],
  ['MHCLG', ['Ministry of Housing, Communities and Local Government']],
  ['DCMS', ['Department for Culture, Media and Sport', 'Department for Digital, Culture, Media and Sport']],
  ['DfE', ['Department for Education']],
  ['Defra', ['Department for Environment, Food and Rural Affairs']],
  ['DFID', ['Department for International Development']],
  ['DIT', ['Department for International Trade']],
  ['DExEU', ['Department for Exiting the European Union']],
  ['DfT', ['Department for Transport']],
  ['DWP', ['Department for Work and Pensions']],
  ['DECC', ['Department of Energy and Climate Change']],
  ['DH', ['Department of Health']],
  ['DHSC', ['Department of Health and Social Care']],
  ['FCO', ['Foreign and Commonwealth Office', 'Foreign Office']],
  ['HMT', ['HM Treasury', 'Treasury']],
  ['HO', ['Home Office']],
  ['MOD', ['Ministry of Defence']],
  ['MOJ', ['Ministry of Justice']],
  ['NIO', ['Northern Ireland Office']],
  ['OAG', ['Office of the Advocate General for Scotland']],
  ['DPMO', ["Deputy Prime Minister's Office"]],
  ['UKEF', ['UK Export Finance', 'Export Credits Guarantee Department']],
  // Non-ministerial departments
  ['HMRC', ['HM Revenue and Customs']],
  ['CMA', ['Competition and Markets Authority']],
  ['CPS', ['Crown Prosecution Service']],
  ['FSA', ['Food Standards Agency']],
  ['FC', ['Forestry Commission']],
  ['GAD', ["Government Actuary's Department"]],
  ['GLD', ['Government Legal Department']],
  ['TSol', ["Treasury Solicitor's Department"]],
  ['HMLR', ['HM Land Registry', 'Land Registry']],
  ['NCA', ['National Crime Agency']],
  ['NS&I', ['National Savings and Investments']],
  ['Ofsted', ['Office for Standards in Education, Children’s Services and Skills', 'Office for Standards in Education']],
  ['Ofgem', ['Office of Gas and Electricity Markets']],
  ['Ofqual', ['Office of Qualifications and Examinations Regulation']],
  ['Ofwat', ['Water Services Regulation Authority']],
  ['ORR', ['Office of Rail Regulation', 'Office of Rail and Road']],
  ['SFO', ['Serious Fraud Office']],
  ['TNA', ['The National Archives']],
  ['UKSA', ['UK Statistics Authority']],
  ['UKTI', ['UK Trade and Investment']],
];

/** The key an acronym gives: "DfT" → "dft", "NS&I" → "nsandi". */
export function acronymKey(acronym: string): string {
  return acronym.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '');
}

const BY_NAME = new Map<string, string>();
const BY_ACRONYM = new Map<string, string>();
for (const [acronym, names] of DEPARTMENTS) {
  const key = acronymKey(acronym);
  BY_ACRONYM.set(key, key);
  for (const name of names) BY_NAME.set(nameKey(name), key);
}

/** The table's key for a department name or acronym, or null when the table does not know it. */
export function knownDepartmentKey(nameOrAcronym: string): string | null {
  const byName = BY_NAME.get(nameKey(nameOrAcronym));
  if (byName) return byName;
  const text = nameOrAcronym.trim();
  if (/^[A-Za-z&]{2,8}$/.test(text) && /[A-Z]/.test(text)) return BY_ACRONYM.get(acronymKey(text)) ?? null;
  return null;
}
