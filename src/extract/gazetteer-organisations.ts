// A general gazetteer of UK public bodies, for recognising an organisation whose name has no head word
// that gives it away ("Ofsted", "Companies House", "Land Registry", "Civil Service Learning").
//
// Source and scope: the GOV.UK organisations list (https://www.gov.uk/government/organisations) as it
// stood in 2013–2016, the period of the Government Digital Strategy progress pages: ministerial and
// non-ministerial departments (including those later merged or renamed, such as BIS, DECC and DCLG),
// executive agencies, the larger non-departmental public bodies and public corporations, the devolved
// administrations, and a few cross-government bodies named on GOV.UK. Companies and platforms that
// these pages name as partners or channels (Twitter, YouTube) come from general knowledge and are kept
// apart in COMPANIES. Names are written the way GOV.UK writes them; `normaliseName` makes "HM" and
// "Her Majesty’s", "&" and "and", and commas equivalent when matching.
//
// This is a broad list of the sector, not the names of any one page: a name that is missing still
// reaches its type through the grammar of head words ("X Agency", "X Office", "X Service").

export const UK_PUBLIC_BODIES: readonly string[] = [
  // Ministerial departments
  'Attorney General’s Office', 'Cabinet Office', 'Department for Business, Innovation and Skills',
  'Department for Business, Energy and Industrial Strategy', 'Department for Communities and Local Government',
  'Department for Culture, Media and Sport', 'Department for Digital, Culture, Media and Sport',
  'Department for Education', 'Department for Environment, Food and Rural Affairs',
  'Department for International Development', 'Department for International Trade',
  'Department for Exiting the European Union', 'Department for Transport', 'Department for Work and Pensions',
  'Department of Energy and Climate Change', 'Department of Health', 'Department of Health and Social Care',
  'Foreign and Commonwealth Office', 'Foreign, Commonwealth and Development Office', 'HM Treasury',
  'Home Office', 'Ministry of Defence', 'Ministry of Justice', 'Ministry of Housing, Communities and Local Government',
  'Northern Ireland Office', 'Office of the Advocate General for Scotland', 'Office of the Leader of the House of Commons',
  'Office of the Leader of the House of Lords', 'Scotland Office', 'Wales Office', 'Office of the Secretary of State for Scotland',
  'Office of the Secretary of State for Wales', 'Prime Minister’s Office, 10 Downing Street', 'Deputy Prime Minister’s Office',
  'UK Export Finance', 'Government Equalities Office',
  // Non-ministerial departments
  'Charity Commission', 'Charity Commission for England and Wales', 'Competition and Markets Authority',
  'Crown Prosecution Service', 'Food Standards Agency', 'Forestry Commission', 'Government Actuary’s Department',
  'Government Legal Department', 'Treasury Solicitor’s Department', 'HM Land Registry', 'Land Registry',
  'HM Revenue and Customs', 'NS&I', 'National Savings and Investments', 'National Archives', 'The National Archives',
  'National Crime Agency', 'Office of Rail and Road', 'Office of Rail Regulation', 'Ofgem', 'Ofqual', 'Ofsted',
  'Ofwat', 'Ofcom', 'Serious Fraud Office', 'Supreme Court of the United Kingdom', 'UK Statistics Authority',
  'Office for National Statistics', 'UK Trade & Investment', 'Water Services Regulation Authority',
  'Office of Gas and Electricity Markets', 'Office for Standards in Education, Children’s Services and Skills',
  'Office of Qualifications and Examinations Regulation', 'Office of Fair Trading', 'Competition Commission',
  // Executive agencies
  'Animal and Plant Health Agency', 'Animal Health and Veterinary Laboratories Agency', 'British Cattle Movement Service',
  'Centre for Environment, Fisheries and Aquaculture Science', 'Companies House', 'Crown Commercial Service',
  'Government Procurement Service', 'Defence Equipment and Support', 'Defence Science and Technology Laboratory',
  'Defence Support Group', 'Driver and Vehicle Licensing Agency', 'Driver and Vehicle Standards Agency',
  'Driving Standards Agency', 'Vehicle and Operator Services Agency', 'Vehicle Certification Agency',
  'Education Funding Agency', 'Education and Skills Funding Agency', 'Skills Funding Agency', 'Standards and Testing Agency',
  'National College for Teaching and Leadership', 'Teaching Agency', 'Employment Tribunals Service', 'Fire Service College',
  'Food and Environment Research Agency', 'Government Car and Despatch Agency', 'Government Property Agency',
  'Highways Agency', 'Highways England', 'HM Courts and Tribunals Service', 'HM Courts & Tribunals Service',
  'HM Prison Service', 'HM Prison and Probation Service', 'National Offender Management Service', 'Insolvency Service',
  'Intellectual Property Office', 'Legal Aid Agency', 'Maritime and Coastguard Agency', 'Medicines and Healthcare products Regulatory Agency',
  'Met Office', 'National Measurement Office', 'National Measurement and Regulation Office', 'Office of the Public Guardian',
  'Planning Inspectorate', 'Public Health England', 'Queen Elizabeth II Conference Centre', 'Rural Payments Agency',
  'Royal Parks', 'The Royal Parks', 'Security Industry Authority', 'Student Loans Company', 'UK Hydrographic Office',
  'UK Space Agency', 'UK Visas and Immigration', 'Border Force', 'HM Passport Office', 'Identity and Passport Service',
  'UK Border Agency', 'Valuation Office Agency', 'Veterinary Medicines Directorate', 'Wilton Park', 'Criminal Records Bureau',
  'Disclosure and Barring Service', 'Child Maintenance Group', 'Child Support Agency', 'Jobcentre Plus', 'The Pension Service',
  'Pension Service', 'Disability and Carers Service', 'Health and Safety Executive', 'Office of the Parliamentary Counsel',
  'Ordnance Survey', 'Met Police', 'Government Digital Service', 'Government Communication Service', 'Civil Service Learning', 'Civil Service Resourcing', 'Civil Service Commission',
  'Efficiency and Reform Group', 'Government Procurement Service', 'Crown Representatives', 'Government Shared Services',
  'Government Internal Audit Agency', 'Behavioural Insights Team',
  'Infrastructure and Projects Authority', 'Major Projects Authority', 'Office of the Chief Scientific Adviser',
  'Government Office for Science', 'Government Statistical Service', 'Government Economic Service',
  'Government Social Research', 'Treasury Solicitor', 'Government Legal Service', 'Central Office of Information',
  'Directgov', 'Business Link', 'Local Government Association', 'National Audit Office', 'Parliamentary and Health Service Ombudsman',
  'Information Commissioner’s Office', 'Electoral Commission', 'Boundary Commission for England', 'Bank of England',
  // Non-departmental public bodies and public corporations (the larger ones)
  'Arts Council England', 'British Council', 'British Film Institute', 'British Library', 'British Museum',
  'BBC', 'Channel 4', 'Big Lottery Fund', 'Heritage Lottery Fund', 'Sport England', 'UK Sport', 'VisitBritain',
  'VisitEngland', 'English Heritage', 'Historic England', 'Natural England', 'Environment Agency', 'Coal Authority',
  'Nuclear Decommissioning Authority', 'Civil Nuclear Constabulary', 'Committee on Climate Change', 'Ofgem E-Serve',
  'Marine Management Organisation', 'Joint Nature Conservation Committee', 'Consumer Council for Water',
  'Care Quality Commission', 'Health Education England', 'Health Research Authority', 'Human Fertilisation and Embryology Authority',
  'Human Tissue Authority', 'Monitor', 'NHS England', 'NHS Blood and Transplant', 'NHS Business Services Authority',
  'NHS Litigation Authority', 'NHS Trust Development Authority', 'NHS Digital', 'Health and Social Care Information Centre',
  'National Institute for Health and Care Excellence', 'National Health Service', 'NHS',
  'Equality and Human Rights Commission', 'Advisory, Conciliation and Arbitration Service', 'Acas',
  'Financial Conduct Authority', 'Financial Services Authority', 'Prudential Regulation Authority', 'Pensions Regulator',
  'The Pensions Regulator', 'Pension Protection Fund', 'Pensions Ombudsman', 'Money Advice Service', 'Pensions Advisory Service',
  'Health and Safety Laboratory', 'Office for Budget Responsibility', 'Royal Mint', 'The Royal Mint',
  'Homes and Communities Agency', 'Homes England', 'Valuation Tribunal Service', 'Housing Ombudsman',
  'Technology Strategy Board', 'Innovate UK', 'Research Councils UK', 'UK Research and Innovation', 'Medical Research Council',
  'Economic and Social Research Council', 'Engineering and Physical Sciences Research Council', 'Met Office Hadley Centre',
  'Student Loans Company', 'Higher Education Funding Council for England', 'Office for Fair Access', 'Ofqual',
  'UK Commission for Employment and Skills', 'National Apprenticeship Service', 'Construction Industry Training Board',
  'Office of the Children’s Commissioner', 'Children and Family Court Advisory and Support Service', 'Cafcass',
  'Criminal Cases Review Commission', 'Criminal Injuries Compensation Authority', 'Judicial Appointments Commission',
  'Legal Services Board', 'Legal Services Commission', 'Parole Board', 'Youth Justice Board', 'Sentencing Council',
  'Independent Police Complaints Commission', 'College of Policing', 'Gangmasters Licensing Authority',
  'Office of the Immigration Services Commissioner', 'Security Service', 'Secret Intelligence Service',
  'Government Communications Headquarters', 'GCHQ', 'Civil Aviation Authority', 'British Transport Police',
  'Network Rail', 'High Speed Two', 'HS2 Ltd', 'Transport for London', 'Transport for the North', 'Transport for Greater Manchester', 'Transport for Wales', 'Transport Scotland', 'Midlands Connect', 'Trinity House', 'Northern Lighthouse Board',
  'Air Accidents Investigation Branch', 'Marine Accident Investigation Branch', 'Rail Accident Investigation Branch',
  'Traffic Commissioners', 'Office for Nuclear Regulation', 'Oil and Gas Authority', 'Post Office', 'Royal Mail',
  'Ordnance Survey', 'Land Registry', 'Registers of Scotland', 'UK Intellectual Property Office', 'Export Credits Guarantee Department',
  'CDC Group', 'British Business Bank', 'Green Investment Bank', 'Office of Manpower Economics', 'Low Pay Commission',
  'Certification Officer', 'Insolvency Practitioners Association', 'Copyright Tribunal', 'Defence Academy',
  'Royal Navy', 'British Army', 'Royal Air Force', 'Defence Infrastructure Organisation', 'Defence Business Services',
  'Service Personnel and Veterans Agency', 'Veterans UK', 'UK Hydrographic Office', 'Army Reserve', 'Royal Marines',
  'Commonwealth War Graves Commission', 'Imperial War Museum', 'National Army Museum', 'National Museum of the Royal Navy',
  'Government Art Collection', 'Science Museum Group', 'Natural History Museum', 'Victoria and Albert Museum',
  'Tate', 'National Gallery', 'National Portrait Gallery', 'Wallace Collection', 'Horniman Museum',
  'Gambling Commission', 'National Lottery Commission', 'Information Commissioner', 'Equality Challenge Unit',
  'Scottish Government', 'Welsh Government', 'Welsh Assembly Government', 'Northern Ireland Executive',
  'Scottish Executive', 'House of Commons', 'House of Lords', 'Parliament', 'European Commission', 'United Nations',
  'Local Government Ombudsman', 'Audit Commission', 'Standards Board for England',
  // Parliament's committees that review departments' spending and plans, and bodies since renamed.
  'Public Accounts Committee', 'Treasury Select Committee', 'Treasury Committee', 'Inland Revenue', 'HM Customs and Excise',
  'NHS Improvement', 'London Stock Exchange',
  // International bodies the UK belongs to or works with.
  'European Union', 'European Parliament', 'Council of the European Union', 'European Council', 'Council of Europe',
  'European Central Bank', 'European Investment Bank', 'International Monetary Fund', 'World Bank',
  'World Trade Organization', 'World Health Organization', 'North Atlantic Treaty Organization',
  'Organisation for Economic Co-operation and Development', 'Commonwealth Secretariat', 'United Nations Development Programme',
  'Leadership Foundation for Higher Education', 'Jisc', 'Ofcom', 'Office of the Information Commissioner',
];

