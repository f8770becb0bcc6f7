// The made-up documents the startup snapshot's warm-up runs through `run` (see cli-snapshot.ts), so that
// the code, tables and regular expressions a page needs are ready in the snapshot. They are written for
// the shapes the pipeline reads, not taken from any real document: units and dated phases, a defined
// acronym, money with qualifiers and ranges, ratios, percentages, dates of every form, durations,
// people with roles, places, programmes and services, Markdown and HTML tables, GOV.UK JSON.
//
// V8 keeps a string of Latin-1 characters in one byte a character and any other in two, and compiles a
// regular expression separately for each kind of subject. Pages with typographic quotes (’) are
// two-byte, plain ASCII pages one-byte: the progress update goes through twice, as written and with its
// apostrophes made typographic, so that both are warm; the GOV.UK page is two-byte, the HTML one-byte.

const PROGRESS_UPDATE = `Action 9: every department will publish plans to move its services online
Updated 14 March 2016
Action 9: every department will publish plans to move its services online
This action forms part of the Civil Service Reform Plan. The Cabinet Office's minister, Lord Smith, asked each department in June 2015 to report every 6 months on around 40 services. Here is what they reported:
Department for Work and Pensions
Departmental commitments (November 2014)
The Department for Work and Pensions (DWP) will redesign its 3 largest services by the end of 2016-17, starting with Universal Credit.
Progress during 2015
DWP spent £4.2 million on the Universal Credit programme, 12% less than planned, and trained 1,200 staff in Leeds, Cardiff and Glasgow.
Jane Smith, the Chief Digital Officer, said the Apply for a Budgeting Loan service would be live by autumn 2016.
Around 4 in 5 claims were made online in the second quarter, up from 55 per cent a year earlier; fewer than 300 people used the paper form.
Planned activities in 2016
DWP will publish its plan in the spring and report on progress every quarter.
The department's plan expects it to save up to £750,000 a year from 2017 to 2019, and between £2m and £3m over the next 5 years.
HM Revenue & Customs
Departmental commitments (November 2014)
HMRC will move 12 to 31 staff into a new digital team based in Newcastle upon Tyne and London.
Progress during 2015
In quarter 3 (July to September 2015) HMRC launched Check your State Pension and the Register to vote service with the Electoral Commission.
The Government Digital Service (GDS) assessed the service against the Digital by Default Service Standard on 3 September 2015; it met 24 of the 26 criteria.
At least 2,500 businesses took part in the trial, which ran for 18 months at a cost of £1.5bn (0.2% of the budget).
Planned activities in 2016
Mr John Brown, Director of Transformation, will lead a review of the Self Assessment service in early 2016, with results due in Q2 2016-17.
HMRC will work with the Department for Business, Innovation and Skills and the Office for National Statistics to share data, subject to the Data Protection Act 1998.
Ministry of Justice
Departmental commitments (November 2014)
The Ministry of Justice (MoJ) will make civil claims, prison visits and lasting power of attorney applications digital by March 2017.
Progress during 2015
MoJ reduced the time taken to book a prison visit from 10 days to 2 days, and more than 90% of users said they were 'satisfied'.
The Legal Aid Agency and HM Courts & Tribunals Service began the Common Platform programme in Birmingham, Manchester and Bristol last year.
Planned activities in 2016
MoJ plans to spend £20 million in 2016 to 2017 on court reform; no more than 15 per cent of the budget will go on contractors.
The Secretary of State for Justice will report to Parliament in the first half of 2016 and again this year.
`;

const MARKDOWN = `# Digital transactions: a progress report

Published 2 February 2017

## 1. Summary

The government set out in the Government Transformation Strategy that 25 exemplar services would be redesigned by 2015. This chapter reports on 1 in 3 of them.

## 2. Costs

| Department | Transactions (millions) | Cost per transaction | Change since 2014-15 |
|---|---:|---:|---:|
| DVLA | 46.2 | £0.62 | -4% |
| HMRC | 21.0 | £1.10 | +2% |
| Home Office | 3.5 | £12.40 | 0% |
| **Total** | 70.7 | | |

Source: Cabinet Office analysis of departmental data, April 2017.

- The Driver and Vehicle Licensing Agency (DVLA) moved 98% of tax disc renewals online.
- The Home Office expects savings of £1.2 billion by 2020, subject to the Spending Review.
`;

const HTML = `<!doctype html><html><head><title>Annual report 2016</title></head><body>
<h1>Annual report 2016</h1>
<p>Updated 1 July 2016</p>
<h2>Our performance</h2>
<p>The Environment Agency handled <strong>over 20,000</strong> permits in 2015 to 2016, 7% more than the year before.</p>
<ul><li>The agency's flood defences protected nearly 100,000 homes in Cumbria.</li><li>We will publish the next report in October.</li></ul>
<table><caption>Table 1: spending</caption><thead><tr><th>Year</th><th>Spending (£m)</th></tr></thead>
<tbody><tr><td>2014-15</td><td>1,020</td></tr><tr><td>2015-16</td><td>987</td></tr></tbody></table>
</body></html>
`;

/** The text with its apostrophes made typographic (’): a two-byte string. */
function typographic(text: string): string {
  return text.replace(/'/g, '\u2019');
}

// GOV.UK's Content API, with the typographic apostrophes its pages use.
const GOVUK_JSON = JSON.stringify({
  base_path: '/government/publications/annual-report-2016',
  document_type: 'html_publication',
  first_published_at: '2016-07-01T09:30:00.000+01:00',
  public_updated_at: '2016-07-01T09:30:00.000+01:00',
  schema_name: 'html_publication',
  title: 'Annual report 2016',
  details: { body: typographic(HTML.slice(HTML.indexOf('<h2>'), HTML.indexOf('</body>'))) },
});

/** The warm-up documents: a file name each (its extension names the format) and its text. */
export const WARM_UP_DOCUMENTS: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'progress-update.txt', text: PROGRESS_UPDATE },
  { name: 'progress-update-typographic.txt', text: typographic(PROGRESS_UPDATE) },
  { name: 'progress-report.md', text: MARKDOWN },
  { name: 'annual-report.html', text: HTML },
  { name: 'annual-report.json', text: GOVUK_JSON },
];
