"""Hosting told through the machines rather than a verb of hosting: "X runs its service on
servers rented from Y", "the recordings are stored on infrastructure leased from Y", "X keeps
its data in Y's data centers", "X keeps its records on the Y cloud", "the video is processed
on Y": Y hosts the clause's subject. "Y's servers host X" names both."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject, unstated
from .entity import ORG_TYPES, THING_TYPES
from .rules import COMPANY, UNREALISED, Found

if TYPE_CHECKING:
    from .relations import Sentence

_MACHINES = (
    r"(?:servers?|infrastructure|data cent(?:er|re)s?|cloud(?: servers| infrastructure| "
    r"platform| accounts?)?|computing capacity|hardware)"
)
# "servers rented from Y", "infrastructure run by Y", "servers that it leases from Y"
# (and "its servers, which are hosted by Y")
_FROM_HOST = re.compile(
    r"\b" + _MACHINES + r",? (?:(?:that |which )?(?:it |they |@\d+@ |(?:are|is) ))?"
    r"(?:rent(?:s|ed)?|leas(?:es|ed)?|run|operated|owned|managed|provided|supplied|hired|"
    r"hosted) (?:from|by) (?:the )?@(?P<host>\d+)@(?!'s)"
)
# "on X's servers at Y", "in X's account on Y": the machines or the account of X that Y keeps
_OWNERS_PLACE_AT_HOST = re.compile(
    r"\b(?:on|in|under) (?:the )?@(?P<hosted>\d+)@'s (?:[\w-]+ )?(?:"
    + _MACHINES
    + r"|accounts?|tenancy|subscription) (?:at|with|on|in) "
    r"(?:the )?@(?P<host>\d+)@(?!'s)"
)
# "on Y servers under X's account", "stored in its own account on Y", "on servers of Y"
_ACCOUNT_AT_HOST = re.compile(
    r"\b(?:on|in) (?:the )?@(?P<host>\d+)@(?: (?:[\w-]+ )?" + _MACHINES + r")?(?:, [^@,;]{1,40},)?"
    r" under (?:the )?@(?P<hosted>\d+)@'s account(?!, which (?:was|has been) (?:closed|deleted))"
    r"|\b(?:in|under) its (?:own )?(?:account|tenancy|subscription) (?:on|with|at) "
    r"(?:the )?@(?P<host2>\d+)@(?!'s)"
    r"|\bon (?:the )?(?:servers|data cent(?:er|re)s|infrastructure) (?:of|belonging to) "
    r"(?:the )?@(?P<host3>\d+)@(?!'s)"
)
# "on Y's servers", "in Y's data centers"
_HOST_OWNS = re.compile(
    # (a place may name the machines: "in Y's Sydney data centres")
    r"\b(?:on|in|onto|into|to|from|through) (?:the )?@(?P<host>\d+)@'s (?:[\w-]+ |@\d+@ )?"
    + _MACHINES
    + r"\b"
)
# "on the Y cloud", "in Y data centers"
_HOST_NAMES = re.compile(
    r"\b(?:on|in|onto|into) (?:the )?@(?P<host>\d+)@ (?:[\w-]+ )?" + _MACHINES + r"\b"
)
# What a machine does for its owner: not "trains its recruits on Y", "ran the numbers on Y"
_WORK = (
    r"(?:scores|ratings|platforms?|services?|software|models?|algorithms?|systems?|apps?|"
    r"applications?|websites?|sites?|portals?|tools?|products?|analytics|workloads?|code|"
    r"databases?|pipelines?|searches|queries|computations?|calculations?|matching|backend)"
)
# "is processed on Y", "runs on Y": a company the work is done on is a host
_WORKED_ON = re.compile(
    r"\b(?:processed|stored|kept|hosted|housed|analy[sz]ed|runs?|running|ran|"
    # "computes its scores on Y", "runs its platform on Y", "trains its models on Y"
    r"(?:computes?|computed|processes|trains?|trained|runs?|ran|serves?|served)"
    # (a list of its work: "runs its permitting, payroll and 311 systems in Y")
    r"(?: (?:its|their|the) (?:[\w,-]+ ){0,4}?" + _WORK + r")?) (?:on|in) "
    # not "run on Y chips": Y made what they run on
    r"(?:the )?@(?P<host>\d+)@(?!'s| (?:[\w-]+ )?(?:chips?|processors?|hardware|devices?|"
    r"cameras?|sensors?|phones?|software|models?|apps?|technology|systems?)\b)"
)
# "X stores all footage on Y", "X moved its customers' data to Y": the data's keeper hosts X
_DATA = (
    r"(?:data|footage|recordings?|records|videos?|files|evidence|images|photos|information|"
    r"backups?|systems?|workloads|applications|databases?|archives?|readings|reads?|scans|"
    r"e-?mail|portals?|websites?|catalog(?:ue)?s?|"
    r"logs|transcripts|audio|clips|messages|emails|results|scores|storage)"
)
_KEEPS_DATA = re.compile(
    r"\b(?:stores?|stored|storing|keeps?|kept|keeping|hous(?:es|ed)|moved?|moves|moving|"
    r"migrated?|migrates|migrating|shifted|transferred|uploads?|uploaded)"
    r" (?:[^\s@]+ ){0,8}?" + _DATA + r"(?: from (?:the )?@\d+@)?"
    r" (?:on|in|onto|into|to|with) (?:the )?@(?P<host>\d+)@(?!'s)"
)
# "X moved P to Y", "X migrates P onto Y": the thing moved to a cloud runs on it
_MOVES_THING = re.compile(
    r"\b(?:moved|moves|migrated|migrates|shifted|transferred) (?:the |its |their )?"
    r"@(?P<hosted>\d+)@ (?:to|onto|into) (?:the )?@(?P<host>\d+)@(?!'s)"
)
# "X has hosted its permitting and payroll systems on Y since 2022"
_HOSTED_ITS = re.compile(
    r"\b(?:has |have )?hosted (?:its|their) (?:[\w,-]+ ){0,5}?(?:systems|data|e-?mail|servers|"
    r"records|applications|workloads|platforms?|websites?) (?:on|in|with) (?:the )?"
    r"@(?P<host>\d+)@(?!'s)"
)
# Keeping that has ended: "X stopped storing footage on Y", "X no longer keeps its data on Y"
_KEPT_NO_MORE = re.compile(
    r"\b(?:stopped|ceased|quit|used to|no longer|formerly|once|previously|until)\b"
)
# "X uses Y to store the footage", "X relies on Y for storage": Y keeps X's data
_KEEPER_CHOSEN = re.compile(
    r"\b(?:uses?|used|using|relies on|relied on|depends on|turned to|chose|picked|selected) "
    r"(?:the )?@(?P<host>\d+)@ (?:cloud )?(?:to (?:store|host|keep|house|back up)\b|"
    r"for (?:its |their )?(?:cloud )?(?:storage|hosting|data storage|backups?)\b)"
)
# "Y, a cloud company that runs X's court records portal": the provider hosts X
_PROVIDER_RUNS = re.compile(
    r"@(?P<host>\d+)@, an? (?:[\w-]+ )?(?:cloud|hosting|data[- ]cent(?:er|re)|infrastructure)"
    r" (?:company|provider|firm|service|operator) (?:that|which) (?:now |also )?(?:runs|hosts|"
    r"operates|stores|keeps|houses) (?:the )?@(?P<hosted>\d+)@'s"
    # what such a firm runs is a machine's work, not "the toll roads" or "its ad campaign"
    r" (?:[\w-]+ ){0,3}?(?:portals?|websites?|sites?|systems?|servers?|data|records|"
    r"databases?|platforms?|networks?|e-?mail|software|apps?|services?|cloud|infrastructure|"
    r"computers?|IT)\b"
)
# "X data are stored by Y", "X's recordings are kept by Y": Y keeps X's data
_DATA_KEPT_BY = re.compile(
    r"@(?P<hosted>\d+)@(?:'s)? (?:[\w-]+ ){0,2}?"
    + _DATA
    + r"(?: and (?:[\w-]+ ){0,2}?"
    + _DATA
    + r")?(?: (?:for|of|from) [^@,;]{0,40}?)? (?:is|are|was|were|will be|have been|has been) "
    r"(?:also |now )?(?:stored|kept|held|hosted|"
    r"housed|backed up) (?:by|with) (?:the )?@(?P<host>\d+)@(?!'s)"
)
# "X runs in Y's government region": a cloud's part kept apart for its customers hosts X, said
# of X as it is (not "X could run in …", "moved X to …")
_IN_REGION = re.compile(
    # (and "P, which runs on …", "the P platform is hosted in …", "P is a product hosted in …")
    # ("both P and Q are hosted on …", "X's records system runs in …", "P data for its
    # Canadian clients is stored in …")
    r"(?:(?:\bboth )?@(?P<hosted>\d+)@(?: and @(?P<hosted2>\d+)@)?(?:'s (?:[a-z-]+ ){0,2}?"
    + _WORK
    + r"| (?:[a-z-]+ )?"
    + _WORK
    + r"| (?:[\w-]+ ){0,2}?"
    + _DATA
    + r"(?: for [^@,;]{0,40}?)?"
    r"| is an? (?:[\w-]+ ){0,3}?(?:product|service|platform|application))?"
    # ("P is developed by X and runs on …": P, the clause's subject)
    r"|\bit|\bthe [a-z]+|\b(?P<rel>which)|(?<=@) and) (?:now |still )?(?:runs?|"
    r"(?:is|are) (?:hosted|stored|kept)|lives|operates|hosted|"
    # ("P stores project data on Y's region": what it keeps is kept there)
    r"(?P<stores>stores|keeps) (?:its |their |all |the )?(?:[\w-]+ ){0,2}?" + _DATA + r") "
    r"(?:entirely |only |mostly )?"
    r"(?:in|on) "
    # (a region may have a name: "in Auberon Cloud's GovRegion")
    r"(?:the )?(?:@(?P<host>\d+)@'s (?:(?:[\w.-]+ ){0,2}?(?:regions?|environments?|cloud|tenancy|"
    r"platform|servers|infrastructure|data cent(?:er|re)s)\b|@(?P<region>\d+)@)"
    # "in the government regions of Y", "in the Y GovCloud environment"
    r"|(?:[\w-]+ ){0,2}?(?:regions?|environments?|tenancy|platform|servers|data cent(?:er|re)s) "
    r"of (?:the )?@(?P<host2>\d+)@(?!'s)"
    r"|@(?P<host3>\d+)@ (?:[\w-]+ )?(?:environment|region|regions|tenancy)\b)"
    # (not "in Ostrander's government environment on Stratacore Cloud": the cloud it is on)
    r"(?! (?:on|in) (?:the )?@\d+@)"
)
# "records in P are hosted by Y", "data from P are stored in Y's data centres": Y hosts P
_THINGS_DATA_KEPT = re.compile(
    r"\b" + _DATA + r"(?: and (?:[\w-]+ ){0,2}?" + _DATA + r")? (?:(?:held|kept|stored) )?"
    r"(?:in|from|on) (?:the )?@(?P<hosted>\d+)@ (?:is|are|have been|has been) "
    r"(?:also |now )?(?:stored|kept|held|hosted|housed|backed up) "
    r"(?:(?:by|with) (?:the )?@(?P<host>\d+)@(?!'s)|(?:on|in) (?:the )?@(?P<host2>\d+)@'s)"
)
# "video from the P drones is stored on Y", "images captured by P are kept for 31 days on
# servers run by Y", "P logs, with timestamps, are stored by Y", "the images are stored by P in
# Y", "the P video sits on Y": Y keeps the data a thing makes
_THINGS_OUTPUT_KEPT = re.compile(
    r"(?:\b"
    + _DATA
    + r"(?: and (?:[\w-]+ ){0,2}?"
    + _DATA
    + r")? (?:from|of|in|(?:captured|processed|collected|recorded|generated|made) by) (?:the )?"
    r"@(?P<hosted>\d+)@(?: [a-z-]+){0,2}?|@(?P<maker>\d+)@ (?:[\w-]+ ){0,2}?"
    + _DATA
    + r")(?: under [^@,;]{1,20}?| ?, [^@;]{1,60}? ?,)? (?:(?:is|are|was|were|have been|has been) "
    r"(?:also |now )?(?:stored|kept|held|hosted|housed|backed up|retained)|sits?|lives?)"
    r"(?: for [^@,;]{1,30}?)? (?:by|with|on|in|at) (?:servers (?:run|operated|managed) by )?"
    r"(?:the )?@(?P<host>\d+)@(?!'s| (?:in|on) (?:the )?@)"
    r"|\b(?:is|are) (?:stored|kept|held) by (?:the )?@(?P<hosted3>\d+)@ (?:in|on) (?:the )?"
    r"@(?P<host2>\d+)@(?!'s)"
)
# "Y, which stores P footage", "Y stores all of X's customer video", "Y keeps X's records": Y,
# a firm, keeps X's data
_STORES_OWNERS_DATA = re.compile(
    r"@(?P<host>\d+)@(?:, which)? (?:also |now |still )?(?:stores|stored|keeps|kept|holds|held|"
    r"houses|housed|backs up|backed up) (?:all |some |most |much )?(?:of )?(?:the )?"
    r"@(?P<hosted>\d+)@(?:'s)? (?![^@;,]{0,30}\b(?:on|in) (?:the )?@)"
    r"(?:[\w-]+ ){0,2}?" + _DATA + r"\b"
)
# "Y's servers host X", "Y's data centers also store X's records"
_MACHINES_HOST = re.compile(
    r"@(?P<host>\d+)@(?:'s (?:[\w-]+ )?"
    + _MACHINES
    + r"| (?:[\w-]+ )?"
    + _MACHINES
    + r" (?:that|which)(?= (?:also |now |still )?hosts?\b)) (?:also |now |still )?"
    r"(?:host|hosts|hosted|store|stores|stored|run|runs|ran) (?:the )?(?:[\w-]+ ){0,2}?"
    r"@(?P<hosted>\d+)@"
)
# "P, its storage service, which runs on …": the relative clause's name is what is hosted
_WHICH_BEFORE = re.compile(
    r"@(\d+)@(?:, (?:[^@,;]|@\d+@'s){1,80})?, (?:which|that) [^@,;]{0,40}$"
)  # (an aside may name an owner: "P, X's matching software, which runs on …")
# What only may be, or no longer is: "which may move to", "which used to run on", "which ran
# on … until 2021", "which is set to move to".
_MAYBE = re.compile(
    r"\b(?:may|might|could|would|will|should|wants? to|hopes? to|plans? to|used to|once|"
    r"previously|formerly|expected to|set to|is to|until|ran|was)\b"
)
# Hosting only to come: "will be hosted in Y", "could run on Y"
_TO_COME = re.compile(
    r"\b(?:will|would|could|may|might|plans? to|is to be|are to be|set to|expected to)\b"
)
_HOSTED = (ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}) | THING_TYPES
# A region a cloud names: "GovRegion", "Gov West", "US Government Zone"
_REGION_NAME = re.compile(r"(?i)region|\bgov|government|zone")


_KEEPING = (
    _KEEPS_DATA,
    _KEEPER_CHOSEN,
    _DATA_KEPT_BY,
    _STORES_OWNERS_DATA,
    _MOVES_THING,
    _HOSTED_ITS,
    _THINGS_DATA_KEPT,
    _THINGS_OUTPUT_KEPT,
)


# "Images from the scanners are stored on Y's Texas region", "X says the audio and transcripts
# are stored on Y's government region": data no name owns, kept in a cloud's own place
_UNNAMED_DATA_KEPT = re.compile(
    r"(?:^|, |\b(?:says|said|that) )(?:the |all )?(?:[a-z-]+ ){0,2}?"
    + _DATA
    + r"(?: and (?:the )?(?:[a-z-]+ ){0,2}?"
    + _DATA
    + r")?(?: (?:from|of) (?:the )?[a-z -]{1,30}?)?"
    r" (?:are|is|have been|has been) (?:also |now )?(?:stored|kept|held|hosted) (?:on|in) "
    r"(?:the )?@(?P<host>\d+)@'s (?:[\w-]+ ){0,2}?(?:region|data ?cent(?:re|er)s?|servers)\b"
)
_RECENT = 400  # how far back, in characters, the product whose data it is was named


# (the body's own machines, where they are: "kept on our own servers at Ballyquinlan Point")
_OWN_MACHINES = re.compile(r"(?:\bour|\bits|\btheir|@|@'s) own (?:servers?|data cent(?:er|re)s?)\b")


def unnamed_data_host(sentence: Sentence) -> list[Found]:
    """The cloud keeping data the sentence names no owner of: the data of the product the text
    named last, a few sentences back at most."""
    match = _UNNAMED_DATA_KEPT.search(sentence.masked)
    if match is None or unstated(sentence.masked, 0, match.end()):
        return []
    if _TO_COME.search(sentence.masked, 0, match.end()) or _KEPT_NO_MORE.search(
        sentence.masked, 0, match.end()
    ):
        return []  # "images will be stored on Y's region", "were stored … until 2021"
    if re.match(r"[^.;,]{0,30}?\buntil\b", sentence.masked[match.end() :]):
        return []
    host = sentence.entity(int(match.group("host")))
    doc = sentence.doc
    products = [
        m.key
        for ms in doc.mentions
        for m in ms
        if sentence.start - _RECENT <= m.start < sentence.start
        and doc.entities[m.key].type == "Product"
    ]
    if host.type != "Company" or not products or products[-1] == host.key:
        return []
    return [Found(host.key, "hosts", products[-1], 0.55, "product's data kept")]


def _clause(text: str, match: re.Match) -> int:
    """Where the clause of a match begins: after the last comma or semicolon before it."""
    return max(text.rfind(",", 0, match.start()), text.rfind(";", 0, match.start()), 0)


# "P is hosted by X in Y's Helsinki region": Y hosts P (host_rules.py), X only arranges it
_HOSTED_BY_IN = re.compile(
    r"\bhosted by (?:the )?@(?P<by>\d+)@ (?:in|on|at) (?:the )?@\d+@['’]s (?:[\w-]+ ){0,3}?"
    r"(?:region|data cent(?:re|er)s?|cloud|servers?)\b"
)


def hosted_in_anothers(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The readings less the hosting of one that hosts a thing in another's cloud."""
    if "hosted by" not in sentence.masked:
        return found
    arrangers = {sentence.entity(int(m["by"])).key for m in _HOSTED_BY_IN.finditer(sentence.masked)}
    return [f for f in found if f.relation != "hosts" or f.subject not in arrangers]


