"""Who does what to whom in one sentence, read from its clause structure.

The sentence is read as tokens with its mentions as placeholders. For every cue word of the
lexicon (`cues.py`) the analyser finds the parties the cue relates: the agent (the grammatical
subject of an active verb, the by-phrase of a passive one, the antecedent of a relative pronoun,
the head an apposition describes, the possessor of a noun), the direct object and the
prepositional complements. Lists on either side give one fact per member. Negation, denial and
doubt in the clause give no fact; modal and reported hedges lower the confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues as cx
from .appositions import made_thing, owned_apposition

_TOKEN = re.compile(
    r"@\d+@|'s\b|n't\b|\$[\d.,]+|[a-z0-9]+(?:[-.&][a-z0-9]+|'(?!s\b)[a-z0-9]+)*|[,;:()]"
)


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PREPOSITIONS = words("""
    about against among at between by for from in inside into of on onto over to toward towards
    under with within without through via
""")
BE = words("""
    is are was were be been being am 's get gets got gotten
""")
AUX = words("""
    has have had will would shall should can could may might must do does did 've 'd also
    already still now just since long then later even first further jointly once reportedly
    allegedly recently previously quietly secretly repeatedly publicly currently actively
    formally officially openly directly again ever subsequently eventually initially originally
    began begin begins beginning started start starts starting continued continues continue
    resumed resume resumes kept keep keeps
""")
NEGATORS = words("not n't never no neither nor without")
HEDGES = words("""
    could may might would reportedly allegedly possibly likely apparently perhaps purportedly
    supposedly
""")
DOUBT = words("unclear unconfirmed unknown uncertain rumored rumoured")
DENIAL = words("""
    denied denies deny denying refuted refutes disputed disputes rejected rejects dismissed
    false falsely tabled postponed deferred shelved
""")
# Verbs that take an infinitive about what has not happened: "plans to sell" is no sale.
IRREALIS = words("""
    plan plans planned planning seek seeks sought seeking hope hopes hoped hoping want wants
    wanted wanting aim aims aimed aiming try tries tried trying attempt attempts attempted
    propose proposes proposed proposing consider considers considered considering refuse refuses
    refused refusing decline declines declined declining bid bids intend intends intended ask
    asks asked asking urge urges urged urging demand demands demanded press presses pressed call
    calls called petition petitions petitioned expected expects would could might may should
    wish wishes wished compete competes competed competing vying vie vies lobbying lobbied lobby
    threaten threatens threatened threatening vow vows vowed vowing pledge pledges pledged promise
    promises promised
""")
# Verbs whose object, not subject, does what the infinitive says: "paid X to build Y".
OBJECT_CONTROL = words("""
    paid pay pays hired hire hires tapped tap taps chose choose chooses selected select selects
    contracted commissioned enlisted helped help helps allowed allow allows engaged engage engages
""")
# Verbs that carry a noun cue without changing it: "signed a contract with", "is a unit of".
LIGHT = words("""
    has have had having is are was were be been being became become becomes remains remained
    signed sign signs signing holds held hold holding won win wins winning got gets received
    receives secured secures landed lands entered enters struck strikes inked inks announced
    announces opened opens launched launches filed files sent sends wrote writes published
    publishes released releases expressed expresses voiced voices raised raises renewed renews
    extended extends awarded ran runs conducted conducts as its their his her an a the one two three
    new former longtime operates
    major key ongoing existing previous first second another multiple several including joined
    joins join brought brings led organized organised started called calls acknowledged
    took take takes taking
    acknowledges admitted admits confirmed confirms defended defends disclosed discloses come
    comes came coming
""")
CLAUSE_BREAK = frozenset(";:") | words("""
    but while whereas although though because however said says told according
""")
RELATIVE = words("which who that whom")
FUNCTION = (
    PREPOSITIONS
    | BE
    | AUX
    | NEGATORS
    | HEDGES
    | RELATIVE
    | CLAUSE_BREAK
    | words("""
    and or nor as than so if when where whether after before during since until while then
    and the a an this these those its their his her it they he she we i you said says
    next last year years month months week weeks day days today yesterday tomorrow ago earlier
    later early late recently again too also already still more less first second