/**
 * Acronyms of UK public bodies that GOV.UK uses, as they are usually written. An undefined use keeps
 * the acronym as its value (the document did not define it); the table only confirms that the token
 * names a body, which matters for mixed-case forms ("Defra", "DfE") that do not look like acronyms.
 */
export const UK_PUBLIC_BODY_ACRONYMS: readonly string[] = [
  'AGO', 'BIS', 'BEIS', 'CO', 'DCLG', 'MHCLG', 'DCMS', 'DfE', 'DFE', 'Defra', 'DEFRA', 'DFID', 'DfID', 'DIT', 'DfT', 'DFT',
  'DWP', 'DECC', 'DH', 'DHSC', 'DoH', 'FCO', 'FCDO', 'HMT', 'HO', 'MOD', 'MoD', 'MOJ', 'MoJ', 'NIO', 'GDS', 'HMRC',
  'CMA', 'CPS', 'FSA', 'GLD', 'TSol', 'HMLR', 'NCA', 'ORR', 'SFO', 'ONS', 'UKSA', 'UKTI', 'APHA', 'AHVLA', 'CCS', 'DE&S',
  'Dstl', 'DVLA', 'DVSA', 'DSA', 'VOSA', 'VCA', 'EFA', 'ESFA', 'SFA', 'STA', 'NCTL', 'HMCTS', 'HMPPS', 'NOMS', 'IPO',
  'LAA', 'MCA', 'MHRA', 'OPG', 'PINS', 'PHE', 'RPA', 'SIA', 'SLC', 'UKHO', 'UKSA', 'UKVI', 'VOA', 'VMD', 'CRB', 'DBS',
  'CSA', 'HSE', 'NAO', 'ICO', 'EHRC', 'FCA', 'PRA', 'TPR', 'PPF', 'MAS', 'HCA', 'TSB', 'RCUK', 'UKRI', 'MRC', 'ESRC',
  'EPSRC', 'HEFCE', 'UKCES', 'NAS', 'CITB', 'CCRC', 'CICA', 'JAC', 'LSC', 'YJB', 'IPCC', 'GCHQ', 'CAA', 'BTP', 'TfL',
  'AAIB', 'MAIB', 'RAIB', 'ONR', 'OGA', 'ECGD', 'DIO', 'DBS', 'SPVA', 'CWGC', 'NDA', 'CNC', 'MMO', 'JNCC', 'CQC', 'HEE',
  'HRA', 'HFEA', 'HTA', 'NHS', 'NHSBT', 'NHSBSA', 'NHSLA', 'TDA', 'HSCIC', 'NICE', 'BBC', 'BFI', 'ACE', 'EA', 'NE',
  'CSL', 'GCS', 'ERG', 'GPS', 'IPA', 'MPA', 'BIT', 'COI', 'LGA', 'OBR', 'HMPO', 'IPS', 'UKBA', 'HMPS',
  'Ofsted', 'Ofqual', 'Ofgem', 'Ofwat', 'Ofcom', 'Acas', 'Cafcass', 'Jisc',
];

