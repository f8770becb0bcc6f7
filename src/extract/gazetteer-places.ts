// A general gazetteer of places, for the places compromise's lexicon does not know ("Swansea",
// "Philippines") and to confirm the ones it does ("London", "Leeds").
//
// Source and scope: the cities of the United Kingdom with city status (the UK government's list of
// cities, 2012), the larger towns of England, Wales, Scotland and Northern Ireland (ONS built-up areas
// over about 80,000 people), the London boroughs, the UK's nations, English regions and counties and the
// principal and council areas of Wales and Scotland, smaller towns (about 20,000 people or more) and
// the airports and sites government names as places, continents and seas, and the member
// states of the United Nations (UN list of member states) with a few common short forms, and the British
// Overseas Territories and Crown Dependencies. Names are
// written as usually spelled in British English.

export const UK_CITIES: readonly string[] = [
  // England
  'Bath', 'Birmingham', 'Bradford', 'Brighton', 'Brighton and Hove', 'Bristol', 'Cambridge', 'Canterbury', 'Carlisle',
  'Chelmsford', 'Chester', 'Chichester', 'Coventry', 'Derby', 'Durham', 'Ely', 'Exeter', 'Gloucester', 'Hereford',
  'Kingston upon Hull', 'Hull', 'Lancaster', 'Leeds', 'Leicester', 'Lichfield', 'Lincoln', 'Liverpool', 'London',
  'City of London', 'Westminster', 'Manchester', 'Newcastle', 'Newcastle upon Tyne', 'Norwich', 'Nottingham', 'Oxford',
  'Peterborough', 'Plymouth', 'Portsmouth', 'Preston', 'Ripon', 'Salford', 'Salisbury', 'Sheffield', 'Southampton',
  'St Albans', 'Stoke-on-Trent', 'Sunderland', 'Truro', 'Wakefield', 'Wells', 'Winchester', 'Wolverhampton',
  'Worcester', 'York',
  // Wales
  'Bangor', 'Cardiff', 'Newport', 'St Asaph', 'St Davids', 'Swansea',
  // Scotland
  'Aberdeen', 'Dundee', 'Edinburgh', 'Glasgow', 'Inverness', 'Perth', 'Stirling',
  // Northern Ireland
  'Armagh', 'Belfast', 'Derry', 'Londonderry', 'Lisburn', 'Newry',
];

export const UK_TOWNS: readonly string[] = [
  'Aldershot', 'Ashford', 'Aylesbury', 'Barnsley', 'Basildon', 'Basingstoke', 'Bedford', 'Birkenhead', 'Blackburn',
  'Blackpool', 'Bolton', 'Bootle', 'Bournemouth', 'Bracknell', 'Burnley', 'Burton upon Trent', 'Bury', 'Cheltenham',
  'Chesterfield', 'Colchester', 'Crawley', 'Darlington', 'Doncaster', 'Dudley', 'Eastbourne', 'Gateshead', 'Gillingham',
  'Grimsby', 'Guildford', 'Halifax', 'Harlow', 'Harrogate', 'Hartlepool', 'Hastings', 'Hemel Hempstead', 'High Wycombe',
  'Huddersfield', 'Ipswich', 'Keighley', 'Kettering', 'Luton', 'Macclesfield', 'Maidstone', 'Mansfield',
  'Middlesbrough', 'Milton Keynes', 'Northampton', 'Nuneaton', 'Oldham', 'Poole', 'Reading', 'Redditch', 'Rochdale',
  'Rotherham', 'Runcorn', 'Scunthorpe', 'Shrewsbury', 'Slough', 'Solihull', 'Southend-on-Sea', 'Southport', 'St Helens',
  'Stafford', 'Stevenage', 'Stockport', 'Stockton-on-Tees', 'Sutton Coldfield', 'Swindon', 'Taunton', 'Telford',
  'Torquay', 'Wallasey', 'Walsall', 'Warrington', 'Watford', 'West Bromwich', 'Weston-super-Mare', 'Wigan', 'Woking',
  'Worthing', 'Yeovil', 'Hove', 'Corby', 'Norwich', 'Dover', 'Folkestone', 'Barrow-in-Furness', 'Workington',
  'Kendal', 'Penrith', 'Bridgend', 'Barry', 'Wrexham', 'Merthyr Tydfil', 'Llandudno', 'Aberystwyth', 'Carmarthen',
  'Caerphilly', 'Neath', 'Port Talbot', 'Livingston', 'East Kilbride', 'Paisley', 'Hamilton', 'Cumbernauld',
  'Kirkcaldy', 'Dunfermline', 'Ayr', 'Kilmarnock', 'Greenock', 'Falkirk', 'Motherwell', 'Bangor', 'Craigavon',
  'Ballymena', 'Newtownabbey', 'Coleraine', 'Omagh', 'Enniskillen', 'Longbenton', 'Killingworth', 'Washington',
  'Blackpool', 'Durham', 'Hereford', 'Newport', 'Cwmbran', 'Glasgow',
];

