"""Generic word lists the rules rely on: name shapes, role titles, function words.

Nothing here names a particular company, agency or person: the lists describe how names of
organisations, people and products are shaped in English news text.
"""

from __future__ import annotations

# Last words that make a name a government body, with the type they give.
GOV_HEADS = {
    "department", "agency", "administration", "bureau", "office", "enforcement", "police",
    "commission", "council", "board", "unit", "division", "investigations", "patrol", "protection",
    "service", "services", "command", "army", "navy", "force", "guard", "marshals", "court",
    "congress", "senate", "ministry", "directorate", "authority", "committee", "security",
    "pentagon", "government", "municipality", "county", "city", "state", "sheriff",
    "operations", "corps", "intelligence", "customs", "immigration", "defense", "defence",
}
GOV_STARTS = {"department", "city", "county", "state", "ministry", "office", "bureau", "u.s.",
              "us", "federal", "national", "united"}
COMPANY_HEADS = {
    "inc", "inc.", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "plc", "co", "co.",
    "company", "technologies", "technology", "systems", "software", "labs", "ai", "networks",
    "solutions", "holdings", "group", "analytics", "dynamics", "industries", "partners",
    "ventures", "capital", "gmbh", "sa", "ag", "bank", "enterprises", "microsystems", "data",
}
# Words that end a company name without being part of how people refer to it.
CORPORATE_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "plc",
                      "co", "co.", "company", "ai", "technologies", "gmbh", "sa", "ag"}
MEDIA_HEADS = {
    "times", "post", "news", "journal", "weekly", "daily", "media", "magazine", "tribune",
    "herald", "live", "wire", "gazette", "radio", "tv", "press", "chronicle", "intercept",
    "register", "review", "guardian", "observer", "telegraph", "insider", "verge", "bulletin",
    "mercury", "examiner", "monitor", "star", "sun", "globe", "hill", "crunch", "wired",
}
ADVOCACY_HEADS = {
    "coalition", "union", "alliance", "foundation", "watch", "law", "lab", "network", "fund",
    "rights", "liberties", "advocates", "campaign", "movement", "collective", "action",
    "initiative", "society", "league", "federation", "association", "inquiry", "project",
    "center", "centre", "clinic", "justice", "defenders", "workers",
}
RESEARCH_HEADS = {"university", "institute", "college", "school", "laboratory", "academy"}
PRODUCT_NOUNS = {
    "software", "app", "application", "tool", "system", "platform", "technology", "tech",
    "program", "programme", "product", "service", "database", "engine", "algorithm", "device",
    "camera", "cameras", "drone", "drones", "model", "suite", "dashboard", "solution",
}
PROGRAM_WORDS = {"project", "operation", "program", "programme", "initiative"}
POLICY_HEADS = {"act", "policy", "law", "order", "directive", "bill", "rule", "regulation"}

# Role titles: leaders lead their organisation; the others work for it.
LEADER_TITLES = (
    "chief executive officer", "chief executive", "ceo", "co-founder", "cofounder", "founder",
    "executive chairman", "executive chair", "chairman", "chairwoman", "chairperson", "chair",
    "president", "head", "director general", "secretary", "commissioner", "administrator",
    "chief", "leader", "mayor", "governor", "sheriff", "acting director",
)
WORKER_TITLES = (
    "senior staff attorney", "staff attorney", "attorney", "lawyer", "counsel", "officer",
    "agent", "engineer", "employee", "director", "spokesperson", "spokesman", "spokeswoman",
    "analyst", "researcher", "scientist", "reporter", "official", "manager", "contractor",
    "board member", "member", "adviser", "advisor", "vice president", "executive", "staffer",
    "deputy", "detective", "investigator", "organizer", "organiser", "fellow", "editor",
)
PERSON_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sen", "sen.",
                     "senator", "rep", "rep.", "representative", "judge", "gov", "gov.",
                     "governor", "mayor", "congressman", "congresswoman", "sir", "dame",
                     "professor", "prof", "prof."}
# Capitalised title words that precede a name and are not part of it.
TITLE_WORDS = {"ceo", "cto", "cfo", "coo", "founder", "co-founder", "chairman", "chairwoman",
               "chair", "executive", "chief", "president", "director", "head", "secretary",
               "officer", "agent", "attorney", "general", "commissioner", "former", "current",
               "acting", "deputy", "vice", "senior", "staff", "spokesperson", "spokesman",
               "spokeswoman", "administrator"} | PERSON_HONORIFICS

