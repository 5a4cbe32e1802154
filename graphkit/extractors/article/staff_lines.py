"""Lines that name someone's employer without a title's help: an agency's contact line for its
client ("Ruby Haldane-Ngo, Jacaranda Lane Communications, for Lumenvale Data"), a law firm's
partner named after it ("represented by Prydderch Lloyd LLP, where partner Elin Vaughan-Rees is
advising us"), a show's host ("I'm Meenakshi Varadan, and this is Orbit Desk from Antariksh
Media"), a newsletter's editor ("Compiled by Owen Tal-Marchetti, Editor", or a sign-off "Owen
Tal-Marchetti, Editor"), who works for the firm the text says publishes it, and a notice's own
staff ("Data Protection Officer: Layla Barzani-Holt"), who work for the body it speaks as."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .field_words import UNIT_ENDS
from .kinds import personal_name
from .rules import COMPANY, ORGS, Found
from .title_words import HONORIFIC

if TYPE_CHECKING:
    from .relations import Sentence

# The whole line: the person, the agency, and the client it speaks for
_FOR_CLIENT = re.compile(
    r"^@(?P<person>\d+)@, (?:the )?@(?P<org>\d+)@, (?:for|on behalf of) (?:the )?@\d+@(?:\.|\s.*)?$"
)
# A firm, then one of its lawyers or partners after "where", or a lawyer named with an honorific
# who advises the writers ("X LLP, where Ms. Y is assisting us", "where Me Y is advising us",
# "where partner mr. Y is advising us")
_WHERE_PARTNER = re.compile(
    r"@(?P<org>\d+)@, where (?:(?:the )?(?:[a-z-]+ ){0,2}?"
    r"(?:partner|associate|counsel|solicitor|lawyer|attorney|barrister|consultant) "
    r"(?:(?:mr|ms|mrs|me|adv|dr)\.? )?@(?P<person>\d+)@|(?:mr|ms|mrs|me|mx|adv|dr)\.? "
    r"@(?P<advising>\d+)@ (?:is|are) (?:advising|assisting|representing|acting for) "
    r"(?:us|them|@\d+@))"
)
# A show's host introducing it: "I'm X, and this is Orbit Desk from Antariksh Media"
_HOST = re.compile(
    # (in the reading with voices, the speaker's "I" is a name of its own: "@0@ am @1@")
    r"(?:^|: )(?:i'?m|@\d+@ am) @(?P<person>\d+)@,? and "
    r"(?:this is|you're listening to|welcome to) (?:the )?@\d+@(?: at [a-z]+)?,? "
    r"(?:from|by|on|a (?:podcast|programme|program|show|production) (?:from|of|by)) (?:the )?"
    r"@(?P<org>\d+)@"
)
# A newsletter's credit line: "Compiled by X, Editor.", "Edited by X, managing editor", or its
# sign-off, "X, Editor", above the line saying who publishes it
_EDITOR = re.compile(
    r"^(?:(?:compiled|edited|written|curated) by |[-,] )?@(?P<person>\d+)@, "  # (a dash: ", ")
    r"(?:[a-z-]+ )?(?:editor|@(?P<title>\d+)@)\.?$"
)
# Who publishes it: "The Punch List is published every Wednesday by Plumbline Media LLC"
_PUBLISHED_BY = re.compile(r"\b(?:published|produced)\b[^.\n]{0,40}? by (?:the )?")


def staff_lines(sentence: Sentence) -> list[Found]:
    """The employer such a line names for its person."""
    masked = sentence.masked
    for pattern, how in ((_FOR_CLIENT, "agency contact"), (_WHERE_PARTNER, "firm's partner")):
        match = pattern.search(masked)
        if match is None:
            continue
        named = match.groupdict().get("person") or match.groupdict().get("advising")
        person, org = sentence.entity(int(named)), sentence.entity(int(match["org"]))
        if person_named(person) and org.type in COMPANY and not org.place:
            return [Found(person.key, "worksFor", org.key, 0.65, how)]
    host = _HOST.search(masked)
    if host:
        person, org = sentence.entity(int(host["person"])), sentence.entity(int(host["org"]))
        if person_named(person) and org.type in ORGS and not org.place:
            return [Found(person.key, "worksFor", org.key, 0.65, "show's host")]
    post = _POST_IN_UNIT.search(masked)
    if post:
        person, unit = sentence.entity(int(post["person"])), sentence.entity(int(post["unit"]))
        org = sentence.entity(int(post["org"]))
        words = unit.name.split()  # (a body of its own: "Office of Screening Operations")
        body = words[-1] in _BODY_ENDS or (words[0] in _BODY_ENDS and words[1:2] == ["of"])
        if person_named(person) and org.type in ORGS and not (org.place or unit.place or body):
            return [Found(person.key, "worksFor", org.key, 0.6, "post in a unit")]
    labelled = _LABELLED.match(masked)
    if labelled:
        return _voice_staff(sentence, labelled)
    editor = _EDITOR.match(masked)
    if editor is None:
        return []
    person, title = sentence.entity(int(editor["person"])), editor["title"]
    if title and not sentence.entity(int(title)).name.lower().endswith("editor"):
        return []  # ("Compiled by X, Publisher": no editor's line)
    publisher = _publisher(sentence)
    if not person_named(person) or publisher is None:
        return []
    return [Found(person.key, "worksFor", publisher, 0.6, "newsletter's editor")]


# A post, the function it serves and the body: "Hassan Mwachofi-Reyes, Deputy Commissioner,
# Customs Operations, KBRA" works for KBRA
_POST_IN_UNIT = re.compile(
    r"@(?P<person>\d+)@, (?:[a-z-]+ ){0,3}(?:commissioner|director|manager|officer|head|chief|"
    r"lead|adviser|advisor|coordinator|chair), @(?P<unit>\d+)@, (?:for and on behalf of )?(?:the )?"
    r"@(?P<org>\d+)@(?=[.,;]|$)"
)
# Titles whose holder heads the body they sign for or serve
HEADS = re.compile(
    r"(?:executive |managing )?director|chair(?:person|man|woman)?|president|"
    r"chief executive(?: officer)?|ceo|(?:co-)?founder|head|general secretary|secretary-general|"
    r"chief (?:commissioner|inspector)|director-general|general manager"
)
_BODY_ENDS = UNIT_ENDS | {"Office", "Department", "Bureau", "Agency", "Authority", "Council"}
# A notice's own staff line, the post before the name ("Data Protection Officer: X") or after
# it, with the country it covers ("Issued by: X, Country Director, Iraq")
# (not a secretary, who may lead a branch or keep its minutes)
_POST = r"(?:[a-z-]+ ){0,3}(?:officer|manager|coordinator|controller|advis[eo]r|lead)"
_LABELLED = re.compile(
    r"^(?:(?:issued|prepared|reviewed|approved|authori[sz]ed|checked) by|signed|contact|"
    r"[ei]nquiries|"
    rf"{_POST}|@(?P<title>\d+)@)\s*:\s*(?:" + HONORIFIC + r" )?"
    r"@(?P<person>\d+)@(?:, [^@]{1,60}?, @(?P<place>\d+)@)?"
    # (the body itself, named after the person: "X, Perla Pacific Airways, Inc., dpo@x.org")
    r"(?:, (?:the )?@(?P<own>\d+)@)?"
    # (and an address, "privacy@x.org", its "@" masked, and a phone, "(252) 555-0143")
    r"(?: ?[,–-] [\w.+-]+ [\w-]+\.[\w.]+)?(?:,? \+?[\d() .-]{7,20})?\.?$"
    # or who approved or recorded the text, with their post: "Approved for publication by: X,
    # Chief Executive", "Recorded by: X, Board Secretary", "Chapter approved by: …"
    r"|^(?:[a-z]+ |@\d+@ )?(?:issued|prepared|reviewed|approved|authori[sz]ed|checked|recorded|"
    r"minuted)"
    # (a bare "Approved:" may be a client's on a vendor's form: contacts.py)
    r"(?: for \w+(?: by)?| by)\s*:\s*(?:" + HONORIFIC + r" |hon\.? )?"
    r"@(?P<signer>\d+)@, (?P<post>[a-z][a-z -]{1,50}[a-z])\.?$"
    # or the text's own staff, labelled by their part in it: "Chapter contact: X, Chief
    # Information Officer", "Investigator-in-charge: X, Senior Investigator" (not a supplier's)
    r"|^(?!(?:supplier|vendor|client|customer|partner|contractor)\b)(?:[a-z-]+ ){0,2}"
    r"(?:contact|investigator|inspector|auditor|author|(?:investigation|audit|review) team)"
    r"(?:-in-charge)?\s*:\s*"
    r"(?:" + HONORIFIC + r" )?@(?P<staff>\d+)@, (?P<staff_post>[a-z][a-z -]{1,50}[a-z])"
    r"(?: \([^()@]{1,60}\))?\.?$",
    re.IGNORECASE,
)


def _voice_staff(sentence: Sentence, match: re.Match) -> list[Found]:
    """The labelled person works for the body the text speaks as (voices.py)."""
    voice = sentence.doc.voices.get(sentence.start)
    person = sentence.entity(int(match["person"] or match["signer"] or match["staff"]))
    if not voice or not voice[1] or not person_named(person):
        return []
    title, place = match["title"], match["place"]
    if title and not re.search(_POST + "$", sentence.entity(int(title)).name.lower()):
        return []
    if (
        place
        and not sentence.entity(int(place)).place
        and sentence.entity(int(place)).key != voice[1]
    ):
        return []  # (another body after the title is the role rules' to read)
    if match["own"] and sentence.entity(int(match["own"])).key != voice[1]:
        return []  # (another body's officer)
    post = match["post"] or match["staff_post"]
    posts = re.split(r" and | & |/", post.lower()) if post else []
    if any(HEADS.fullmatch(post) for post in posts):  # ("President and Chief Executive Officer")
        # "Approved for publication by: X, Chief Executive": the body's head
        return [Found(person.key, "leads", voice[1], 0.6, "notice's staff line")]
    return [Found(person.key, "worksFor", voice[1], 0.6, "notice's staff line")]


def _publisher(sentence: Sentence) -> str | None:
    """The key of the organisation the text says publishes it, in this line or just after."""
    text = sentence.doc.text
    for published in _PUBLISHED_BY.finditer(text, sentence.start, sentence.end + 200):
        after = text[published.end() : published.end() + 80]
        bodies = [
            (len(name), entity.key)
            for entity in sentence.doc.entities.values()
            if entity.type in ORGS and not entity.place
            for name in entity.names
            if after.startswith(name)
        ]
        if bodies:
            return max(bodies)[1]
    return None


def person_named(entity) -> bool:
    """A person, or a name of no known kind written as a person's ("Ruby Haldane-Ngo")."""
    return entity.type == "Person" or (entity.guessed and personal_name(entity.name))
