"""The article extractor on our own invented texts (tests/fixtures/unseen-articles/, the
second set, tests/fixtures/unseen-articles-2/, the third, tests/fixtures/unseen-articles-3/, the
fourth, tests/fixtures/unseen-articles-4/, the fifth, tests/fixtures/unseen-articles-5/, the
sixth, tests/fixtures/unseen-articles-6/, the seventh, tests/fixtures/unseen-articles-7/, the
eighth, tests/fixtures/unseen-articles-8/, the ninth, tests/fixtures/unseen-articles-9/, the
tenth, tests/fixtures/unseen-articles-10/, the eleventh, tests/fixtures/unseen-articles-11/, the
twelfth, tests/fixtures/unseen-articles-12/, the thirteenth, tests/fixtures/unseen-articles-13/,
the fourteenth, tests/fixtures/unseen-articles-14/, the fifteenth,
tests/fixtures/unseen-articles-15/, the sixteenth, tests/fixtures/unseen-articles-16/, the
seventeenth, tests/fixtures/unseen-articles-17/, the eighteenth,
tests/fixtures/unseen-articles-18/, the nineteenth, tests/fixtures/unseen-articles-19/, the
twentieth, tests/fixtures/unseen-articles-20/, the twenty-first,
tests/fixtures/unseen-articles-21/, the twenty-second, tests/fixtures/unseen-articles-22/, the
twenty-third, tests/fixtures/unseen-articles-23/, the twenty-fourth,
tests/fixtures/unseen-articles-24/, the twenty-fifth, tests/fixtures/unseen-articles-25/, the
twenty-sixth, tests/fixtures/unseen-articles-26/, the twenty-seventh,
tests/fixtures/unseen-articles-27/, the twenty-eighth, tests/fixtures/unseen-articles-28/, the
twenty-ninth, tests/fixtures/unseen-articles-29/, the thirtieth, tests/fixtures/unseen-articles-30/,
the thirty-first to thirty-third, tests/fixtures/unseen-articles-31/ to -33/, the
thirty-fourth to thirty-sixth, tests/fixtures/unseen-articles-34/ to -36/, the
thirty-seventh to thirty-ninth, tests/fixtures/unseen-articles-37/ to -39/, the fortieth to
forty-second, tests/fixtures/unseen-articles-40/ to -42/, the forty-third to forty-fifth,
tests/fixtures/unseen-articles-43/ to -45/, the forty-sixth to forty-eighth,
tests/fixtures/unseen-articles-46/ to -48/, the forty-ninth to fifty-first,
tests/fixtures/unseen-articles-49/ to -51/, the fifty-second to fifty-fourth,
tests/fixtures/unseen-articles-52/ to -54/, the fifty-fifth to fifty-seventh,
tests/fixtures/unseen-articles-55/ to -57/, the fifty-eighth to sixtieth,
tests/fixtures/unseen-articles-58/ to -60/, the sixty-first to sixty-third,
tests/fixtures/unseen-articles-61/ to -63/, the sixty-fourth to sixty-sixth,
tests/fixtures/unseen-articles-64/ to -66/, the sixty-seventh to sixty-ninth,
tests/fixtures/unseen-articles-67/ to -69/, the seventieth to seventy-second,
tests/fixtures/unseen-articles-70/ to -72/, the seventy-third to seventy-fifth,
tests/fixtures/unseen-articles-73/ to -75/, the seventy-sixth to seventy-eighth,
tests/fixtures/unseen-articles-76/ to -78/, the seventy-ninth to eighty-first,
tests/fixtures/unseen-articles-79/ to -81/, the eighty-second to eighty-fourth,
tests/fixtures/unseen-articles-82/ to -84/, the eighty-fifth to eighty-seventh,
tests/fixtures/unseen-articles-85/ to -87/, the eighty-eighth to ninetieth,
tests/fixtures/unseen-articles-88/ to -90/, the ninety-first to ninety-third,
tests/fixtures/unseen-articles-91/ to -93/, the ninety-fourth to ninety-sixth,
tests/fixtures/unseen-articles-94/ to -96/, the ninety-seventh to ninety-ninth,
tests/fixtures/unseen-articles-97/ to -99/, the hundredth to hundred-and-second,
tests/fixtures/unseen-articles-100/ to -102/, the hundred-and-third to hundred-and-fifth,
tests/fixtures/unseen-articles-103/ to -105/, the hundred-and-sixth to hundred-and-eighth,
tests/fixtures/unseen-articles-106/ to -108/, the hundred-and-ninth to hundred-and-eleventh,
tests/fixtures/unseen-articles-109/ to -111/, the hundred-and-twelfth to hundred-and-fourteenth,
tests/fixtures/unseen-articles-112/ to -114/, the hundred-and-fifteenth to
hundred-and-seventeenth, tests/fixtures/unseen-articles-115/ to -117/, the
hundred-and-eighteenth to hundred-and-twentieth, tests/fixtures/unseen-articles-118/ to -120/,
the hundred-and-twenty-first to hundred-and-twenty-third, tests/fixtures/unseen-articles-121/ to
-123/, the hundred-and-twenty-fourth to hundred-and-twenty-sixth,
tests/fixtures/unseen-articles-124/ to -126/, the hundred-and-twenty-seventh to
hundred-and-twenty-ninth, tests/fixtures/unseen-articles-127/ to -129/, the
hundred-and-thirtieth to hundred-and-thirty-second, tests/fixtures/unseen-articles-130/ to
-132/, the hundred-and-thirty-third to hundred-and-thirty-fifth,
tests/fixtures/unseen-articles-133/ to -135/, the hundred-and-thirty-sixth to
hundred-and-thirty-eighth, tests/fixtures/unseen-articles-136/ to -138/, the
hundred-and-thirty-ninth to hundred-and-forty-first, tests/fixtures/unseen-articles-139/ to
-141/, the hundred-and-forty-second to hundred-and-forty-fourth,
tests/fixtures/unseen-articles-142/ to -144/, the hundred-and-forty-fifth to
hundred-and-forty-seventh, tests/fixtures/unseen-articles-145/ to -147/, the
hundred-and-forty-eighth to hundred-and-fiftieth, tests/fixtures/unseen-articles-148/ to -150/,
the hundred-and-fifty-first to hundred-and-fifty-third, tests/fixtures/unseen-articles-151/
to -153/, and the hundred-and-fifty-fourth to hundred-and-fifty-sixth,
tests/fixtures/unseen-articles-154/ to -156/).

The texts were written without looking at the extractor, so they measure how it reads writing it
was not developed against at first; the first three have since been used for development (the
second from 2026-11-30, the third from 2026-12-01); the fourth set was written after the third
was used for development, and is used for development itself from 2026-12-01, as is the fifth,
written after the fourth; the sixth, written after the fifth, and the eighth, written with the
seventh, are the clean measures of unseen writing; the seventh is used for development from
2026-12-01, and so are the ninth, written after the eighth, and the tenth, written after the
ninth; the eleventh, written after the tenth, is a clean measure like the sixth and the eighth;
the twelfth and the thirteenth were written apart after the eleventh: the twelfth is used for
development from 2026-12-02 (scored once before), the thirteenth is a clean measure; the
fourteenth and the fifteenth were written apart after the thirteenth, in other genres: the
fourteenth is used for development from 2026-12-02 (scored once before), the fifteenth is a
clean measure; the sixteenth and the seventeenth were written apart after the fifteenth, in
other genres again: the sixteenth is used for development from 2026-12-02 (scored once before),
the seventeenth is a clean measure; the eighteenth and the nineteenth were written apart later
in the same pass, in other genres again: the eighteenth is used for development from then on
(scored once before, with the code of the pass's start and with the pass's readings so far),
the nineteenth is a clean measure; the twentieth and the twenty-first were written apart after
the nineteenth, in other genres again: the twentieth is used for development from 2026-12-02
(scored once before), the twenty-first is a clean measure; the twenty-second and the
twenty-third were written apart later in the same pass: the twenty-second is used for
development from then on (scored once before, with the code of the pass's start and with the
pass's readings so far), the twenty-third is a clean measure; so are the twenty-fourth (for
development) and the twenty-fifth (a clean measure), written apart at the end of the pass; the
twenty-sixth (used for development from 2026-12-02, scored once before) and the twenty-seventh
(a clean measure) were written apart at the start of the next pass, the twenty-eighth (for
development) and the twenty-ninth (a clean measure) later in that pass, and the thirtieth (a
clean measure) at its end. From the next pass on, the ten clean measures written before the
twenty-sixth (the sixth to the twenty-fifth, every other one) are used for development together,
their misses read as one pool (a reading made for what several writers do, not for one text);
the twenty-seventh, the twenty-ninth and the thirtieth stay clean, and the thirty-first, the
thirty-second and the thirty-third, written apart at that pass's start in thirty genres none of
the others had, are clean measures too. From the pass after, those six (the twenty-seventh,
twenty-ninth, thirtieth and thirty-first to thirty-third) are a second development pool, and the
thirty-fourth to thirty-sixth, written apart at that pass's start in thirty genres again (official
documents of six Commonwealth countries, the technology and investment trade's own papers, and
civil society's and personal writing), are the clean measures. From the pass after, those
three are development sets too, and the thirty-seventh to thirty-ninth, written apart at that
pass's start as the news users collect (United States outlets' reporting; employees, advocates
and researchers confronting firms and governments; international and business news), are the
clean measures. From the pass after, those three are development sets too, and the fortieth to
forty-second, written apart at that pass's start as spoken words and meeting records (minutes,
hearing and call transcripts, a podcast, a live blog, a press conference), long-form writing and
opinion (a feature, op-eds, an editorial, a profile, an explainer, a newsletter, letters, a book
excerpt) and compiled and reference writing (an encyclopedia article, a watchdog's vendor profile,
a timeline, a fact sheet, an FAQ, an annual report, a paper, a briefing memo, an analyst's note,
a thesis chapter), are the clean measures. From the pass after, those three are development sets
too, and the forty-third to forty-fifth, written apart at that pass's start (records public
bodies keep and release; markets, money and the trade's listings; personal and fragmentary
writing), are the clean measures. From the pass after, those three are development sets as well,
and the forty-sixth to forty-eighth, written apart at that pass's start (news stories clipped
from news websites with their page furniture; advocacy, watchdog and research writing;
governments' and companies' own announcements and reports), are the clean measures. From the
pass after, those three are development sets as well, and the forty-ninth to fifty-first,
written apart at that pass's start (reporters' long-form and daily stories that name each party
once and then by "the council", "the company" or a bare title; advocacy groups', watchdogs' and
researchers' writing; what governments and companies publish about themselves), are the clean
measures. From the pass after, those three are development sets as well, and the fifty-second
to fifty-fourth, written apart at that pass's start (regional and local news from places whose
English differs a little: Australia, South Africa, India, the Philippines, Scotland; what
people inside institutions write and forward: memos, email threads, minutes, transcripts;
reference and explanatory writing: encyclopaedia-style articles, timelines, glossaries, buyer's
guides, show notes), are the clean measures. From the pass after, those three are development
sets as well, and the fifty-fifth to fifty-seventh, written apart at that pass's start (legal,
regulatory and oversight writing: judgments, enforcement notices, ombudsman and audit reports,
bid-protest decisions, written answers, complaints; business and financial writing: earnings
calls, exchange announcements, analysts' notes, funding roundups, job advertisements, case
studies; community and opinion writing: forum threads, op-eds, letters, fact-checks, live
blogs, newsletters, call-in transcripts), are the clean measures. From the pass after, those
three are development sets as well, and the fifty-eighth to sixtieth, written apart at that
pass's start (procurement and technical documents: clarification addenda, statements of work,
sub-processor lists, impact assessments, release notes, incident reports, strategy annexes;
research and advocacy writing: report chapters with footnotes, methodology notes, dataset
descriptions, academic introductions, scorecards, briefing papers; short forms people post and
transcribe: threads, professional posts, press conferences, slide decks, gazette notices,
captions, parliamentary debates, mailing lists), are the clean measures. From the pass after,
those three are development sets as well, and the sixty-first to sixty-third, written apart at
that pass's start (news in forms other than the article: wire stories with updates, sidebars,
television web stories, court reports, deals columns, interviews, corrections, roundups, show
notes, letters pages; records public bodies keep: minutes, budget pages, annual reports, award
notices, information-request replies, committee reports, agreements, staff reports, integrity
reports, registers of interests; writing by and about companies and their people: annual
reports, leadership and speaker pages, fact sheets, obituaries, encyclopedia articles, partner
announcements, resignation statements, union bulletins, engineering posts), are the clean
measures. From the pass after, those three are development sets as well, and the sixty-fourth
to sixty-sixth, written apart at that pass's start (official English from abroad: written
questions, data-protection decisions, audit-court summaries, translated press releases, special
procedures letters, news-agency stories, transparency portals, project documents, council
decisions, workshop reports; online discussion and social posts: forum threads, professional
posts, social threads, tech discussions, community groups, newsletters' essays, Q&A sites,
issue trackers, review sites, transcripts; filings with markets, regulators, courts and
registers: annual and current reports, judgments, clearance decisions, prospectuses,
administrators' reports, lobbying returns, tribunal decisions, rating releases, charities'
returns), are the clean measures. From the pass after, those three are development sets as
well, and the sixty-seventh to sixty-ninth, written apart at that pass's start (the technology
trade press: contract wins, federal IT stories, computing weeklies, identity-industry news,
people-on-the-move columns, product features, awards roundups, interviews, summit reports;
investigative and accountability journalism: nonprofit newsrooms' and wire services'
investigations, leaks, data journalism, follow-ups, long reads, broadcast web stories, podcast
notes; English-language news from outside the United States: India, South Africa, Nigeria,
Ireland, New Zealand, Canada, Singapore, Scotland, the Philippines, Jamaica), are the clean
measures. From the pass after, those three are development sets as well, and the seventieth to
seventy-second, written apart at that pass's start (schools and universities: a campus paper, a
school board recap, a parents' newsletter, a university IT notice, education trade press, a
teachers' union statement, a state education release, a parent's op-ed, a research lab's post,
a district's FAQ; health, welfare and social services: a hospital board paper, health-technology
news, a patient group's briefing, a welfare charity's post, a minister's statement, a medical
journal's news item, a county child-welfare story, an insurer's release, a disability group's
campaign page, a public-health story; defence, border and security: defence trade press, a
committee report, border biometrics, a think-tank commentary, an airport's release, an NGO's
export report, a contracts notice, a drone programme story, a veterans' paper, an earnings
call), are the clean measures. From the pass after, those three are development sets as well,
and the seventy-third to seventy-fifth, written apart at that pass's start (transport, mobility
and smart cities: transit board minutes, a TV station's plate-reader story, a streetlight FAQ, a
toll authority's annual report, a mobility newsletter, a trip-data dispute, a port's award
notice, a neighbourhood newsletter, a road-charging release, a transit engineering blog; courts,
prisons, elections and justice: a court story, a judiciary's release, a prison-phone report, an
elections notice, legal-technology press, an electronic-monitoring investigation, an appeal
summary, an oversight commission's report, a justice ministry's statement, a client alert;
telecommunications, data brokers and lawful access: a location-data story, a regulator's
decision, a spyware report, a transparency report, a forensics vendor's release, a hearing
transcript, a privacy newsletter, a long read on equipment bans, a records blog, a shareholder
letter), are the clean measures. From the pass after, those three are development sets as well,
and the seventy-sixth to seventy-eighth, written apart at that pass's start (environment, energy,
utilities and agriculture: a smart-meter story, a mining-monitoring release, a regulator's
consultation response, a livestock-tracing feature, a council officer's report, a smart-meter
data report, an investor day, a conservation blog, an inspector general's audit, a radio
interview; tax, customs, revenue and public finance: an audit risk-scoring story, a customs
notice, a public accounts report, a fintech roundup, a revenue agency's annual report, a welfare
rights release, an unclaimed-property award, a payments firm's profile, a fines-contractor
investigation, a finance ministry's briefing; emergency services and disaster response: a 911
dispatch story, a fire service's annual report, an after-action review, gunshot-detection trade
press, council minutes, an NGO field report, a search-and-rescue newsletter, an alert-failure
investigation, a digital team's blog, a podcast interview), are the clean measures. From the
pass after, those three are development sets as well, and the seventy-ninth to eighty-first,
written apart at that pass's start (housing, planning, land and local-government services: a
housing authority's screening story, a planning committee report, a land titles corporate plan,
a council contracts roundup, an ombudsman's summary, library board minutes, a property-technology
funding release, a neighbourhood bulletin, a state auditor's report, a city CIO's interview;
work, employment and labour inspection: an employment service's profiling story, an
inspectorate's annual report, a gig union's release, workforce board minutes, HR-technology
trade news, a workplace-surveillance report, a pensions award notice, an unemployment-fraud TV
story, a vendor's case study, a committee hearing; statistics, science, mapping and space: a
census-linkage story, a weather service's annual review, an Earth-observation release, research
council awards, a data-governance committee's minutes, a think tank's report, a geospatial firm's
shareholder update, an address-data investigation, an open-data portal blog, a podcast
interview), are the clean measures. From the pass after, those three are development sets as
well, and the eighty-second to eighty-fourth, written apart at that pass's start (banking,
payments and financial supervision: a central bank's supervisory-data story, a regulator's final
notice, a benefits-card release, a banking-technology roundup, a finance committee's report, an
advocacy briefing on data matching, a start-up's investor update, a pension fund's internal
audit, a deputy governor's speech, a podcast with a regulator's CTO; identity, civil
registration, passports and digital ID: a digital-ID rollout story, a passport office's annual
report, an e-gates release, an identity-industry roundup, a data protection decision, a
digital-rights FAQ, a vital-records newsletter, a mobile-licence hearing, a refugee-registration
field report, a founder's profile; legislatures, lobbying, political campaigns and public
communication: a voter-data story, lobbying returns, a parliament's digital annual report, a
communications office's contracts page, an electoral commission's review, a transparency NGO's
report, a public-affairs firm's release, a council live blog, an opinion column, a campaign
podcast), are the clean measures. From the pass after, those three are development sets as
well, and the eighty-fifth to eighty-seventh, written apart at that pass's start
(cybersecurity, incident response and breach disclosure: a breach notification letter, a cyber
centre's annual review, a ransomware story, a threat-research post, a council's post-incident
review, a data protection enforcement summary, a vulnerability advisory, a committee hearing, a
cyber-insurance roundup, a CISO's conference talk; libraries, archives, museums and public
broadcasting: library board minutes, an archive's digitisation update, a museum's release, a
broadcaster's technology report, a heritage council's grants list, a library-technology feature,
a library union's newsletter, a university library's blog post, a historian's letter, a radio
programme on an archive; sport, major events, venues and tourism: a stadium face-scan story, an
organising committee's procurement update, a ticketing release, a supporters' trust statement, a
marathon safety report, a tourism board's annual report, a sports-technology roundup, an
integrity unit's report, an arena's privacy notice, a sports-business podcast), are the clean
measures. From the pass after, those three are development sets as well, and the eighty-eighth
to ninetieth, written apart at that pass's start (agriculture, food safety, fisheries and rural
affairs; energy, water and utility regulation; welfare, social services and child protection:
ten texts each, from a farming story, an inspection-technology update and a fisheries annual
report to a smart-meter story, a regulator's decision notice and a utility CIO's podcast, and a
welfare-scoring investigation, a children's services report and a benefits privacy notice), are
the clean measures. From the pass after, those three are development sets as well, and the
ninety-first to ninety-third, written apart at that pass's start (science, research funding and
space agencies; consumer protection, competition and trading standards; planning, construction
and building control: ten texts each, from a grant-system story, a space agency's procurement
update and a researchers' open letter to a merger decision, a court judgment summary and a radio
phone-in, and a planning-portal story, a building-safety register update and a BIM programme
report), are the clean measures. From the pass after, those three are development sets as well,
and the ninety-fourth to ninety-sixth, written apart at that pass's start (postal services,
ports, shipping and customs; municipal street services: waste, parking, parks and cemeteries;
international development, aid agencies and foreign ministries: ten texts each, from a
parcel-tracking story, a port's procurement update and harbour board minutes to a bin-route
app story, a parking privacy notice and an internal audit of a parking contract, and a
registry-breach wire story, a development bank's award notice and a foreign ministry's
steering-committee minutes), are the clean measures. From the pass after, those three are
development sets as well, and the ninety-seventh to ninety-ninth, written apart at that pass's
start (insurance, pensions and financial-markets regulation; forests, wildlife, national parks
and mining; gambling, lotteries and charity regulation: ten texts each, from a pension portal's
outage story, a securities regulator's procurement update and trustee board minutes to a
timber-tracking outage story, a licensing board's minutes and a park's privacy notice, and a
self-exclusion register story, a lottery fund's annual report and a casino licence review), are
the clean measures. From the pass after, those three are development sets as well, and the
hundredth to hundred-and-second, written apart at that pass's start (aviation, airports and
air-traffic services; aged care, disability and veterans' services; export controls, sanctions
and trade promotion: ten texts each, from an airport's face-matching gates story, an air
navigation provider's tender results and a pilots' open letter to a veterans' claims backlog
story, a disability agency's contract list and a council's scrutiny minutes, and an
export-licensing portal story, an export credit agency's minutes and a Hansard exchange), are
the clean measures. From the pass after, those three are development sets as well, and the
hundred-and-third to hundred-and-fifth, written apart at that pass's start (prisons, probation
and youth justice; weather, hydrology and flood warning; elections, electoral rolls and
political campaigning: ten texts each, from an electronic-tagging story, a corrections
department's award notice and probation board minutes to a forecast-system outage story, a
river basin authority's procurement update and flood scrutiny minutes, and an enrolment-system
story, an elections board's minutes and a Hansard hearing), are the clean measures. From the
pass after, those three are development sets as well, and the hundred-and-sixth to
hundred-and-eighth, written apart at that pass's start (museums, heritage sites and tourism;
fisheries, coastguard and maritime safety; broadcasting, media regulation and public service
media: ten texts each, from a museum app's data leak story, a heritage agency's award notice and
a gallery's trustees' minutes to a vessel-monitoring story, a coastguard's procurement update and
harbour board minutes, and a regulator's complaints-portal story, a public broadcaster's tender
results and a Hansard hearing), are the clean measures. From the pass after, those three are
development sets as well, and the hundred-and-ninth to hundred-and-eleventh, written apart at
that pass's start (medicines regulation, pharmacies, blood services and organ donation; patents,
trademarks, company registers and intellectual property offices; universities, student finance
and admissions: ten texts each, from an e-prescription outage story, a medicines agency's award
notice and a blood service's board minutes to a company register's leak story, a judgment
summary and a records-release letter, and a student newspaper's story, a contracts register and
a radio bulletin), are the clean measures. From the pass after, those three are development
sets as well, and the hundred-and-twelfth to hundred-and-fourteenth, written apart at that pass's
start (charities, faith bodies, food banks and charity regulators; land registries, cadastre,
surveying and mapping agencies; waste collection, recycling and environmental permitting: ten
texts each, from a gift-aid platform's breach story, a charity regulator's statement of action
and a press briefing's transcript to a tender clarification notice, a data protection authority's
decision and an email thread released under an information request, and a council's smart-bin
story, a waste authority's award report and a court's judgment summary), are the clean measures.
From the pass after, those three are development sets as well, and the hundred-and-fifteenth to
hundred-and-seventeenth, written apart at that pass's start (water and sewerage utilities, water
regulators and drought agencies; tax, customs and revenue authorities; ports, shipping, maritime
safety and inland waterways: ten texts each, from a smart-meter overbilling story, a water
regulator's determination and a board paper on a control-system contract to an e-invoicing
outage investigation, a tax court's decision and a disclosure log entry, and a port data leak
story, an accident investigation's interim report and a podcast transcript), are the clean
measures. From the pass after, those three are development sets as well, and the
hundred-and-eighteenth to hundred-and-twentieth, written apart at that pass's start (zoos,
aquariums, animal welfare and wildlife agencies; sports bodies, anti-doping agencies and stadium
operators; libraries, archives and national records offices: ten texts each, from a zoo's
face-recognition gates story, a wildlife agency's media release and a veterinary regulator's
decision to an anti-doping app outage investigation, a sports tribunal's award and a select
committee's evidence session, and a census-scans story, an information commissioner's decision
notice and a radio phone-in), are the clean measures. From the pass after, those three are
development sets as well, and the hundred-and-twenty-first to hundred-and-twenty-third, written
apart at that pass's start (railways, rail regulators, rolling stock and rail ticketing; driving
licences, vehicle registration, road cameras and road tolling; mobile networks, spectrum and
telecoms regulators, and emergency alerting: ten texts each, from a ticket-gate double-charging
story, a rail safety regulator's improvement notice and a rail union branch's bulletin to a
driving-test booking story, a toll-road concession's half-year results and a judicial review of
a speed-camera certification, and an emergency alert sent to the wrong region, a spectrum
auction results notice and a mobile operator's modern slavery statement), are the clean
measures. From the pass after, those three are development sets as well, and the
hundred-and-twenty-fourth to hundred-and-twenty-sixth, written apart at that pass's start
(public health agencies, vaccination programmes, disease surveillance and public health
laboratories; schools, school inspectorates, exam boards and school transport; fire and rescue
services, building safety regulators and fire-alarm monitoring: ten texts each, from a
vaccination booking system's duplicate recall letters, a public health laboratory's annual
report chapter and a privacy commissioner's report on a contact-tracing app to an exam board's
lost scripts, a multi-academy trust's accounts note and a judgment in an exam board's appeal,
and a fire service's mobilising system that sent engines to wrong addresses, a building safety
regulator's compliance notice and a fire chiefs' association's written evidence), are the clean
measures. From the pass after, those three are development sets as well, and the
hundred-and-twenty-seventh to hundred-and-twenty-ninth, written apart at that pass's start
(courts administration, legal aid, tribunals and court enforcement agents; coroners, forensic
science services, crime laboratories and death registration; government shared-services centres,
central procurement agencies and public-sector IT departments: ten texts each, from a courts
portal that listed hearings under the wrong names, a legal aid agency's annual report and a
debt-advice charity's briefing on enforcement agents' number-plate vans to a DNA backlog story, a
coroner's prevention-of-future-deaths report and a defence solicitor's blog on phone-extraction
kiosks, and a payroll platform that underpaid civil servants, a framework award notice and an
open letter about a single-vendor licence deal), are the clean measures. From the pass after,
those three are development sets as well, and the hundred-and-thirtieth to
hundred-and-thirty-second, written apart at that pass's start (social housing, homelessness
services and housing authorities; space agencies, satellite operators and earth-observation
services for government; ambulance services, emergency medical dispatch and patient transport:
ten texts each, from a housing authority's allocations system that skipped applicants, a tender
clarification log for a rent-subsidy payment system and a housing ombudsman's determination on
automated arrears letters to a satellite-imagery contract criticised for tracking fishing
communities, an auditor general's audit of a satellite ground segment and a mapping agency's
basemap FAQ, and a dispatch-system outage during a storm, a county health board's minutes on
outsourcing patient transport and a volunteer first-responder charity's newsletter), are the
clean measures. From the pass after, those three are development sets as well, and the
hundred-and-thirty-third to hundred-and-thirty-fifth, written apart at that pass's start
(immigration, visas, asylum casework and citizenship services; nuclear safety, radiation
protection and radioactive waste management; carbon markets, emissions trading registries and
climate-change agencies: ten texts each, from an online visa system that wrongly refused student
visas, a judgment summary on a visa-refusal algorithm and a written answer on immigration-bail
tags to a radiation-monitoring outage near a power station, a decommissioning award notice and a
hospital's radiation protection newsletter, and a fraud in an emissions-trading registry, an
ombudsperson's findings on a permit portal that lost filings and a television interview on
soil-carbon payments), are the clean measures. From the pass after, those three are development
sets as well, and the hundred-and-thirty-sixth to hundred-and-thirty-eighth, written apart at
that pass's start (highways agencies, road maintenance, street lighting and bridge inspection;
mental health services, crisis lines, helplines and suicide prevention; interpreting,
translation and language services for courts, hospitals and public bodies: ten texts each, from
a smart street-lighting system that left a ring road dark, a county committee's minutes on a
pothole-reporting app and an auditor's review of a toll-road operator's maintenance data to a
crisis-line call-routing failure, a tender clarification log for a crisis-text-line platform and
a patients' charity's open letter on sharing crisis-call data with police, and a
court-interpreting booking platform that left hearings without interpreters, a framework award
notice for translation services and an inspectorate's report on interpreting in police
custody), are the clean measures. From the pass after, those three are development sets as well,
and the hundred-and-thirty-ninth to hundred-and-forty-first, written apart at that pass's start
(child care, early years education and nursery regulation; tax administration, revenue
collection, customs duties and tax filing; labour inspection, workplace safety regulators, wage
enforcement and trade unions: ten texts each, from a childcare subsidy payment system that left
nurseries unpaid, a council's freedom of information response on a nursery attendance app and an
ombudsperson's case on a refused childcare-funding claim to an e-filing portal outage before a
tax deadline, an award notice for a tax-data analytics platform and a tax tribunal's decision on
a penalty raised by a matching system, and a wage-theft detection tool that flagged the wrong
employers, a tender clarification log for an inspection-report system and a labour court's
judgment on dismissals based on a productivity score), are the clean measures. From the pass
after, those three are development sets as well, and the hundred-and-forty-second to
hundred-and-forty-fourth, written apart at that pass's start (dental services, community pharmacy
and primary care practices; public transport, fare collection and taxi licensing; environmental
regulation of air quality, noise and water pollution: ten texts each, from an e-prescribing
outage that left pharmacies unable to dispense, a county board of health's minutes and an integrated care
board's award notice to a fare-capping fault, a tender clarification log for fare collection and
an auditor's report on a bus corporation's e-ticketing, and dust sensors that gave wrong
readings, an award notice for monitoring stations and a tribunal's decision on a quarry's
permit), are the clean measures. From the pass after, those three are development sets as well,
and the hundred-and-forty-fifth to hundred-and-forty-seventh, written apart at that pass's start
(cemeteries, crematoria and funeral regulation; product safety, standards and weights and
measures; licensing of firearms, private security and late-night premises: ten texts each, from
a lair booking system that failed, a bereavement sub-committee's minutes and an ombudsman's
decision on a burial-rights register to a recall alert system that sent wrong notices, a tender
clarification log for a market-surveillance case system and an auditor's report on a weights and
measures inspectorate's handheld devices, and a firearms-licensing portal that approved wrong
applications, a licensing committee's minutes and a tribunal's decision on a refused security
licence), are the clean measures. From the pass after, those three are development sets as well,
and the hundred-and-forty-eighth to hundred-and-fiftieth, written apart at that pass's start
(veterinary services, livestock traceability and pet registration; arts councils, film
classification and cultural grants; consumer credit licensing, debt collection and debt advice:
ten texts each, from a cattle-movement tracing system that lost records in an outbreak, an ear-tag
registry's award notice and an ombudsman's decision on a herd-registration penalty to an
arts-grant portal that scored applications wrongly, a tender clarification log for a film
classification system and an audit of a film commission's rebate system, and a debt collector's
letter system that sent wrong demands, a credit-licensing register's award notice and an
ombudsman's decision on a pawnbroker's loan records), are the clean measures. From the pass after,
those three are development sets as well, and the hundred-and-fifty-first to
hundred-and-fifty-third, written apart at that pass's start (forestry, timber permits, plant
health and seed certification; student loans, grants and scholarships; earthquake, tsunami and
severe-weather warning services: ten texts each, from a felling-permit system that approved
logging inside stream buffers, a woodlands committee's minutes and a seed laboratory system's
award notice to a student-loan system that sent wrong repayment demands, a tender clarification
log for a bursary system and an audit of a loans fund's collection system, and an alerting
platform that sent a false tsunami warning, a seismic network's award notice and a tribunal's
determination on a dismissed alerting officer's appeal), are the clean measures. From the pass
after, those three are development sets as well, and the hundred-and-fifty-fourth to
hundred-and-fifty-sixth, written apart at that pass's start (parking enforcement, permits and
towing; professional regulation of nurses, doctors, engineers, architects and lawyers; municipal
parks, leisure centres, pools and facility booking: ten texts each, from a parking-permit system
that went wrong, a tender clarification log for a parking management system and a tribunal's
decision on a penalty charge appeal to an online register that showed struck-off practitioners as
licensed, a registration system's award notice and an ombudsman's decision on a registration
complaint, and a leisure-centre booking system that double-booked pitches, a leisure software
award notice and an audit of a leisure trust's systems), are the clean measures.
Scoring needs no ../shared: the corpus scorer's folding is in article_scoring.py.
"""