# Capitalised words that begin sentences or headlines but never names.
FUNCTION_WORDS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "from", "with", "as", "and",
    "or", "but", "if", "so", "yet", "nor", "not", "no", "after", "before", "while", "when",
    "where", "why", "how", "what", "who", "which", "that", "this", "these", "those", "there",
    "here", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    "your", "my", "him", "them", "us", "me", "last", "next", "first", "second", "third", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many",
    "most", "more", "all", "any", "each", "every", "both", "another", "other", "such", "also",
    "then", "than", "therefore", "moreover", "however", "meanwhile", "additionally", "still",
    "thus", "though", "although", "because", "since", "until", "during", "according", "once",
    "instead", "rather", "neither", "either", "even", "only", "now", "today",
    "yesterday", "tomorrow", "dear", "read", "read more", "update", "updated", "editor's",
    "note", "photo", "image", "credit", "yes", "well", "over", "under", "about", "against",
    "despite", "among", "between", "into", "through", "without", "within", "per", "via",
    "earlier", "later", "recently", "previously", "finally", "also", "much", "few", "several",
    "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "let", "please",
    "thanks", "thank", "hello", "hi", "documents", "lawyers", "officials", "employees",
    "workers", "shareholders", "critics", "advocates", "agents", "officers", "people",
    "hundreds", "thousands", "dozens", "millions", "scores", "members", "some", "most",
}
MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
# Words that name places, nationalities or eras rather than actors.
NOT_ACTORS = {
    "u.s", "u.s.", "us", "usa", "u.s.a.", "america", "american", "americans", "united states",
    "uk", "u.k.", "britain", "british", "eu", "europe", "european", "china", "chinese", "russia",
    "russian", "canada", "mexico", "mexican", "israel", "india", "california", "florida",
    "oregon", "washington", "new york", "texas", "illinois", "arizona", "virginia", "georgia",
    "minnesota", "massachusetts", "michigan", "ohio", "colorado", "nevada", "utah", "alabama",
    "alaska", "arkansas", "connecticut", "delaware", "hawaii", "idaho", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "mississippi", "missouri", "montana",
    "nebraska", "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota",
    "oklahoma", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
    "vermont", "west virginia", "wisconsin", "wyoming", "internet", "covid-19", "covid", "ai",
    "republican", "republicans", "democrat", "democrats", "democratic", "english", "spanish",
    "muslim", "black", "latino", "latinx", "asian", "somali", "somalis", "white", "christmas",
}
US_STATES = {w for w in NOT_ACTORS if w not in {"u.s", "u.s.", "us", "usa", "u.s.a.", "america",
             "american", "americans", "united states", "internet", "covid-19", "covid", "ai"}}
CONNECTORS = {"of", "and", "&", "for", "the", "de", "du", "la", "von", "van", "der", "on", "y"}
PERSON_CONTEXT_NOUNS = {"woman", "man", "girl", "boy", "mother", "father", "person", "citizen",
                        "immigrant", "student", "driver", "plaintiff", "defendant", "worker",
                        "teenager", "resident", "activist", "journalist", "wife", "husband"}
# Common given names: a name that starts with one is a person unless its shape says otherwise.
GIVEN_NAMES = set("""
aaron adam adrian alan albert alex alexander alexandria alice alicia allison amanda amy andrea
andrew angela ann anna anne anthony antonio ashley barbara ben benjamin beth betty bill bob
brad bradley brandon brenda brian bruce carl carlos carol caroline catherine charles charlie
chris christina christine christopher chuck cindy claire cory craig cynthia dan daniel danielle
david deborah dennis diana diane donald donna doug douglas dylan ed edward elizabeth ellen
emily emma eric erik evan frank fred gary george gina grace greg gregory hannah harry heather
helen henry ian jack jacob james jamie jane janet jason jay jeff jeffrey jennifer jeremy
jerry jessica jill jim jimmy joan joe joel john jon jonathan jordan jose joseph josh joshua
joyce juan judy julia julie justin karen kate katherine kathleen kathryn katie keith kelly ken
kenneth kevin kim kimberly kristen kristi kyle larry laura lauren lawrence linda lisa liz
lori louis lucy luis margaret maria marie mark martha martin mary matt matthew maya megan
melissa michael michelle mike nancy natalie nathan nicholas nick nicole noah olivia pamela
patricia patrick paul peter phil philip rachel ralph randy raymond rebecca renee richard rick
rob robert roger ron ronald rose russell ruth ryan sam samantha samuel sandra sara sarah scott
sean sharon shawn sheryl stephanie stephen steve steven susan tammy teresa thomas tim timothy
tina todd tom tony tracy travis tyler valerie victoria vincent virginia walter wayne william
zach zoe
""".split())

# Acronyms so common in this field that articles rarely spell them out.
KNOWN_ACRONYMS = {
    **dict.fromkeys(("ICE", "DHS", "CBP", "FBI", "CIA", "NSA", "DOJ", "DOD", "DoD", "IRS", "TSA",
                     "DEA", "ATF", "FEMA", "USCIS", "HSI", "ERO", "HHS", "NYPD", "LAPD", "GSA",
                     "FTC", "FCC", "SEC", "DARPA", "NIST", "USPS"), "GovernmentAgency"),
    **dict.fromkeys(("ACLU", "EFF", "EPIC", "NAACP"), "AdvocacyGroup"),
    **dict.fromkeys(("MIT", "NYU", "UCLA"), "ResearchOrganization"),
}