// Smaller towns (ONS built-up areas and subdivisions of about 20,000 people or more, 2011) and the
// places government sites and airports are named by. Towns whose names are everyday words ("Fleet",
// "Street", "March", "Deal", "Hyde") are left out.
export const UK_SMALLER_TOWNS: readonly string[] = [
  // England
  'Abingdon', 'Accrington', 'Altrincham', 'Andover', 'Ashington', 'Ashton-under-Lyne', 'Banbury', 'Barnstaple', 'Batley',
  'Beeston', 'Beverley', 'Bexhill', 'Bicester', 'Billericay', 'Bingley', 'Bishop Auckland', 'Bishop’s Stortford',
  'Blyth', 'Bognor Regis', 'Brentwood', 'Bridgwater', 'Bridlington', 'Bromsgrove', 'Burgess Hill', 'Bury St Edmunds',
  'Buxton', 'Cannock', 'Canvey Island', 'Castleford', 'Chatham', 'Chippenham', 'Chorley', 'Christchurch',
  'Clacton-on-Sea', 'Cleethorpes', 'Coalville', 'Congleton', 'Consett', 'Cramlington', 'Crewe', 'Dartford', 'Daventry',
  'Dewsbury', 'Didcot', 'Droitwich', 'Dunstable', 'East Grinstead', 'Eastleigh', 'Ellesmere Port', 'Epsom', 'Exmouth',
  'Fareham', 'Farnborough', 'Farnham', 'Felixstowe', 'Fleetwood', 'Gainsborough', 'Glossop', 'Goole', 'Gosport',
  'Grantham', 'Gravesend', 'Great Yarmouth', 'Halesowen', 'Harpenden', 'Havant', 'Haywards Heath', 'Hexham', 'Hinckley',
  'Hitchin', 'Horsham', 'Huyton', 'Ilkeston', 'Ilkley', 'Jarrow', 'Keynsham', 'Kidderminster', 'King’s Lynn',
  'Kirkby', 'Knaresborough', 'Knutsford', 'Leamington Spa', 'Letchworth', 'Leyland', 'Loughborough', 'Lowestoft',
  'Maidenhead', 'Margate', 'Market Harborough', 'Matlock', 'Melton Mowbray', 'Morecambe', 'Morpeth', 'Nantwich',
  'Newark', 'Newbury', 'Newcastle-under-Lyme', 'Newton Abbot', 'Newton Aycliffe', 'Northallerton', 'Northwich',
  'Ormskirk', 'Ossett', 'Paignton', 'Penzance', 'Peterlee', 'Pontefract', 'Pudsey', 'Ramsgate', 'Rayleigh', 'Redcar',
  'Redhill', 'Reigate', 'Retford', 'Rugeley', 'Scarborough', 'Selby', 'Sevenoaks', 'Shipley', 'Sittingbourne',
  'Skegness', 'Skelmersdale', 'Skipton', 'South Shields', 'Spalding', 'St Austell', 'St Neots', 'Stourbridge',
  'Stowmarket', 'Stroud', 'Sutton-in-Ashfield', 'Swadlincote', 'Tamworth', 'Thetford', 'Tonbridge', 'Trowbridge',
  'Tunbridge Wells', 'Royal Tunbridge Wells', 'Tynemouth', 'Ulverston', 'Wallsend', 'Wellingborough',
  'Welwyn Garden City', 'Wetherby', 'Weymouth', 'Whitby', 'Whitehaven', 'Whitley Bay', 'Widnes', 'Wilmslow',
  'Winsford', 'Wokingham', 'Worksop', 'Bebington', 'Formby', 'Kidsgrove', 'Burntwood', 'Bedworth', 'Stratford-upon-Avon',
  'Henley-on-Thames',
  // Wales
  'Llanelli', 'Pontypridd', 'Pontypool', 'Rhyl', 'Colwyn Bay', 'Prestatyn', 'Aberdare', 'Ebbw Vale', 'Haverfordwest',
  'Milford Haven', 'Holyhead', 'Caernarfon', 'Abergavenny', 'Chepstow', 'Monmouth', 'Brecon', 'Llandrindod Wells',
  // Scotland
  'Arbroath', 'Airdrie', 'Coatbridge', 'Dumfries', 'Elgin', 'Glenrothes', 'Irvine', 'Kirkintilloch', 'Bearsden',
  'Clydebank', 'Dumbarton', 'Stranraer', 'Peterhead', 'Fraserburgh', 'Montrose', 'Forfar', 'St Andrews',
  'Musselburgh', 'Penicuik', 'Bathgate', 'Grangemouth', 'Alloa', 'Wishaw', 'Bellshill', 'Renfrew', 'Barrhead',
  'Oban', 'Fort William', 'Thurso', 'Kirkwall', 'Lerwick', 'Stornoway',
  // Northern Ireland
  'Carrickfergus', 'Larne', 'Lurgan', 'Portadown', 'Banbridge', 'Newtownards', 'Dungannon', 'Cookstown', 'Strabane',
  'Limavady', 'Ballymoney', 'Magherafelt', 'Downpatrick',
  // Government sites and airports named as places
  'Porton Down', 'Heathrow', 'Gatwick', 'Stansted', 'Heathrow Airport', 'Gatwick Airport', 'Stansted Airport',
  'Manchester Airport', 'Birmingham Airport',
  // The same names written with a straight apostrophe.
  "Bishop's Stortford", "King's Lynn",
];

