"""Generic word lists the rules rely on: name shapes, role titles, function words.

Nothing here names a particular company, agency or person: the lists describe how names of
organisations, people and products are shaped in English news text (plus the handful of
agency and group acronyms that articles in this field rarely spell out).
"""

from __future__ import annotations

from ...vocab import ontology_dir


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _listed(name: str) -> frozenset[str]:
    """The words of a lexicon file (`ontology/lexicons/`), one a line, "#" opening a comment."""
    lines = (ontology_dir() / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# The lists are data: one compact block each, kept out of the formatter.
# fmt: off
# Last words that make a name a government body, with the type they give.
GOV_HEADS = word_set("""
    administration agency army authority board bureau city command commission committee congress
    corps council county court customs defence defense department directorate division enforcement
    force government guard immigration intelligence investigations marshals ministry municipality
    navy office operations patrol pentagon police protection security senate service services
    sheriff state unit district tribunal panel constabulary jail prison metro schools
""")

GOV_STARTS = word_set("""
    bureau city county department federal ministry national office state u.s. united us guarda
    directorate stadtgemeinde marktgemeinde ortsgemeinde verbandsgemeinde samtgemeinde landratsamt
    stadtverwaltung kommune veiligheidsregio hulpverleningszone brandweer gemeente provincie
    guardia policía policia polícia ministerio ministério ministère ministero secretaría fiscalía
    procuraduría gendarmerie carabinieri bundespolizei bundesamt bundeskriminalamt polizei politie
    stadt landkreis gemeinde prefeitura municipalidad ayuntamiento alcaldía alcaldia mairie comune
    agensi jabatan kementerian lembaga amt landesamt majlis dewan suruhanjaya pejabat dirección nhs
    hm hmp
""")

# Heads of a government office named by what it is of: "Department of Justice".
OFFICE_HEADS = word_set("""
    administration bureau department directorate ministry office secretariat
""")

# Words that make a "… Service" public: "Internal Revenue Service", "Postal Service".
PUBLIC_SERVICE_WORDS = word_set("""
    citizenship customs fish forest internal marshals park parks postal revenue secret social
    veterans weather wildlife border probation ambulance coastguard
""")

# Last words of a newsroom's name, which may open like an office's: "Bureau of … Journalism".
NEWSROOM_WORDS = word_set("journalism reporting")

COMPANY_HEADS = word_set("""
    ag ai analytics bank capital co co. company corp corp. corporation data dynamics enterprise
    enterprises gmbh group holdings inc inc. industries labs llc ltd ltd. microsystems networks
    partners plc sa software solutions systems technologies technology ventures cloud llp pllc
    solicitors attorneys water
    pvt pte pty bhd berhad oy oyj b.v bv n.v nv s.p.a spa s.r.l srl s.a sas k.k limited lawyers
""")

# Words that end a company name without being part of how people refer to it.
CORPORATE_SUFFIXES = word_set("""
    ag ai co co. company corp corp. corporation gmbh inc inc. llc llp pllc ltd ltd. plc sa
    technologies solutions systems labs group holdings enterprise enterprises industries
    analytics ventures networks robotics dynamics software imaging data cloud intelligence
    pvt pte pty bhd berhad oy oyj b.v bv n.v nv s.p.a spa s.r.l srl s.a sas k.k limited
""")

MEDIA_HEADS = word_set("""
    bulletin chronicle crunch daily examiner gazette globe guardian herald hill insider
    intercept journal live magazine media mercury monitor news observer post press radio
    register review star sun telegraph times tribune tv verge weekly wire wired ledger courier
    enquirer inquirer statesman echo standard advertiser argus express mail clarion banner
    courant current spectator mirror gleaner fm""")

ADVOCACY_HEADS = word_set("""
    action advocates alliance association campaign center centre clinic coalition collective
    defenders federation foundation fund initiative inquiry justice lab law league liberties
    movement network project rights society union watch workers guild forum circle
    fonds stiftung fondation fundación fondazione stichting
""")

RESEARCH_HEADS = word_set("academy college institute laboratory school university")

PRODUCT_NOUNS = word_set("""
    algorithm app application camera cameras dashboard database device drone drones engine model
    platform product program programme service software solution suite system tech technology tool
""")

PROGRAM_WORDS = word_set("initiative operation program programme project")

POLICY_HEADS = word_set("act bill directive law order policy regulation rule")

# Role titles: leaders lead their organisation; the others work for it ("pastor" alone too).
LEADER_TITLES = (
    "chief executive officer", "chief executive", "ceo", "co-founder", "cofounder", "founder",
    "executive chairman", "executive chair", "chairman", "chairwoman", "chairperson", "chair",
    "president", "head", "director general", "secretary", "commissioner", "administrator", "chief",
    "leader", "mayor", "governor", "sheriff", "acting director", "minister", "inspector general",
    "police chief", "fire chief", "chief of police", "superintendent", "chief constable",
    "senior pastor", "lead pastor", "auditor general", "auditor-general", "managing director",
    "commissioner general", "chief electoral officer", "executive director", "vice-chancellor",
    "general manager", "chief fire officer", "ombudsman", "ombudsperson", "headteacher",
)

# What a ministry or department is "of": "Ministry of Labour and Social Affairs".
PORTFOLIOS = word_set("""
    affairs social services development industry employment welfare health security trade
    innovation planning housing transport transportation environment energy culture education
    science technology research justice labour labor finance economy economic digital human
    family families public works agriculture food rural urban home foreign interior defence
    defense communications infrastructure
""")
# What a ministry or department is "of" or "for" after its first portfolio: "Ministry of Lands
# and Physical Planning", "Department for Culture and Leisure", "Department of Citizenship and
# Settlement". Common nouns of government work, never a firm's or a group's name.
MINISTRY_PORTFOLIOS = PORTFOLIOS | word_set("""
    arts aviation broadcasting care change children citizenship climate coordination commerce
    constitutional consumer cooperatives corrections correctional crime culture disability disaster
    diversity electronics emergency enterprise equality fisheries forestry forests gender
    government heritage highways immigration inclusion information insurance land lands leisure
    local management maritime media migration mines minerals mining mobility national natural oil
    parks pensions physical planning policing ports power preparedness prisons procurement records
    recreation refugees regional reform resources revenue rights roads safety sanitation settlement
    settlements skills sport sports statistics survey taxation telecommunications tourism training
    treasury veterans water wellbeing wildlife women youth permits inspections licensing elections
    purchasing utilities sanitation fleet facilities income communities e-government e-governance
    livestock farming systems citizen integration autonomy intelligence benefits protection
    assistance support cybersecurity resilience competition standards borders customs enforcement
    regulation accessibility policy engagement outreach military export exports aged seniors ageing
    aging elderly sanctions industrial control action flood floods flooding coastal coasts
    catchments floodplains rivers waterways marine oceans weather hydrology meteorology probation
    parole custody reentry reintegration rehabilitation creative industries cultural institutions
    sea talent tertiary learning higher pharmaceutical sustainable freight logistics rail railways
    transit shipping connectivity
""")
# Heads of a firm's name after which "of" names where the firm is, not more of its name:
# "Imbali Workforce Systems of Durban", "Northmark Decision Systems of Waterloo". Not "Bank
# of America", "Corporation of London" or "Group of Seven", whose "of" is part of the name.
HOMED_HEADS = word_set("""
    systems software solutions technologies analytics labs networks dynamics robotics imaging
    cloud inc inc. llc ltd ltd. corp corp. holdings ventures limited plc gmbh ag sa bv nv oy ab
    aps asa oyj bhd co co. b.v. n.v. s.a. b.v n.v s.a
""")
# Words before a title that belong to it, not to a name: "Police Chief X", "Fire Chief X".
OFFICE_WORDS = frozenset(["police", "fire", "cabinet"]) | PORTFOLIOS
# Heads whose names go on with "of the": "Office of the Inspector General".
OFFICE_HEADS = frozenset(["office", "department", "ministry"])
# Titles that open a name ("Sheriff Jane Roe") but also sit inside bodies' names ("… Sheriff's
# Office"), so they are titles only at a name's start.
OPENING_TITLES = frozenset(
    ["sheriff", "minister", "superintendent", "councilmember", "councilwoman", "councilman"]
    + ["councillor", "councilor", "alderman", "alderwoman", "supervisor", "assemblymember"]
)

WORKER_TITLES = (
    "senior staff attorney", "staff attorney", "attorney", "lawyer", "counsel", "officer", "agent",
    "engineer", "employee", "director", "spokesperson", "spokesman", "spokeswoman", "analyst",
    "researcher", "scientist", "reporter", "official", "manager", "contractor", "board member",
    "member", "adviser", "advisor", "vice president", "executive", "staffer", "deputy", "detective",
    "investigator", "organizer", "organiser", "captain", "lieutenant", "sergeant", "corporal",
    "commander", "capt", "sgt", "lt", "cmdr", "cpl", "det", "fellow", "editor", "journalist",
    "constable", "columnist", "correspondent", "activist", "professor", "lecturer", "sociologist",
    "economist", "criminologist", "statistician", "technologist", "nurse", "teacher", "technician",
    "physician", "dispatcher", "paralegal", "planner", "coordinator", "specialist", "librarian",
    "writer", "undersheriff", "pastor", "solicitor", "barrister", "auditor", "comptroller", "clerk",
    "vice-president", "convenor", "convener", "treasurer", "cfo", "cto", "cio", "coo", "ciso",
    "social worker", "paramedic", "firefighter", "warden", "ranger", "surveyor", "hydrologist",
    "meteorologist", "geologist", "ecologist", "epidemiologist", "biologist", "programmer",
    "accountant", "archivist", "curator", "veterinarian", "surgeon", "caseworker", "counsellor",
    "counselor", "therapist", "psychologist", "trooper", "photographer", "intern", "apprentice",
    "trainee", "harbour master", "harbor master", "harbourmaster", "harbormaster", "port captain",
    "haematologist", "hematologist", "pathologist", "radiologist", "toxicologist", "pharmacist",
)

# The last words of the titles: "Communications Director", "lt." before a name.
TITLE_ENDS = frozenset(t.split()[-1] for t in LEADER_TITLES + WORKER_TITLES)
# A title with its portfolio, then a comma before its holder's name: "vice president for
# civilian programs, " (not the chair "of the board", who heads the body)
TITLE_PORTFOLIO = (
    r"(?:[a-z-]+ ){0,2}?(?:" + "|".join(sorted(TITLE_ENDS)) + r") (?:for|of) "
    # (not a leader's title that holds "of": "chief of police", "commissioner of police")
    r"(?!(?:the )?(?:board|directors)\b|police, )(?:[a-z-]+ ){0,3}?[a-z-]+, $"
)

# Malaysia's courtesy titles, before a name and after its holder's post: "Minister Datuk Seri X"
COURTESY_TITLES = word_set("datuk datin dato dato' tun seri")
PERSON_HONORIFICS = word_set("""
    congressman congresswoman dame dr dr. gov gov. governor judge mayor mr mr. mrs mrs. ms ms.
    prof prof. professor rep rep. representative sen sen. senator sir rev rev. reverend
    engr engr. eng eng. atty atty. hon hon. arch.
""") | (COURTESY_TITLES - {"seri"})
# A group named for its cause outweighs its name's head: "the rights group Suara Data"
CAUSES = word_set("rights advocacy campaign privacy pressure liberties residents residents'")

# Capitalised title words that precede a name and are not part of it.
TITLE_WORDS = word_set("""
    acting administrator agent attorney ceo cfo chair chairman chairwoman chief co-founder clerk
    commissioner congressman congresswoman coo cto current dame deputy director dr dr. executive
    former founder general gov gov. governor head judge mayor mr mr. mrs mrs. ms ms. officer
    ombudsman president prof prof. professor rep rep. representative secretary sen sen. senator
    senior sir spokesman spokesperson spokeswoman staff vice senators sens sens. reps reps.
    representatives congressmen congresswomen lawmakers journalist activist reporter columnist
    correspondent author co-author coauthor captain capt capt. lieutenant lt lt. sergeant sgt sgt.
    corporal cpl cpl. commander cmdr cmdr. detective det det. constable assistant researcher
    scientist analyst engineer economist statistician criminologist sociologist technologist
    lecturer organizer organiser investigator superintendent inspector councillor councilor cllr
    manager alderman alderwoman undersheriff host co-host anchor producer auditor auditor-general
    managing engr engr. atty atty. hon hon. arch. lord director-general secretary-general insp supt
    rear commissioner-general vice-chancellor pro-vice-chancellor shri smt smt. shrimati
    bürgermeister bürgermeisterin landrat landrätin mag mag. ing ing. ambassador rev rev. reverend
    chairperson eng eng.
""") | COURTESY_TITLES
_OPENING = TITLE_WORDS | OPENING_TITLES


def opening_title(word: str) -> bool:
    """A title that opens a name ("Smt. Rao", "Dr X"); in capitals "SMT" is a body's acronym."""
    return word.lower() in _OPENING and word not in ("SMT", "ING", "MAG")

# Holders' titles that name their office where no name follows: "the Auditor-General found",
# "The Controller and Auditor-General completed an audit"
STANDING_OFFICES = frozenset(
    ["auditor-general", "auditor general", "controller and auditor-general", "ombudsman"]
    + ["comptroller and auditor general", "comptroller and auditor-general", "auditor-general's"]
)

# Capitalised words that begin sentences or headlines but never names.
FUNCTION_WORDS = frozenset({
    "a", "about", "according", "additionally", "advocates", "after", "against", "agents", "all",
    "also", "although", "among", "an", "and", "another", "any", "are", "as", "at", "be", "because",
    "been", "before", "between", "both", "but", "by", "can", "could", "credit", "critics", "dear",
    "despite", "did", "do", "documents", "does", "dozens", "during", "each", "earlier", "editor's",
    "emails", "messages", "records",  # papers someone obtained: "Emails the Post obtained show …"
    "eight", "either", "employees", "even", "every", "few", "finally", "first", "five", "for",
    "four", "from", "had", "has", "have", "he", "hello", "her", "here", "hi", "him", "his", "how",
    "however", "hundreds", "i", "if", "image", "in", "instead", "into", "is", "it", "its", "last",
    "later", "lawyers", "let", "many", "may", "me", "meanwhile", "members", "might", "millions",
    "more", "moreover", "most", "much", "must", "my", "neither", "next", "nine", "no", "nor",
    "not", "note", "now", "of", "officers", "officials", "on", "once", "one", "only", "or",
    "other", "our", "over", "people", "per", "photo", "please", "previously", "rather", "read",
    "read more", "recently", "scores", "second", "seven", "several", "shall", "shareholders",
    "she", "should", "since", "six", "so", "some", "still", "such", "ten", "than", "thank",
    "thanks", "that", "the", "their", "them", "then", "there", "therefore", "these", "they",
    "third", "this", "those", "though", "thousands", "three", "through", "thus", "to", "today",
    "tomorrow", "two", "under", "until", "update", "updated", "us", "via", "was", "we", "well",
    "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "within",
    "without", "workers", "would", "yes", "yesterday", "yet", "you", "your",
    "opponents", "supporters", "backers", "customers", "clients", "investors",  # "Backers of X"
    # quantities opening a sentence: "Additional charges are possible"
    "additional", "further", "various", "numerous", "multiple",
    # where a body is, or what is to come, opening a sentence: "Neighbouring X Council uses P",
    # "Expect P to …"
    "neighbouring", "neighboring", "nearby", "expect",
    "worship",  # a mayor's honorific: "Her Worship the Executive Mayor"
    # a list item's verb, its subject the item's heading: "• X Authority — … Operates P at …"
    "operates", "runs", "uses", "provides", "supplies", "hosts", "develops", "manages",
    "maintains",
    # a document's own words opening a line: "WHEREAS, …", "Motion (A/B) to …", "Whether …"
    "whether", "whereas", "hereby", "resolved", "furthermore", "nevertheless", "motion", "hosted",
    "declaration", "affidavit", "memorandum", "stipulation", "summons", "besides",  # (a docket's)
})

# Singular and mass nouns that open a sentence bare, where a name would stand: "Staff
# opposed …", "Footage sold to …".
# Group nouns or papers opening a sentence ("Backers of X", "Records X released show"), which
# inside one open a name: "by Supporters Voice Ireland", "the state's Records Grant Program"
GROUP_OPENERS = word_set("opponents supporters backers customers clients investors records")
INNER_FUNCTION_WORDS = FUNCTION_WORDS - GROUP_OPENERS

BARE_NOUNS = word_set("""
    staff management leadership personnel everyone everybody nobody anybody somebody footage none
    video audio hardware equipment money research evidence information intelligence imagery
    congress parliament industry business academia media press public labor labour
""")

MONTHS_DAYS = word_set("""
    apr april aug august dec december feb february friday jan january jul july jun june mar
    march may monday nov november oct october saturday sep sept september sunday thursday
    tuesday wednesday
""")

# Words that name places, nationalities or eras rather than actors.
NOT_ACTORS = frozenset({
    "wi-fi", "wifi", "bluetooth", "fy", "lgu", "lgus", "sme", "smes",  # "FY 2025", "LGU customer"
    # a body's building, where a meeting is held: "Conference Room 4B, Ministry Headquarters"
    "headquarters", "ministry headquarters", "police headquarters", "council headquarters",
    "department headquarters", "agency headquarters",
    # a text's kind over it, no body's letterhead: "JOINT STATEMENT", "OPEN LETTER"
    "joint statement", "open letter", "press release", "media release", "news release",
    "date", "signature", "signed", "id", "ids",  # a sign-off's blanks: "Chair Date: ____"
    "rfp", "rfq", "rft", "itt", "eoi",  # a tender's kind: "the award of RFP 2025-02"
    "afghan", "african", "arab", "australian", "brazilian", "canadian", "chinese", "egyptian",
    "emirati", "french", "german", "indian", "iranian", "iraqi", "irish", "israeli", "italian",
    "japanese", "kenyan", "korean", "nigerian", "pakistani", "palestinian", "saudi", "syrian",
    "turkish", "ugandan", "ukrainian", "venezuelan", "vietnamese", "gst", "vat",  # (taxes)
    "ai", "alabama", "alaska", "america", "american", "americans", "arizona", "arkansas", "asian",
    "black", "britain", "british", "california", "canada", "china", "christmas",
    "colorado", "connecticut", "covid", "covid-19", "delaware", "democrat", "democratic",
    "democrats", "english", "eu", "europe", "european", "florida", "georgia", "hawaii", "idaho",
    "illinois", "india", "indiana", "internet", "iowa", "israel", "kansas", "kentucky", "latino",
    "latinx", "louisiana", "maine", "maryland", "massachusetts", "mexican", "mexico", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "muslim", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "ohio", "oklahoma", "oregon", "pennsylvania", "republican", "republicans", "rhode island",
    "russia", "russian", "somali", "somalis", "south carolina", "south dakota", "spanish",
    "tennessee", "texas", "u.k.", "u.s", "u.s.", "u.s.a.", "uk", "united states", "us", "usa",
    "utah", "vermont", "virginia", "washington", "west virginia", "white", "wisconsin", "wyoming",
    "tier i", "tier ii", "tier iii", "tier iv",  # a data centre's grade: "Y's Tier III data centre"
    "crown",  # a kind of public body, no body: "a Crown agency", "a Crown entity"
})

# Words after "City, …" that make the name before them a place.
US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "asian", "black", "britain", "british",
    "california", "canada", "china", "chinese", "christmas", "colorado", "connecticut", "delaware",
    "democrat", "democratic", "democrats", "english", "eu", "europe", "european", "florida",
    "georgia", "hawaii", "idaho", "illinois", "india", "indiana", "iowa", "israel", "kansas",
    "kentucky", "latino", "latinx", "louisiana", "maine", "maryland", "massachusetts", "mexican",
    "mexico", "michigan", "minnesota", "mississippi", "missouri", "montana", "muslim", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "republican", "republicans",
    "rhode island", "russia", "russian", "somali", "somalis", "south carolina", "south dakota",
    "spanish", "tennessee", "texas", "u.k.", "uk", "utah", "vermont", "virginia", "washington",
    "west virginia", "white", "wisconsin", "wyoming",
})