from __future__ import annotations

import re

import article_scoring
import pytest
from article_scoring import UNSEEN, predictions, prf, score
from support import SHARED

from graphkit.extractors.article import candidates
from graphkit.sources.registry import Registry

# The floors follow what is measured, a little under it: on 2026-11-30, without a registry,
# micro P=0.92 R=0.57 F1=0.70 (69 correct, 6 extra, 53 missed of 122 gold facts); the first
# set is the one the extractor's general readings were checked against.
F1_FLOOR = 0.67
PRECISION_FLOOR = 0.88
# Second set, used for development from 2026-11-30 on, measured the same way: micro P=0.82
# R=0.42 F1=0.55 (51 correct, 11 extra, 71 missed); it was P=0.65 R=0.36 F1=0.46 unseen.
SECOND_F1_FLOOR = 0.52
SECOND_PRECISION_FLOOR = 0.78

RELATIONS = {
    "develops",
    "supplies",
    "uses",
    "hosts",
    "part_of",
    "leads",
    "works_for",
    "opposes",
    "supports",
    "investigates",
    "funds",
}
TEXTS = sorted(UNSEEN.glob("*.txt"))
SECOND = UNSEEN.parent / "unseen-articles-2"
SECOND_TEXTS = sorted(SECOND.glob("*.txt"))
THIRD = UNSEEN.parent / "unseen-articles-3"
FOURTH = UNSEEN.parent / "unseen-articles-4"
FIFTH = UNSEEN.parent / "unseen-articles-5"
SIXTH = UNSEEN.parent / "unseen-articles-6"
SEVENTH = UNSEEN.parent / "unseen-articles-7"
EIGHTH = UNSEEN.parent / "unseen-articles-8"
NINTH = UNSEEN.parent / "unseen-articles-9"
TENTH = UNSEEN.parent / "unseen-articles-10"
ELEVENTH = UNSEEN.parent / "unseen-articles-11"
TWELFTH = UNSEEN.parent / "unseen-articles-12"
THIRTEENTH = UNSEEN.parent / "unseen-articles-13"
FOURTEENTH = UNSEEN.parent / "unseen-articles-14"
FIFTEENTH = UNSEEN.parent / "unseen-articles-15"
SIXTEENTH = UNSEEN.parent / "unseen-articles-16"
SEVENTEENTH = UNSEEN.parent / "unseen-articles-17"
EIGHTEENTH = UNSEEN.parent / "unseen-articles-18"
NINETEENTH = UNSEEN.parent / "unseen-articles-19"
TWENTIETH = UNSEEN.parent / "unseen-articles-20"
TWENTY_FIRST = UNSEEN.parent / "unseen-articles-21"
TWENTY_SECOND = UNSEEN.parent / "unseen-articles-22"
TWENTY_THIRD = UNSEEN.parent / "unseen-articles-23"
TWENTY_FOURTH = UNSEEN.parent / "unseen-articles-24"
TWENTY_FIFTH = UNSEEN.parent / "unseen-articles-25"
TWENTY_SIXTH = UNSEEN.parent / "unseen-articles-26"
TWENTY_SEVENTH = UNSEEN.parent / "unseen-articles-27"
TWENTY_EIGHTH = UNSEEN.parent / "unseen-articles-28"
TWENTY_NINTH = UNSEEN.parent / "unseen-articles-29"
THIRTIETH = UNSEEN.parent / "unseen-articles-30"
THIRTY_FIRST = UNSEEN.parent / "unseen-articles-31"
THIRTY_SECOND = UNSEEN.parent / "unseen-articles-32"
THIRTY_THIRD = UNSEEN.parent / "unseen-articles-33"
THIRTY_FOURTH = UNSEEN.parent / "unseen-articles-34"
THIRTY_FIFTH = UNSEEN.parent / "unseen-articles-35"
THIRTY_SIXTH = UNSEEN.parent / "unseen-articles-36"
THIRTY_SEVENTH = UNSEEN.parent / "unseen-articles-37"
THIRTY_EIGHTH = UNSEEN.parent / "unseen-articles-38"
THIRTY_NINTH = UNSEEN.parent / "unseen-articles-39"
FORTIETH = UNSEEN.parent / "unseen-articles-40"
FORTY_FIRST = UNSEEN.parent / "unseen-articles-41"
FORTY_SECOND = UNSEEN.parent / "unseen-articles-42"
FORTY_THIRD = UNSEEN.parent / "unseen-articles-43"
FORTY_FOURTH = UNSEEN.parent / "unseen-articles-44"
FORTY_FIFTH = UNSEEN.parent / "unseen-articles-45"
FORTY_SIXTH = UNSEEN.parent / "unseen-articles-46"
FORTY_SEVENTH = UNSEEN.parent / "unseen-articles-47"
FORTY_EIGHTH = UNSEEN.parent / "unseen-articles-48"
FORTY_NINTH = UNSEEN.parent / "unseen-articles-49"
FIFTIETH = UNSEEN.parent / "unseen-articles-50"
FIFTY_FIRST = UNSEEN.parent / "unseen-articles-51"
FIFTY_SECOND = UNSEEN.parent / "unseen-articles-52"
FIFTY_THIRD = UNSEEN.parent / "unseen-articles-53"
FIFTY_FOURTH = UNSEEN.parent / "unseen-articles-54"
FIFTY_FIFTH = UNSEEN.parent / "unseen-articles-55"
FIFTY_SIXTH = UNSEEN.parent / "unseen-articles-56"
FIFTY_SEVENTH = UNSEEN.parent / "unseen-articles-57"
FIFTY_EIGHTH = UNSEEN.parent / "unseen-articles-58"
FIFTY_NINTH = UNSEEN.parent / "unseen-articles-59"
SIXTIETH = UNSEEN.parent / "unseen-articles-60"
SIXTY_FIRST = UNSEEN.parent / "unseen-articles-61"
SIXTY_SECOND = UNSEEN.parent / "unseen-articles-62"
SIXTY_THIRD = UNSEEN.parent / "unseen-articles-63"
SIXTY_FOURTH = UNSEEN.parent / "unseen-articles-64"
SIXTY_FIFTH = UNSEEN.parent / "unseen-articles-65"
SIXTY_SIXTH = UNSEEN.parent / "unseen-articles-66"
SIXTY_SEVENTH = UNSEEN.parent / "unseen-articles-67"
SIXTY_EIGHTH = UNSEEN.parent / "unseen-articles-68"
SIXTY_NINTH = UNSEEN.parent / "unseen-articles-69"
SEVENTIETH = UNSEEN.parent / "unseen-articles-70"
SEVENTY_FIRST = UNSEEN.parent / "unseen-articles-71"
SEVENTY_SECOND = UNSEEN.parent / "unseen-articles-72"
SEVENTY_THIRD = UNSEEN.parent / "unseen-articles-73"
SEVENTY_FOURTH = UNSEEN.parent / "unseen-articles-74"
SEVENTY_FIFTH = UNSEEN.parent / "unseen-articles-75"
SEVENTY_SIXTH = UNSEEN.parent / "unseen-articles-76"
SEVENTY_SEVENTH = UNSEEN.parent / "unseen-articles-77"
SEVENTY_EIGHTH = UNSEEN.parent / "unseen-articles-78"
SEVENTY_NINTH = UNSEEN.parent / "unseen-articles-79"
EIGHTIETH = UNSEEN.parent / "unseen-articles-80"
EIGHTY_FIRST = UNSEEN.parent / "unseen-articles-81"
EIGHTY_SECOND = UNSEEN.parent / "unseen-articles-82"
EIGHTY_THIRD = UNSEEN.parent / "unseen-articles-83"
EIGHTY_FOURTH = UNSEEN.parent / "unseen-articles-84"
EIGHTY_FIFTH = UNSEEN.parent / "unseen-articles-85"
EIGHTY_SIXTH = UNSEEN.parent / "unseen-articles-86"
EIGHTY_SEVENTH = UNSEEN.parent / "unseen-articles-87"
EIGHTY_EIGHTH = UNSEEN.parent / "unseen-articles-88"
EIGHTY_NINTH = UNSEEN.parent / "unseen-articles-89"
NINETIETH = UNSEEN.parent / "unseen-articles-90"
NINETY_FIRST = UNSEEN.parent / "unseen-articles-91"
NINETY_SECOND = UNSEEN.parent / "unseen-articles-92"
NINETY_THIRD = UNSEEN.parent / "unseen-articles-93"
NINETY_FOURTH = UNSEEN.parent / "unseen-articles-94"
NINETY_FIFTH = UNSEEN.parent / "unseen-articles-95"
NINETY_SIXTH = UNSEEN.parent / "unseen-articles-96"
NINETY_SEVENTH = UNSEEN.parent / "unseen-articles-97"
NINETY_EIGHTH = UNSEEN.parent / "unseen-articles-98"
NINETY_NINTH = UNSEEN.parent / "unseen-articles-99"
HUNDREDTH = UNSEEN.parent / "unseen-articles-100"
HUNDRED_AND_FIRST = UNSEEN.parent / "unseen-articles-101"
HUNDRED_AND_SECOND = UNSEEN.parent / "unseen-articles-102"
HUNDRED_AND_THIRD = UNSEEN.parent / "unseen-articles-103"
HUNDRED_AND_FOURTH = UNSEEN.parent / "unseen-articles-104"
HUNDRED_AND_FIFTH = UNSEEN.parent / "unseen-articles-105"
HUNDRED_AND_SIXTH = UNSEEN.parent / "unseen-articles-106"
HUNDRED_AND_SEVENTH = UNSEEN.parent / "unseen-articles-107"
HUNDRED_AND_EIGHTH = UNSEEN.parent / "unseen-articles-108"
HUNDRED_AND_NINTH = UNSEEN.parent / "unseen-articles-109"
HUNDRED_AND_TENTH = UNSEEN.parent / "unseen-articles-110"
HUNDRED_AND_ELEVENTH = UNSEEN.parent / "unseen-articles-111"
HUNDRED_AND_TWELFTH = UNSEEN.parent / "unseen-articles-112"
HUNDRED_AND_THIRTEENTH = UNSEEN.parent / "unseen-articles-113"
HUNDRED_AND_FOURTEENTH = UNSEEN.parent / "unseen-articles-114"
HUNDRED_AND_FIFTEENTH = UNSEEN.parent / "unseen-articles-115"
HUNDRED_AND_SIXTEENTH = UNSEEN.parent / "unseen-articles-116"
HUNDRED_AND_SEVENTEENTH = UNSEEN.parent / "unseen-articles-117"
HUNDRED_AND_EIGHTEENTH = UNSEEN.parent / "unseen-articles-118"
HUNDRED_AND_NINETEENTH = UNSEEN.parent / "unseen-articles-119"
HUNDRED_AND_TWENTIETH = UNSEEN.parent / "unseen-articles-120"
HUNDRED_AND_TWENTY_FIRST = UNSEEN.parent / "unseen-articles-121"
HUNDRED_AND_TWENTY_SECOND = UNSEEN.parent / "unseen-articles-122"
HUNDRED_AND_TWENTY_THIRD = UNSEEN.parent / "unseen-articles-123"
HUNDRED_AND_TWENTY_FOURTH = UNSEEN.parent / "unseen-articles-124"
HUNDRED_AND_TWENTY_FIFTH = UNSEEN.parent / "unseen-articles-125"
HUNDRED_AND_TWENTY_SIXTH = UNSEEN.parent / "unseen-articles-126"
HUNDRED_AND_TWENTY_SEVENTH = UNSEEN.parent / "unseen-articles-127"
HUNDRED_AND_TWENTY_EIGHTH = UNSEEN.parent / "unseen-articles-128"
HUNDRED_AND_TWENTY_NINTH = UNSEEN.parent / "unseen-articles-129"
HUNDRED_AND_THIRTIETH = UNSEEN.parent / "unseen-articles-130"
HUNDRED_AND_THIRTY_FIRST = UNSEEN.parent / "unseen-articles-131"
HUNDRED_AND_THIRTY_SECOND = UNSEEN.parent / "unseen-articles-132"
HUNDRED_AND_THIRTY_THIRD = UNSEEN.parent / "unseen-articles-133"
HUNDRED_AND_THIRTY_FOURTH = UNSEEN.parent / "unseen-articles-134"
HUNDRED_AND_THIRTY_FIFTH = UNSEEN.parent / "unseen-articles-135"
HUNDRED_AND_THIRTY_SIXTH = UNSEEN.parent / "unseen-articles-136"
HUNDRED_AND_THIRTY_SEVENTH = UNSEEN.parent / "unseen-articles-137"
HUNDRED_AND_THIRTY_EIGHTH = UNSEEN.parent / "unseen-articles-138"
HUNDRED_AND_THIRTY_NINTH = UNSEEN.parent / "unseen-articles-139"
HUNDRED_AND_FORTIETH = UNSEEN.parent / "unseen-articles-140"
HUNDRED_AND_FORTY_FIRST = UNSEEN.parent / "unseen-articles-141"
HUNDRED_AND_FORTY_SECOND = UNSEEN.parent / "unseen-articles-142"
HUNDRED_AND_FORTY_THIRD = UNSEEN.parent / "unseen-articles-143"
HUNDRED_AND_FORTY_FOURTH = UNSEEN.parent / "unseen-articles-144"
HUNDRED_AND_FORTY_FIFTH = UNSEEN.parent / "unseen-articles-145"
HUNDRED_AND_FORTY_SIXTH = UNSEEN.parent / "unseen-articles-146"
HUNDRED_AND_FORTY_SEVENTH = UNSEEN.parent / "unseen-articles-147"
HUNDRED_AND_FORTY_EIGHTH = UNSEEN.parent / "unseen-articles-148"
HUNDRED_AND_FORTY_NINTH = UNSEEN.parent / "unseen-articles-149"
HUNDRED_AND_FIFTIETH = UNSEEN.parent / "unseen-articles-150"
HUNDRED_AND_FIFTY_FIRST = UNSEEN.parent / "unseen-articles-151"
HUNDRED_AND_FIFTY_SECOND = UNSEEN.parent / "unseen-articles-152"
HUNDRED_AND_FIFTY_THIRD = UNSEEN.parent / "unseen-articles-153"
HUNDRED_AND_FIFTY_FOURTH = UNSEEN.parent / "unseen-articles-154"
HUNDRED_AND_FIFTY_FIFTH = UNSEEN.parent / "unseen-articles-155"
HUNDRED_AND_FIFTY_SIXTH = UNSEEN.parent / "unseen-articles-156"
# Every set by its ordinal, in the order written.
ALL_SETS = {
    "first": UNSEEN,
    "second": SECOND,
    "third": THIRD,
    "fourth": FOURTH,
    "fifth": FIFTH,
    "sixth": SIXTH,
    "seventh": SEVENTH,
    "eighth": EIGHTH,
    "ninth": NINTH,
    "tenth": TENTH,
    "eleventh": ELEVENTH,
    "twelfth": TWELFTH,
    "thirteenth": THIRTEENTH,
    "fourteenth": FOURTEENTH,
    "fifteenth": FIFTEENTH,
    "sixteenth": SIXTEENTH,
    "seventeenth": SEVENTEENTH,
    "eighteenth": EIGHTEENTH,
    "nineteenth": NINETEENTH,
    "twentieth": TWENTIETH,
    "twenty-first": TWENTY_FIRST,
    "twenty-second": TWENTY_SECOND,
    "twenty-third": TWENTY_THIRD,
    "twenty-fourth": TWENTY_FOURTH,
    "twenty-fifth": TWENTY_FIFTH,
    "twenty-sixth": TWENTY_SIXTH,
    "twenty-seventh": TWENTY_SEVENTH,
    "twenty-eighth": TWENTY_EIGHTH,
    "twenty-ninth": TWENTY_NINTH,
    "thirtieth": THIRTIETH,
    "thirty-first": THIRTY_FIRST,
    "thirty-second": THIRTY_SECOND,
    "thirty-third": THIRTY_THIRD,
    "thirty-fourth": THIRTY_FOURTH,
    "thirty-fifth": THIRTY_FIFTH,
    "thirty-sixth": THIRTY_SIXTH,
    "thirty-seventh": THIRTY_SEVENTH,
    "thirty-eighth": THIRTY_EIGHTH,
    "thirty-ninth": THIRTY_NINTH,
    "fortieth": FORTIETH,
    "forty-first": FORTY_FIRST,
    "forty-second": FORTY_SECOND,
    "forty-third": FORTY_THIRD,
    "forty-fourth": FORTY_FOURTH,
    "forty-fifth": FORTY_FIFTH,
    "forty-sixth": FORTY_SIXTH,
    "forty-seventh": FORTY_SEVENTH,
    "forty-eighth": FORTY_EIGHTH,
    "forty-ninth": FORTY_NINTH,
    "fiftieth": FIFTIETH,
    "fifty-first": FIFTY_FIRST,
    "fifty-second": FIFTY_SECOND,
    "fifty-third": FIFTY_THIRD,
    "fifty-fourth": FIFTY_FOURTH,
    "fifty-fifth": FIFTY_FIFTH,
    "fifty-sixth": FIFTY_SIXTH,
    "fifty-seventh": FIFTY_SEVENTH,
    "fifty-eighth": FIFTY_EIGHTH,
    "fifty-ninth": FIFTY_NINTH,
    "sixtieth": SIXTIETH,
    "sixty-first": SIXTY_FIRST,
    "sixty-second": SIXTY_SECOND,
    "sixty-third": SIXTY_THIRD,
    "sixty-fourth": SIXTY_FOURTH,
    "sixty-fifth": SIXTY_FIFTH,
    "sixty-sixth": SIXTY_SIXTH,
    "sixty-seventh": SIXTY_SEVENTH,
    "sixty-eighth": SIXTY_EIGHTH,
    "sixty-ninth": SIXTY_NINTH,
    "seventieth": SEVENTIETH,
    "seventy-first": SEVENTY_FIRST,
    "seventy-second": SEVENTY_SECOND,
    "seventy-third": SEVENTY_THIRD,
    "seventy-fourth": SEVENTY_FOURTH,
    "seventy-fifth": SEVENTY_FIFTH,
    "seventy-sixth": SEVENTY_SIXTH,
    "seventy-seventh": SEVENTY_SEVENTH,
    "seventy-eighth": SEVENTY_EIGHTH,
    "seventy-ninth": SEVENTY_NINTH,
    "eightieth": EIGHTIETH,
    "eighty-first": EIGHTY_FIRST,
    "eighty-second": EIGHTY_SECOND,
    "eighty-third": EIGHTY_THIRD,
    "eighty-fourth": EIGHTY_FOURTH,
    "eighty-fifth": EIGHTY_FIFTH,
    "eighty-sixth": EIGHTY_SIXTH,
    "eighty-seventh": EIGHTY_SEVENTH,
    "eighty-eighth": EIGHTY_EIGHTH,
    "eighty-ninth": EIGHTY_NINTH,
    "ninetieth": NINETIETH,
    "ninety-first": NINETY_FIRST,
    "ninety-second": NINETY_SECOND,
    "ninety-third": NINETY_THIRD,
    "ninety-fourth": NINETY_FOURTH,
    "ninety-fifth": NINETY_FIFTH,
    "ninety-sixth": NINETY_SIXTH,
    "ninety-seventh": NINETY_SEVENTH,
    "ninety-eighth": NINETY_EIGHTH,
    "ninety-ninth": NINETY_NINTH,
    "hundredth": HUNDREDTH,
    "hundred-and-first": HUNDRED_AND_FIRST,
    "hundred-and-second": HUNDRED_AND_SECOND,
    "hundred-and-third": HUNDRED_AND_THIRD,
    "hundred-and-fourth": HUNDRED_AND_FOURTH,
    "hundred-and-fifth": HUNDRED_AND_FIFTH,
    "hundred-and-sixth": HUNDRED_AND_SIXTH,
    "hundred-and-seventh": HUNDRED_AND_SEVENTH,
    "hundred-and-eighth": HUNDRED_AND_EIGHTH,
    "hundred-and-ninth": HUNDRED_AND_NINTH,
    "hundred-and-tenth": HUNDRED_AND_TENTH,
    "hundred-and-eleventh": HUNDRED_AND_ELEVENTH,
    "hundred-and-twelfth": HUNDRED_AND_TWELFTH,
    "hundred-and-thirteenth": HUNDRED_AND_THIRTEENTH,
    "hundred-and-fourteenth": HUNDRED_AND_FOURTEENTH,
    "hundred-and-fifteenth": HUNDRED_AND_FIFTEENTH,
    "hundred-and-sixteenth": HUNDRED_AND_SIXTEENTH,
    "hundred-and-seventeenth": HUNDRED_AND_SEVENTEENTH,
    "hundred-and-eighteenth": HUNDRED_AND_EIGHTEENTH,
    "hundred-and-nineteenth": HUNDRED_AND_NINETEENTH,
    "hundred-and-twentieth": HUNDRED_AND_TWENTIETH,
    "hundred-and-twenty-first": HUNDRED_AND_TWENTY_FIRST,
    "hundred-and-twenty-second": HUNDRED_AND_TWENTY_SECOND,
    "hundred-and-twenty-third": HUNDRED_AND_TWENTY_THIRD,
    "hundred-and-twenty-fourth": HUNDRED_AND_TWENTY_FOURTH,
    "hundred-and-twenty-fifth": HUNDRED_AND_TWENTY_FIFTH,
    "hundred-and-twenty-sixth": HUNDRED_AND_TWENTY_SIXTH,
    "hundred-and-twenty-seventh": HUNDRED_AND_TWENTY_SEVENTH,
    "hundred-and-twenty-eighth": HUNDRED_AND_TWENTY_EIGHTH,
    "hundred-and-twenty-ninth": HUNDRED_AND_TWENTY_NINTH,
    "hundred-and-thirtieth": HUNDRED_AND_THIRTIETH,
    "hundred-and-thirty-first": HUNDRED_AND_THIRTY_FIRST,
    "hundred-and-thirty-second": HUNDRED_AND_THIRTY_SECOND,
    "hundred-and-thirty-third": HUNDRED_AND_THIRTY_THIRD,
    "hundred-and-thirty-fourth": HUNDRED_AND_THIRTY_FOURTH,
    "hundred-and-thirty-fifth": HUNDRED_AND_THIRTY_FIFTH,
    "hundred-and-thirty-sixth": HUNDRED_AND_THIRTY_SIXTH,
    "hundred-and-thirty-seventh": HUNDRED_AND_THIRTY_SEVENTH,
    "hundred-and-thirty-eighth": HUNDRED_AND_THIRTY_EIGHTH,
    "hundred-and-thirty-ninth": HUNDRED_AND_THIRTY_NINTH,
    "hundred-and-fortieth": HUNDRED_AND_FORTIETH,
    "hundred-and-forty-first": HUNDRED_AND_FORTY_FIRST,
    "hundred-and-forty-second": HUNDRED_AND_FORTY_SECOND,
    "hundred-and-forty-third": HUNDRED_AND_FORTY_THIRD,
    "hundred-and-forty-fourth": HUNDRED_AND_FORTY_FOURTH,
    "hundred-and-forty-fifth": HUNDRED_AND_FORTY_FIFTH,
    "hundred-and-forty-sixth": HUNDRED_AND_FORTY_SIXTH,
    "hundred-and-forty-seventh": HUNDRED_AND_FORTY_SEVENTH,
    "hundred-and-forty-eighth": HUNDRED_AND_FORTY_EIGHTH,
    "hundred-and-forty-ninth": HUNDRED_AND_FORTY_NINTH,
    "hundred-and-fiftieth": HUNDRED_AND_FIFTIETH,
    "hundred-and-fifty-first": HUNDRED_AND_FIFTY_FIRST,
    "hundred-and-fifty-second": HUNDRED_AND_FIFTY_SECOND,
    "hundred-and-fifty-third": HUNDRED_AND_FIFTY_THIRD,
    "hundred-and-fifty-fourth": HUNDRED_AND_FIFTY_FOURTH,
    "hundred-and-fifty-fifth": HUNDRED_AND_FIFTY_FIFTH,
    "hundred-and-fifty-sixth": HUNDRED_AND_FIFTY_SIXTH,
}
# The clean measures: scored by the bench, never developed on.
CLEAN_SETS = ("hundred-and-fifty-fourth", "hundred-and-fifty-fifth", "hundred-and-fifty-sixth")