""")
)
# "A and B, reporters at Y, …": a plural title opens an apposition
_PLURAL_TITLES = words("reporters researchers analysts attorneys lawyers editors engineers fellows")
_ASIDE_OPEN = words("""a an the its their his her which who whose both one also now formerly then
    once another each all two three four five six seven eight nine ten former longtime""")
# "X, founded in Cleveland in 2019, …": where a body began (not "founded by former Y staff")
_PLACED_ASIDE = words("founded based headquartered established incorporated")
_HEADED_ASIDE = words("headed led chaired directed")
# Common verbs that are not cues: they end a scan for a subject or an object.
OTHER_VERBS = words("""
    said says say told tell tells show shows showed shown found find finds revealed reported
    reports wrote argued argues added adds noted notes claimed claims confirmed confirms
    acknowledged acknowledges stated states announced announces explained believes believed
    thinks thought knew knows known testified asked asks urged urges called calls want wants
    wanted continued began begins started starts stopped stops ended ends declined declines
    refused refuses helped helps allowed allows made makes came comes went goes took takes gave
    gives included includes is are was were has have had
""")


@dataclass(frozen=True)
class Hit:
    """One proposed relation between two mention indices, with how it was found."""

    relation: str
    subject: int
    object: int
    confidence: float
    how: str
    options: frozenset[str] = frozenset()


_COUNTS = words("""
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    hundred hundreds dozen dozens several
""")


class Clauses:
    """The tokens of one masked sentence and the structure the analyser needs of them."""

    def __init__(self, masked: str) -> None:
        text = masked.replace('"', " ").replace("n't", " n't")
        self.toks = _TOKEN.findall(text)
        self.mention = [int(t[1:-1]) if t.startswith("@") else None for t in self.toks]
        self.asides = self._asides()
        self.people: set[int] = set()  # tokens of mentions of people, set by the reader
        self.places: set[int] = set()  # and of places
        self.kinds: dict[int, str] = {}  # mentions (not tokens) of organisations: their types
        self.modifiers = {
            m
            for i, m in enumerate(self.mention)
            if m is not None and i + 1 < len(self.toks) and self._noun_after(i + 1)
        }
        # "ex-Facebook and Oculus executive X": a list before a noun modifies it as a whole.
        for i in range(len(self.toks) - 3, -1, -1):
            if (
                self.mention[i] is not None
                and self.toks[i + 1] in ("and", "or", ",")
                and self.mention[i + 2] in self.modifiers
            ):
                self.modifiers.add(self.mention[i])

    def _noun_after(self, i: int) -> bool:
        """A word after a mention that makes the mention a modifier: "Venntel licenses"."""
        tok = self.toks[i]
        after = self.toks[i + 1] if i + 1 < len(self.toks) else "."
        # A verb form ending in -s is a plural noun when it closes the phrase and the name stands
        # where an object does: "bought X licenses for …"; "X works for Y" is a verb.
        before = self.toks[i - 2] if i >= 2 else ""
        plural = (
            tok.endswith("s")
            and (after in PREPOSITIONS or after in ",;:)." or after == "and")
            and (before in PREPOSITIONS or self.is_verb(i - 2) if before else False)
        )
        return (
            tok[0].isalpha()
            and tok not in FUNCTION
            and tok not in _COUNTS  # "sold the office six kits": the office gets them
            and (plural or not self.is_verb(i))
            and not tok.endswith(("ed", "ly"))
        )

    def _asides(self) -> dict[int, int]:
        """Appositions and parentheses: the index of each closing token -> its opening one."""
        toks, out = self.toks, {}
        for i, tok in enumerate(toks):
            if tok == "(":
                close = next((k for k in range(i + 1, len(toks)) if toks[k] == ")"), None)
                if close:
                    out[close] = i
            elif (
                tok == ","
                and i > 0
                and (self.mention[i - 1] is not None or toks[i - 1] == ")")
                and i + 1 < len(toks)
                and (
                    toks[i + 1] in _ASIDE_OPEN
                    or (toks[i + 1] in _PLACED_ASIDE and toks[i + 2 : i + 3] == ["in"])
                    or (toks[i + 1] in _PLURAL_TITLES and toks[i + 2 : i + 3] == ["at"])
                    or toks[i + 1 : i + 3] == ["part", "of"]  # "X, part of Y, is led by Z"
                    # "X, headed by Director Y, ran a pilot of P"
                    or (toks[i + 1] in _HEADED_ASIDE and toks[i + 2 : i + 3] == ["by"])
                    or self._possessor(i + 1)
                    or self._described_reference(i + 1)
                )
            ):
                close = next(
                    (k for k in range(i + 1, min(len(toks), i + 30)) if toks[k] in (",", ";")),
                    None,
                )
                if close and toks[close] == ",":
                    out[close] = i
        return out

    def _described_reference(self, i: int) -> bool:
        """ "X, the company behind P, …": a reference ("the company", masked as a name) that a
        phrase or a relative clause describes opens an apposition, as "the maker of P" does."""
        if self.mention[i] is None or i + 2 >= len(self.toks):
            return False
        after = self.toks[i + 1]
        # (not an object relative: "the department that Vantora supplies")
        subject_relative = (
            after in ("that", "which")
            and self.mention[i + 2] is None
            and self.toks[i + 2] not in ("the", "a", "an", "its", "their", "it", "they")
        )
        return after == "behind" or subject_relative

    def _possessor(self, i: int) -> bool:
        return self.mention[i] is not None and i + 1 < len(self.toks) and self.toks[i + 1] == "'s"

    def clause_start(self, i: int) -> int:
        for k in range(i - 1, -1, -1):
            if self.toks[k] in CLAUSE_BREAK:
                return k + 1
        return 0

    def clause_end(self, i: int) -> int:
        for k in range(i + 1, len(self.toks)):
            if self.toks[k] in CLAUSE_BREAK:
                return k
        return len(self.toks)

    def is_verb(self, i: int) -> bool:
        tok = self.toks[i]
        return tok in OTHER_VERBS or tok in cx.verb_words()


_ADVERBS = words("only mostly mainly entirely fully partly largely still now also already")


def adverb_at(toks: list[str], i: int) -> bool:
    """Whether the word at i is an adverb that may stand inside a phrasal verb ("runs
    entirely on")."""
    return i < len(toks) and (toks[i] in _ADVERBS or (toks[i].endswith("ly") and len(toks[i]) > 4))


def bracketed_label(toks: list[str], i: int, last: int) -> bool:
    """Whether the words i to last stand alone in brackets, a label, no verb: "X (Chair), Y"."""
    return i > 0 and last + 1 < len(toks) and (toks[i - 1], toks[last + 1]) == ("(", ")")


def neither_nor(c: Clauses, i: int, last: int) -> bool:
    """Whether "neither … nor" names a side of the cue from token i to `last`: "Neither A nor
    B sold X to C", "sold X to neither A nor B" deny the statement for every member."""
    k = i - 1
    while k >= c.clause_start(i):
        if k in c.asides:
            k = c.asides[k] - 1  # "X, which sued neither A nor B, criticized Y": not X
            continue
        if c.toks[k] == "neither":
            return True
        k -= 1
    for k in range(last + 1, c.clause_end(last)):
        if c.toks[k] == "neither":
            return True
        if c.toks[k] in (",", "and") or c.toks[k] in RELATIVE:
            return False  # "…, and neither A nor B objected": another clause's subject
    return False


QUANTITY = words("""
    worth million billion thousand thousands millions billions hundreds dozens number kinds kind
    types type copies units amount lots version versions edition editions
""")
_AMOUNT = re.compile(r"(?:r|rs|ksh|rm|us)?\d[\d,.]*(?:k|m|bn|mn|b)?")
# Relations said of a thing someone owns said of its owner: "funds the center's work".
ABOUT_OWNER = frozenset({"opposes", "supports", "investigates", "uses", "funds", "hosts"})


def pairs(cue: cx.Cue, roles: dict[str, int], confidence: float, how: str) -> list[Hit]:
    out = []
    confidence -= 0.15 if "weak" in cue.options else 0.0
    subjects = [roles[s] for s in cue.subject if s in roles]
    if cue.relation == "supplies" and cue.kind == "verb" and "obj" in roles:
        # "sells X to Y", "provides Y with X": one complement is the customer, the other
        # the thing supplied, whatever its name suggests
        roles = {k: v for k, v in roles.items() if k != ("obj" if "to" in roles else "with")}
    objects = [(roles[o], confidence, how) for o in cue.object if o in roles]
    owners = [(roles[o + "'s"], confidence - 0.1, how + " owner") for o in cue.object
              if o + "'s" in roles]  # fmt: skip
    if cue.relation in ABOUT_OWNER and (not objects or cue.relation == "investigates"):
        # "condemned Amazon's decision", "uses Palantir's software", "wrote to Amazon CEO
        # Jeff Bezos": the stance, the use or the questions concern the owner
        objects += owners
    for s in subjects[:1] if cue.subject[0] == "agent" else subjects:
        for o, sure, found in objects:
            if s != o:
                out.append(Hit(cue.relation, s, o, round(sure, 2), found, cue.options))
    return out


def quantity(tok: str) -> bool:
    """ "$190,000 worth of X licenses", "$1 million in licenses": the amount, not a role (its
    currency sign dropped by the tokens: "3.1", "2.4m", "r350")."""
    return tok in QUANTITY or tok.startswith("$") or bool(_AMOUNT.fullmatch(tok))


def antecedent(c: Clauses, j: int) -> int | None:
    """The mention a relative pronoun at token j stands for."""
    k = antecedent_token(c, j)
    return None if k is None else c.mention[k]


def antecedent_token(c: Clauses, j: int) -> int | None:
    """The token of the name a relative pronoun at token j stands for, if a name is there."""
    k = j - 1
    if k >= 1 and c.toks[k] == "of" and c.toks[k - 1] in ("both", "all", "each"):
        k -= 2  # "A and B, both of which went live on P": the list before
    if k >= 0 and c.toks[k] == ",":  # (and past a lawmaker's party and home: ", R-Ohio,")
        k -= 3 if k >= 3 and c.toks[k - 2] == "," and _PARTY_HOME.fullmatch(c.toks[k - 1]) else 1
    # "the X Police in Germany, which …", "the Town of X, Ontario, which", "C of Seoul, which": X
    if (
        k >= 2
        and k in c.places
        and c.toks[k - 1] in (",", "in", "of")
        and c.mention[k - 2] is not None
    ):
        k -= 2
    if k >= 0 and c.mention[k] is not None:
        made = made_thing(c, k)
        return k if made is None else made
    # "X, a Virginia contractor that has worked with Y", "X, the law firm that represents Y":
    # the head the apposition describes
    start = next((x for x in range(k, max(-1, k - 6), -1) if c.toks[x] in ("a", "an", "the")), None)
    if start is None:
        return owned_apposition(c, k)
    if start < 2 or c.toks[start - 1] != ",":
        return None
    if any(c.mention[x] is not None or c.toks[x] == "," for x in range(start, k + 1)):
        return None
    return start - 2 if c.mention[start - 2] is not None else None


_PARTY_HOME = re.compile(r"[rdi]-[a-z.]+")
_KIND_NOUNS = words("newspaper magazine outlet group coalition organization firm company")
_KIND_NOUNS |= {"organisation"}


def member_of(c: Clauses, j: int) -> int | None:
    """The token of the person in "X of the Y" when the mention at token j is Y's: a person
    named with their organisation speaks and acts for themselves."""
    k = j - 1
    if k >= 0 and c.toks[k] in _KIND_NOUNS:
        k -= 1  # "Jane Roe of the newspaper X"
    if k >= 0 and c.toks[k] == "the":
        k -= 1
    if k >= 1 and c.toks[k] in ("of", "from", "at") and c.mention[k - 1] is not None:
        return k - 1 if k - 1 in c.people else None
    return None


def modifies_prepositional_noun(c: Clauses, g: int) -> bool:
    """A participle right after an unnamed noun that a preposition governs ("on servers run
    by", "with a grant administered by") describes that noun."""
    k = g - 1
    if k < 0 or c.mention[k] is not None or c.toks[k] in PREPOSITIONS or c.toks[k] == ",":
        return False
    while k >= 0 and c.mention[k] is None and c.toks[k] not in PREPOSITIONS:
        if c.toks[k] == "," or c.is_verb(k) or c.toks[k] in BE or c.toks[k] in RELATIVE:
            return False
        k -= 1
    return k >= 0 and c.mention[k] is None


def object_antecedent(c: Clauses, g: int) -> int | None:
    """The name a relative pronoun stands for when it is the object of the verb group at g:
    "P, which X develops", "the drones, which X has flown" (the subject X just before g)."""
    k = g - 1
    if k < 1 or c.mention[k] is None:
        return None
    k -= 2 if c.toks[k - 1] == "the" else 1  # "which the agency has used"
    return antecedent(c, k) if k >= 1 and c.toks[k] in ("which", "that", "whom") else None