CONNECTORS = word_set("""
    & and de der du for la of on the van von y
    bin bint binti binte bte dos ibn a_l a_p
""")
# Particles inside Romance-language names, read only in lower case between capitalised words:
# "Vigilancias del Altiplano", "Direitos na Rede" (a capitalised "Del" is a given name), and
# Filipino ones: "Kababaihan para sa Malinis na Halalan", "Samahan ng Mangingisda"
NAME_PARTICLES = word_set("del della di da das do na nas no nos e für para ng")

# Parts of a report, a law or a network that take a number: "Finding 3", "Route 11".
DOCUMENT_PARTS = word_set("""
    appendix article chapter exhibit figure finding findings item items page paragraph part
    phase question recommendation recommendations route routes section step table ward wards
    precinct district lot lots resolution resolutions ordinance
""")

# Heads of organisations named for a topic: "Center on Privacy and Technology", "Fight for
# the Future": their names go on past a lower-case "on", "for the", "and".
TOPIC_HEADS = word_set("""
    center centre institute council project campaign alliance coalition committee fund network
    society association foundation league partnership initiative fight friends chamber
""")

PERSON_CONTEXT_NOUNS = word_set("""
    activist boy citizen defendant driver father girl husband immigrant journalist man mother
    person plaintiff resident student teenager wife woman worker
""")