def _sets(names) -> pytest.MarkDecorator:
    names = list(names)
    return pytest.mark.parametrize("folder", [ALL_SETS[n] for n in names], ids=names)


SETS = _sets(ALL_SETS)


@SETS
def test_the_set_is_ten_texts_each_with_gold_facts_quoted_from_it(folder):
    texts = sorted(folder.glob("*.txt"))
    assert len(texts) == 10
    assert {p.stem for p in (folder / "gold").glob("*.tsv")} == {p.stem for p in texts}
    for path in texts:
        header, body = path.read_text(encoding="utf-8").split("\n\n", 1)
        assert re.match(r"url: https://example\.org/.+\ntitle: .+\ndate: \d{4}-\d\d-\d\d$", header)
        assert 250 <= len(body.split()) <= 700, path.name  # (the later sets' texts run longer)
        text = " ".join(body.split())
        gold = (folder / "gold" / f"{path.stem}.tsv").read_text(encoding="utf-8").splitlines()
        assert gold, path.name
        for number, line in enumerate(gold, 1):
            subject, relation, obj, evidence = line.split("\t")
            where = f"{path.stem}.tsv line {number}"
            assert subject and obj and relation in RELATIONS, where
            assert " ".join(evidence.split()) in text, f"{where}: evidence is not quoted"


