"""What a name's context says about a thing: the nouns for a product or a device, a thing its
owner names in apposition ("Lockbox, the department's digital evidence system"), one that is
not, or no longer, its own ("X, Y's rival app"), and a device's model name ("the Kitehawk
drone", "its Vantor BX2 camera")."""

from __future__ import annotations

import re

# A kind of technology written in capitals, no one's product: "Automated License Plate Reader
# (ALPR) Program", "Facial Recognition Technology"
GENERIC_TECH = (
    r"(?i:(?:automated |automatic )?(?:license|licence|number) plate (?:readers?|recognition)"
    r"(?: technology| systems?| cameras?)?|(?:facial|face) recognition(?: technology| software)?"
    r"|gunshot detection(?: technology| systems?)?|body[- ]worn cameras?|alpr|anpr|lpr"
    r"|closed[- ]circuit television|artificial intelligence"
    # nor is a party of a lawsuit named by its part: "Plaintiffs challenge …"
    r"|plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|movants?)"
    # kinds of technology known by their initials: "run CCTV networks", "uses CAD and GPS"
    r"|CCTV|GPS|CAD|RMS|AI|APIs?|IoT|UAVs?|UAS|BWCs?|RFID|NFC|OCR|SMS|VPN|GIS|LTE"
    r"|ERP|CRM|CMS|HRIS|HR|SaaS|ICT"  # ("the county's ERP system", "finance and HR systems")
)
# A street address: "Ruth Roe, 2210 Linden Road, an organizer with …"
ADDRESS = (
    r"\d[\d-]* (?:[A-Z][\w'.-]* ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\.?"
)
# What is never a name on its own: a funding round's series, a currency ("Rs 84 crore"), a
# roman numeral after a title ("Crime Analyst II"), a number or an ordinal ("30th"), an address,
# a kind of technology
NO_NAME = r"Series [A-H]\d?|Rs\.?|I[IV]I?|VI*|\d+(?:st|nd|rd|th)?|" + ADDRESS + "|" + GENERIC_TECH
NO_NAME += r"|CBD"  # a town's central business district
# a post's function after its title ("Vice President, Investor Relations"), no body
NO_NAME += r"|(?:Investor|Government|Public|Media|Community) Relations|Human Resources"
# a record's own headings ("MINUTES OF THE REGULAR MEETING OF COUNCIL", "RESPONSIBILITIES OF THE
# DISTRICT", "DECLARATIONS OF INTEREST"): what follows, no body
NO_NAME += r"|(?i:(?:minutes|responsibilities|declarations?|recitals|schedule|agenda) of\b.*)"
NO_NAME += r"|(?i:letters? to the editor)"  # a letters page's heading
# a fiscal year ("FY2025", "FY 2024-25"), an adverb opening a sentence ("Separately, the X")
NO_NAME += r"|FY ?\d{2,4}(?:[-/]\d{2,4})?"
NO_NAME += r"|(?:SOC \d|\d) Type I{1,2}|SOC \d|ISO(?:/IEC)? \d{4,5}"  # an audit's standard
# a document's number written before it ("Agreement No. 2025-031", "Task Order No. 7")
NO_NAME += r"|(?:[A-Z][\w-]* ){1,3}No"
NO_NAME += r"|(?:Separate|Additional|Similar|Final|Notab|Important|Current|Previous|Recent|Initial"
NO_NAME += r"|Ultimate|Unfortunate|Fortunate|Alternative|Consequent|According|Specifical|Original"
NO_NAME += r"|Historical|Public|Private|Internal|Local|National)ly"
PRODUCT_NOUN = (
    r"(software|app|application|tool|"
    r"system|platform|technology|tech|program|programme|product|engine|database|portal|dashboard|"
    r"service|device|tabulators?|scanners?|kits?|meters?|sensors?)\b"
)
# Words that say a possessive's thing is not (yet, or any longer) its own: "X, Y's rival app",
# "X, the department's proposed system"
NOT_OWN = (
    r"(?!(?:[\w-]+ )?(?:rival|rivals|competing|competitor|alternative|former|old|previous|"
    r"proposed|planned|potential|possible|prospective|future|unused|rejected|abandoned|retired|"
    r"discontinued|defunct|replacement|target|least|shelved|scrapped|cancell?ed|ex)\b)"
)
# "X, the department's digital evidence system", "X, its records platform": an owner's thing
OWNED_THING_AFTER = re.compile(
    r"^, (?:(?:the )?(?:[A-Z][\w&.'’-]* )*?[A-Z][\w&.'’-]*['’]s|the [a-z]+['’]s|its|their|our) "
    + NOT_OWN
    + r"(?:[\w-]+ ){0,3}?"
    + PRODUCT_NOUN
    + r"(?=\s*(?:[,.;:)]|$| (?:which|that|and|since|is|was)\b))"
)
# "its Vantor BX2 camera", "the Doorview Pro cameras": a device after a determiner
HARDWARE_AFTER = re.compile(
    r"^\s*(?:body-worn |dash |video |security |thermal |plate-reading )?(?:cameras?|doorbells?|"
    r"readers?|drones?|quadcopters?|robots?)\b"
)


def model_name(name: str) -> bool:
    """A name a device's model has: one word ("Kitehawk") or one with a number ("Vantor BX2");
    "Brisant Robotics" before "drone" is its maker."""
    return len(name.split()) == 1 or any(ch.isdigit() for ch in name)


_LEGAL_END = re.compile(
    r"(?:\b(?:Ltd|Inc|LLC|plc|PLC|GmbH|AG|Limited|Corp|Pty|S\.?A|Oy|AB|AS|A/S|N\.V|B\.V|Lda|Ltda|"
    r"S\.L|K\.K|S\.r\.l|SRL|SARL|SpA|S\.p\.A|Bhd)\.?|\bo\.o\.|\bs\.r\.o\.|\ba\.s\.)$"
)


def legal_end(name: str) -> bool:
    """Whether a name ends with a firm's legal form ("… (Pty) Ltd", "… GmbH")."""
    return _LEGAL_END.search(name) is not None


# A document's number sign after its kind or a comma ("Petition No. ", "Y v. Z, No. "), not an
# answer ("A: No. "); a standard's number after its name ("a SOC 2 Type II examination")
_NUMBER_SIGN = re.compile(r"(?:\b[A-Z][\w-]*|,) (?:Nos?\.|#) ?$")
_STANDARD_AFTER = re.compile(r" \d+ Type I")


def numbered(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a document's or a standard's number, no party."""
    return bool(_NUMBER_SIGN.search(text, max(0, start - 40), start)) or bool(
        _STANDARD_AFTER.match(text, end)
    )


# A road's lower-case kind after its name, maybe after more of their names: "on
# the Drumlanrick bypass", "runs on the Glen Arrow, Strathbrannoch and Ardmorran Coast routes"
_ROUTE_AFTER = re.compile(
    r"(?:,? (?:and |or )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}){0,4} "
    r"(?:routes?|roads?|bypass(?:es)?|corridors?|motorways?|highways?)\b"
    # (not a body's unit named for them: "the Maple County roads department")
    r"(?! (?:department|division|crews?|teams?|staff|authority|agency|office|unit|budget)\b)"
)


def route_name(text: str, end: int) -> bool:
    """Whether the name ending at text[end] names a road, no party."""
    return _ROUTE_AFTER.match(text, end) is not None