# Common given names: a name that starts with one is a person unless its shape says otherwise.
GIVEN_NAMES = _listed("given-names.tsv")
# The trade a firm's name may end with after a given name: "Orla Health", no person's surname
SECTOR_WORDS = word_set("health care energy water mobility security finance insurance")


# Acronyms so common in this field that articles rarely spell them out.
_AGENCY_ACRONYMS = word_set("""
    ICE DHS CBP FBI CIA NSA DOJ DOD DoD IRS TSA DEA ATF FEMA USCIS HSI ERO HHS NYPD LAPD GSA FTC
    FCC SEC DARPA NIST USPS
""")
KNOWN_ACRONYMS = {
    **dict.fromkeys(_AGENCY_ACRONYMS, "GovernmentAgency"),
    **dict.fromkeys(word_set("ACLU EFF EPIC NAACP"), "AdvocacyGroup"),
    **dict.fromkeys(word_set("MIT NYU UCLA"), "ResearchOrganization"),
}
# Last words of the names of firms that invest: their backing is money.
INVESTOR_HEADS = word_set("""
    capital ventures venture partners fund funds investments equity
""")

# fmt: on

# Endings of abstract nouns that open a sentence: "Criticism of …", "Opposition to …".
ABSTRACT_ENDINGS = ("ism", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ing")
# Heads with those endings that do open names: "University of Toronto", "Federation of …".
ABSTRACT_HEADS = frozenset(
    ("university", "city", "community", "authority", "municipality", "society", "federation",
     "organization", "organisation", "administration", "commission", "corporation",
     "institution", "confederation", "association", "foundation", "conference", "convention",
     "government", "department", "parliament", "coalition", "congregation", "union")
)  # fmt: skip

# Things labelled by a letter: "Plan B", "Lot C", "Building A", "Schedule D".
LABELLED_NOUNS = word_set("""
    plan unit lot building vault group class phase section schedule exhibit appendix option
    type grade zone area block gate terminal wing tier part chapter division team level
    category form room floor site route line stage round series title article vitamin
    hepatitis annex figure table item count lane sector ward pier hall tower""")