@_sets(n for n in ALL_SETS if n != "first")
def test_every_gold_name_of_a_later_set_is_a_canonical_name_of_its_aliases_table(folder):
    canonical = {
        line.split("\t")[0]
        for line in (folder / "aliases.tsv").read_text(encoding="utf-8").splitlines()
    }
    for gold in sorted((folder / "gold").glob("*.tsv")):
        for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            subject, _relation, obj, _evidence = line.split("\t")
            assert {subject, obj} <= canonical, f"{gold.name} line {number}"


@pytest.mark.parametrize(
    ("folder", "f1_floor", "precision_floor"),
    [(UNSEEN, F1_FLOOR, PRECISION_FLOOR), (SECOND, SECOND_F1_FLOOR, SECOND_PRECISION_FLOOR)],
    ids=["first", "second"],
)
def test_micro_scores_stay_above_the_measured_floor(folder, f1_floor, precision_floor):
    total, _ = score(predictions(sorted(folder.glob("*.txt")))[0], folder, article_scoring)
    precision, _recall, f1 = prf(total)
    assert total["tp"] + total["fn"] == 122
    assert f1 >= f1_floor, dict(total)
    assert precision >= precision_floor, dict(total)


def test_every_text_of_the_second_set_is_read_without_error():
    registry = Registry()
    for path in SECOND_TEXTS:
        candidates(path, registry)


