// Organisations, people and places in single sentences written in the style of the progress pages, read
// through extractSentence so that overlaps are resolved as in the pipeline. Each row lists every name
// mention the sentence should give (numbers and dates are left out of the comparison).
import { describe, expect, it } from 'vitest';
import { nameMentions, runText } from './helpers.js';

const names = nameMentions;

describe('organisations', () => {
  it.each([
    ['The Department for Education will work with Ofsted and the Standards and Testing Agency on the new service.', ['organisation Department for Education', 'organisation Ofsted', 'organisation Standards and Testing Agency']],
    ['Companies House opened a second digital hub.', ['organisation Companies House']],
    // A number word opening a sentence or a cell is no word of the name after it.
    ['Five ODI regional nodes open.', ['organisation ODI']],
    // Nor is a plural noun and "of" opening it.
    ['Downloads of the Land Registry Price Paid Data rose.', ['organisation Land Registry', 'programme Price Paid Data']],
    // A coined word before a body in a coordination is a body of its own.
    ['We spoke to Barclays and Lloyds Banking Group.', ['organisation Barclays', 'organisation Lloyds Banking Group']],
    ['It got a rebate from Barclaycard and Worldpay Ltd.', ['organisation Barclaycard', 'organisation Worldpay Ltd']],
    // A head word alone before "and" shares the head of the name after it.
    ['The Audit and Risk Committee and the Finance and Performance Committee met.', ['organisation Audit and Risk Committee', 'organisation Finance and Performance Committee']],
    // A noun of the kind of body before a name makes it a body.
    ['We worked with the charity Citizens Online and the research firm Ipsos MORI.', ['organisation Citizens Online', 'organisation Ipsos MORI']],
    ['Our contractor Atos Healthcare will run it.', ['organisation Atos Healthcare']],
    // Who carried out a piece of research is a body, and no part of the work's name or of the body it
    // was for: "Research by Ipsos MORI for GDS", "A survey by YouGov for the Home Office".
    ['Research by Ipsos MORI for GDS found that most users were satisfied.', ['organisation Ipsos MORI', 'organisation GDS']],
    ['A survey by YouGov for the Home Office found most agree.', ['organisation YouGov', 'organisation Home Office']],
    ['A survey carried out by Populus found gaps.', ['organisation Populus']],
    // So is who runs, hosts or supplies a thing.
    ['The fault was at a data centre run by Harbourline, hosted by Acmecloud.', ['organisation Harbourline', 'organisation Acmecloud']],
    ['Research carried out by Harrow Field Research for the Office for National Statistics found gaps.', ['organisation Harrow Field Research', 'organisation Office for National Statistics']],
    // An academic post is a role, no name.
    ['Dr Helen Marsh, Senior Research Fellow at the University of Northumbria, said so.', ['person Helen Marsh', 'organisation University of Northumbria']],
    // A name with no head that says or estimates is a body (one word only when coined).
    ['Skills for Care estimates that posts are vacant, Healthwatch England said, and Barclays reported gains.', ['organisation Skills for Care', 'organisation Healthwatch England', 'organisation Barclays']],
    ['Research said little, and Universal Credit reported gains.', ['programme Universal Credit']],
    ['Virgin Media announced in May that it would extend its network, and BT Openreach confirmed the dates.', ['organisation Virgin Media', 'organisation BT Openreach']],
    // Not a plural of a word of the language ("Respondents said"), and a publisher whatever its shape.
    ['Respondents said so, Departments reported costs, and Households estimated savings.', []],
    // "estimates", "reports", "forecasts" before a verb or "of" are nouns: no one says anything.
    ['Previous estimates have been higher, Internal reports show a rise, and Departmental forecasts of take-up vary.', []],
    ['Barclays estimates that costs fell.', ['organisation Barclays']],
    ['YouGov, ‘Attitudes to digital services’, March 2013', ['organisation YouGov', 'programme Attitudes to digital services']],
    ['Ipsos MORI, ‘Government online: a survey of users’, October 2012', ['organisation Ipsos MORI', 'programme Government online: a survey of users']],
    // The body a role is for, named by a body's head word, is a mention; a business function is not.
    ['Jane Roe, Chief Executive of Wigan Council, met the President of the Royal College of Nursing and the Head of Digital Communications.', ['person Jane Roe', 'organisation Wigan Council', 'organisation Royal College of Nursing']],
    // So is the programme a post leads, by its head; a function a post is named for is not.
    ['Jane Roe, Director of the Identity Assurance Programme, met the Head of Digital Strategy.', ['person Jane Roe', 'programme Identity Assurance Programme']],
    ['Transport for the North will be put on a statutory footing.', ['organisation Transport for the North']],
    // A known body and a coined word, one word each, are two bodies.
    ['Funding comes from Google and Nesta.', ['organisation Google', 'organisation Nesta']],
    // A list is a list whichever item names the body: the first items are bodies too.
    ['We worked with Barclays, Nesta and GDS.', ['organisation Barclays', 'organisation Nesta', 'organisation GDS']],
    // An adjective the lexicon does not list is no coined name: a title after its publisher.
    ['GDS, Digital take-up and cost per transaction: guidance for departments, September 2014.', ['organisation GDS']],
    // A council named for two places is one body.
    ['Redcar and Cleveland Borough Council and Telford and Wrekin Council met.', ['organisation Redcar and Cleveland Borough Council', 'organisation Telford and Wrekin Council']],
    // A body and a coined word joined by "and" are two bodies.
    ['Sunderland City Council and Barclays ran sessions.', ['organisation Sunderland City Council', 'organisation Barclays']],
    // A Crown body after "the" without its "HM"; not the instruments it issues.
    ['The Treasury and the Cabinet Office will publish guidance on the Treasury bill stock.', ['organisation Treasury', 'organisation Cabinet Office']],
    // Bodies of the sector's gazetteer whose head word names another kind ("Exchange", "Revenue").
    ['Shares on the London Stock Exchange and a letter from the Inland Revenue are accepted.', ['organisation London Stock Exchange', 'organisation Inland Revenue']],
    ['In March Home Office launched its new recruitment service.', ['organisation Home Office']],
    ['Staff from HMRC, DVLA and the Land Registry attended the workshop.', ['organisation HMRC', 'organisation DVLA', 'organisation Land Registry']],
    ['New IT equipment was delivered to DfT staff.', ['organisation DfT']],
    ['The Attorney General’s Office shares a digital team with the Crown Prosecution Service.', ['organisation Attorney General’s Office', 'organisation Crown Prosecution Service']],
    ['Home Office and Ministry of Defence staff shared one Digital Board.', ['organisation Home Office', 'organisation Ministry of Defence', 'organisation Digital Board']],
    ['The National Offender Management Service and HM Prison Service set up a Digital Hub.', ['organisation National Offender Management Service', 'organisation HM Prison Service', 'organisation Digital Hub']],
    ['The Permanent Secretary chairs the Digital Transformation Board.', ['organisation Digital Transformation Board']],
    ['It established a Digital Delivery group with members from every directorate.', ['organisation Digital Delivery group']],
    ['The Rural Payments Agency and the Web Operations team moved to the new platform.', ['organisation Rural Payments Agency', 'organisation Web Operations team']],
    ['The Online Services and Digital Media teams were merged.', ['organisation Online Services', 'organisation Digital Media']],
    // An organisation before a name of two words is its own mention; before one word it is part of it.
    ['The Cabinet Office Digital Leaders Network met every month.', ['organisation Cabinet Office', 'organisation Digital Leaders Network']],
    ['MOJ Technology will move to a new building.', ['organisation MOJ Technology']],
    ['The HMRC Digital Delivery Centre opened this year.', ['organisation HMRC', 'organisation Digital Delivery Centre']],
    // A capitalised "The" mid-sentence is part of a formal name, and outside the span.
    ['The unit works closely with The Pensions Regulator.', ['organisation Pensions Regulator']],
    ['Its relationship with The Code Institute helped recruit developers.', ['organisation Code Institute']],
    // A body in a list of bodies.
    ['Guidance came from GDS, the Home Office and Digital Skills Partnership.', ['organisation GDS', 'organisation Home Office', 'organisation Digital Skills Partnership']],
    ['Materials from DWP, Civil Service Learning and Government Digital Skills were used.', ['organisation DWP', 'organisation Civil Service Learning', 'organisation Government Digital Skills']],
    // A body followed by a generic noun is the body alone.
    ['The DfE board agreed the plan.', ['organisation DfE']],
    ['Ofsted judgments will be published online.', ['organisation Ofsted']],
    ['The Insolvency Service redundancy payments service was redesigned.', ['organisation Insolvency Service']],
    ['Twitter and YouTube channels were used for the campaign.', ['organisation Twitter', 'organisation YouTube']],
    // A measure after a body is no part of its name: the body alone.
    ['HM Treasury analysis based on ONS CPI series.', ['organisation HM Treasury', 'organisation ONS']],
    // Bodies whose names hold "on" and their subject: "Committee on …", "Panel on …".
    ['The Independent Panel on Technical Education and the Select Committee on Public Accounts reported.', ['organisation Independent Panel on Technical Education', 'organisation Select Committee on Public Accounts']],
    ['The Executive Team on the Local Digital Programme met.', ['organisation Executive Team', 'programme Local Digital Programme']],
    // An adjective that opens a sentence is no part of the body after it.
    ['Internal HMRC analysis.', ['organisation HMRC']],
    ['Latest DWP figures show a fall.', ['organisation DWP']],
    // A known body after a director's post is still a body.
    ['The Director General, Home Office, chairs the Digital Transformation Board.', ['organisation Home Office', 'organisation Digital Transformation Board']],
    // A body written in lower case, known to the gazetteer.
    ['Staff took courses from civil service learning this year.', ['organisation civil service learning']],
    // A single word listed with bodies is a body; in a comma list a known name on either side of "and"
    // is an item of its own.
    ['We will work with Google, Microsoft, Barclays and Accenture.', ['organisation Google', 'organisation Microsoft', 'organisation Barclays', 'organisation Accenture']],
    ['Partners include Mencap and the Royal National Institute of Blind People.', ['organisation Mencap', 'organisation Royal National Institute of Blind People']],
    ['Speakers came from mySociety and the Open Data Institute.', ['organisation mySociety', 'organisation Open Data Institute']],
    // A name in capitals is no person's: a company compromise reads as one.
    ['The survey was published by Go ON UK and Ipsos MORI.', ['organisation Go ON UK', 'organisation Ipsos MORI']],
    ['Leeds City Council, Sunderland City Council and the London Borough of Hackney received grants.', ['organisation Leeds City Council', 'organisation Sunderland City Council', 'organisation London Borough of Hackney']],
    // A company named with its legal form, which is part of the mention, whatever the case it is written in.
    ['The contract went to Bristow Helicopters Ltd and Capgemini UK plc.', ['organisation Bristow Helicopters Ltd', 'organisation Capgemini UK plc']],
    // A capitalised plural of a head of bodies, after two words or more, names bodies of one kind.
    ['We will open 12 Employer Skills Hubs with the Local Enterprise Partnerships.', ['organisation Employer Skills Hubs', 'organisation Local Enterprise Partnerships']],
    // A confederation, a guild or a chamber is a body by its head.
    ['Emma Lindqvist, Head of Skills Policy, Confederation of British Industry', ['person Emma Lindqvist', 'organisation Confederation of British Industry']],
    // A company named with its legal form and the place it is of are two names.
    ['The system was built by Tern Digital Ltd of Milton Keynes.', ['organisation Tern Digital Ltd', 'place Milton Keynes']],
    // A known place alone before a lowercase cue is the place.
    ['He will launch a charter at the second Telford forum in March.', ['place Telford']],
    // A body before a company named with its legal form is a name of its own.
    ['We used Postmark Identity and Veriscan Ltd, and Marks and Spencer plc.', ['organisation Postmark Identity', 'organisation Veriscan Ltd', 'organisation Marks and Spencer plc']],
    ['We met the Federation of Small Businesses and Halden Systems plc, and the Office for National Statistics and Ipsos MORI Ltd.', ['organisation Federation of Small Businesses', 'organisation Halden Systems plc', 'organisation Office for National Statistics', 'organisation Ipsos MORI Ltd']],
    ['Arvato Government Services Ltd runs the shared helpdesk for Capita plc.', ['organisation Arvato Government Services Ltd', 'organisation Capita plc']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('generic groups, roles and acronyms are not organisations', () => {
  it.each([
    ['Several ALBs and NDPBs reported to the board.'],
    // Groups of people by their background.
    ['BME staff at Band 8a, and the BAME and LGBT networks, met.'],
    // Qualifications named by their initials.
    ['Schools offered GCSE computer science and an NVQ at level 2.'],
    // The Civil Service's grades by their initials, in a sentence or a table's row heads.
    ['Staff at SCS, SEO, HEO, EO and AO grades, and 12 AA staff, were counted in FTEs.'],
    // A grade after the word that names its scale.
    ['Pages meet level AA of the guidelines and were rated AAA.'],
    // A council's posts, and a minister's portfolio whatever its head.
    ['The Executive Member for Neighbourhoods met the Minister for Civil Society and the Portfolio Holder for Digital Services.'],
    // A heading in capitals names nothing for its capitals; its bodies' acronyms are still bodies.
    ['ANNEX C: DEPARTMENTS, AGENCIES AND PARTNER BODIES'],
    // A section's code opening a heading is no word of a name.
    ['C.1 Ministerial departments'],
    // Kinds of contract and diseases named by their initials.
    ['Councils used waste PFI credits to reduce bovine TB.'],
    ['The Law Officers’ departments have no transactional services.'],
    ['Heads of Profession met the Chief Digital Officer.'],
    // A longer post with a rank in it.
    ['The Government Chief Technology Officer met the Government Chief Scientific Adviser.'],
    ['The Director General of Growth, Innovation and Enterprise leads on digital.'],
    // A director's post written with its portfolio, after a space, a dash or a comma, is a role.
    ['Director Transformation (shortly to become Director Defence Strategy) was appointed in May.'],
    ['The Digital Leader will be the Director General – Finance and Corporate Services.'],
    ['They appointed the Director General, Transforming Justice as Digital Leader.'],
    ['The Digital leader will oversee a programme of targeted activities.'],
    ['Our partner organisations and digital teams will recruit more staff.'],
    ['The department will set KPIs for its IT and HR teams.'],
    ['Fast Streamers and Digital Leaders attended the session.'],
    ['Developers were trained in Python and Ruby development.'],
    ['HMCTS.net developers moved to the new platform.'],
    // Statistical measures written as initials are quantities, not bodies (docs/annotation.md, New genres: Names).
    ['GDP grew by 0.7% and borrowing fell to 2.6% of GDP.'],
    ['CPI inflation was 1.8% and RPI inflation 2.6%, while GVA per hour rose.'],
    ['Receipts are uprated in line with RPI; PSNB and PSND fall.'],
    // The vocabulary of progress reports and business cases.
    ['The RAG rating for this action is Amber/Green, with 120 FTEs moving to BAU.'],
    ['The PMO tracks each SLA and the NPV of the TBC options.'],
  ])('%s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe('people', () => {
  it.each([
    ['Jane Pearson, the department’s chief digital officer, presented to the executive board.', ['person Jane Pearson']],
    ['Grace Miller, Director of Digital, replaced Tom Hughes as the digital leader in May.', ['person Grace Miller', 'person Tom Hughes']],
    ['Minister Francis Maude opened the new hub.', ['person Francis Maude']],
    ['The review was led by Martha Lane Fox.', ['person Martha Lane Fox']],
    ['The review was led by Sir Ken Knight in 2013.', ['person Ken Knight']],
    ['The Director General for Digital Services visited the team.', []],
    // Honorifics and roles before a name stay outside it; the name alone is the person.
    ['Baroness Martha Lane Fox was appointed as the digital champion.', ['person Martha Lane Fox']],
    // Military ranks of one word or more are titles, outside the name.
    ['Vice Admiral Sir Richard Hale met Air Marshal Jane Stott and Lieutenant Colonel Mark Hughes.', ['person Richard Hale', 'person Jane Stott', 'person Mark Hughes']],
    ['Executive Director Mike Bracken said services would improve.', ['person Mike Bracken']],
    ['Ministers agreed with Ms Hughes that the work should continue.', ['person Hughes']],
    ['Professor Sir Nigel Shadbolt chairs the board.', ['person Nigel Shadbolt']],
    ['Lord Maude and Mike Bracken met departmental leaders.', ['person Maude', 'person Mike Bracken']],
    // A name of a person's shape in a list of people, set apart by commas, is a person.
    ['Its members are Priya Raman, Lord Ashby of Fellgate and Professor Gillian Hart CBE.', ['person Priya Raman', 'person Ashby', 'person Gillian Hart']],
    // A post with words of its own before an honorific and a name: the person is the name.
    ['Minister for Farming Lord Thornbury will open the centre.', ['person Thornbury']],
    ['Mr Smith and Mrs Jones attended the launch.', ['person Smith', 'person Jones']],
    ['Minister for the Cabinet Office Francis Maude opened the hub.', ['organisation Cabinet Office', 'person Francis Maude']],
    // The body a role is for is a mention; the role is not, even with a body's head word in it.
    ['Mike Bracken, Executive Director of the Government Digital Service, chaired the board.', ['person Mike Bracken', 'organisation Government Digital Service']],
    ['The Permanent Secretary of HM Treasury, Sir Nicholas Macpherson, attended.', ['organisation HM Treasury', 'person Nicholas Macpherson']],
    ['The Chief Executive of DVLA and the Chair of the Environment Agency met.', ['organisation DVLA', 'organisation Environment Agency']],
    ['Chief Executive of the Civil Service John Manzoni said so.', ['person John Manzoni']],
    ['The Director General of Innovation, Growth and Technology and a Head of Digital Communications spoke.', []],
    // Posts joined by "and" are one post.
    ['The Comptroller and Auditor General, Sir Amyas Morse KCB, certified the accounts.', ['person Amyas Morse']],
    // A minister's portfolio is part of the role, all of it; a second post after "and" is no part of the body.
    ['Ed Vaizey, Minister for Culture and the Digital Economy, attended.', ['person Ed Vaizey']],
    ['Ben Gummer, Minister for the Cabinet Office and Paymaster General, spoke.', ['person Ben Gummer', 'organisation Cabinet Office']],
    // A double-barrelled or Irish name is one word of the name.
    ['Baroness Lane-Fox is the UK Digital Champion.', ['person Lane-Fox']],
    ['Mrs Smith-Jones and Ms O’Neill attended.', ['person Smith-Jones', 'person O’Neill']],
    // A chief executive is a post, though "Executive" heads bodies ("the Scottish Executive").
    ['Chief Executive of the Civil Service John Manzoni agreed with the Scottish Executive.', ['person John Manzoni', 'organisation Scottish Executive']],
    ['The Chief Executive of the Student Loans Company spoke.', ['organisation Student Loans Company']],
    // An honorific before a role, or before a word of the language, is no person.
    ['The Lord Chancellor and the Lord Speaker opened the session.', []],
    ['The Lord Mayor of London opened the hub.', ['place London']],
    ['Dr Foster Intelligence published the data.', ['organisation Dr Foster Intelligence']],
    // Letters after a name (honours, Parliament, fellowships) are no part of it, and no body.
    ['Baroness Neville-Rolfe DBE CMG joined the board.', ['person Neville-Rolfe']],
    ['Sir Jeremy Heywood CB CVO, Cabinet Secretary, wrote to departments.', ['person Jeremy Heywood']],
    ['Dame Helen Ghosh DCB and Professor Dame Julia Slingo FRS spoke.', ['person Helen Ghosh', 'person Julia Slingo']],
    // A peer's territorial designation is part of the title, not of the name.
    ['Lord Browne of Madingley chaired the review of departmental boards.', ['person Browne']],
    ['Viscount Younger of Leckie replied for the government.', ['person Younger']],
    ['Lord Jenkins of Berwick spoke for the Cabinet Office.', ['person Jenkins', 'organisation Cabinet Office']],
    // A name of a person's shape with a role in apposition, or a verb of saying, is a person whatever
    // the given name; the portfolio rule does not take a person named after a director's post.
    ['Priya Raman, Chief Digital Officer at the Department for Work and Pensions, said it was live.', ['person Priya Raman', 'organisation Department for Work and Pensions']],
    ['Ravi Raman, head of digital at HMRC, agreed, and Amara Nwosu said so too.', ['person Ravi Raman', 'organisation HMRC', 'person Amara Nwosu']],
    ['The Digital Director, Sarah Hunter, reported progress.', ['person Sarah Hunter']],
    // … after a lowercase role, or listed with a person.
    ['Our non-executive director Priya Nandakumar joined; the board includes Olusegun Adeyemi and Tom Reed.', ['person Priya Nandakumar', 'person Olusegun Adeyemi', 'person Tom Reed']],
    ['Digital Services, the Director said, will grow.', ['organisation Digital Services']],
    // A name and the body or programme it is for are two names; a body named for its purpose is one.
    ['GOV.UK Verify for the Criminal Injuries Compensation Authority went live, and the Digital Efficiency Report for the Troubled Families Programme was published.', ['programme GOV.UK Verify', 'organisation Criminal Injuries Compensation Authority', 'programme Digital Efficiency Report', 'programme Troubled Families Programme']],
    ['The Department for Education and the National Institute for Health and Care Excellence met.', ['organisation Department for Education', 'organisation National Institute for Health and Care Excellence']],
    // A known body opening a sentence keeps its first word.
    ['Care Quality Commission inspectors began.', ['organisation Care Quality Commission']],
    // A person and the body they are of are two names, in a coordination too.
    ['Martha Pryce of the Tinder Foundation and Professor Ian Hodgkinson of the University of Leicester will chair it.', ['person Martha Pryce', 'organisation Tinder Foundation', 'person Ian Hodgkinson', 'organisation University of Leicester']],
    // A role with words of its own before the name stays outside it.
    ['Chief Digital Officer Mike Stone and Digital Director Sarah Hunter spoke.', ['person Mike Stone', 'person Sarah Hunter']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('places', () => {
  it.each([
    ['Companies House opened a new office in Cardiff.', ['organisation Companies House', 'place Cardiff']],
    ['Users in Swansea, Newport and Wrexham tested the prototype.', ['place Swansea', 'place Newport', 'place Wrexham']],
    ['The agency has offices in Liverpool, Durham and Croydon.', ['place Liverpool', 'place Durham', 'place Croydon']],
    ['MOJ Technology moved to Sheffield.', ['organisation MOJ Technology', 'place Sheffield']],
    ['It supported the response to the floods in Pakistan and the Philippines.', ['place Pakistan', 'place Philippines']],
    // A place whose name holds "upon", "and the" or "and" is one name, in a coordination too.
    ['Offices in Newcastle upon Tyne and Yorkshire and the Humber, South Georgia and the South Sandwich Islands and Burton upon Trent.', ['place Newcastle upon Tyne', 'place Yorkshire and the Humber', 'place South Georgia and the South Sandwich Islands', 'place Burton upon Trent']],
    // A region named with its head is a place, listed with places; a spending limit is a measure.
    ['Places include Greater Manchester, Leeds City Region and Cornwall, within Departmental Expenditure Limits.', ['place Greater Manchester', 'place Leeds City Region', 'place Cornwall']],
    // National parks and the landscapes named with them.
    ['Pilots ran in Devon, Somerset and the Yorkshire Dales, and in the Norfolk Broads.', ['place Devon', 'place Somerset', 'place Yorkshire Dales', 'place Norfolk Broads']],
    // Smaller towns, government sites and airports.
    ['Offices in Telford and Shipley closed; staff at Porton Down, Heathrow and Gatwick moved to Crewe.', ['place Telford', 'place Shipley', 'place Porton Down', 'place Heathrow', 'place Gatwick', 'place Crewe']],
    ["Centres in King's Lynn and Bishop’s Stortford opened.", ["place King's Lynn", 'place Bishop’s Stortford']],
    // A place whose name is also a word or a given name, after a preposition of place, alone or listed.
    ['Staff in Reading and Bath will transfer to the new centre at Newport.', ['place Reading', 'place Bath', 'place Newport']],
    ['Reading is important, and the team in Jordan agreed.', ['place Jordan']],
    // Streets and squares are places.
    ['Write to Nobel House, 17 Smith Square, London.', ['place Nobel House', 'place Smith Square', 'place London']],
    ['The board met at 70 Whitehall in May.', ['place Whitehall']],
    // The land's own features are places by their head; two places joined by "and" are two.
    ['Staff moved across the East of England and Thames Valley to the New Forest.', ['place East of England', 'place Thames Valley', 'place New Forest']],
    // A name listed with known places after a preposition of place is a place, and no part of the one
    // before it.
    ['Pilots will run in Luton, Stockport and North Tyneside, then in Bury, Leeds and Tameside.', ['place Luton', 'place Stockport', 'place North Tyneside', 'place Bury', 'place Leeds', 'place Tameside']],
    ['Workshops were held in London and Nairobi, and in Manchester and Bodmin.', ['place London', 'place Nairobi', 'place Manchester', 'place Bodmin']],
    // A word of its own before a known place, whatever precedes them: two names, not one run lost.
    // A known place is no person, whatever its first word; a name after it is a name of its own.
    ['Staff moved to Milton Keynes and Kents Hill.', ['place Milton Keynes', 'place Kents Hill']],
    // The items after a known place that opens a list, known or not.
    ['It ran in Sutton-in-Ashfield, Kirkby-in-Ashfield and Hucknall.', ['place Sutton-in-Ashfield', 'place Kirkby-in-Ashfield', 'place Hucknall']],
    ['The minister visited Copenhagen and Singapore in May.', ['place Copenhagen', 'place Singapore']],
    ['Officials visited Singapore and Copenhagen, then Toronto and Chicago, and Lagos and Nairobi.', ['place Singapore', 'place Copenhagen', 'place Toronto', 'place Chicago', 'place Lagos', 'place Nairobi']],
    ['Officials from Beijing and New Delhi visited.', ['place Beijing', 'place New Delhi']],
    // A postcode after a town is no part of its name.
    ['Write to Aviation House, London WC2B 6NH, or to the office in Manchester M1 1AE.', ['place Aviation House', 'place London', 'place Manchester']],
    // Counties, council areas, seas.
    ['Schools in Bradford, Cheshire, Greater Manchester, Fife and the Isle of Wight took part.', ['place Bradford', 'place Cheshire', 'place Greater Manchester', 'place Fife', 'place Isle of Wight']],
    ['Ships crossed the Atlantic and the North Sea.', ['place Atlantic', 'place North Sea']],
    // A single word the gazetteer does not hold is a place when compromise's lexicon files it as one,
    // and nothing otherwise: a lookup, with no parse of the sentence.
    ['The service is used across Europe by staff who code in Ruby.', ['place Europe']],
    ['Staff said: It was hard, and A better form was needed.', []],
    ['There are 12 sprint teams in the Leeds centre.', ['place Leeds']],
    ['Bristol’s 3 universities joined the scheme.', ['place Bristol']],
    ['Posts in India and the Philippines used the new service.', ['place India', 'place Philippines']],
    // Groups of territories, shared heads, named buildings, the territories themselves (docs/annotation.md, New genres).
    ['Our fire inspectors have worked with Overseas Territories for decades.', ['place Overseas Territories']],
    ['It led reviews of the fire services of the Cayman and Falkland Islands.', ['place Cayman', 'place Falkland']],
    // A singular head is the last place's own.
    ['The zones in Humber and Tees Valley each created jobs.', ['place Humber', 'place Tees Valley']],
    ['Territory flags fly outside Eland House, our London headquarters.', ['place Eland House', 'place London']],
    ['It has given advice to Bermuda, Montserrat and Gibraltar.', ['place Bermuda', 'place Montserrat', 'place Gibraltar']],
    ['Officials met the Deputy Governor for St Helena to exchange ideas.', ['place St Helena']],
    ['The Territories have become more responsible for their own services.', []],
    // A group of states is a place, written out or as its initials.
    ['EEA nationals can use a residence permit issued in the European Economic Area.', ['place EEA', 'place European Economic Area']],
    // An adjective that opens a list item is no name's word: the place after it stands alone.
    ['Current UK driving licence', ['place UK']],
    // (Not the first word of a known place: a table cell "Northern Ireland" was "Ireland".)
    ['Northern Ireland has the highest share.', ['place Northern Ireland']],
    ['Original UK birth certificate issued within 12 months', ['place UK']],
    // A kind named by an acronym after "a"/"an" is no body; the place before it is a place.
    ['A company (including a UK LLP) which is not listed.', ['place UK']],
    ['A partnership of professionals (except an LLP) with five partners.', []],
    ['Staff at a DWP office in Leeds were trained.', ['organisation DWP', 'place Leeds']],
    // "HM" before a capitalised name is a Crown body, and begins a new name after "and".
    ['Certificates issued by consulates and HM Forces are accepted.', ['organisation HM Forces']],
    ['Records held by Embassies and HM Forces were checked.', ['organisation HM Forces']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

// Kinds of body coordinated with a head word alone and modifying a noun are no names (docs/annotation.md).
describe('kinds of thing in a coordination', () => {
  it.each([
    ['Bank, Building Society or Credit Union statement or passbook', []],
    ['Council, Housing Association or Trust tenancy agreement', []],
    // A known body among them stays a name; without a lone head word the names stand.
    ['Bank, Companies House or Credit Union records', ['organisation Companies House']],
    ['The Cabinet Office and Government Digital Service teams met.', ['organisation Cabinet Office', 'organisation Government Digital Service']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('a group of states glossed by markup is still a place', () => {
  it('reads <abbr title="A group of 20 …">G20</abbr> as the place G20', () => {
    const doc = runText('<p>The rate is the lowest in the <abbr title="A group of 20 finance ministers and central bank governors">G20</abbr>.</p>', 'test.html');
    expect(doc.entities.filter((e) => e.type !== 'number').map((e) => `${e.type} ${e.text}`)).toEqual(['place G20']);
  });
});

// One name, one sense: a name a sentence shows to be a body is that body wherever the document writes it.
describe('a body shown by one sentence is that body in the others', () => {
  it('retypes a name read by its form alone, and finds it where no rule of the sentence could', () => {
    const doc = runText('# Workforce\n\n## Care\n\nSkills for Care estimates that 90,000 posts are vacant.\n\nSharon Allen, Chief Executive of Skills for Care, said so.\n\nSkills for Care will publish data in May.\n\n| Lead body | Action |\n|---|---|\n| Skills for Care | Publish data |\n', 'report.md');
    expect(doc.entities.filter((e) => e.text === 'Skills for Care').map((e) => `${e.type} ${e.rule}`)).toEqual([
      'organisation organisation.speaker', 'organisation organisation.same-name', 'organisation organisation.same-name', 'organisation organisation.same-name',
    ]);
  });

  it('takes a company named once with its legal form to be that body where the form is dropped', () => {
    const doc = runText('# Suppliers\n\nWe let a contract to Halloran Systems plc in 2012.\n\nWe will break the remaining Halloran Systems contract into smaller lots.\n', 'report.md');
    expect(doc.entities.filter((e) => e.type === 'organisation').map((e) => `${e.text} ${e.rule}`)).toEqual(['Halloran Systems plc organisation.company', 'Halloran Systems organisation.same-name']);
  });

  it('changes nothing where no sentence shows the name to be a body', () => {
    const doc = runText('# Workforce\n\n## Care\n\nSkills for Care will publish data in May.\n', 'report.md');
    expect(doc.entities.filter((e) => e.text === 'Skills for Care').map((e) => e.type)).toEqual(['programme']);
  });
});

describe('a term the document defines by its initials', () => {
  it('keeps a name it opens that has a head of its own', () => {
    const doc = runText('# Suppliers\n\nWe buy from small and medium-sized enterprises (SMEs).\n\nWe opened an SME Engagement Office in June.\n', 'report.md');
    expect(doc.entities.filter((e) => e.type === 'organisation').map((e) => e.text)).toEqual(['SME Engagement Office']);
  });
});

describe('a country written as its initials', () => {
  it.each([
    ['The UK economy grew by 2% in 2016.', ['place UK']],
    // Other countries and the Union by their initials: a place, and a body (docs/annotation.md, place).
    ['Exports to the USA rose.', ['place USA']],
    ['Rates in the US are higher than in the EU.', ['place US', 'organisation EU']],
    // A group of states is a place, whatever its shape (docs/annotation.md, New genres: Names).
    ['The UK’s corporate tax rate is the lowest in the G20, and G7 ministers agreed.', ['place UK', 'place G20', 'place G7']],
  ])('%s', (sentence, expected) => {
    expect(nameMentions(sentence)).toEqual(expected);
  });
});

// Languages, holidays and named days, references to parts of a document by code, and hyphenated
// compounds are no names (docs/annotation.md, New genres: Names).
describe('not names', () => {
  it.each([
    ['Services are offered in British Sign Language.', []],
    ['The flags mark St Ursula’s Day and the Territory’s National Day.', []],
    ['Questions were asked in Sections N2 and L3 of the survey, and in Section L4.', []],
    ['The figures are set out in Table A.1 and Annex A.', []],
    ['Appendix B and Box 2.1 give the method.', []],
    // A part label after a word, with its number, is no name either; Roman numerals are numbers' writing.
    ['Pupils practise columnar addition (see Mathematics Appendix 1).', []],
    ['The data are in the Technical Annex A.', []],
    ['Tell the time using Roman numerals from I to XII, as in Part II.', []],
    ['Figure 25: Mid-range estimates of total potential annual savings by department.', []],
    ['Public finances should balance as soon as possible in the next Parliament.', []],
    ['We will recruit 500 apprentices by the end of the Parliament, and more over the Parliament.', []],
    ['The bill will go before Parliament in the spring.', ['organisation Parliament']],
    ['Borrowing will fall by the end of the Parliament.', []],
    ['Since the start of the Parliament, 1.3 million have been taken out of tax.', []],
    ['Ordered by the House of Commons to be printed.', ['organisation House of Commons']],
    ['ISBN 978-1-4741-4098-0', []],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('a heading written in capitals', () => {
  it("keeps its bodies' acronyms and nothing else", () => {
    expect(names('THE NHS AND THE DWP')).toEqual(['organisation NHS', 'organisation DWP']);
  });
});