def machine_hosts(sentence: Sentence) -> list[Found]:
    """The host of the machines a sentence names, hosting the sentence's subject."""
    text, out = sentence.masked, []
    matches = [
        *_FROM_HOST.finditer(text),
        *_HOST_OWNS.finditer(text),
        *_HOST_NAMES.finditer(text),
        *_WORKED_ON.finditer(text),
        *_MACHINES_HOST.finditer(text),
        *_KEEPS_DATA.finditer(text),
        *_MOVES_THING.finditer(text),
        *_KEEPER_CHOSEN.finditer(text),
        *_PROVIDER_RUNS.finditer(text),
        *_DATA_KEPT_BY.finditer(text),
        *_STORES_OWNERS_DATA.finditer(text),
        *_IN_REGION.finditer(text),
        *_OWNERS_PLACE_AT_HOST.finditer(text),
        *_ACCOUNT_AT_HOST.finditer(text),
        *_HOSTED_ITS.finditer(text),
        *_THINGS_DATA_KEPT.finditer(text),
        *_THINGS_OUTPUT_KEPT.finditer(text),
    ]
    for match in matches:
        groups = match.groupdict()
        host_index = int(groups["host"] or groups.get("host2") or groups.get("host3"))
        host = sentence.entity(host_index)
        # (the thing whose data is kept: "P logs are stored on Y", "stored by P in Y")
        named = groups.get("hosted") or groups.get("hosted3") or groups.get("maker")
        # ("P, which runs on Y": the relative's own "which" ends where its antecedent is read)
        rel = groups.get("rel")
        relative = _WHICH_BEFORE.search(text, 0, match.end("rel") + 1 if rel else match.start())
        if named:
            subject = int(named)
        elif rel and not relative:
            continue  # a "which" whose antecedent is not told apart
        elif relative:
            subject = int(relative.group(1))
        else:
            subject = first_subject(text, match.start())
        if host.type not in COMPANY or host.place or subject is None:
            continue
        region = groups.get("region")
        if region and not _REGION_NAME.search(sentence.entity(int(region)).name):
            continue  # "runs on Y's Kestrel Mobile app", "in Y's Summer Showcase": no region
        if unstated(text, 0, match.end()) or UNREALISED.search(text, 0, match.end()):
            continue  # "X plans to move its records to servers run by Y"
        if _TO_COME.search(text, _clause(text, match), match.end()):
            continue  # "the new system will be hosted in Y"
        if match.re in _KEEPING and (
            host.type != "Company"
            or _KEPT_NO_MORE.search(text, _clause(text, match), match.end())
            or re.match(r"[^.;,]{0,30}?\buntil\b", text[match.end() :])
        ):
            continue  # "X stores evidence in the Y Courthouse", "X stopped storing files on Y"
        if match.re is _OWNERS_PLACE_AT_HOST and re.search(
            r"@\d+@ (?:is|are) \w+ $", text[: match.start()]
        ):
            continue  # "P is hosted in X's tenancy on Y": P is what Y hosts
        if relative and _MAYBE.search(relative.group(0)):
            continue  # "P, which may move to servers leased from Y"
        if _OWN_MACHINES.search(text, match.start(), match.end() + 40):
            continue  # "kept on our own servers at Ballyquinlan Point": the place they are at
        for index in (subject, groups.get("hosted2")):
            hosted = sentence.entity(int(index)) if index is not None else None
            if groups.get("stores") and (hosted is None or hosted.type != "Product"):
                continue  # (what a firm keeps on another's region is no thing of its hosted)
            if hosted and hosted.name.startswith(f"{host.name} "):
                continue  # "our own servers at the Marsh Creek operations center": its place
            if hosted and hosted.type in _HOSTED and hosted.key != host.key:
                out.append(Found(host.key, "hosts", hosted.key, 0.6, "hosting machines"))
    return out