def test_every_text_is_read_without_error():
    registry = Registry()
    for path in TEXTS:
        candidates(path, registry)


@pytest.mark.skipif(
    not (SHARED / "tools" / "score_extraction.py").is_file(),
    reason="../shared/tools/score_extraction.py is not here to compare with",
)
def test_the_folding_is_the_corpus_scorer_s():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "score_extraction", SHARED / "tools" / "score_extraction.py"
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    names = [line.split("\t")[1] for line in (UNSEEN / "aliases.tsv").read_text().splitlines()]
    names += ["The Ledger Review", "Greyhaven's Emergency Communications Division", "Acoustra Inc."]
    assert [article_scoring.norm(n) for n in names] == [shared.norm(n) for n in names]
    for relation in ("worksFor", "part_of", "https://example.org/ontology#partOf", "leads"):
        assert article_scoring.rel(relation) == shared.rel(relation)
    table = shared.load_aliases(UNSEEN / "aliases.tsv")
    assert article_scoring.load_aliases(UNSEEN / "aliases.tsv") == table


# The development sets' floors, a little under what is measured on each, as (folder, gold
# facts, F1 floor, precision floor). The clean measures (CLEAN_SETS) are scored by the bench,
# with no floor here and no list of misses.
DEVELOPMENT_FLOORS = {
    # Third set, used for development from 2026-12-01 on: micro P=0.89 R=0.69 F1=0.78 (85
    # correct, 10 extra, 39 missed of 124 gold facts); before it was developed on it was P=0.81
    # R=0.44 F1=0.57 (55 correct, 13 extra, 69 missed).
    "third": (THIRD, 124, 0.74, 0.85),
    # Fourth set, from 2026-12-01: P=0.69 R=0.37 F1=0.48 (46 correct, 21 extra, 80 missed of
    # 126) before, and P=0.94 R=0.73 F1=0.82 (92 correct, 6 extra, 34 missed) after the readings
    # of interviews, transcripts, an organisation's own voice, corrections and roundups, with
    # those of the third set.
    "fourth": (FOURTH, 126, 0.78, 0.90),
    # Fifth set, from 2026-12-01 (names, places, funding): P=0.47 R=0.23 F1=0.31 (31 correct, 35
    # extra) before, P=0.71 R=0.41 F1=0.52 (54 correct, 22 extra, 79 missed of 133) after.
    "fifth": (FIFTH, 133, 0.48, 0.66),
    # The seventh set, from 2026-12-01: P=0.76 R=0.54 F1=0.63 unseen (77 correct, 24 extra, 66
    # missed of 143), P=0.84 R=0.61 F1=0.70 (87, 17, 56) after the first round of readings it
    # was used for.
    "seventh": (SEVENTH, 143, 0.66, 0.80),
    # The ninth set, from 2026-12-01: P=0.72 R=0.44 F1=0.55 unseen (57 correct, 22 extra, 72
    # missed of 129), P=0.90 R=0.59 F1=0.71 (76, 8, 53) after the first round of readings it was
    # used for, P=0.89 R=0.59 F1=0.71 (76, 9, 53) once they were narrowed where they read wrong
    # in sentences of another writer.
    "ninth": (NINTH, 129, 0.68, 0.86),
    # The tenth set, from 2026-12-01: P=0.77 R=0.54 F1=0.63 unseen (72 correct, 22 extra, 61
    # missed of 133), P=0.83 R=0.64 F1=0.72 (85, 17, 48) after the readings it was used for.
    "tenth": (TENTH, 133, 0.69, 0.80),
    # The twelfth set, from 2026-12-02: P=0.79 R=0.56 F1=0.66 unseen (75 correct, 20 extra, 58
    # missed of 133), P=0.82 R=0.63 F1=0.71 (84, 18, 49) after the readings it was used for.
    "twelfth": (TWELFTH, 133, 0.68, 0.78),
    # The fourteenth set, from 2026-12-02: P=0.56 R=0.35 F1=0.43 unseen (48 correct, 38 extra,
    # 91 missed of 139), P=0.75 R=0.54 F1=0.63 (75, 25, 64) after the readings it was used for.
    "fourteenth": (FOURTEENTH, 139, 0.60, 0.72),
    # The sixteenth set, from 2026-12-02: P=0.65 R=0.41 F1=0.50 unseen (55 correct, 30 extra,
    # 80 missed of 135), P=0.83 R=0.63 F1=0.72 (85, 17, 50) after the readings it was used for.
    "sixteenth": (SIXTEENTH, 135, 0.66, 0.78),
    # The eighteenth set, from 2026-12-02: P=0.65 R=0.36 F1=0.46 with the code of the pass's
    # start (50 correct, 27 extra, 89 missed of 139), P=0.67 R=0.40 F1=0.50 (55, 27) with the
    # pass's readings made before it was written, P=0.77 R=0.50 F1=0.61 (70, 21) after the
    # readings it was used for; P=0.87 R=0.65 F1=0.74 (90, 14) after the next pass's.
    "eighteenth": (EIGHTEENTH, 139, 0.69, 0.82),
    # The twentieth set, from 2026-12-02: P=0.76 R=0.53 F1=0.62 with the code of the pass's
    # start (69 correct, 22 extra, 62 missed of 131), P=0.88 R=0.69 F1=0.77 (90, 12) after the
    # readings it was used for.
    "twentieth": (TWENTIETH, 131, 0.74, 0.85),
    # The twenty-second set, from 2026-12-02: P=0.81 R=0.49 F1=0.61 with the code of the pass's
    # start (68 correct, 16 extra, 70 missed of 138), P=0.83 R=0.51 F1=0.63 (71, 15) with the
    # pass's readings made before it was written, P=0.92 R=0.69 F1=0.79 (95, 8) after the
    # readings it was used for.
    "twenty-second": (TWENTY_SECOND, 138, 0.75, 0.88),
    # The twenty-fourth set, from 2026-12-02: P=0.78 R=0.49 F1=0.60 with the code of the
    # pass's start (69 correct, 20 extra, 72 missed of 141), P=0.80 R=0.50 F1=0.62 (71, 18)
    # with the pass's readings made before it was written, P=0.85 R=0.58 F1=0.69 (82, 15) after
    # the readings it was used for; P=0.86 R=0.68 F1=0.76 (96, 15) after the next pass's.
    "twenty-fourth": (TWENTY_FOURTH, 141, 0.73, 0.83),
    # The twenty-sixth set, from 2026-12-02: P=0.73 R=0.49 F1=0.59 with the code of the pass's
    # start and with the pass's readings made before it was used (63 correct, 23 extra, 65
    # missed of 128), P=0.84 R=0.63 F1=0.72 (81, 15) after the readings it was used for.
    "twenty-sixth": (TWENTY_SIXTH, 128, 0.69, 0.81),
    # The twenty-eighth set, from 2026-12-02: P=0.77 R=0.57 F1=0.65 with the code of the pass's
    # start and with the pass's readings made before it was used (77 correct, 23 extra, 59
    # missed of 136), P=0.89 R=0.68 F1=0.77 (93, 12) after the readings it was used for.
    "twenty-eighth": (TWENTY_EIGHTH, 136, 0.74, 0.86),
    # The ten clean measures written before the twenty-sixth, used for development together from
    # 2026-12-02 (their misses read as one pool): with the code of that pass's start, then after
    # the readings made from the pool, micro P/R/F1 (correct, extra) of each.
    # Sixth: P=0.82 R=0.64 F1=0.72 (78, 17) -> P=0.86 R=0.70 F1=0.77 (86, 14).
    "sixth": (SIXTH, 122, 0.74, 0.82),
    # Eighth: P=0.78 R=0.57 F1=0.66 (72, 20) -> P=0.82 R=0.61 F1=0.70 (78, 17).
    "eighth": (EIGHTH, 127, 0.67, 0.78),
    # Eleventh: P=0.77 R=0.66 F1=0.71 (86, 25) -> P=0.82 R=0.73 F1=0.77 (95, 21).
    "eleventh": (ELEVENTH, 131, 0.73, 0.77),
    # Thirteenth: P=0.80 R=0.57 F1=0.67 (82, 20) -> P=0.84 R=0.62 F1=0.72 (90, 17).
    "thirteenth": (THIRTEENTH, 144, 0.68, 0.80),
    # Fifteenth: P=0.80 R=0.53 F1=0.64 (69, 17) -> P=0.85 R=0.60 F1=0.70 (78, 14).
    "fifteenth": (FIFTEENTH, 131, 0.66, 0.80),
    # Seventeenth: P=0.79 R=0.58 F1=0.67 (84, 22) -> P=0.81 R=0.61 F1=0.70 (88, 20).
    "seventeenth": (SEVENTEENTH, 144, 0.66, 0.77),
    # Nineteenth: P=0.72 R=0.48 F1=0.58 (63, 25) -> P=0.76 R=0.50 F1=0.61 (66, 21).
    "nineteenth": (NINETEENTH, 131, 0.57, 0.71),
    # Twenty-first: P=0.82 R=0.68 F1=0.74 (86, 19) -> P=0.82 R=0.71 F1=0.76 (90, 20).
    "twenty-first": (TWENTY_FIRST, 127, 0.72, 0.77),
    # Twenty-third: P=0.76 R=0.58 F1=0.66 (75, 24) -> P=0.77 R=0.61 F1=0.68 (79, 24).
    "twenty-third": (TWENTY_THIRD, 130, 0.64, 0.72),
    # Twenty-fifth: P=0.75 R=0.63 F1=0.69 (81, 27) -> P=0.77 R=0.69 F1=0.73 (88, 26).
    "twenty-fifth": (TWENTY_FIFTH, 128, 0.69, 0.73),
    # The six clean measures of the pass that pooled those ten, used for development together
    # from 2026-12-02 (a second pool): with the code of the next pass's start, then after the
    # readings made from that pool and narrowed after a review, P/R/F1 (correct, extra).
    # Twenty-seventh: P=0.75 R=0.38 F1=0.50 (50, 17) -> P=0.80 R=0.45 F1=0.58 (59, 15).
    "twenty-seventh": (TWENTY_SEVENTH, 131, 0.54, 0.73),
    # Twenty-ninth: P=0.71 R=0.49 F1=0.58 (66, 27) -> P=0.77 R=0.54 F1=0.64 (74, 22).
    "twenty-ninth": (TWENTY_NINTH, 136, 0.60, 0.72),
    # Thirtieth: P=0.77 R=0.48 F1=0.59 (65, 19) -> P=0.84 R=0.57 F1=0.68 (77, 15).
    "thirtieth": (THIRTIETH, 136, 0.64, 0.78),
    # Thirty-first: P=0.66 R=0.40 F1=0.50 (57, 30) -> P=0.73 R=0.49 F1=0.59 (69, 25).
    "thirty-first": (THIRTY_FIRST, 141, 0.55, 0.67),
    # Thirty-second: P=0.78 R=0.49 F1=0.60 (70, 20) -> P=0.80 R=0.52 F1=0.63 (74, 18).
    "thirty-second": (THIRTY_SECOND, 142, 0.60, 0.74),
    # Thirty-third: P=0.58 R=0.40 F1=0.47 (56, 40) -> P=0.61 R=0.45 F1=0.51 (63, 41).
    "thirty-third": (THIRTY_THIRD, 141, 0.47, 0.55),
    # The three clean measures of the pass after, used for development from 2026-12-02: with
    # the code of the next pass's start, then after its readings, P/R/F1 (correct, extra).
    # Thirty-fourth: P=0.53 R=0.27 F1=0.36 (40, 36) -> P=0.61 R=0.35 F1=0.44 (51, 33).
    "thirty-fourth": (THIRTY_FOURTH, 146, 0.42, 0.57),
    # Thirty-fifth: P=0.71 R=0.34 F1=0.46 (47, 19) -> P=0.75 R=0.38 F1=0.51 (53, 18).
    "thirty-fifth": (THIRTY_FIFTH, 138, 0.48, 0.71),
    # Thirty-sixth: P=0.78 R=0.56 F1=0.65 (79, 22) -> P=0.80 R=0.58 F1=0.68 (83, 21).
    "thirty-sixth": (THIRTY_SIXTH, 142, 0.65, 0.76),
    # The three clean measures of the pass after (the news users collect), used for
    # development from 2026-12-02: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Thirty-seventh: P=0.80 R=0.67 F1=0.73 (98, 25) -> P=0.83 R=0.71 F1=0.77 (105, 22).
    "thirty-seventh": (THIRTY_SEVENTH, 147, 0.74, 0.80),
    # Thirty-eighth: P=0.81 R=0.66 F1=0.73 (100, 24) -> P=0.84 R=0.71 F1=0.77 (107, 20).
    "thirty-eighth": (THIRTY_EIGHTH, 151, 0.74, 0.81),
    # Thirty-ninth: P=0.81 R=0.56 F1=0.66 (87, 21) -> P=0.86 R=0.58 F1=0.69 (90, 15).
    "thirty-ninth": (THIRTY_NINTH, 154, 0.66, 0.82),
    # The three clean measures of the pass after (spoken, long-form and reference writing),
    # used for development from 2026-12-03: with the code of the next pass's start, then after
    # its readings, P/R/F1 (correct, extra).
    # Fortieth: P=0.69 R=0.41 F1=0.51 (63, 29) -> P=0.72 R=0.51 F1=0.60 (79, 30).
    "fortieth": (FORTIETH, 154, 0.58, 0.70),
    # Forty-first: P=0.75 R=0.50 F1=0.60 (77, 26) -> P=0.79 R=0.60 F1=0.68 (93, 24).
    "forty-first": (FORTY_FIRST, 155, 0.66, 0.77),
    # Forty-second: P=0.68 R=0.48 F1=0.56 (75, 36) -> P=0.71 R=0.55 F1=0.62 (85, 35).
    "forty-second": (FORTY_SECOND, 156, 0.58, 0.68),
    # The three clean measures of the pass after (records, money and fragments), used for
    # development from 2026-12-03: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Forty-third: P=0.33 R=0.17 F1=0.22 (27, 55) -> P=0.33 R=0.17 F1=0.22 (27, 55).
    "forty-third": (FORTY_THIRD, 160, 0.20, 0.30),
    # Forty-fourth: P=0.56 R=0.26 F1=0.35 (41, 32) -> P=0.61 R=0.31 F1=0.41 (49, 31).
    "forty-fourth": (FORTY_FOURTH, 159, 0.38, 0.57),
    # Forty-fifth: P=0.62 R=0.35 F1=0.45 (53, 33) -> P=0.64 R=0.39 F1=0.48 (58, 32).
    "forty-fifth": (FORTY_FIFTH, 150, 0.45, 0.60),
    # The three clean measures of the pass after (news clipped from websites, advocacy and
    # research writing, governments' and companies' announcements), used for development from
    # 2026-12-03: with the code of the next pass's start, then after its readings, P/R/F1
    # (correct, extra).
    # Forty-sixth: P=0.69 R=0.46 F1=0.55 (72, 32) -> P=0.71 R=0.47 F1=0.57 (75, 30).
    "forty-sixth": (FORTY_SIXTH, 158, 0.55, 0.69),
    # Forty-seventh: P=0.72 R=0.50 F1=0.59 (80, 31) -> P=0.71 R=0.50 F1=0.59 (80, 32).
    "forty-seventh": (FORTY_SEVENTH, 161, 0.57, 0.70),
    # Forty-eighth: P=0.62 R=0.38 F1=0.47 (59, 36) -> P=0.65 R=0.40 F1=0.50 (63, 34).
    "forty-eighth": (FORTY_EIGHTH, 156, 0.47, 0.62),
    # The three clean measures of the pass after (reporters' stories naming a party once, then
    # by "the council" or a bare title; advocacy and research writing; governments' and
    # companies' own publications), used for development from 2026-12-03: with the code of the
    # next pass's start, then after its readings, P/R/F1 (correct, extra).
    # Forty-ninth: P=0.63 R=0.43 F1=0.51 (68, 40) -> P=0.71 R=0.45 F1=0.55 (72, 30).
    "forty-ninth": (FORTY_NINTH, 159, 0.53, 0.68),
    # Fiftieth: P=0.75 R=0.46 F1=0.57 (74, 25) -> P=0.76 R=0.46 F1=0.57 (74, 24).
    "fiftieth": (FIFTIETH, 160, 0.55, 0.73),
    # Fifty-first: P=0.61 R=0.33 F1=0.42 (52, 33) -> P=0.64 R=0.34 F1=0.44 (54, 30).
    "fifty-first": (FIFTY_FIRST, 160, 0.42, 0.62),
    # The three clean measures of the pass after (regional and local news from places whose
    # English differs a little; memos, email threads, minutes and transcripts; reference and
    # explanatory writing), used for development from 2026-12-03: with the code of the next
    # pass's start, then after its readings, P/R/F1 (correct, extra).
    # Fifty-second: P=0.71 R=0.41 F1=0.52 (64, 26) -> P=0.73 R=0.47 F1=0.57 (74, 27).
    "fifty-second": (FIFTY_SECOND, 157, 0.51, 0.68),
    # Fifty-third: P=0.58 R=0.36 F1=0.44 (57, 42) -> P=0.58 R=0.38 F1=0.46 (60, 43).
    "fifty-third": (FIFTY_THIRD, 160, 0.42, 0.55),
    # Fifty-fourth: P=0.74 R=0.48 F1=0.58 (75, 27) -> P=0.75 R=0.50 F1=0.60 (79, 27).
    "fifty-fourth": (FIFTY_FOURTH, 157, 0.57, 0.71),
    # The three clean measures of the pass after (legal, regulatory and oversight writing;
    # business and financial writing; community and opinion writing), used for development
    # from 2026-12-03: with the code of the next pass's start, then after its readings, P/R/F1
    # (correct, extra).
    # Fifty-fifth: P=0.65 R=0.44 F1=0.52 (71, 39) -> P=0.80 R=0.58 F1=0.67 (94, 24).
    "fifty-fifth": (FIFTY_FIFTH, 161, 0.62, 0.74),
    # Fifty-sixth: P=0.57 R=0.28 F1=0.38 (45, 34) -> P=0.68 R=0.42 F1=0.52 (67, 32).
    "fifty-sixth": (FIFTY_SIXTH, 160, 0.47, 0.62),
    # Fifty-seventh: P=0.67 R=0.43 F1=0.53 (68, 34) -> P=0.74 R=0.48 F1=0.58 (76, 27).
    "fifty-seventh": (FIFTY_SEVENTH, 157, 0.52, 0.66),
    # The three clean measures of the pass after (procurement and technical documents;
    # research and advocacy writing; short forms people post and transcribe), used for
    # development from 2026-12-03: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Fifty-eighth: P=0.53 R=0.27 F1=0.36 (43, 38) -> P=0.59 R=0.32 F1=0.42 (51, 35).
    "fifty-eighth": (FIFTY_EIGHTH, 160, 0.38, 0.54),
    # Fifty-ninth: P=0.77 R=0.44 F1=0.56 (71, 21) -> P=0.79 R=0.48 F1=0.60 (77, 21).
    "fifty-ninth": (FIFTY_NINTH, 160, 0.57, 0.75),
    # Sixtieth: P=0.68 R=0.31 F1=0.43 (50, 23) -> P=0.72 R=0.33 F1=0.45 (53, 21).
    "sixtieth": (SIXTIETH, 160, 0.42, 0.67),
    # The three clean measures of the pass after (news in forms other than the article; records
    # public bodies keep; writing by and about companies), used for development from
    # 2026-12-03: with the code of the next pass's start, then after its readings, P/R/F1
    # (correct, extra).
    # Sixty-first: P=0.68 R=0.48 F1=0.56 (73, 35) -> P=0.73 R=0.54 F1=0.62 (82, 31).
    "sixty-first": (SIXTY_FIRST, 153, 0.58, 0.68),
    # Sixty-second: P=0.59 R=0.35 F1=0.44 (55, 39) -> P=0.66 R=0.38 F1=0.48 (59, 31).
    "sixty-second": (SIXTY_SECOND, 157, 0.44, 0.60),
    # Sixty-third: P=0.69 R=0.43 F1=0.53 (68, 30) -> P=0.73 R=0.47 F1=0.57 (75, 28).
    "sixty-third": (SIXTY_THIRD, 160, 0.53, 0.68),
    # The three clean measures of the pass after (official English from abroad; online
    # discussion and social posts; filings with markets, regulators, courts and registers), used
    # for development from 2026-12-04: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Sixty-fourth: P=0.62 R=0.35 F1=0.45 (57, 35) -> P=0.70 R=0.45 F1=0.55 (73, 32).
    "sixty-fourth": (SIXTY_FOURTH, 162, 0.52, 0.67),
    # Sixty-fifth: P=0.62 R=0.25 F1=0.36 (41, 25) -> P=0.64 R=0.27 F1=0.38 (44, 25).
    "sixty-fifth": (SIXTY_FIFTH, 164, 0.36, 0.61),
    # Sixty-sixth: P=0.65 R=0.30 F1=0.41 (49, 27) -> P=0.66 R=0.32 F1=0.43 (52, 27).
    "sixty-sixth": (SIXTY_SIXTH, 165, 0.40, 0.63),
    # The three clean measures of the pass after (the technology trade press; investigative
    # and accountability journalism; English-language news outside the United States), used
    # for development from 2026-12-04: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Sixty-seventh: P=0.73 R=0.40 F1=0.52 (66, 25) -> P=0.78 R=0.52 F1=0.62 (85, 24).
    "sixty-seventh": (SIXTY_SEVENTH, 164, 0.60, 0.75),
    # Sixty-eighth: P=0.76 R=0.60 F1=0.67 (98, 31) -> P=0.77 R=0.64 F1=0.70 (103, 31).
    "sixty-eighth": (SIXTY_EIGHTH, 162, 0.67, 0.74),
    # Sixty-ninth: P=0.73 R=0.48 F1=0.58 (78, 29) -> P=0.75 R=0.50 F1=0.60 (82, 28).
    "sixty-ninth": (SIXTY_NINTH, 164, 0.57, 0.72),
    # The three clean measures of the pass after (schools and universities; health, welfare and
    # social services; defence, border and security), used for development from 2026-12-04:
    # with the code of the next pass's start, then after its readings, P/R/F1 (correct, extra).
    # Seventieth: P=0.77 R=0.53 F1=0.63 (88, 27) -> P=0.79 R=0.57 F1=0.66 (94, 25).
    "seventieth": (SEVENTIETH, 165, 0.63, 0.76),
    # Seventy-first: P=0.72 R=0.46 F1=0.56 (75, 29) -> P=0.79 R=0.55 F1=0.65 (89, 24).
    "seventy-first": (SEVENTY_FIRST, 163, 0.62, 0.76),
    # Seventy-second: P=0.82 R=0.48 F1=0.61 (77, 17) -> P=0.90 R=0.53 F1=0.67 (85, 9).
    "seventy-second": (SEVENTY_SECOND, 160, 0.64, 0.87),
    # The three clean measures of the pass after (transport, mobility and smart cities; courts,
    # prisons, elections and justice; telecommunications, data brokers and lawful access), used
    # for development from 2026-12-04: with the code of the next pass's start, then after its
    # readings, P/R/F1 (correct, extra).
    # Seventy-third: P=0.77 R=0.48 F1=0.59 (79, 24) -> P=0.80 R=0.55 F1=0.66 (91, 23).
    "seventy-third": (SEVENTY_THIRD, 164, 0.63, 0.78),
    # Seventy-fourth: P=0.69 R=0.48 F1=0.57 (80, 36) -> P=0.73 R=0.54 F1=0.62 (89, 33).
    "seventy-fourth": (SEVENTY_FOURTH, 165, 0.60, 0.71),
    # Seventy-fifth: P=0.81 R=0.55 F1=0.65 (88, 20) -> P=0.87 R=0.63 F1=0.73 (101, 15).
    "seventy-fifth": (SEVENTY_FIFTH, 161, 0.71, 0.85),
    # The three clean measures of the pass after (environment, energy, utilities and
    # agriculture; tax, customs, revenue and public finance; emergency services and disaster
    # response), used for development from 2026-12-04: with the code of the next pass's start,
    # then after its readings, P/R/F1 (correct, extra).
    # Seventy-sixth: P=0.74 R=0.43 F1=0.55 (70, 25) -> P=0.76 R=0.48 F1=0.59 (78, 24).
    "seventy-sixth": (SEVENTY_SIXTH, 161, 0.57, 0.74),
    # Seventy-seventh: P=0.66 R=0.44 F1=0.52 (71, 37) -> P=0.72 R=0.53 F1=0.61 (87, 34).
    "seventy-seventh": (SEVENTY_SEVENTH, 163, 0.58, 0.69),
    # Seventy-eighth: P=0.81 R=0.41 F1=0.54 (64, 15) -> P=0.79 R=0.44 F1=0.56 (69, 18).
    "seventy-eighth": (SEVENTY_EIGHTH, 158, 0.54, 0.78),
    # The three clean measures of the pass after (housing, planning, land and local-government
    # services; work, employment and labour inspection; statistics, science, mapping and
    # space), used for development from 2026-12-04: with the code of the next pass's start,
    # then after its readings, P/R/F1 (correct, extra).
    # Seventy-ninth: P=0.73 R=0.44 F1=0.55 (72, 27) -> P=0.73 R=0.48 F1=0.58 (80, 29).
    "seventy-ninth": (SEVENTY_NINTH, 165, 0.56, 0.71),
    # Eightieth: P=0.63 R=0.39 F1=0.48 (64, 38) -> P=0.66 R=0.42 F1=0.51 (68, 35).
    "eightieth": (EIGHTIETH, 163, 0.49, 0.63),
    # Eighty-first: P=0.70 R=0.44 F1=0.54 (73, 31) -> P=0.76 R=0.49 F1=0.59 (80, 25).
    "eighty-first": (EIGHTY_FIRST, 165, 0.57, 0.74),
    # The three clean measures of the pass after (banking, payments and financial supervision;
    # identity, civil registration, passports and digital ID; legislatures, lobbying, political
    # campaigns and public communication), used for development from 2026-12-04: with the code
    # of the next pass's start, then after its readings, P/R/F1 (correct, extra).
    # Eighty-second: P=0.77 R=0.54 F1=0.64 (88, 26) -> P=0.86 R=0.66 F1=0.74 (107, 18).
    "eighty-second": (EIGHTY_SECOND, 163, 0.72, 0.83),
    # Eighty-third: P=0.76 R=0.52 F1=0.61 (82, 26) -> P=0.80 R=0.65 F1=0.72 (103, 25).
    "eighty-third": (EIGHTY_THIRD, 159, 0.68, 0.76),
    # Eighty-fourth: P=0.69 R=0.42 F1=0.53 (70, 31) -> P=0.85 R=0.60 F1=0.70 (99, 17).
    "eighty-fourth": (EIGHTY_FOURTH, 165, 0.68, 0.82),
    # The three clean measures of the pass after (cybersecurity, incident response and breach
    # disclosure; libraries, archives, museums and public broadcasting; sport, major events,
    # venues and tourism), used for development from 2026-12-05: with the code of the next
    # pass's start, then after its readings, P/R/F1 (correct, extra).
    # Eighty-fifth: P=0.70 R=0.36 F1=0.47 (57, 24) -> P=0.73 R=0.42 F1=0.53 (67, 25).
    "eighty-fifth": (EIGHTY_FIFTH, 160, 0.51, 0.70),
    # Eighty-sixth: P=0.58 R=0.35 F1=0.44 (57, 41) -> P=0.63 R=0.39 F1=0.48 (63, 37).
    "eighty-sixth": (EIGHTY_SIXTH, 162, 0.46, 0.60),
    # Eighty-seventh: P=0.63 R=0.44 F1=0.52 (70, 41) -> P=0.75 R=0.56 F1=0.64 (89, 30).
    "eighty-seventh": (EIGHTY_SEVENTH, 160, 0.61, 0.72),
    # The three clean measures of the pass after (agriculture, food safety, fisheries and rural
    # affairs; energy, water and utility regulation; welfare, social services and child
    # protection), used for development from 2026-12-05: with the code of the next pass's start,
    # then after its readings, P/R/F1 (correct, extra).
    # Eighty-eighth: P=0.75 R=0.55 F1=0.63 (92, 31) -> P=0.83 R=0.66 F1=0.74 (111, 23).
    "eighty-eighth": (EIGHTY_EIGHTH, 167, 0.72, 0.80),
    # Eighty-ninth: P=0.72 R=0.45 F1=0.55 (73, 29) -> P=0.86 R=0.64 F1=0.74 (105, 17).
    "eighty-ninth": (EIGHTY_NINTH, 163, 0.72, 0.83),
    # Ninetieth: P=0.72 R=0.46 F1=0.56 (76, 30) -> P=0.80 R=0.59 F1=0.68 (97, 24).
    "ninetieth": (NINETIETH, 165, 0.66, 0.77),
    # The three clean measures of the pass after (science, research funding and space agencies;
    # consumer protection, competition and trading standards; planning, construction and
    # building control), used for development from 2026-12-05: with the code of the next pass's
    # start, then after its readings, P/R/F1 (correct, extra).
    # Ninety-first: P=0.82 R=0.57 F1=0.68 (96, 21) -> P=0.89 R=0.66 F1=0.76 (110, 14).
    "ninety-first": (NINETY_FIRST, 167, 0.74, 0.86),
    # Ninety-second: P=0.78 R=0.47 F1=0.58 (76, 22) -> P=0.87 R=0.54 F1=0.66 (87, 13).
    "ninety-second": (NINETY_SECOND, 162, 0.64, 0.83),
    # Ninety-third: P=0.71 R=0.57 F1=0.63 (93, 38) -> P=0.78 R=0.64 F1=0.71 (104, 29).
    "ninety-third": (NINETY_THIRD, 162, 0.69, 0.75),
    # The three clean measures of the pass after (postal services, ports, shipping and customs;
    # municipal street services; international development, aid agencies and foreign
    # ministries), used for development from 2026-12-05: with the code of the next pass's
    # start, then after its readings, P/R/F1 (correct, extra).
    # Ninety-fourth: P=0.70 R=0.52 F1=0.60 (88, 37) -> P=0.79 R=0.64 F1=0.70 (107, 29).
    "ninety-fourth": (NINETY_FOURTH, 168, 0.68, 0.75),
    # Ninety-fifth: P=0.64 R=0.47 F1=0.55 (79, 44) -> P=0.77 R=0.62 F1=0.69 (104, 31).
    "ninety-fifth": (NINETY_FIFTH, 167, 0.66, 0.74),
    # Ninety-sixth: P=0.64 R=0.41 F1=0.50 (65, 36) -> P=0.85 R=0.69 F1=0.76 (110, 19).
    "ninety-sixth": (NINETY_SIXTH, 160, 0.73, 0.82),
    # The three clean measures of the pass after (insurance, pensions and financial-markets
    # regulation; forests, wildlife, national parks and mining; gambling, lotteries and charity
    # regulation), used for development from 2026-12-05: with the code of the next pass's
    # start, then after its readings, P/R/F1 (correct, extra).
    # Ninety-seventh: P=0.81 R=0.64 F1=0.71 (105, 24) -> P=0.84 R=0.72 F1=0.77 (118, 22).
    "ninety-seventh": (NINETY_SEVENTH, 165, 0.75, 0.81),
    # Ninety-eighth: P=0.80 R=0.64 F1=0.71 (106, 26) -> P=0.83 R=0.70 F1=0.76 (116, 23).
    "ninety-eighth": (NINETY_EIGHTH, 165, 0.74, 0.80),
    # Ninety-ninth: P=0.80 R=0.65 F1=0.71 (105, 27) -> P=0.88 R=0.77 F1=0.82 (125, 17).
    "ninety-ninth": (NINETY_NINTH, 162, 0.80, 0.85),
    # The three clean measures of the pass after (aviation, airports and air-traffic services;
    # aged care, disability and veterans' services; export controls, sanctions and trade
    # promotion), used for development from 2026-12-05 on, in the same way.
    # Hundredth: P=0.82 R=0.61 F1=0.70 (100, 22) -> P=0.89 R=0.77 F1=0.82 (127, 16).
    "hundredth": (HUNDREDTH, 165, 0.80, 0.86),
    # Hundred-and-first: P=0.83 R=0.56 F1=0.67 (94, 19) -> P=0.87 R=0.70 F1=0.77 (117, 18).
    "hundred-and-first": (HUNDRED_AND_FIRST, 167, 0.75, 0.83),
    # Hundred-and-second: P=0.83 R=0.60 F1=0.70 (102, 21) -> P=0.88 R=0.73 F1=0.80 (123, 17).
    "hundred-and-second": (HUNDRED_AND_SECOND, 169, 0.78, 0.85),
    # The three clean measures of the pass after (prisons, probation and youth justice; weather,
    # hydrology and flood warning; elections, electoral rolls and political campaigning), used
    # for development from 2026-12-05 on, in the same way.
    # Hundred-and-third: P=0.79 R=0.60 F1=0.68 (101, 27) -> P=0.85 R=0.70 F1=0.77 (119, 21).
    "hundred-and-third": (HUNDRED_AND_THIRD, 169, 0.75, 0.82),
    # Hundred-and-fourth: P=0.82 R=0.67 F1=0.74 (114, 25) -> P=0.93 R=0.80 F1=0.86 (136, 11).
    "hundred-and-fourth": (HUNDRED_AND_FOURTH, 170, 0.84, 0.90),
    # Hundred-and-fifth: P=0.80 R=0.65 F1=0.72 (110, 28) -> P=0.87 R=0.80 F1=0.83 (135, 21).
    "hundred-and-fifth": (HUNDRED_AND_FIFTH, 169, 0.81, 0.84),
    # Hundred-and-sixth: P=0.75 R=0.50 F1=0.60 (85, 29) -> P=0.90 R=0.82 F1=0.85 (138, 16).
    "hundred-and-sixth": (HUNDRED_AND_SIXTH, 169, 0.84, 0.88),
    # Hundred-and-seventh: P=0.76 R=0.63 F1=0.69 (105, 34) -> P=0.90 R=0.89 F1=0.89 (147, 16).
    "hundred-and-seventh": (HUNDRED_AND_SEVENTH, 166, 0.88, 0.89),
    # Hundred-and-eighth: P=0.85 R=0.68 F1=0.76 (113, 20) -> P=0.91 R=0.81 F1=0.86 (135, 14).
    "hundred-and-eighth": (HUNDRED_AND_EIGHTH, 166, 0.84, 0.89),
    # The three clean measures of the pass after (medicines regulation, pharmacies, blood
    # services and organ donation; patents, trademarks, company registers and intellectual
    # property offices; universities, student finance and admissions), used for development
    # from 2026-12-05 on, in the same way.
    # Hundred-and-ninth: P=0.82 R=0.66 F1=0.74 (113, 24) -> P=0.86 R=0.79 F1=0.83 (135, 22).
    "hundred-and-ninth": (HUNDRED_AND_NINTH, 170, 0.80, 0.84),
    # Hundred-and-tenth: P=0.75 R=0.47 F1=0.58 (80, 27) -> P=0.83 R=0.62 F1=0.71 (105, 21).
    "hundred-and-tenth": (HUNDRED_AND_TENTH, 170, 0.69, 0.81),
    # Hundred-and-eleventh: P=0.65 R=0.55 F1=0.60 (94, 50) -> P=0.79 R=0.67 F1=0.73 (114, 30).
    "hundred-and-eleventh": (HUNDRED_AND_ELEVENTH, 170, 0.70, 0.77),
    # The three clean measures of the pass after (charities, faith bodies and food banks; land
    # registries, cadastre and mapping; waste collection, recycling and permitting), used for
    # development from 2026-12-06 on, in the same way.
    # Hundred-and-twelfth: P=0.80 R=0.49 F1=0.61 (83, 21) -> P=0.82 R=0.54 F1=0.65 (92, 20).
    "hundred-and-twelfth": (HUNDRED_AND_TWELFTH, 170, 0.63, 0.80),
    # Hundred-and-thirteenth: P=0.67 R=0.42 F1=0.52 (70, 34) -> P=0.73 R=0.45 F1=0.55 (74, 28).
    "hundred-and-thirteenth": (HUNDRED_AND_THIRTEENTH, 166, 0.53, 0.71),
    # Hundred-and-fourteenth: P=0.72 R=0.49 F1=0.58 (84, 32) -> P=0.81 R=0.53 F1=0.64 (92, 22).
    "hundred-and-fourteenth": (HUNDRED_AND_FOURTEENTH, 172, 0.62, 0.79),
    # The three clean measures of the pass after (water utilities and regulators; tax, customs
    # and revenue authorities; ports, shipping and waterways), used for development from
    # 2026-12-06 on, in the same way.
    # Hundred-and-fifteenth: P=0.72 R=0.48 F1=0.58 (81, 32) -> P=0.80 R=0.60 F1=0.69 (101, 25).
    "hundred-and-fifteenth": (HUNDRED_AND_FIFTEENTH, 168, 0.67, 0.78),
    # Hundred-and-sixteenth: P=0.79 R=0.59 F1=0.68 (101, 27) -> P=0.85 R=0.69 F1=0.76 (117, 21).
    "hundred-and-sixteenth": (HUNDRED_AND_SIXTEENTH, 170, 0.74, 0.82),
    # Hundred-and-seventeenth: P=0.63 R=0.42 F1=0.51 (71, 41) -> P=0.82 R=0.57 F1=0.67 (96, 21).
    "hundred-and-seventeenth": (HUNDRED_AND_SEVENTEENTH, 169, 0.64, 0.79),
    # The three clean measures of the pass after (zoos, aquariums and wildlife agencies; sports
    # bodies and anti-doping agencies; libraries, archives and records offices), used for
    # development from 2026-12-06 on, in the same way.
    # Hundred-and-eighteenth: P=0.75 R=0.47 F1=0.58 (79, 26) -> P=0.81 R=0.57 F1=0.67 (96, 22).
    "hundred-and-eighteenth": (HUNDRED_AND_EIGHTEENTH, 169, 0.65, 0.78),
    # Hundred-and-nineteenth: P=0.76 R=0.57 F1=0.65 (97, 30) -> P=0.83 R=0.72 F1=0.77 (123, 26).
    "hundred-and-nineteenth": (HUNDRED_AND_NINETEENTH, 171, 0.74, 0.80),
    # Hundred-and-twentieth: P=0.78 R=0.58 F1=0.66 (98, 28) -> P=0.82 R=0.66 F1=0.73 (113, 25).
    "hundred-and-twentieth": (HUNDRED_AND_TWENTIETH, 170, 0.71, 0.79),
    # The three clean measures of the pass after (railways and rail ticketing; driving licences,
    # road cameras and tolling; mobile networks, spectrum and emergency alerting), used for
    # development from 2026-12-06 on, in the same way.
    # Hundred-and-twenty-first: P=0.70 R=0.48 F1=0.57 (80, 34) -> P=0.76 R=0.54 F1=0.63 (90, 28).
    "hundred-and-twenty-first": (HUNDRED_AND_TWENTY_FIRST, 168, 0.61, 0.74),
    # Hundred-and-twenty-second: P=0.79 R=0.54 F1=0.64 (92, 25) -> P=0.85 R=0.65 F1=0.74 (111, 19).
    "hundred-and-twenty-second": (HUNDRED_AND_TWENTY_SECOND, 170, 0.72, 0.83),
    # Hundred-and-twenty-third: P=0.80 R=0.49 F1=0.61 (85, 21) -> P=0.83 R=0.58 F1=0.68 (99, 20).
    "hundred-and-twenty-third": (HUNDRED_AND_TWENTY_THIRD, 172, 0.66, 0.80),
    # The three clean measures of the pass after (public health agencies and laboratories;
    # schools, inspectorates and exam boards; fire and rescue services and building safety),
    # used for development from 2026-12-06 on, in the same way.
    # Hundred-and-twenty-fourth: P=0.77 R=0.61 F1=0.68 (103, 31) -> P=0.82 R=0.70 F1=0.75 (118, 26).
    "hundred-and-twenty-fourth": (HUNDRED_AND_TWENTY_FOURTH, 169, 0.72, 0.80),
    # Hundred-and-twenty-fifth: P=0.73 R=0.45 F1=0.56 (77, 29) -> P=0.79 R=0.51 F1=0.62 (87, 23).
    "hundred-and-twenty-fifth": (HUNDRED_AND_TWENTY_FIFTH, 170, 0.60, 0.77),
    # Hundred-and-twenty-sixth: P=0.75 R=0.43 F1=0.55 (72, 24) -> P=0.85 R=0.52 F1=0.65 (87, 15).
    "hundred-and-twenty-sixth": (HUNDRED_AND_TWENTY_SIXTH, 166, 0.62, 0.83),
    # The three clean measures of the pass after (courts administration and legal aid; coroners
    # and forensic science services; shared-services centres and public-sector IT), used for
    # development from 2026-12-06 on, in the same way.
    # Hundred-and-twenty-seventh: P=0.77 R=0.61 F1=0.68 (103, 31) -> P=0.84 R=0.67 F1=0.74 (113, 22).
    "hundred-and-twenty-seventh": (HUNDRED_AND_TWENTY_SEVENTH, 169, 0.72, 0.81),
    # Hundred-and-twenty-eighth: P=0.71 R=0.55 F1=0.62 (92, 37) -> P=0.75 R=0.60 F1=0.66 (100, 33).
    "hundred-and-twenty-eighth": (HUNDRED_AND_TWENTY_EIGHTH, 168, 0.64, 0.73),
    # Hundred-and-twenty-ninth: P=0.79 R=0.56 F1=0.66 (95, 25) -> P=0.79 R=0.58 F1=0.67 (99, 26).
    "hundred-and-twenty-ninth": (HUNDRED_AND_TWENTY_NINTH, 170, 0.65, 0.77),
    # The three clean measures of the pass after (social housing and homelessness services; space
    # agencies and earth observation; ambulance services and patient transport), used for
    # development from 2026-12-06 on, in the same way.
    # Hundred-and-thirtieth: P=0.85 R=0.65 F1=0.74 (112, 19) -> P=0.86 R=0.65 F1=0.74 (112, 18).
    "hundred-and-thirtieth": (HUNDRED_AND_THIRTIETH, 172, 0.72, 0.84),
    # Hundred-and-thirty-first: P=0.74 R=0.55 F1=0.63 (93, 33) -> P=0.74 R=0.55 F1=0.63 (93, 32).
    "hundred-and-thirty-first": (HUNDRED_AND_THIRTY_FIRST, 169, 0.61, 0.72),
    # Hundred-and-thirty-second: P=0.76 R=0.54 F1=0.63 (90, 29) -> P=0.77 R=0.54 F1=0.63 (90, 27).
    "hundred-and-thirty-second": (HUNDRED_AND_THIRTY_SECOND, 168, 0.61, 0.74),
    # The three clean measures of the pass after (immigration, visas and asylum casework; nuclear
    # safety and radioactive waste; carbon markets and emissions trading), used for development
    # from 2026-12-06 on, in the same way.
    # Hundred-and-thirty-third: P=0.80 R=0.58 F1=0.67 (98, 24) -> P=0.81 R=0.59 F1=0.69 (101, 23).
    "hundred-and-thirty-third": (HUNDRED_AND_THIRTY_THIRD, 170, 0.66, 0.79),
    # Hundred-and-thirty-fourth: P=0.86 R=0.57 F1=0.69 (97, 16) -> P=0.85 R=0.58 F1=0.69 (99, 17).
    "hundred-and-thirty-fourth": (HUNDRED_AND_THIRTY_FOURTH, 170, 0.67, 0.83),
    # Hundred-and-thirty-fifth: P=0.82 R=0.63 F1=0.71 (107, 24) -> P=0.82 R=0.64 F1=0.72 (108, 23).
    "hundred-and-thirty-fifth": (HUNDRED_AND_THIRTY_FIFTH, 170, 0.69, 0.79),
    # The three clean measures of the pass after (highways and street lighting; mental health
    # crisis lines and helplines; interpreting and translation), used for development from
    # 2026-12-06 on, in the same way.
    # Hundred-and-thirty-sixth: P=0.87 R=0.76 F1=0.81 (135, 20) -> P=0.87 R=0.76 F1=0.81 (136, 20).
    "hundred-and-thirty-sixth": (HUNDRED_AND_THIRTY_SIXTH, 178, 0.79, 0.85),
    # Hundred-and-thirty-seventh: P=0.77 R=0.62 F1=0.69 (109, 33) -> P=0.77 R=0.62 F1=0.69 (109, 33).
    "hundred-and-thirty-seventh": (HUNDRED_AND_THIRTY_SEVENTH, 175, 0.66, 0.74),
    # Hundred-and-thirty-eighth: P=0.83 R=0.70 F1=0.76 (124, 26) -> P=0.83 R=0.70 F1=0.76 (124, 25).
    "hundred-and-thirty-eighth": (HUNDRED_AND_THIRTY_EIGHTH, 176, 0.74, 0.81),
    # The three clean measures of the pass after (child care and early years; tax
    # administration; labour inspection and unions), used for development from 2026-12-07 on,
    # in the same way.
    # Hundred-and-thirty-ninth: P=0.88 R=0.75 F1=0.81 (133, 18).
    "hundred-and-thirty-ninth": (HUNDRED_AND_THIRTY_NINTH, 178, 0.78, 0.86),
    # Hundred-and-fortieth: P=0.79 R=0.70 F1=0.74 (126, 34).
    "hundred-and-fortieth": (HUNDRED_AND_FORTIETH, 179, 0.72, 0.76),
    # Hundred-and-forty-first: P=0.87 R=0.71 F1=0.78 (127, 19).
    "hundred-and-forty-first": (HUNDRED_AND_FORTY_FIRST, 179, 0.76, 0.84),
    # The three clean measures of the pass after (dental and primary care; public transport and
    # fares; environmental regulation), used for development from 2026-12-07 on, in the same way.
    # Hundred-and-forty-second: P=0.84 R=0.63 F1=0.72 (112, 22).
    "hundred-and-forty-second": (HUNDRED_AND_FORTY_SECOND, 178, 0.69, 0.81),
    # Hundred-and-forty-third: P=0.82 R=0.59 F1=0.69 (104, 23).
    "hundred-and-forty-third": (HUNDRED_AND_FORTY_THIRD, 175, 0.66, 0.79),
    # Hundred-and-forty-fourth: P=0.83 R=0.65 F1=0.73 (116, 24).
    "hundred-and-forty-fourth": (HUNDRED_AND_FORTY_FOURTH, 178, 0.71, 0.80),
    # The three clean measures of the pass after (cemeteries and funeral regulation; product
    # safety and metrology; firearms, security and late-night licensing), used for development
    # from 2026-12-07 on, in the same way.
    # Hundred-and-forty-fifth: P=0.72 R=0.52 F1=0.60 (93, 37).
    "hundred-and-forty-fifth": (HUNDRED_AND_FORTY_FIFTH, 180, 0.58, 0.69),
    # Hundred-and-forty-sixth: P=0.82 R=0.65 F1=0.72 (115, 26).
    "hundred-and-forty-sixth": (HUNDRED_AND_FORTY_SIXTH, 178, 0.70, 0.79),
    # Hundred-and-forty-seventh: P=0.89 R=0.68 F1=0.77 (122, 15).
    "hundred-and-forty-seventh": (HUNDRED_AND_FORTY_SEVENTH, 179, 0.75, 0.87),
    # The three clean measures of the pass after (veterinary services and livestock tracing;
    # arts councils and film classification; consumer credit and debt collection), used for
    # development from 2026-12-07's second pass on, in the same way.
    # Hundred-and-forty-eighth: P=0.87 R=0.71 F1=0.78 (127, 19).
    "hundred-and-forty-eighth": (HUNDRED_AND_FORTY_EIGHTH, 180, 0.75, 0.84),
    # Hundred-and-forty-ninth: P=0.80 R=0.57 F1=0.66 (102, 25).
    "hundred-and-forty-ninth": (HUNDRED_AND_FORTY_NINTH, 180, 0.64, 0.78),
    # Hundred-and-fiftieth: P=0.83 R=0.56 F1=0.67 (101, 21).
    "hundred-and-fiftieth": (HUNDRED_AND_FIFTIETH, 179, 0.65, 0.80),
    # The three clean measures of the pass after (forestry, timber permits and plant health;
    # student finance; earthquake, tsunami and severe-weather warnings), used for development
    # from 2026-12-07's third pass on, in the same way.
    # Hundred-and-fifty-first: P=0.84 R=0.76 F1=0.80 (141, 26).
    "hundred-and-fifty-first": (HUNDRED_AND_FIFTY_FIRST, 186, 0.77, 0.82),
    # Hundred-and-fifty-second: P=0.85 R=0.72 F1=0.78 (131, 24).
    "hundred-and-fifty-second": (HUNDRED_AND_FIFTY_SECOND, 181, 0.76, 0.82),
    # Hundred-and-fifty-third: P=0.87 R=0.64 F1=0.74 (119, 18).
    "hundred-and-fifty-third": (HUNDRED_AND_FIFTY_THIRD, 186, 0.71, 0.84),
}


@pytest.mark.parametrize(
    ("folder", "gold_facts", "f1_floor", "precision_floor"),
    list(DEVELOPMENT_FLOORS.values()),
    ids=list(DEVELOPMENT_FLOORS),
)
def test_micro_scores_of_a_development_set_stay_above_the_measured_floor(
    folder, gold_facts, f1_floor, precision_floor
):
    """Every text of the set read, and its micro F1 and precision at least the floors."""
    found, failures = predictions(sorted(folder.glob("*.txt")))
    assert not failures, failures
    total, _ = score(found, folder, article_scoring)
    precision, _recall, f1 = prf(total)
    assert total["tp"] + total["fn"] == gold_facts
    assert f1 >= f1_floor, dict(total)
    assert precision >= precision_floor, dict(total)


@_sets(CLEAN_SETS)
def test_every_text_of_a_clean_set_is_read_without_error(folder):
    _found, failures = predictions(sorted(folder.glob("*.txt")))
    assert not failures, failures
