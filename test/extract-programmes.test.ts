// Programmes, plans, standards, events, products and services in single sentences written in the style
// of the progress pages; each row lists every name mention the sentence should give.
import { describe, expect, it } from 'vitest';
import { extractSentence } from '../src/extract/index.js';
import { nameMentions, runText } from './helpers.js';

const names = nameMentions;

describe('programmes named by their head word', () => {
  it.each([
    ['DWP extended the Fast Track Apprenticeship Programme to Leeds.', ['organisation DWP', 'programme Fast Track Apprenticeship Programme', 'place Leeds']],
    ['The department completed its Digital Skills Review in May.', ['programme Digital Skills Review']],
    ['It is part of the Civil Service Reform Plan.', ['programme Civil Service Reform Plan']],
    // Duties on firms, payments and reliefs, records kept: programmes, defined by an acronym or not.
    ['The Energy Company Obligation (ECO) and the Renewable Heat Incentive paid for the Electronic Staff Record.', ['programme Energy Company Obligation', 'programme ECO', 'programme Renewable Heat Incentive', 'programme Electronic Staff Record']],
    ['Every new service must meet the Digital by Default Service Standard.', ['programme Digital by Default Service Standard']],
    ['It ran a Digital Week for all staff.', ['programme Digital Week']],
    ['Teams used the Service Design Manual and the Performance Platform.', ['programme Service Design Manual', 'programme Performance Platform']],
    ['Over 300 staff attended the Digital Leaders Summit 2014 in London.', ['programme Digital Leaders Summit 2014', 'place London']],
    // Legislation carries its year: "Gambling Act 2005", "Money Laundering Regulations 2007".
    ['The Money Laundering Regulations 2007 require identity evidence.', ['programme Money Laundering Regulations 2007']],
    // Savings products are named by their head, even after a capitalised "The" mid-sentence.
    ['Savers can buy the market-leading Investment Bond from May.', ['programme Investment Bond']],
    ['It is open to savers aged 16. The Investment Bond will be available for 12 months.', ['programme Investment Bond']],
    ['Claimants can now apply for Jobseeker’s Allowance and Housing Benefit online.', ['programme Jobseeker’s Allowance', 'programme Housing Benefit']],
    ['The first Digital Academy opened in Sheffield.', ['programme Digital Academy', 'place Sheffield']],
    ['Results will inform the next Spending Review.', ['programme Spending Review']],
    ['Licensing was simplified under the Gambling Act 2005.', ['programme Gambling Act 2005']],
    // So does a review: "Spending Review 2013".
    ['The Spending Review 2013 set out the savings.', ['programme Spending Review 2013']],
    // So does a plan, strategy, report or survey written for a year or years; a period written with "to"
    // is a date of its own.
    ['We met the Business Plan 2012-2015 goals and the Digital Strategy 2012 targets.', ['programme Business Plan 2012-2015', 'programme Digital Strategy 2012']],
    ['Results of the Civil Service People Survey 2014 were published.', ['programme Civil Service People Survey 2014']],
    ['The Spending Round 2013 set cuts, and the Troubled Families Programme 2013 grew.', ['programme Spending Round 2013', 'programme Troubled Families Programme 2013']],
    // A numeral that ends a name and counts nothing is the name's: "High Speed 2", "Crossrail 2"; after a
    // word that numbers parts or stages it is a label ("Phase 2", "Key Stage 2").
    ['Spending on High Speed 2 will rise, and work on Crossrail 2 continued.', ['programme High Speed 2', 'programme Crossrail 2']],
    ['Phase 2 of the Digital Academy will train 2 staff.', ['programme Digital Academy']],
    // So is a word that numbers stages before a number written as a word.
    ['Phase Two starts in 2015, after Tranche One of the transfer.', []],
    // Deals between central and local government are programmes, named in the singular.
    ['We agreed the first City Deals with Bristol.', ['programme City Deals', 'place Bristol']],
    // Two names that open with the same word are two.
    ['GOV.UK Pay and GOV.UK Notify will be offered to councils.', ['programme GOV.UK Pay', 'programme GOV.UK Notify']],
    // A plain noun opening a sentence, joined without "the" to a name a head word tells, is no part of it.
    ['Figures for Carer’s Allowance were late.', ['programme Carer’s Allowance']],
    // A name headed "Services" before the thing it names; a service's plural name as written.
    ['We will launch the Digital Services framework, and the Digital Services team will run it.', ['programme Digital Services', 'organisation Digital Services team']],
    ['Claims for Universal Credit rose, as did Help for Heroes.', ['programme Universal Credit', 'programme Help for Heroes']],
    // An instruction opening a list item is no part of the name after it.
    ['Expand Digital Academy to Leeds.', ['programme Digital Academy', 'place Leeds']],
    // Followed by a verb of its own, the phrase is the subject: the verb is the name's.
    ['Get Online Week will take place in every library.', ['programme Get Online Week']],
    // Past the year the name carries, and with any verb in the past.
    ['Get Online Week 2014 was scheduled for October.', ['programme Get Online Week 2014']],
    ['Get Safe Online held 65 workshops.', ['programme Get Safe Online']],
    ['Publish Digital Efficiency Report by March.', ['programme Digital Efficiency Report']],
    ['Tell Us Once programme grows.', ['programme Tell Us Once programme']],
    // Or before a letter: a band or grade.
    ['A typical Band D household pays more, as do Grade A offices.', []],
    // A fund named with a lowercase "fund" is a programme, the word in the name; a code is a document.
    ['The Get Britain Building fund has committed most of its money.', ['programme Get Britain Building fund']],
    ['Councils will follow The Transparency Code and the Civil Service Code.', ['programme Transparency Code', 'programme Civil Service Code']],
    // A sentence's opening word joined to a name by a preposition and "the" is outside the name.
    ['Funding for the Digital Inclusion Strategy rose.', ['programme Digital Inclusion Strategy']],
    ['Support for the Troubled Families programme grew.', ['programme Troubled Families programme']],
    ['The Data Protection Act 1998 and the Digital Economy Bill apply to it.', ['programme Data Protection Act 1998', 'programme Digital Economy Bill']],
    ['Vehicle Tax Online was the first exemplar to go live.', ['programme Vehicle Tax Online']],
    // Fiscal events, funds (docs/annotation.md, New genres: Names).
    ['The commitments made in the Budget are funded over the forecast period.', ['programme Budget']],
    ['The Budget’s focus on skills builds on earlier work.', ['programme Budget']],
    ['It will move to a single fiscal event each year, an autumn Budget.', ['programme Budget']],
    ['Funding comes through the National Productivity Investment Fund.', ['programme National Productivity Investment Fund']],
    ['It showed compliance with Building Regulations and Energy Performance Certificates.', ['programme Building Regulations', 'programme Energy Performance Certificates']],
    // So are the guidelines and principles a standard sets, and the acronym defined for them.
    ['Services meet level AA of the Web Content Accessibility Guidelines (WCAG) and the Government Design Principles.', ['programme Web Content Accessibility Guidelines', 'programme WCAG', 'programme Government Design Principles']],
    ['The UK will pay into the International Monetary Fund and leave the European Union.', ['place UK', 'organisation International Monetary Fund', 'organisation European Union']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('programmes named by a cue word after them', () => {
  it.each([
    ['The Welsh Digital Champions network met twice.', ['programme Welsh Digital Champions network']],
    ['DECC developed a Customer Insight programme for policy teams.', ['organisation DECC', 'programme Customer Insight programme']],
    ['The Open Data and Open Policy programmes will continue.', ['programme Open Data', 'programme Open Policy']],
    ['A series of Making Things Better events was held under the Smarter Working banner.', ['programme Making Things Better', 'programme Smarter Working']],
    ['The DVLA Vehicle Tax service went live.', ['organisation DVLA', 'programme Vehicle Tax']],
    ['DWP Agile events ran every month.', ['programme DWP Agile']],
    ['The Personal Tax Account pilot will be extended.', ['programme Personal Tax Account']],
    ['Staff used the G-Cloud framework and the GOV.UK Verify service.', ['programme G-Cloud', 'programme GOV.UK Verify']],
    ['Swansea’s CodeHub initiative supports local talent.', ['place Swansea', 'programme CodeHub']],
    ['Travellers can now use e-Passport gates.', ['programme e-Passport']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('quoted names before a cue word', () => {
  it.each([
    ['Staff joined ‘Think Digital’ events across the region.', ['programme Think Digital']],
    // Before a course, module, workshop, toolkit or guide, a capitalised quoted name only.
    ['Staff took its ‘Digital Policy Essentials’ course, and DCLG ran 7 ‘digital by default’ masterclasses.', ['programme Digital Policy Essentials', 'organisation DCLG']],
    // Set off after its cue word, by a comma or "called"; a quoted phrase in lower case is none.
    ['We will launch a recruitment campaign, ‘Every Day is Different’, and a scheme called ‘Proud to Care’.', ['programme Every Day is Different', 'programme Proud to Care']],
    // So is one after an article before a noun of what it is: "the Go Digital conference".
    ['She spoke at the Go Digital conference, and we will Go Digital this year.', ['programme Go Digital']],
    // A name that opens with a verb is a name when the sentence introduces it as one, quoted or not.
    ['We will bring them into a single service on GOV.UK, called Find Adult Learning.', ['programme GOV.UK', 'programme Find Adult Learning']],
    ['The service, ‘not fit for purpose’, was closed.', []],
    // An at sign inside a name's word.
    ['BIS will extend the Get Online@Work scheme.', ['organisation BIS', 'programme Get Online@Work scheme']],
    // A programme's name may hold "to" or "into" after its first word.
    ['Nurses can join the Return to Practice programme or the Step into Health scheme.', ['programme Return to Practice programme', 'programme Step into Health scheme']],
    ['HMRC will run ‘Our Customers’ sessions for all teams.', ['organisation HMRC', 'programme Our Customers']],
    ['The department will run a series of internal ‘go digital’ events.', ['programme go digital']],
    ['It follows a ‘build once, use many times’ strategy.', ['programme build once, use many times']],
    ['Continuing “Working Smarter” conversations will reach every team.', ['programme Working Smarter']],
    // A closing quote after a plural is no possessive's apostrophe.
    ["Our 'Digital Buddies' scheme and the ‘Digital Champions’ network grew.", ['programme Digital Buddies', 'programme Digital Champions']],
    // A service, website, app or tool named in quotes.
    ['Teachers use the ‘Get Into Teaching’ service and the ‘Apply For Teacher Training’ website.', ['programme Get Into Teaching', 'programme Apply For Teacher Training']],
    // A closing quote is no part of a service name's last word; an apostrophe inside a word is.
    ['Jobseekers can use ‘Find a Job’, the new site, or Claim Carer’s Allowance online.', ['programme Find a Job', 'programme Claim Carer’s Allowance']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

// A quoted title in sentence case is a publication's name when its head names a kind of document; the
// year in it belongs to the name (docs/annotation.md, New genres: Names).
describe('quoted titles of publications', () => {
  it.each([
    ['Further details can be found in the ‘Debt management report 2017-18’.', ['programme Debt management report 2017-18']],
    ['It is set out in the March 2017 ‘Economic and fiscal outlook’.', ['programme Economic and fiscal outlook']],
    ['The council published its “Local transport plan” in May.', ['programme Local transport plan']],
    // A quoted title in a citation, followed by its publisher and date, names a publication whatever
    // its head; what is inside the title is part of it.
    ['‘Public sector finances’, ONS, January 2017.', ['programme Public sector finances', 'organisation ONS']],
    ['‘Taxpayers’ stake in Lloyds now below 4%’, HM Treasury, February 2017.', ['programme Taxpayers’ stake in Lloyds now below 4%', 'organisation HM Treasury']],
    ['‘Report of the Independent Panel on Technical Education’, Independent Panel on Technical Education, July 2016.', ['programme Report of the Independent Panel on Technical Education', 'organisation Independent Panel on Technical Education']],
    ['‘Government launches first sale from the student loan book’, Department for Education, HM Treasury and Student Loans Company, February 2017.', ['programme Government launches first sale from the student loan book', 'organisation Department for Education', 'organisation HM Treasury', 'organisation Student Loans Company']],
    ['The survey (‘Family Resources Survey: financial year 2014/15’, Department for Work and Pensions, June 2016) shows this.', ['programme Family Resources Survey: financial year 2014/15', 'organisation Department for Work and Pensions']],
    ['Staff called it ‘the new normal’, and GDS, in 2016, agreed.', ['organisation GDS']],
    // So is one after its publisher, as GOV.UK footnotes write them; the publisher is a body.
    ['NHS Digital, ‘NHS Workforce Statistics’, September 2017', ['organisation NHS Digital', 'programme NHS Workforce Statistics']],
    ['Skills for Care, ‘The state of the adult social care sector and workforce in England’, September 2017', ['organisation Skills for Care', 'programme The state of the adult social care sector and workforce in England']],
    ['As Ofcom put it, ‘digital is the new normal’, in 2014.', ['organisation Ofcom']],
    // In straight quotes too.
    ["Office for National Statistics, 'Internet Access Quarterly Update, Q1 2014', February 2014.", ['organisation Office for National Statistics', 'programme Internet Access Quarterly Update, Q1 2014']],
    ["'Internet access: households and individuals', ONS, August 2013", ['programme Internet access: households and individuals', 'organisation ONS']],
    ["A campaign called 'Proud to Click' ran, and the team's plans were agreed.", ['programme Proud to Click']],
    // Unquoted, a source note's title between its publisher and date is a publication too; a list of
    // bodies or places before a year is none.
    ['GDS, Digital Landscape Research, November 2012', ['organisation GDS', 'programme Digital Landscape Research']],
    ['Ofcom, Adults Media Use and Attitudes Report, 2012', ['organisation Ofcom', 'programme Adults Media Use and Attitudes Report']],
    ['Source: HM Treasury, Public sector finances, January 2017', ['organisation HM Treasury', 'programme Public sector finances']],
    // Dated by a quarter; a country's initials and a leading "The" in the title.
    ['ONS, Internet Access Quarterly Update, Q2 2014', ['organisation ONS', 'programme Internet Access Quarterly Update']],
    ['Lloyds Banking Group, UK Business Digital Index, July 2014', ['organisation Lloyds Banking Group', 'programme UK Business Digital Index']],
    ['Go ON UK, The Economic Case for Digital Inclusion, October 2013', ['organisation Go ON UK', 'programme Economic Case for Digital Inclusion']],
    ['We met in Leeds, Bradford and York, 2012.', ['place Leeds', 'place Bradford', 'place York']],
    ['Barclays, Accenture and the Open Data Institute, 2013', ['organisation Accenture', 'organisation Open Data Institute']],
    // Quotes alone make no name: no head of a document, or not a title.
    ['Staff called it the ‘new normal’ for services.', []],
    ['The ‘working’ level was agreed.', []],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it('keeps the year inside the name rather than reading it as a date', () => {
    const mentions = extractSentence({ text: 'See the ‘Debt management report 2017-18’.', phaseYear: null, acronyms: new Map() });
    expect(mentions.map((m) => m.type)).toEqual(['programme']);
  });
});

describe('named products and services without a cue word', () => {
  it.each([
    ['We will start with 3 exemplar services: Universal Credit, Personal Independence Payment and Carer’s Allowance.', ['programme Universal Credit', 'programme Personal Independence Payment', 'programme Carer’s Allowance']],
    ['Exemplars include Self Assessment Online, Tax for Small Traders and Agent Services Online.', ['programme Self Assessment Online', 'programme Tax for Small Traders', 'programme Agent Services Online']],
    ['The Office of the Public Guardian redesigned Lasting Power of Attorney.', ['organisation Office of the Public Guardian', 'programme Lasting Power of Attorney']],
    ['Fast Stream project managers joined the team.', ['programme Fast Stream']],
    ['The Coal Authority’s Mining Reports service will be the pilot.', ['organisation Coal Authority', 'programme Mining Reports']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('lowercase coined names', () => {
  it.each([
    ['It launched a digital mentors scheme for new starters.', ['programme digital mentors scheme']],
    ['The department extended its digital ambassadors network.', ['programme digital ambassadors network']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

// Known limit: a lowercase name with no cue word ("scheme", "network", …) is not told from plain words.
describe('lowercase names without a cue word (known limit)', () => {
  it.fails.each([
    ['Every member of staff will hold a digital passport by March.', ['programme digital passport']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('descriptions are not programmes', () => {
  it.each([
    ['A capability working group will support corporate actions.'],
    ['The second phase of the digital capability programme will focus on skills.'],
    ['A network of digital mentors has been established.'],
    ['It will ensure all staff use the core competency framework.'],
    ['Services will be redesigned to be digital by default.'],
    ['The department is committed to a ‘digital first’ approach.'],
    ['The team moved to ‘expert’ and ‘practitioner’ levels of skill.'],
    ['They set up a specific ALB digital leaders network.'],
    ['It will meet the digital by default standard.'],
    ['One of 10 Gold Award winners was the communications team.'],
  ])('%s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  // A cue word after a determiner names nothing: it points back to a name written before, even where a
  // dash, a semicolon or a full stop inside one text capitalises the determiner.
  it.each([
    ['Soft Drinks Industry Levy – The levy rate will be set at 18 pence per litre.', ['programme Soft Drinks Industry Levy']],
    ['Renew the Double Taxation Treaty Passport scheme to assist lenders. This scheme simplifies access to reduced rates', ['programme Double Taxation Treaty Passport scheme']],
    ['Digital Academy – This programme trains staff; These Programmes run in London.', ['programme Digital Academy', 'place London']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('values', () => {
  it.each([
    ['It achieved the Digital by Default Service Standards.', 'Digital by Default Service Standard'],
    ['Staff attended their Digital Academies.', 'Digital Academy'],
    ['Crisis Loans will pass to local authorities.', 'Crisis Loan'],
    ['Winter Fuel Payments rose.', 'Winter Fuel Payment'],
    ['It joined the Public Sector Communications Awards 2014.', 'Public Sector Communications Awards 2014'],
    // A service's name is as written, plural or not.
    ['The new Rural Payments service opened.', 'Rural Payments'],
  ])('%s → %s', (sentence, value) => {
    const programme = extractSentence({ text: sentence, phaseYear: 2014, acronyms: new Map() }).find((m) => m.type === 'programme');
    expect(programme?.value).toBe(value);
  });

  it.each([
    ['Staff took courses from civil service learning this year.', 'Civil Service Learning'],
  ])('a lowercase body takes its name: %s', (sentence, value) => {
    const body = extractSentence({ text: sentence, phaseYear: 2014, acronyms: new Map() }).find((m) => m.type === 'organisation');
    expect(body?.value).toBe(value);
  });
});

describe('rules that generalise: verb-led service names, "Noun to Verb" schemes, no single-phrase heads', () => {
  it.each([
    // GOV.UK names its services by what the user does; the verb before the name is not part of it.
    ['Launch Find a Business Rates Valuation', ['programme Find a Business Rates Valuation']],
    ['Users can now Check if you can get a Blue Badge online.', ['programme Check if you can get a Blue Badge']],
    ['More people used the Apply for a Blue Badge service this year.', ['programme Apply for a Blue Badge']],
    ['The Register to vote service handled 2 million applications.', ['programme Register to vote']],
    ['Apply for a grant by March.', []],
    // A verb and an ordinary word with the cue after them; a name set off by commas; "on GOV.UK" is
    // where the service is, not part of its name.
    ['DVLA’s View driving licence service entered private beta.', ['organisation DVLA', 'programme View driving licence']],
    // A plural after the verb and its word is the object's head, no cue: an instruction, as a title writes one.
    ['Action 07: Make digital services accessible', []],
    ['The agency will launch a single service, Sign up for flood warnings, by the end of the year.', ['programme Sign up for flood warnings']],
    ['DVSA will launch Book your driving test on GOV.UK next year.', ['organisation DVSA', 'programme Book your driving test', 'programme GOV.UK']],
    ['Staff view driving data daily, and pay for training.', []],
    // Two service names joined by "and" are two, and vouch for each other.
    ['The first exemplars, including Register to vote and Visit someone in prison, went live.', ['programme Register to vote', 'programme Visit someone in prison']],
    // The second of two may begin with any verb and the small word a service name holds.
    ['Departments will move Renew a passport and Make a court claim for money onto the platform.', ['programme Renew a passport', 'programme Make a court claim for money']],
    ['DVLA will also move Renew a driving licence and Tax your vehicle onto the platform.', ['organisation DVLA', 'programme Renew a driving licence', 'programme Tax your vehicle']],
    ['Staff can Register to vote and manage their accounts.', []],
    // A capitalised service verb in running text is a name without a cue or a capital after it, and it
    // stops before a time or place.
    ['We will open the public beta of Register to vote in August, and an alpha of Renew a patent with the IPO.', ['programme Register to vote', 'programme Renew a patent', 'organisation IPO']],
    ['Next steps: Apply for funding by March.', []],
    // At the start with a verb of its own after it; after a possessive; not past an adjective after its noun.
    ['Register to vote went live on 10 June, and DVSA’s Book a practical driving test handles most bookings.', ['programme Register to vote', 'organisation DVSA', 'programme Book a practical driving test']],
    ['DVLA will make Apply for a visa available in 40 countries.', ['organisation DVLA', 'programme Apply for a visa']],
    ['Check the data is correct.', []],
    ['Apply for a Blue Badge entered public beta.', ['programme Apply for a Blue Badge']],
    // At the start with who runs it set off by commas; a verb and an ordinary word in quotation marks.
    ['Register to vote, run by the Cabinet Office, entered private beta.', ['programme Register to vote', 'organisation Cabinet Office']],
    ['DVLA aims to handle 90% of “View driving record” requests online.', ['organisation DVLA', 'programme View driving record']],
    // "into", "to" and where it goes, and "exemplar", end a name; "Make" opens one.
    ['DfE will move Apply for teacher training into public beta and DVLA moved View driving record into the live service.', ['organisation DfE', 'programme Apply for teacher training', 'organisation DVLA', 'programme View driving record']],
    ['MoJ will roll out Make a plea to all areas and extend Register to vote to Scotland.', ['organisation MoJ', 'programme Make a plea', 'programme Register to vote', 'place Scotland']],
    ['The Register a firearms licence exemplar completed its alpha, as did Apply for a licence to sell alcohol.', ['programme Register a firearms licence', 'programme Apply for a licence to sell alcohol']],
    // A tab parts the cells of a plain-text table: the name stops there.
    ['BIS moved Apply for a student loan\tAlpha\tMarch 2014', ['organisation BIS', 'programme Apply for a student loan']],
    // A tax named for what it falls on; a class of vehicle opening a levy's name is a word of it.
    ['The Annual Tax on Enveloped Dwellings and the HGV Road User Levy will rise.', ['programme Annual Tax on Enveloped Dwellings', 'programme HGV Road User Levy']],
    // A name before "system", "platform", "catalogue", "database"; a single word only when coined.
    ['It moved to its Firecrest system and the Choose and Book system, not the Finance system.', ['programme Firecrest', 'programme Choose and Book']],
    // A service named in sentence case before "service"; not a body's channel or a named benefit's.
    ['Land Registry’s Property alert service grew, as did the Prison visit booking service and the Jobcentre online service.', ['organisation Land Registry', 'programme Property alert', 'programme Prison visit booking']],
    // Before "exemplar" too, and after a sentence-opening "The".
    ['The Lasting power of attorney service went live, as did the Civil claims exemplar.', ['programme Lasting power of attorney', 'programme Civil claims']],
    // A generic acronym inside a name is a word of it; a Roman numeral ends a name as a digit does.
    ['The ICT Strategy and the Government ICT Strategy set targets for IT staff, under G-Cloud iii.', ['programme ICT Strategy', 'programme Government ICT Strategy', 'programme G-Cloud iii']],
    ['National Audit Office, Survey of ICT reuse in central government, 2012', ['organisation National Audit Office', 'programme Survey of ICT reuse in central government']],
    // A name before "course"; an acronym defined before a programme's cue is a programme's.
    ['Learners took the Learn My Way course.', ['programme Learn My Way']],
    ['The Broadband Delivery UK (BDUK) programme will extend coverage.', ['programme Broadband Delivery UK', 'programme BDUK']],
    // A number before a name that opens with a unit of time is the name's.
    ['We will publish the 25 Year Environment Plan and run the 6 Year Programme.', ['programme 25 Year Environment Plan', 'programme 6 Year Programme']],
    // Lowercase coined names of two words before the people noun, after a possessive or "Its".
    ['Expand the open data champions scheme; Its data ambassadors network and the department’s data champions network grew.', ['programme open data champions scheme', 'programme data ambassadors network', 'programme data champions network']],
    // Coined words of several capitals are names, coordinated too; Mc and Mac open surnames.
    ['It funded FixMyStreet and OpenlyLocal.', ['programme FixMyStreet', 'programme OpenlyLocal']],
    // A site named by its address; a role's words before a programme's cue.
    ['It is listed on data.gov.uk, not at www.gov.uk/data.', ['programme data.gov.uk']],
    ['Staff joined the Service Manager programme.', ['programme Service Manager programme']],
    // A body's acronym before them is a body of its own.
    ['The team reports to the GDS Digital Leaders network.', ['organisation GDS', 'programme Digital Leaders network']],
    // Inside a capitalised name a service verb begins nothing.
    ['The MOD will use the Digital Efficiency Report for those sub-organisations.', ['organisation MOD', 'programme Digital Efficiency Report']],
    // A name that opens with a preposition is no body, whatever its last word.
    ['Publishing moved to Inside Government in 2012.', ['programme Inside Government']],
    // A named policy is a programme, with its acronym.
    ['Defra will reform the Common Agricultural Policy (CAP) by 2015.', ['organisation Defra', 'programme Common Agricultural Policy', 'programme CAP']],
    ['You can apply for a grant online.', []],
    ['Sales under Right to Buy rose again.', ['programme Right to Buy']],
    ['Help to Buy supported first-time buyers.', ['programme Help to Buy']],
    // An instruction opening an item, after its label, is no part of the scheme's name; the scheme's
    // verb and a time after it begin no service's name.
    ['2.2 Launch Help to Buy equity loans in April', ['programme Help to Buy']],
    // A word straight before "the" begins no name.
    ['Publish the Local Land Charges register.', ['programme Local Land Charges']],
    // "passport" and "live" are not programme heads or cues on their own.
    ['Applicants need a British passport to apply.', []],
    ['The service reached Go Live in May.', []],
    ['Over 8,000 people attended Civil Service Live.', ['programme Civil Service Live']],
    // A capitalised "The" before a plan does not make an organisation.
    ['Departments follow The Civil Service Reform Plan.', ['programme Civil Service Reform Plan']],
    ['The work was done with The Makers Academy.', ['organisation Makers Academy']],
    // A longer name ending in an agent noun is still a name; two words read as people.
    ['The Fast Streamers met the permanent secretary.', []],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('a heading in title case is not a programme for its capitals alone', () => {
  it.each([
    ['Perceived Benefits', []],
    ['2.1 Ease of Use', []],
    ['| Greater Satisfaction | 8 |', []],
    ['When I’m online, When I’ve time, I go.', []],
    ['Digital Skills Review', ['programme Digital Skills Review']],
    ['Staff praised Greater Satisfaction in the survey.', ['programme Greater Satisfaction']],
    // Nor after a caption's label, nor led by a verb's -ing form, nor a title opening "Summary of the …".
    ['Chapter 4: Building A Stronger Economy', []],
    ['Figure 3: Take-up of Digital Services by Region, 2013', []],
    ['Annex B: Glossary of Terms', []],
    ['Delivering Better Public Services', []],
    ['Table 1.2: Summary of the OBR’s central economic forecast', ['organisation OBR']],
    ['Learning and Development Team', ['organisation Learning and Development Team']],
    ['Figure 2: Digital Academy graduates, 2014', ['programme Digital Academy']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('fiscal events are programmes, their season part of the name', () => {
  it.each([
    ['The measures were announced at Spring Budget 2017.', ['programme Spring Budget 2017']],
    ['Borrowing is lower than forecast at the Autumn Statement 2016.', ['programme Autumn Statement 2016']],
    ['The department ran a summer school in Leeds.', ['place Leeds']],
    ['The review ends in Autumn 2016.', []],
    // Coordinated names: a headed name and a name without a head are two; an Act's title is one.
    ['UK prices are set by the EU Emissions Trading System and Carbon Price Support.', ['place UK', 'programme EU Emissions Trading System', 'programme Carbon Price Support']],
    ['The Welfare Reform and Work Act 2016 and the Gambling Act 2005 apply.', ['programme Welfare Reform and Work Act 2016', 'programme Gambling Act 2005']],
    // Taxes: the class number belongs to the name; contributions are a tax, not a body.
    ['The main rate of Class 4 National Insurance contributions will rise to 10%.', ['programme Class 4 National Insurance']],
    ['The government will abolish Class 2 NICs from April 2018.', ['programme Class 2 NICs']],
    ['National Insurance contributions (NICs) will rise.', ['programme National Insurance contributions', 'programme NICs']],
    // "Budget" with its year is one name, and a capitalised preposition before it is no part of it.
    ['As announced at Budget 2014, duty rates will rise.', ['programme Budget 2014']],
    ['Business rates – At Budget 2016 the government announced reductions in business rates.', ['programme Budget 2016']],
    ['The figures use Budget 2016 OBR forecasts.', ['programme Budget 2016', 'organisation OBR']],
    ['The Budget 2017-18 allocations and the Spending Review 2015-16 settlement are set out below.', ['programme Budget 2017-18', 'programme Spending Review 2015-16']],
    // Listed with programmes, a service named after GOV.UK is a programme, not a body ("GOV" is no acronym).
    ['GOV.UK Verify, GOV.UK Pay and GOV.UK Notify will be used by 300 services.', ['programme GOV.UK Verify', 'programme GOV.UK Pay', 'programme GOV.UK Notify']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('plural names take the singular value', () => {
  it.each([
    ['It issued Energy Performance Certificates to every home.', 'Energy Performance Certificate'],
    ['The actual savings will be set out in Departmental Digital Strategies.', 'Departmental Digital Strategy'],
  ])('%s', (sentence, value) => {
    expect(extractSentence({ text: sentence, phaseYear: 2014, acronyms: new Map() }).filter((m) => m.type === 'programme').map((m) => m.value)).toEqual([value]);
  });
});

describe('a letter joined to a common noun is no name', () => {
  it.each([
    ['Savings follow an S-curve over five years.', []],
    ['The policy was a U-turn.', []],
    ['The department moved its services to the G-cloud.', ['programme G-cloud']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('a numeral that ends a name', () => {
  it('is no number of its own', () => {
    const mentions = extractSentence({ text: 'Spending on High Speed 2 will rise by £217 million, and Phase 2 will start.', phaseYear: null, acronyms: new Map() });
    expect(mentions.map((m) => `${m.type} ${m.value}`)).toEqual(['programme High Speed 2', 'money 217000000', 'number 2']);
  });

  it('written as a word after a word that numbers stages, is a label number', () => {
    const mentions = extractSentence({ text: 'Phase Two starts after Tranche One.', phaseYear: null, acronyms: new Map() });
    expect(mentions.map((m) => `${m.type} ${m.value}`)).toEqual(['number 2', 'number 1']);
  });
});

describe('a code', () => {
  it('is named by what it governs, before it: "Code for America" is no programme', () => {
    expect(names('Speakers came from Code for America.')).not.toContain('programme Code for America');
  });
});

describe('a plural deal', () => {
  it('takes the singular name as its value', () => {
    const mentions = extractSentence({ text: 'We agreed the first City Deals with Bristol.', phaseYear: null, acronyms: new Map() });
    expect(mentions.filter((m) => m.type === 'programme').map((m) => m.value)).toEqual(['City Deal']);
  });
});

describe('the items of a lead-in that lists services', () => {
  it('open with a service named by what the user does; the items of another lead-in are instructions', () => {
    const doc = runText(
      '# Report\n\n## Exemplars\n\nThe exemplars that changed phase this quarter were:\n\n- Apply for a fishing vessel licence (Marine Management Organisation), public beta since 15 July\n- Register a trade mark, live since 2 September\n\nNext steps:\n\n- Apply for funding by March\n',
      'report.md',
    );
    expect(doc.entities.filter((e) => e.type === 'programme').map((e) => e.text)).toEqual(['Apply for a fishing vessel licence', 'Register a trade mark']);
  });
});