/** Companies and platforms the pages name as partners and channels (general knowledge, not GOV.UK). */
export const COMPANIES: readonly string[] = [
  'Twitter', 'Facebook', 'YouTube', 'LinkedIn', 'Google', 'Microsoft', 'Amazon', 'Amazon Web Services', 'Apple',
  'IBM', 'Fujitsu', 'Capgemini', 'Accenture', 'Atos', 'Hewlett-Packard', 'HP', 'BT', 'Vodafone', 'Oracle', 'SAP',
  'Salesforce', 'Yammer', 'Flickr', 'Instagram', 'Pinterest', 'Tumblr', 'WordPress', 'GitHub', 'Wikipedia',
  'Mumsnet', 'General Assembly', 'Post Office Ltd', 'Experian', 'Equifax', 'Serco',
  'Capita', 'Steria', 'Sopra Steria', 'Deloitte', 'PwC', 'KPMG', 'Ernst & Young', 'McKinsey', 'Mozilla', 'Nominet',
  'Go ON UK', 'UK Online Centres', 'Tinder Foundation', 'Citizens Advice', 'Citizens Advice Bureau', 'Age UK',
];

/** "Her Majesty’s Revenue & Customs" → "hm revenue and customs": the key names are matched by. */
export function normaliseName(name: string): string {
  return name
    .replace(/[‘’`]/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\bHer Majesty's\b/g, 'HM')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const KNOWN = new Map<string, string>();
for (const name of [...UK_PUBLIC_BODIES, ...COMPANIES]) if (!KNOWN.has(normaliseName(name))) KNOWN.set(normaliseName(name), name);
const ACRONYMS = new Set(UK_PUBLIC_BODY_ACRONYMS);

/** Whether `name` (as written, any of the usual variants) is a known organisation. */
export function isKnownOrganisation(name: string): boolean {
  return ACRONYMS.has(name) || KNOWN.has(normaliseName(name));
}

/** The name as the gazetteer writes it: "civil service learning" → "Civil Service Learning". */
export function canonicalOrganisation(name: string): string | null {
  return KNOWN.get(normaliseName(name)) ?? null;
}

/** Whether `token` is the acronym of a known public body ("DfE", "Defra", "HMRC"). */
export function isKnownBodyAcronym(token: string): boolean {
  return ACRONYMS.has(token);
}

/** Known names of three words or more, lower-cased, for finding a body written in lower case ("civil service learning"). */
export const LONG_KNOWN_NAMES: readonly string[] = [...UK_PUBLIC_BODIES]
  .filter((n) => n.split(/\s+/).length >= 3 && !/[,&’']/.test(n))
  .map((n) => n.toLowerCase());