export const LONDON_BOROUGHS: readonly string[] = [
  'Barking', 'Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'Croydon', 'Ealing', 'Enfield', 'Greenwich',
  'Hackney', 'Hammersmith', 'Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington',
  'Kensington', 'Chelsea', 'Kingston upon Thames', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge',
  'Richmond upon Thames', 'Richmond', 'Southwark', 'Sutton', 'Tower Hamlets', 'Waltham Forest', 'Wandsworth',
  'Whitehall', 'Canary Wharf', 'Stratford', 'Shoreditch', 'Holborn', 'Victoria',
];

export const UK_NATIONS_AND_REGIONS: readonly string[] = [
  'United Kingdom', 'UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'North East', 'North West', 'Yorkshire', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands',
  'East of England', 'South East', 'South West', 'Cornwall', 'Devon', 'Kent', 'Essex', 'Surrey', 'Sussex',
  'Hampshire', 'Merseyside', 'Tyneside', 'Teesside', 'Lancashire', 'Cumbria', 'Norfolk', 'Suffolk', 'Midlands',
];

export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia',
  'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji',
  'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea',
  'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland',
  'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
  'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius',
  'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'Norway',
  'Oman', 'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal',
  'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Lucia', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
  'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Swaziland', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia',
  'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United States', 'United States of America', 'US', 'USA',
  'America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Hong Kong',
  'Estonia', 'Europe', 'Africa', 'Asia', 'Caribbean', 'Middle East', 'Gulf',
];

// The British Overseas Territories and the Crown Dependencies (GOV.UK's list of the territories), with
// the short forms in common use ("St Helena" for "St Helena, Ascension and Tristan da Cunha").
export const TERRITORIES: readonly string[] = [
  'Anguilla', 'Bermuda', 'British Antarctic Territory', 'British Indian Ocean Territory', 'British Virgin Islands',
  'Cayman Islands', 'Falkland Islands', 'Gibraltar', 'Montserrat', 'Pitcairn Islands', 'Pitcairn', 'St Helena',
  'Saint Helena', 'Ascension', 'Ascension Island', 'Tristan da Cunha', 'South Georgia and the South Sandwich Islands',
  'South Georgia', 'Akrotiri and Dhekelia', 'Turks and Caicos Islands', 'Jersey', 'Guernsey', 'Isle of Man', 'Alderney', 'Sark',
];

// The ceremonial counties of England, the principal areas of Wales, the council areas of Scotland and
// the counties of Northern Ireland (the ONS's lists of administrative geographies), with the national
// parks and areas commonly named as places.
export const UK_COUNTIES_AND_AREAS: readonly string[] = [
  // England
  'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Derbyshire', 'Dorset',
  'East Riding of Yorkshire', 'East Sussex', 'Gloucestershire', 'Greater London', 'Greater Manchester', 'Herefordshire',
  'Hertfordshire', 'Isle of Wight', 'Leicestershire', 'Lincolnshire', 'North Yorkshire', 'Northamptonshire',
  'Northumberland', 'Nottinghamshire', 'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset', 'South Yorkshire',
  'Staffordshire', 'Tyne and Wear', 'Warwickshire', 'West Sussex', 'West Yorkshire', 'Wiltshire', 'Worcestershire',
  'Isles of Scilly', 'Lake District', 'Peak District', 'Cotswolds',
  // The national parks (National Parks UK's list) and the landscapes named with them.
  'Brecon Beacons', 'Norfolk Broads', 'The Broads', 'Cairngorms', 'Dartmoor', 'Exmoor', 'New Forest', 'North York Moors',
  'Pembrokeshire Coast', 'Snowdonia', 'South Downs', 'Yorkshire Dales', 'Loch Lomond', 'Trossachs', 'Chilterns',
  'South Wales Valleys', 'Fens',
  // Wales
  'Anglesey', 'Isle of Anglesey', 'Gwynedd', 'Conwy', 'Denbighshire', 'Flintshire', 'Ceredigion', 'Pembrokeshire',
  'Carmarthenshire', 'Neath Port Talbot', 'Vale of Glamorgan', 'Rhondda Cynon Taf', 'Blaenau Gwent', 'Torfaen',
  'Monmouthshire', 'Powys',
  // Scotland
  'Aberdeenshire', 'Argyll and Bute', 'Clackmannanshire', 'Dumfries and Galloway', 'East Ayrshire', 'East Dunbartonshire',
  'East Lothian', 'East Renfrewshire', 'Fife', 'Inverclyde', 'Midlothian', 'North Ayrshire', 'North Lanarkshire', 'Orkney',
  'Perth and Kinross', 'Renfrewshire', 'Scottish Borders', 'Shetland', 'South Ayrshire', 'South Lanarkshire',
  'West Dunbartonshire', 'West Lothian', 'Western Isles', 'Scottish Highlands', 'Highlands and Islands',
  // Northern Ireland
  'County Antrim', 'County Armagh', 'County Down', 'County Fermanagh', 'County Londonderry', 'County Tyrone', 'Fermanagh', 'Tyrone',
];

// Continents, oceans and seas (the ones English text names without an article's help).
export const CONTINENTS_AND_SEAS: readonly string[] = [
  'North America', 'South America', 'Latin America', 'Central America', 'Antarctica', 'Australasia', 'Oceania',
  'Atlantic', 'Pacific', 'Indian Ocean', 'Arctic', 'Mediterranean', 'North Sea', 'Irish Sea', 'English Channel', 'Baltic',
];

// Groups of states named as one area, places as the groups of territories are: "EEA nationals", "a
// Schengen Area visa", "the lowest in the G20". (The European Union is also a body, and stays one.)
export const GROUPS_OF_STATES: readonly string[] = ['European Economic Area', 'EEA', 'Schengen Area', 'Eurozone', 'euro area', 'G7', 'G8', 'G20'];

const PLACES = new Set([...GROUPS_OF_STATES, ...UK_CITIES, ...UK_TOWNS, ...UK_SMALLER_TOWNS, ...LONDON_BOROUGHS, ...UK_NATIONS_AND_REGIONS, ...COUNTRIES, ...TERRITORIES, ...UK_COUNTIES_AND_AREAS, ...CONTINENTS_AND_SEAS]);
// Place names that are also everyday English words or given names: a place only when compromise or
// the context says so ("Reading", "Bath", "Wells", "Victoria", "Georgia", "Chad", "Jordan", "Bury").
const AMBIGUOUS = new Set(['Reading', 'Bath', 'Wells', 'Victoria', 'Georgia', 'Chad', 'Jordan', 'Bury', 'Sutton', 'Harrow', 'Barry', 'Hamilton', 'Washington', 'Richmond', 'Stratford', 'Niger', 'Guinea', 'Turkey', 'Brent', 'Merton', 'Gulf', 'Ely', 'Derby', 'Perth', 'Dover', 'Poole', 'Monitor', 'Ayr', 'Neath', 'Whitehall', 'Irvine', 'Blyth', 'Formby', 'Kirkby', 'Elgin', 'Christchurch']);

/** Whether `name` is a place of the gazetteer that cannot be read as an everyday word. */
export function isKnownPlace(name: string): boolean {
  return PLACES.has(name) && !AMBIGUOUS.has(name);
}

/** Whether `name` is any place of the gazetteer, ambiguous ones included. */
export function isGazetteerPlace(name: string): boolean {
  return PLACES.has(name);
}
