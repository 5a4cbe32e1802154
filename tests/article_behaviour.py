"""Sentences built from templates of English, with invented names, and the facts each states.

Every template is a shape of English (active, passive, relative clause, apposition, tense,
modality, coordination, negation, doubt) around placeholders; every placeholder is filled with
a name invented for it (a made-up word plus a head noun that says its kind: "… Coalition",
"… Police Department"), so the suite tests how sentences are read, not which names are known.
`tests/test_article_behaviour.py` checks it; `bench/extract_quality.py` reports its score.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from graphkit.extractors.article import candidates
from graphkit.extractors.article.document import text_document

# Invented words are built from these syllables; none is an English word on its own.
_ONSETS = ("Br", "Dr", "K", "Qu", "V", "Z", "Th", "Gl", "Sk", "Tr", "Pl", "Fr", "Yv", "Ostr")
_VOWELS = ("a", "e", "i", "o", "u", "ae", "ei", "y")
_CODAS = ("nd", "rk", "lv", "x", "sk", "rn", "th", "lm", "v", "zz")
_ENDINGS = ("ane", "ora", "ix", "el", "ova", "un", "eth", "ari", "ost", "enna")
_GIVEN = ("Dana", "Maria", "Peter", "Laura", "Samuel", "Nina", "Oscar", "Helen", "Victor")

KINDS = {
    "company": ("{w} Systems", "{w} Labs", "{w} Analytics", "{w} Technologies"),
    "agency": (
        "{w} Police Department",
        "{w} County Sheriff's Office",
        "{w} Border Agency",
        "{w} Police Department",
    ),
    "group": ("{w} Coalition", "{w} Rights Project", "{w} Foundation", "{w} Privacy League"),
    "media": ("{w} Herald", "{w} Gazette", "{w} Tribune"),
    "product": ("{w}", "{w}", "{w}"),
    "person": ("{g} {w}",),
    "lab": ("{w} Lab", "{w} Center", "{w} Clinic"),
    "university": ("University of {w}", "{w} University"),
    "investor": ("{w} Ventures", "{w} Capital", "{w} Partners"),
    # charities and funds that give grants
    "foundation": ("{w} Foundation", "{w} Family Foundation", "{w} Community Fund", "{w} Trust"),
    # bodies a text later calls by their name's last words: "the block club", "the league"
    "club": ("{w} Block Club", "{w} Park Block Club"),
    "league": ("{w} Tenants League", "{w} Privacy League"),
    # groups named after their members and their cause
    "campaign": (
        "{w} Neighbors for Privacy",
        "{w} Parents for Safe Schools",
        "{w} Students Against Surveillance",
    ),
    # people whose given names no list knows
    "stranger": ("Ostrel {w}", "Brannoc {w}", "Teodric {w}"),
    "institute": ("{w} Institute", "{w} Policy Institute", "{w} Institute for Digital Rights"),
    "sheriff": ("{w} County Sheriff's Office", "{w} Sheriff's Office"),
    "police": ("{w} Police Department", "{w} City Police", "{w} Police Service"),
    # a firm known by one word, which may open a sentence
    "brand": ("{w}",),
    "department": ("{w} Police Department", "{w} Department of Health", "{w} Fire Department"),
    # organisations named for a topic, with lower-case words inside their names
    "topic": (
        "Center on {w} and Technology",
        "Fight for the {w}",
        "Institute for {w} Policy",
        "Friends of the {w}",
    ),
}
# The slot letters templates use, and the kind of entity each takes.
SLOTS = {
    "C": "company",
    "D": "company",
    "A": "agency",
    "B": "agency",
    "G": "group",
    "H": "group",
    "M": "media",
    "P": "product",
    "Q": "product",
    "N": "person",
    "K": "person",
    "L": "person",
    "E": "company",
    "I": "group",
    "U": "lab",
    "V": "university",
    "W": "investor",
    "X": "investor",
    "R": "topic",
    "S": "stranger",
    "T": "stranger",
    "F": "institute",
    "J": "sheriff",
    "O": "department",
    "Y": "police",
    "Z": "brand",
    "f": "foundation",
    "c": "club",
    "g": "league",
    "h": "campaign",
}


@dataclass(frozen=True)
class Case:
    template: str
    text: str
    expected: frozenset  # (subject, relation, object) by name
    shape: str  # what the template exercises, for messages


def word(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) + rng.choice(_ENDINGS)


# (shape, template, expected facts as "S relation O" over slot letters; "" for none)
# fmt: off
TEMPLATES = [
    # supplies
    ("plain", "{C} supplies {A}.", "C supplies A"),
    ("plain", "{C} sells drones to {A}.", "C supplies A"),
    ("plain", "{C} provides {A} with license plate readers.", "C supplies A"),
    ("past", "{C} sold surveillance cameras to {A} in 2021.", "C supplies A"),
    ("past", "{C} signed a $3 million contract with {A}.", "C supplies A"),
    ("past", "{A} signed a contract with {C} last year.", "C supplies A"),
    ("future", "{C} will supply {A} with body cameras.", "C supplies A"),
    ("perfect", "{C} has licensed its software to {A} since 2019.", "C supplies A"),
    ("passive", "Cameras were sold to {A} by {C}.", "C supplies A"),
    ("passive", "{A} is supplied by {C}.", "C supplies A"),
    ("adverbial", "In 2021, {C} sold drones to {A}.", "C supplies A"),
    ("hedge", "{C} reportedly sells drones to {A}.", "C supplies A"),
    ("noun", "{C} has a contract with {A}.", "C supplies A"),
    ("possessive", "{A}'s contract with {C} expires in May.", "C supplies A"),
    ("coreference", "{C} makes drones. The company sells them to {A}.", "C supplies A"),
    ("relative", "{C}, a company that sells drones to {A}, declined to comment.",
     "C supplies A"),
    ("coordination", "{C} develops {P} and sells it to {A}.", "C develops P; C supplies A"),
    ("negation", "{C} did not sell drones to {A} but supplied {B}.", "C supplies B"),
    ("reverse", "{A} awarded {C} a contract worth $4 million.", "C supplies A"),
    ("reverse", "{A} paid {C} $2 million for location data.", "C supplies A"),
    ("reverse", "{A} bought phone-cracking tools from {C}.", "C supplies A"),
    ("relative", "{C}, which sells analytics software to {A}, opened an office in Ohio.",
     "C supplies A"),
    ("apposition", "{C}, a data broker, sells location data to {A}.", "C supplies A"),
    ("apposition", "{C}, a Denver-based startup, sells drones to {A}.", "C supplies A"),
    ("doubt", "{A} said it had used {C}'s cameras and had not decided whether to renew.",
     "A uses C; C supplies A"),
    ("coordination", "{C} sells drones to {A} and {B}.", "C supplies A; C supplies B"),
    ("coordination", "{C} and {D} supply {A}.", "C supplies A; D supplies A"),
    ("negation", "{C} does not sell software to {A}.", ""),
    ("reported", "{A} confirmed it had purchased 20 drones from {C}.", "C supplies A"),
    ("reported", "{C} said that it sells drones to {A}.", "C supplies A"),
    ("negation", "{C} said it does not sell drones to {A}.", ""),
    ("negation", "{C} never supplied {A}.", ""),
    ("denial", "{C} denied selling drones to {A}.", ""),
    ("doubt", "Whether {C} supplies {A} remains unclear.", ""),
    ("irrealis", "{C} plans to sell drones to {A}.", ""),
    ("irrealis", "{A} is considering a contract with {C}.", ""),
    ("irrealis", "{A} is considering buying drones from {C}.", ""),
    ("doubt", "It is not clear whether {A} still uses {C} software.", ""),
    ("whose", "{C}, whose software is used by {A}, declined to comment.",
     "A uses C; C supplies A"),
    ("list", "{C} has partnerships with dozens of police departments, including {A}.",
     "C supplies A"),
    ("plain", "{C} installed 400 cameras for {A} last year.", "C supplies A"),
    ("noun", "{A} signed a five-year, $20 million deal with {C} in March.", "C supplies A"),
    ("modifier", "{A} has been using {C} cameras since 2018.", "A uses C; C supplies A"),
    ("possessive", "{G} criticized {C}'s work with {A}.", "G opposes C; C supplies A"),
    ("possessive", "{C}'s facial recognition software is used by {A}.",
     "A uses C; C supplies A"),
    ("apposition", "{C}, a border agency contractor, makes drones for {A}.", "C supplies A"),
    ("apposition", "{C}, an {A} contractor, makes drones.", "C supplies A"),
    # develops
    ("plain", "{C} develops {P}.", "C develops P"),
    ("past", "{C} built {P} in 2018.", "C develops P"),
    ("future", "{C} will launch {P} next year.", "C develops P"),
    ("passive", "{P} was developed by {C}.", "C develops P"),
    ("relative", "{P}, which is made by {C}, scans faces.", "C develops P"),
    ("apposition", "{C}, the maker of {P}, declined to comment.", "C develops P"),
    ("coordination", "{C} and {D} developed {P}.", "C develops P; D develops P"),
    ("negation", "{C} did not develop {P}.", ""),
    # uses
    ("plain", "{A} uses {P}.", "A uses P"),
    ("perfect", "{A} has relied on {P} since 2021.", "A uses P"),
    ("past", "{A} deployed {P} in 2020.", "A uses P"),
    ("aspect", "{A} began using {P} in 2019.", "A uses P"),
    ("future", "{A} will deploy {P} this summer.", "A uses P"),
    ("passive", "{P} is used by {A}.", "A uses P"),
    ("relative", "{A}, which tested {P} last year, declined to comment.", "A uses P"),
    ("coordination", "{A} and {B} use {P}.", "A uses P; B uses P"),
    ("negation", "{A} does not use {P}.", ""),
    ("possessive", "{A} uses {C}'s face recognition software.", "A uses C; C supplies A"),
    # hosts
    ("plain", "{C} hosts {D}.", "C hosts D"),
    ("passive", "{D} is hosted by {C}.", "C hosts D"),
    # partOf
    ("apposition", "{C}, a subsidiary of {D}, sells drones.", "C partOf D"),
    ("copula", "{C} is a division of {D}.", "C partOf D"),
    ("plain", "{D} owns {C}.", "C partOf D"),
    ("past", "{D} acquired {C} in 2020.", "C partOf D"),
    ("passive", "{C} was acquired by {D} in 2020.", "C partOf D"),
    ("negation", "{D} does not own {C}.", ""),
    ("possessive", "{D}, {C}'s parent company, declined to comment.", "C partOf D"),
    ("host", "{N}, a researcher at the {U} at the {V}, spoke.", "N worksFor U; U partOf V"),
    ("apposition", "{N}, a professor at {V}, signed the letter.", "N worksFor V"),
    # leads
    ("plain", "{N} leads {G}.", "N leads G"),
    ("past", "{N} founded {C} in 2015.", "N leads C"),
    ("passive", "{G} is led by {N}.", "N leads G"),
    ("passive", "{C} was founded in 2014 by {N} and {K}.", "N leads C; K leads C"),
    ("relative", "{N}, who founded {C}, spoke on Monday.", "N leads C"),
    ("apposition", "{N}, the founder of {C}, spoke on Monday.", "N leads C"),
    ("apposition", "{N}, the chief executive of {C}, spoke on Monday.", "N leads C"),
    # worksFor
    ("plain", "{N} works for {G}.", "N worksFor G"),
    ("title", "{C} engineer {N} spoke at the hearing.", "N worksFor C"),
    ("apposition", "{N}, a former {C} engineer, joined {G} in May.",
     "N worksFor C; N worksFor G"),
    ("coordination", "{N}, {K} and {L}, all members of {G}, resigned over {P}.",
     "N worksFor G; K worksFor G; L worksFor G; N opposes P; K opposes P; L opposes P"),
    ("title", "{G} board members {N} and {K} resigned over {P}.",
     "N worksFor G; K worksFor G; N opposes P; K opposes P"),
    ("past", "{N} resigned from {G} over {P}.", "N worksFor G; N opposes P"),
    ("apposition", "{G}'s spokesperson, {N}, declined to comment.", "N worksFor G"),
    ("past", "{N} joined {A} in 2019.", "N worksFor A"),
    ("past", "{N} left {C} in 2019.", "N worksFor C"),
    ("apposition", "{N}, a spokesperson for {A}, declined to comment.", "N worksFor A"),
    # opposes
    ("plain", "{G} condemned {C}.", "G opposes C"),
    ("plain", "{G} opposes {C}.", "G opposes C"),
    ("past", "{G} sued {A} in March.", "G opposes A"),
    ("past", "{G} filed a lawsuit against {A}.", "G opposes A"),
    ("future", "{G} will protest {C} on Friday.", "G opposes C"),
    ("passive", "{C} was criticized by {G}.", "G opposes C"),
    ("coordination", "{G} and {H} protested {C}.", "G opposes C; H opposes C"),
    ("coordination", "{G} condemned {C} and {D}.", "G opposes C; G opposes D"),
    ("relative", "{G}, which sued {A} last year, filed a new brief.", "G opposes A"),
    ("plain", "{N} resigned over {P}.", "N opposes P"),
    ("plain", "{G} urged {A} to drop {P}.", "G opposes A"),
    ("negation", "{G} did not criticize {C}.", ""),
    ("coordination", "{G}, {H} and {I} condemned {C} and {E}.",
     "G opposes C; G opposes E; H opposes C; H opposes E; I opposes C; I opposes E"),
    ("adjective", "{G} is critical of {C}.", "G opposes C"),
    ("coordination", "{G} and Senator {N} condemned {C}.", "G opposes C; N opposes C"),
    ("between", "The relationship between {C} CEO {N} and Senator {K} has soured.",
     "N leads C"),
    ("possessive", "{G} condemned {C}'s decision to sell drones.", "G opposes C"),
    ("coreference", "{G} held a rally on Monday. The group condemned {C}.", "G opposes C"),
    ("coreference", "{G} met on Monday. It condemned {C} in a statement.", "G opposes C"),
    ("people of", "Activists from {G} protested {C} on Friday.", "G opposes C"),
    ("noun", "{C} has faced criticism from {G} over its police work.", "G opposes C"),
    ("noun", "{C} drew protests from {G}.", "G opposes C"),
    ("noun", "{G} joined a lawsuit against {A}.", "G opposes A"),
    ("noun", "{G} expressed alarm over {C}'s drones.", "G opposes C"),
    ("request", "{G} called on {C} to stop selling drones to police.", "G opposes C"),
    ("request", "{G} urged {C} not to sell drones.", "G opposes C"),
    ("request", "{G} asked {C} to explain its pricing.", ""),
    # asking a public body to cancel its deal opposes it (as the annotation rules have it)
    ("request", "{G} urged {B} to cancel the deal.", "G opposes B"),
    # supports
    ("plain", "{G} supports {H}.", "G supports H"),
    ("past", "{G} endorsed {H} in May.", "G supports H"),
    ("passive", "{H} is backed by {G}.", "G supports H"),
    ("negation", "{G} does not support {H}.", ""),
    # investigates
    ("plain", "{M} investigated {C}.", "M investigates C"),
    ("past", "{M} obtained documents from {A}.", "M investigates A"),
    ("noun", "{G} opened an inquiry into {C}.", "G investigates C"),
    ("noun", "{M}'s reporting on {C} prompted an inquiry.", "M investigates C"),
    ("passive", "{C} is being investigated by {M}.", "M investigates C"),
    ("title", "Senator {N} questioned {C} about its data practices.", "N investigates C"),
    ("title", "Senator {N} wrote to {C} CEO {K} about its police partnerships.",
     "N investigates C; K leads C"),
    ("fronted", "In a letter to {C}, Senators {N} and {K} asked about its data practices.",
     "N investigates C; K investigates C"),
    ("list", "{A} added {C} to its entity list in 2019.", "A opposes C"),
    ("list", "{A} added {P} to its fleet of tools.", ""),
    # an outlet's report closing a sentence with no named subject is about the text's main actor
    ("reported", "{A} bought drones from {C}. {A} confirmed the purchase. Agents flew the "
     "drones over protests, the {M} reported Friday.", "C supplies A; M investigates A"),
    # a writer's own publication; journalists and activists are people
    ("own outlet", "The order was lifted in May, journalist {N} reported on her {M} newsletter.",
     "N leads M"),
    ("own outlet", "Journalist {N} reported on her {M} newsletter that {C} sells drones to {A}.",
     "N leads M; N investigates C; C supplies A"),
    ("title", "Activist {N} criticized {C}.", "N opposes C"),
    ("title", "Reporter {N} of the {M} questioned {C}.", "N worksFor M; N investigates C"),
    # "the company": the company the last sentence was about, before the last one named
    ("coreference", "{C} bought {D} in May. The company sells drones to {A}.",
     "D partOf C; C supplies A"),
    ("coreference", "{A} said {C} had paused the pilot. The company sells drones to {B}.",
     "C supplies B"),
    # "they" and "the members": the group the last sentence was about
    ("coreference", "{G} held a rally on Monday. They condemned {A}.", "G opposes A"),
    ("coreference", "{G} held a rally in March. The members protested against {C}.",
     "G opposes C"),
    ("coreference", "{C} makes drones. They are cheap.", ""),
    ("coreference", "{C} sells drones to {A}. They criticized {D}.", "C supplies A"),
    # former employers and listed organisations before a title
    ("modifier list", "{C}, founded by former {D} and {E} executive {N}, won a contract.",
     "N leads C; N worksFor D; N worksFor E"),
    ("modifier", "Former {D} engineer {N} testified.", "N worksFor D"),
    ("modifier", "{N}, an ex-{D} executive, criticized {A}.", "N worksFor D; N opposes A"),
    ("modifier", "Ex-{D} executive {N} founded {C}.", "N worksFor D; N leads C"),
    ("plain", "Senator {N} threatened {C} with a subpoena.", "N opposes C"),
    ("infinitive", "{C} threatened to sue {G}.", "C opposes G"),
    # criticism in quotations: the speaker opposes what the censure names
    ("quote", '"{A} has built a dragnet that tracks everyone," said {N}, a lawyer at {G}.',
     "N opposes A; N worksFor G"),
    ("quote", '"{B} is running an unconstitutional program," {K} told {M}. "It has to end."',
     "K opposes B"),
    ("quote", '"The way {C} sells data to police is troubling," {G} said in a statement.',
     "G opposes C"),
    ("quote", '{L}, director of {H}, said: "{D} is complicit in abuses at the border."',
     "L opposes D; L leads H"),
    ("quote", "\"{E}'s {Q} is invasive and unaccountable,\" said {N}, a researcher at {I}.",
     "N opposes Q; N worksFor I"),
    ("quote", '"Critics call the system invasive, but it is lawful," said {K}, a spokesperson '
     'for {A}.', "K worksFor A"),
    ("quote", '"{A} and {B} both run invasive programs," said {N}.', ""),
    # funds
    ("plain", "{G} funds {H}.", "G funds H"),
    ("past", "{G} invested $5 million in {C}.", "G funds C"),
    ("passive", "{H} is funded by {G}.", "G funds H"),
    ("noun", "{H} received funding from {G}.", "G funds H"),
    ("investor", "{C} is backed by {W}.", "W funds C"),
    ("investor", "{C}, which is backed by {W} and {X}, sells drones to {A}.",
     "W funds C; X funds C; C supplies A"),
    ("investor", "{W} backs {C}.", "W funds C"),
    ("investor", "{G} backed {C}'s bid.", "G supports C"),
    # lists whose members carry a note in brackets, and plurals that refer back to a list
    ("list note", "Senators {N} (D-OR), {K} (D-MD) and {L} (R-TX) criticized {C}.",
     "N opposes C; K opposes C; L opposes C"),
    ("plural", "{G}, {H} and {I} held a rally. The groups condemned {C}.",
     "G opposes C; H opposes C; I opposes C"),
    ("plural", "Groups including {G} and {H} met on Monday. These organizations later sued {A}.",
     "G opposes A; H opposes A"),
    ("plural", "Senators {N} and {K} held a hearing. The senators criticized {D}.",
     "N opposes D; K opposes D"),
    ("plural", "{G} and {H} published a report. They condemned {C}.", "G opposes C; H opposes C"),
    # a person named with their organisation acts for themselves
    ("person of", "{N} of the {G} condemned {C}.", "N worksFor G; N opposes C"),
    ("person of", "{N} of {G} voiced concerns about {P}.", "N worksFor G; N opposes P"),
    # a share of an organisation acts for it; a plan names what a stance is about
    ("share", "Most of the {G} voted against {P}.", "G opposes P"),
    ("plan", "{G} opposed a plan to deploy {P} in schools.", "G opposes P"),
    ("plan", "{G} voted against a proposal to buy {P} for police.", "G opposes P"),
    ("topic name", "{N}, deputy director of {R}, criticized {C}.", "N worksFor R; N opposes C"),
    ("topic name", "{R} filed a lawsuit against {A}.", "R opposes A"),
    # participle phrases: the main clause's subject does what the participle says
    ("participle", "{C} opened an office in Ohio, providing drones to {A}.", "C supplies A"),
    ("participle", "{A} lifted the ban last year, taking the unusual step of blacklisting {C}.",
     "A opposes C"),
    ("participle", "{G} held a rally on Friday, condemning {C} for its police work.",
     "G opposes C"),
    ("participle", "{C} has worked with {A} for years, supporting its {P} system.",
     "C supplies A"),
    # awards and purchases told across sentences
    ("recipients", "{A} awarded three contracts. Each is worth $5 million, with {C}, {D} and {E} "
     "on the receiving end.", "C supplies A; D supplies A; E supplies A"),
    ("recipients", "{A} announced new deals on Monday. The contracts went to {C} and {D}.",
     "C supplies A; D supplies A"),
    ("across sentences", "In 2020, {A} bought licenses for several tools. That purchase included "
     "{C} subscriptions.", "C supplies A"),
    ("ditransitive", "{A} awarded {C} a contract to use its cloud services.",
     "C supplies A; A uses C"),
    ("participle", "Senators {N} (D-OR) and {K} (D-VT) wrote to {L} questioning how {C} "
     "stores data.", "N investigates C; K investigates C"),
    ("noun", "{N} warned of the dangers of {P}.", "N opposes P"),
    ("participle", "{G} and {H} released a report. The groups held a rally, highlighting the "
     "dangers of {P}.", "G opposes P; H opposes P"),
    # bodies an organisation has, described in lower case, and "the board" after them
    ("body", "The ethics board of {C} condemned {P}. The board also criticized {A}.",
     "C Ethics Board partOf C; C Ethics Board opposes P; C Ethics Board opposes A"),
    ("body", "{A}'s civilian oversight commission criticized {C}.",
     "A Civilian Oversight Commission partOf A; A Civilian Oversight Commission opposes C"),
    ("body", "Members of the AI ethics board for drone maker {C} include {N} and {K}.",
     "C AI Ethics Board partOf C; N worksFor C AI Ethics Board; K worksFor C AI Ethics Board"),
    ("its unit", "{C} and its home security company {D} face criticism.", "D partOf C"),
    ("its unit", "{C}, through its subsidiary {D}, opened an office in Ohio.", "D partOf C"),
    ("reported", "{C} sells spyware. {C} has offices in Ohio. The ban on {C} was lifted in "
     "August, technology journalist {N} reported on her {M} newsletter.",
     "N investigates C; M investigates C; N leads M"),
    ("coreference", "{A} bought location data from {C}. {B} has used the data since 2020.",
     "C supplies A; C supplies B; B uses C"),
    ("coreference", "{C} sells phone location data. {A} acknowledged the use of the data.",
     "C supplies A; A uses C"),
    ("noun", "{A} confirmed its use of {P}.", "A uses P"),
    ("list", "A coalition of groups, including {G}, {H} and {I}, urged {C} to stop selling {P} "
     "to police.", "G opposes P; H opposes P; I opposes P"),
    ("apposition", "\"It is a tool of control,\" said {N}, a leader in {G}.", "N worksFor G"),
    ("apposition", "{P}, a facial recognition app made by {C}, is used by {A}.",
     "C develops P; A uses P"),
    ("list", "{P} is used by more than 200 police departments, including {A} and {B}.",
     "A uses P; B uses P"),
    ("request", "{G} wants {A} to stop using {P}.", "G opposes A; A uses P"),
    ("irrealis", "{G} wants {A} to buy {P}.", ""),
    ("ditransitive", "Under the deal, {C} will give {A} access to its database.", "C supplies A"),
    ("ditransitive", "{C} gave its ethics board two days' notice.", "C Ethics Board partOf C"),
    ("apposition", "{A}, a {C} customer since 2018, declined to comment.", "C supplies A"),
    ("list", "{C}'s customers include {A} and {B}.", "C supplies A; C supplies B"),
    ("noun", "{G} filed a complaint with the FTC against {C}.", "G opposes C"),
    ("people of", "Activists with {G} rallied outside {C}'s headquarters on Tuesday.",
     "G opposes C"),
    ("plain", "Members of {G} picketed {C}.", "G opposes C"),
    ("denial", "{C} denied that its customers include {A}.", ""),
    ("doubt", "It is unclear whether {C}'s customers include {A}.", ""),
    ("doubt", "{A} awarded three contracts. It is unclear whether the contracts went to {C} and "
     "{D}.", ""),
    ("negation", "In 2020, {A} bought licenses for several tools. That purchase did not include "
     "{C} subscriptions.", ""),
    ("negation", "{G} and {H} met on Monday. The groups did not condemn {C}.", ""),
    # first persons inside a quotation are the speaker named outside it
    ("quote", "\"We oppose {P} and we will fight it,\" said {N} of {G}.",
     "N worksFor G; G opposes P"),
    ("quote", "\"We condemn {C},\" {G} said in a statement.", "G opposes C"),
    ("quote", "\"I have criticized {C} for years,\" said {N}, a researcher.", "N opposes C"),
    ("quote", "\"We sell drones to {A},\" said {N}, a spokeswoman for {C}.",
     "N worksFor C; C supplies A"),
    ("possessive", "{G} criticized the {A}'s practice of separating families at the border.",
     "G opposes practice of separating families"),
    ("term", "{C} sold closed-circuit television (CCTV) cameras to {A}.", "C supplies A"),
    ("term", "{A} bought automated license plate readers (ALPRs) from {C}.", "C supplies A"),
    ("noun", "Criticism of {C} by {G} has grown.", "G opposes C"),
    ("noun", "A lawsuit filed by {G} against {A} is pending.", "G opposes A"),
    ("negation", "There was no criticism of {C} by {G}.", ""),
    ("passive", "{C} has come under fire from {G}.", "G opposes C"),
    ("passive", "{P} is hosted on {D}.", "D hosts P"),
    ("staff", "{P} was developed by {C} engineers.", "C develops P; C employees worksFor C"),
    ("noun", "{A} is under investigation by {B}.", "B investigates A"),
    ("noun", "{C} has come under scrutiny from {M}.", "M investigates C"),
    ("negation", "{C} is not under investigation by {A}.", ""),
    ("product line", "{N} proposed {P} drones as an answer to school shootings.",
     "N supports P drones"),
    ("product line", "{G} condemned {P} drones.", "G opposes P drones"),
    ("product line", "{A} bought {C} cameras.", "C supplies A; A uses C"),
    ("plain", "{N} is a proponent of {P}.", "N supports P"),
    ("plain", "{A} touted {P} at a press conference.", "A supports P"),
    ("title", "{N}, executive director of {G}, criticized the deal.", "N leads G"),
    ("title", "{N}, deputy executive director of {G}, criticized the deal.", "N worksFor G"),
    ("members", "Members of {G} include {N}, {S} and {T}.",
     "N worksFor G; S worksFor G; T worksFor G"),
    ("participle", "{G} released a report criticizing {C}.", "G opposes C; G investigates C"),
    ("participle", "{G} sent a letter urging {A} to drop {P}.", "G opposes A"),
    ("infinitive", "Senator {N} has been threatening to cut {K}'s companies off from "
     "government subsidies.", "N opposes K"),
    ("infinitive", "{G} vowed to fight {P}.", "G opposes P"),
    ("irrealis", "{A} threatened to buy {P}.", ""),
    ("irrealis", "{C} promised to supply {A} with drones.", ""),
    ("possessive", "The cameras are part of {C}'s {P} initiative.", "C develops P"),
    ("plain", "{C} unveiled {P}, its new drone, on Monday.", "C develops P"),
    ("apposition", "{G} held a rally. \"We want {A} to stop using {P},\" said {N}, the "
     "coalition's director.", "G opposes A; A uses P; N leads G"),
    # members listed after "include"; members who resign oppose what the text said others
    # resigned over
    ("members", "Members of the {G} include {N} and {K}.", "N worksFor G; K worksFor G"),
    ("members", "{G}'s board members include {N}, {K} and {L}.",
     "N worksFor G; K worksFor G; L worksFor G"),
    ("members", "{N} resigned over {P}. Other members who resigned include {K} and {L}.",
     "N opposes P; K opposes P; L opposes P"),
    ("members", "Ten members of the {G} quit over {P}. The members who quit include: {N} and {K}.",
     "G opposes P; N worksFor G; K worksFor G; N opposes P; K opposes P"),
    # a definite description by the head noun of a name: "the institute", "the sheriff's
    # office", "the department's spokesperson"; nothing when no such name was read
    ("description", "{F} released a report on Monday. The institute criticized {C}.",
     "F opposes C"),
    ("description", "{F} and {G} met in May. {C} sold drones to {A}. The institute condemned "
     "{C}.", "C supplies A; F opposes C"),
    ("description", "{J} and {G} spoke in March. The sheriff's office uses {P}.", "J uses P"),
    ("description", "{O} bought drones from {C}. The department's spokesperson, {N}, defended "
     "the purchase.", "C supplies O; N worksFor O"),
    ("description", "{F} has studied {P} since 2020. The institute has criticized {C}, which "
     "sells it to {A}.", "F investigates P; F opposes C; C supplies A"),
    ("negation", "{F} released a report. The institute did not criticize {C}.", ""),
    ("description", "{G} held a rally. The institute criticized {C}.", ""),
    # "its" or "their" before a role: the organisation the clause or the last sentence named
    ("possessive role", "{G} was founded in 2015. Its founder, {N}, criticized {A}.",
     "N leads G; N opposes A"),
    ("possessive role", "{C} sells drones to {A}. Its spokesperson {N} declined to comment.",
     "C supplies A; N worksFor C"),
    ("possessive role", "{G} said its chief executive, {N}, had criticized {A}.",
     "N leads G; N opposes A"),
    # a title that says which kind of body its holder heads: the one body of that kind named
    ("office title", "{J} bought drones in May. Sheriff {N} defended the purchase.", "N leads J"),
    ("office title", "{Y} uses {P}. Police Chief {N} defended the program.", "Y uses P; N leads Y"),
    ("office title", "{J} and {Y} signed a pact. Sheriff {N} praised {C}.",
     "N leads J; N supports C"),
    ("office title", "Former Sheriff {N} criticized {J}.", "N opposes J"),
    ("office title", "Sheriff {N} criticized {C}.", "N opposes C"),
    # "director" alone heads the body; a word that narrows it makes one of its staff
    ("director", "{N}, the director of {F}, criticized {C}.", "N leads F; N opposes C"),
    ("director", "{N}, a director at {F}, criticized {C}.", "N worksFor F; N opposes C"),
    ("director", "{F}'s director, {N}, criticized {C}.", "N leads F; N opposes C"),
    ("director", "{F}'s research director, {N}, criticized {C}.", "N worksFor F; N opposes C"),
    ("director", "{F} director {N} criticized {C}.", "N leads F; N opposes C"),
    # hosting told through the machines: the owner of the servers hosts the clause's subject
    ("hosting", "{C} runs its platform on servers rented from {D}.", "D hosts C"),
    ("hosting", "{A} stores its recordings on infrastructure leased from {D}.", "D hosts A"),
    ("hosting", "{C} keeps its data on {D}'s servers.", "D hosts C"),
    ("hosting", "{C} runs its platform on servers run by {D}.", "D hosts C"),
    ("hosting", "{C}, which runs its app on servers leased from {D}, sells drones to {A}.",
     "D hosts C; C supplies A"),
    ("negation", "{C} does not run its platform on servers rented from {D}.", ""),
    ("doubt", "It is unclear whether {C} stores its data on servers rented from {D}.", ""),
    # nouns of use and supply: a subscription, a licence
    ("noun", "{A} renewed its subscription to {P}.", "A uses P"),
    ("noun", "{A} holds a licence for {P}.", "A uses P"),
    ("noun", "{A} holds a license from {C}.", "C supplies A"),
    ("noun", "{A} has a subscription to {P}, which {C} develops.", "A uses P; C develops P"),
    ("negation", "{A} does not hold a license from {C}.", ""),
    # a relative pronoun as the object: "P, which X built", "P, which the agency has used"
    ("object relative", "{P}, which {C} built, is used by {A}.", "C develops P; A uses P"),
    ("object relative", "{P}, which {A} has used since 2020, is made by {C}.",
     "A uses P; C develops P"),
    ("object relative", "{A} criticized {P}, which {C} developed in 2019.",
     "A opposes P; C develops P"),
    ("negation", "{P}, which {C} did not build, is used by {A}.", "A uses P"),
    # studies, audits and analyses by a body: it investigates what they are of
    ("nominal", "An audit of {P} by {F} found errors.", "F investigates P"),
    ("nominal", "The audit, produced by {F}, found that {P} fails often.", "F investigates P"),
    ("nominal", "A report by {F}, which studied {P} for a year, found errors.",
     "F investigates P"),
    ("nominal", "{F}'s study of {P} was published in May.", "F investigates P"),
    ("negation", "{F} did not study {P}.", ""),
    ("negation", "There was no audit of {P} by {F}.", ""),
    # a noun of relation with its other party written before it: "a Y subsidiary"
    ("modifier noun", "{C}, a {D} subsidiary, sells {P}.", "C partOf D; C develops P"),
    ("modifier noun", "{C} is a {D} subsidiary.", "C partOf D"),
    ("negation", "{C} is not a {D} subsidiary.", ""),
    ("noun", "{W} took a minority stake in {C} last year.", "W funds C"),
    ("noun", "{C}, a reseller to {A}, sells drones.", "C supplies A"),
    ("negation", "{W} did not take a stake in {C}.", ""),
    # a dateline in capitals is where the story was filed; a dash ends a name
    ("dateline", "QUARNDEL BAY — {C} sold drones to {A}.", "C supplies A"),
    ("dateline", "QUARNDEL, Ohio - {C} sold drones to {A} on Monday.", "C supplies A"),
    ("dash", "{A} — the largest agency in the state — bought drones from {C}.", "C supplies A"),
    # a ministry or department of two portfolios is one body
    ("portfolio", "The Ministry of Health and Social Affairs uses {P}.",
     "Ministry of Health and Social Affairs uses P"),
    ("portfolio", "{C} sells drones to the Department of Labor and Industry.",
     "C supplies Department of Labor and Industry"),
    ("portfolio", "Minister {N} of the Ministry of Trade and Innovation criticized {C}.",
     "N leads Ministry of Trade and Innovation; N opposes C"),
    # a demand that a third party end the contract told of before: its customer is opposed
    ("demand", "{A} pays {C} for drones. {G} urged the city council to drop the contract.",
     "C supplies A; G opposes A"),
    ("demand", "{C} sold drones to {A} in May. Members of {G} asked the mayor to cancel the "
     "$2 million deal.", "C supplies A; G opposes A"),
    ("demand", "{A} pays {C} for drones. {G} and {H} called on the council to end the contract.",
     "C supplies A; G opposes A; H opposes A"),
    ("negation", "{A} pays {C} for drones. {G} did not urge the council to drop the contract.",
     "C supplies A"),
    ("demand", "{G} urged the city council to drop the contract.", ""),
    # what a company supplies is not its customer: "supplies its X platform to Y", "sells X to Y"
    ("supplies thing", "Under the deal, {C} will supply its {P} case-management platform to {A}.",
     "C supplies A"),
    ("supplies thing", "{C} provides {A} with {P}.", "C supplies A"),
    # a title after "its" and a comma: the organisation the clause named
    ("possessive role", "{A} uses {P}. {G} has drafted a bill, and its founder, {N}, has "
     "lobbied for it.", "A uses P; N leads G"),
    # a judgment in a verb of naming: "calling X a dragnet"
    ("calling", "{G} sued {A} on Monday, calling {P} a dragnet.", "G opposes A; G opposes P"),
    ("calling", "{G} called {P} invasive and unaccountable.", "G opposes P"),
    ("calling", "{N} has called {A}'s program unconstitutional.", "N opposes A"),
    ("calling", "An app called {P} was shown at the fair; critics say it is invasive.", ""),
    ("negation", "{G} did not call {P} invasive.", ""),
    # a title of a field of government heads the one government body of that field
    ("office title", "The Quarnby Department of Health bought {P}. \"It works,\" said Health "
     "Commissioner Dr. {N}.", "Quarnby Department of Health uses P; N leads Quarnby Department "
     "of Health"),
    ("office title", "The Ministry of Transport bought drones. Transport Minister {N} defended "
     "the purchase.", "N leads Ministry of Transport"),
    # a unit named after "whose"; "a version of X" is X
    ("whose unit", "{P} was studied by {V}, whose School of Public Health validated it.",
     "V investigates P; School of Public Health partOf V"),
    ("quantity", "{A} is already using a trial version of {P}.", "A uses P"),
    # a name with a body's head before "of" is that body, whatever title stands before it; a
    # press release's contact works for the body the line names
    ("signature", "{A} selected {C} to provide services. Media contact: {N}, Communications "
     "Director, Quarnby Department of Health.",
     "C supplies A; N worksFor Quarnby Department of Health"),
    # an apposition's head is its last noun: "the cloud and database company"
    ("apposition head", "More than 600 employees of {S}, the cloud and database company, "
     "signed a letter. {A} pays {S} to host its records.", "S supplies A; S employees worksFor S"),
    # the last sentence's subject, not a name in its fronted phrase, is what "its" means
    ("possessive role", "{C} sells drones to {A}. Outside the company, {G} said it stood with "
     "the workers. Its spokesperson, {N}, said the group was ready.",
     "C supplies A; N worksFor G"),
    # software is written; a relative clause on an apposition's noun is about its head
    ("passive", "{P} was written by {C}.", "C develops P"),
    ("apposition relative", "{A} uses {P}. {P} itself was written by {C}, a small contractor "
     "that has worked with {B} since 2015.", "A uses P; C develops P; C supplies B"),
    ("apposition relative", "{A} bought drones from {C}, a startup which {G} criticized.",
     "C supplies A; G opposes C"),
    ("negation", "{P} was not written by {C}.", ""),
    # "the employees" are the story's own group: named first, of the company named most
    ("employees", "More than 600 employees of {C} criticized {A}. {C} declined to comment. A few "
     "employees of {D} agreed. {G} said it stood with the employees.",
     "C employees worksFor C; D employees worksFor D; C employees opposes A; G supports C "
     "employees"),
    # a description narrowed by a noun names only a body of that kind; none named, no party
    ("description", "{G} called on {J} to end the police department's contract with {C}.",
     "G opposes C"),
    ("description", "{O} bought drones in May. The new department uses {P}.", "O uses P"),
    ("title", "{B} uses {P}. The agency's director general, {N}, defended it.",
     "B uses P; N leads B"),
    # a title before a person "of the" organisation; a kind noun before the organisation
    ("title of", "Attorney {N} of the {G} criticized {C}.", "N worksFor G; N opposes C"),
    ("title of", "{N} of the newspaper {M} questioned {C}.", "N worksFor M; N investigates C"),
    ("title", "{F} studied {P}. The institute's director, Professor {N}, said it failed.",
     "F investigates P; N leads F"),
    # "X said she …": the speaker, when a person; council members' titles
    ("reported", "{G} rallied on Monday. Councilmember {N} has said she stands with the "
     "coalition.", "N supports G"),
    ("reported", "{N} said she opposes {C}.", "N opposes C"),
    ("negation", "{N} said she does not oppose {C}.", ""),
    # a body's generic head alone ("the Department", "Revenue Commissioner X") means the one
    # body the text names with it; a head that fits none names no party
    ("short body", "{C} sells drones to the Zornel Fire Department. The Department's director, "
     "{N}, defended the deal.", "C supplies Zornel Fire Department; N leads Zornel Fire "
     "Department"),
    ("short body", "{C} sold AuditMax to the Plimth Revenue Service. Revenue Commissioner {N} "
     "praised it.",
     "C supplies Plimth Revenue Service; C develops AuditMax; N leads Plimth Revenue Service"),
    ("short body", "{G} criticized {C}. The Office's director, {N}, declined to comment.",
     "G opposes C"),
    ("short body", "The Skoth Taxpayer Advocate's Office is part of {O}.",
     "Skoth Taxpayer Advocate's Office partOf O"),
    ("title", "Co-author {N}, a researcher at {F}, wrote the code.", "N worksFor F"),
    # a system is queried by those who use it; a school district is a government body
    ("perfect", "{A} has queried {P} at least 2,300 times, according to logs.", "A uses P"),
    ("plain", "{A} queries {P} daily.", "A uses P"),
    ("negation", "{A} did not query {P}.", ""),
    ("possessive", "{G} asked the Brellis Unified School District to end its contract with {C}.",
     "G opposes Brellis Unified School District; C supplies Brellis Unified School District"),
    ("noun", "The Brellis Unified School District signed a contract with {C}.",
     "C supplies Brellis Unified School District"),
    # "the city of X" is X's government; a town named as a company's base is no customer
    ("municipality", "{C}, based in Zornel Falls, makes {P}. It also sells {P} to the city of "
     "Brellis.", "C develops P; C supplies City of Brellis"),
    ("municipality", "{C}, based in Zornel Falls, makes {P}. The city has not bought it.",
     "C develops P"),
    ("municipality", "The town of Brellis bought {P} from {C}.",
     "Town of Brellis uses P; C supplies Town of Brellis"),
    # who licenses a product to someone hands it on: a supplier, not its user or maker
    ("passive", "{C} makes {P}. {P} was licensed to {A} by {D}, a reseller.",
     "C develops P; D supplies A"),
    ("passive", "{C} makes {P}. {P} was licensed to the command by {D}.", "C develops P"),
    ("plain", "{C} makes {P}. {D} licensed {P} to a small city.", "C develops P"),
    ("relative", "{P}, which {C} built from phone data, was licensed to {A} by {D}.",
     "C develops P; D supplies A"),
    ("plain", "{C} makes {P}. {A} licensed {P} from {D}.", "C develops P; A uses P; D supplies A"),
    # a party that disputes doing what the sentence says it did states nothing
    ("denial", "The lawsuit claims that {C} shared footage with {D}; {C} denies sharing any "
     "footage with {D}.", ""),
    ("denial", "{C} sold drones to {A}, though {C} denied wrongdoing.", "C supplies A"),
    # a name inside a relative clause is that clause's subject, not the main verb's object
    ("relative", "The team, led by professor {N}, ran 12,000 images through a trial account "
     "that {C} provided on request.", ""),
    ("relative", "{A} ran the searches on a server that {C} hosted.", ""),
    ("participle", "{C}, led by {N}, sells drones to {A}.", "N leads C; C supplies A"),
    # an investment firm's backing is money; support for a bid is a stance
    ("passive", "The bid of {C} was supported by {W}, a consultancy.", "W supports C"),
    # those asked to end a deal are whom the askers oppose: the company, or its customer
    ("request", "{C} signed a contract with {A}. {G} wants the company to drop the deal.",
     "C supplies A; G opposes C"),
    ("request", "{C} signed a contract with {A}. {G} urged the department to cancel the "
     "contract.", "C supplies A; G opposes A"),
    # second to the head is staff; a representative works for their own firm, not the client
    ("title", "{C}'s vice president, {N}, declined to comment.", "N worksFor C"),
    ("title", "{C} Vice President {N} declined to comment.", "N worksFor C"),
    ("title", "{C} President {N} declined to comment.", "N leads C"),
    ("passive", "{G} is represented by {N}, a lawyer at {H}.", "N worksFor H; N supports G"),
    # a predicate names the head; money put into a company funds it
    ("predicate", "{C}'s chief executive is {N}.", "N leads C"),
    ("predicate", "{C} sells drones. Its chief executive is {N}.", "N leads C"),
    ("predicate", "The chief executive of {C} is {N}.", "N leads C"),
    ("predicate", "{C}'s vice president is {N}.", "N worksFor C"),
    ("negation", "{C}'s chief executive is not {N}.", ""),
    ("plain", "{W} put $15 million into {C}.", "W funds C"),
    ("past", "{W} poured new money into {C} last year.", "W funds C"),
    # a watchdog that tests a product examines it; an agency that tests one uses it
    ("plain", "{G} tested {P}, which {C} makes.", "G investigates P; C develops P"),
    ("plain", "{A} tested {P}, which {C} makes.", "A uses P; C develops P"),
    # a stance on a deal or a deployment is on what the noun phrase names
    ("deal", "{G} protested the deployment of {P} by {A}.", "G opposes P"),
    ("deal", "{G} has criticized the use of {P} by {A}.", "G opposes P; A uses P"),
    ("deal", "{G} protested against the rollout of {P} by {A}.", "G opposes P"),
    ("deal", "{G} condemned the sale of {P} to {A}.", "G opposes P"),
    ("deal", "{G} opposed the purchase of drones by {A}.", "G opposes A"),
    ("deal", "{G} opposed the deal with {A}.", "G opposes A"),
    ("deal", "{C} sells drones to {A}. {G} protested the contract.",
     "C supplies A; G opposes A"),
    ("negation", "{G} did not oppose the deployment of {P} by {A}.", ""),
    ("irrealis", "{G} plans to protest the rollout of {P}.", ""),
    # a product a company's possessive or apposition names is the company's
    ("possessive apposition", "{C}'s flagship product, {P}, is used by {A}.",
     "C develops P; A uses P"),
    ("possessive apposition", "{P}, {C}'s newest app, is used by {A}.", "C develops P; A uses P"),
    ("possessive", "{C}'s new tool {P} scans license plates.", "C develops P"),
    # what runs on a cloud is hosted by it, whoever owns what runs
    ("hosting", "{C}'s platform runs on {D}.", "D hosts C"),
    ("hosting", "{C}'s software is hosted on {D}.", "D hosts C"),
    ("hosting", "{C} migrated its records to {D} in 2022.", "D hosts C"),
    ("negation", "{C} did not migrate to {D}.", ""),
    # money raised from an investor is funding by it; concerns raised are not
    ("funding", "{C} raised $40 million from {W}.", "W funds C"),
    ("funding", "{C} has raised new funding from {W} and {X}.", "W funds C; X funds C"),
    ("plain", "{G} raised concerns from {A}.", ""),
    # an acquisition agreed, planned or awaiting approval has not made a part of anything
    ("pending", "{D} agreed to buy {C}.", ""),
    ("pending", "{D} has agreed to acquire {C} for $2 billion.", ""),
    ("pending", "{C} will become part of {D}.", ""),
    ("pending", "{D} is acquiring {C} in a deal expected to close next year.", ""),
    ("pending", "The proposed acquisition of {C} by {D} drew scrutiny.", ""),
    ("relative", "{C}, which {D} bought last year, sells drones to {A}.",
     "C partOf D; C supplies A"),
    # former staff are no employee group; each is read as a former employee is
    ("former", "Former {C} engineers, {N} and {K}, testified.",
     "N worksFor C; K worksFor C"),
    ("former", "Two former {C} employees criticized {A}.", ""),
    # "the company" after an aside about a person's past employer is the topic, not the past
    ("coreference", "{C} makes drones. {N}, who left {D} in 2021, said the company sells them "
     "to {A}.", "N worksFor D; C supplies A"),
    ("coreference", "{N}, who left {D} in 2021, said the company sells drones to {A}.",
     "N worksFor D"),
    # a stance only if it is taken: no condition, no "neither … nor"
    ("condition", "{G} would oppose the deal with {A} if the council approved it.", ""),
    ("negation", "Neither {G} nor {H} opposed the deal with {A}.", ""),
    # "the contract" means the one last told of; other agreements and "a deal" do not
    ("deal", "{C} sells drones to {A}. {G} supported the settlement agreement.", "C supplies A"),
    ("deal", "{C} sells drones to {A}. {G} supported a deal between the city and tenant groups.",
     "C supplies A"),
    # where a thing is deployed or whom it is bought from is not what the stance is about
    ("deal", "{G} opposed the purchase of drones from {C} by {A}.", "G opposes A"),
    # a party to a contract, or its head, takes no stance on it
    ("deal", "{C} sells drones to {A}. {C} defended the deal with {A}.", "C supplies A"),
    ("title", "{C} chief executive {N} defended the company's contract with {A}.",
     "N leads C; C supplies A"),
    # the possessive names another party's product, or a person, not the owner's product
    ("possessive apposition", "{P}, {C}'s rival app, lost users.", ""),
    ("possessive apposition", "{Q}, {C}'s software partner, won a contract.", ""),
    ("apposition", "{S}, {C}'s product lead, spoke at the event.", ""),
    # a host's name before another noun names a maker; customers move, not the data
    ("hosting", "{C}'s cameras run on {D} chips.", ""),
    ("hosting", "Many of {C}'s customers migrated to {D} last year.", ""),
    # buying a firm is taking it over, done or not, never a use of it; a public body buys tools
    ("pending", "{D} agreed to buy {P}.", ""),
    ("pending", "{D} will buy {P} for $2 billion.", ""),
    ("pending", "{D} is acquiring {P}.", ""),
    ("past", "{D} had acquired {P}.", "P partOf D"),
    ("past", "{D} bought {P} in 2019.", "P partOf D"),
    ("past", "{A} bought {P} in 2020.", "A uses P"),
    ("modifier", "{A} purchased {P} licenses last year.", "A uses P"),
    # the acquisition's own clause says whether it is pending, not the rest of the sentence
    ("relative", "{C}, which {D} bought in 2018, is seeking a contract with {A} pending council "
     "approval.", "C partOf D"),
    ("relative", "{D}, which bought {C} in 2019, is acquiring {E} in a deal expected to close "
     "next quarter.", "C partOf D"),
    ("pending", "{D} agreed to buy {C}, which sold drones to {A} in 2019.", "C supplies A"),
    ("pending", "{C}, which is being acquired by {D}, sells drones to {A}.", "C supplies A"),
    # an announced acquisition is done once the text says it closed or dates it in the past
    ("pending", "{D} announced the acquisition of {C}.", ""),
    ("past", "{D} announced the acquisition of {C} in 2018.", "C partOf D"),
    ("past", "{D} completed the acquisition of {C}.", "C partOf D"),
    ("past", "{D}'s 2018 acquisition of {C} was a success.", "C partOf D"),
    ("pending", "{D}'s 2022 acquisition of {C} was blocked by regulators.", ""),
    ("pending", "{D}'s 2019 purchase of {C} later fell through.", ""),
    ("past", "{D} bought {C} in 2018, and its acquisition of {E} was abandoned.", "C partOf D"),
    ("past", "{D} announced the acquisition of {C}, which closed in March.", "C partOf D"),
    ("pending", "{D} announced the acquisition of {C}, which is expected to close in 2027.", ""),
    # "neither … nor" denies what follows for every member, on either side of the verb
    ("negation", "Neither {C} nor {D} sold software to {A}.", ""),
    ("negation", "Neither {C} nor {D} has a contract with {A}.", ""),
    ("negation", "Neither {A} nor {B} uses {P}.", ""),
    ("negation", "{C} sold drones to neither {A} nor {B}.", ""),
    ("negation", "In 2021, neither {N} nor {K} worked for {C}.", ""),
    ("coordination", "{C} sold drones to {A}, but neither {G} nor {H} objected.", "C supplies A"),
    ("negation", "Neither {C}, which makes drones, nor {D} sold cameras to {A}.", ""),
    ("relative", "{G}, which has sued neither {A} nor {B}, criticized {C}.", "G opposes C"),
    # former staff speak for themselves, not for the body they left; current staff for it
    ("former", "Two former {A} officials criticized {C}.", ""),
    ("former", "Former {C} staffers opposed the deal with {A}.", ""),
    ("former", "Ex-{D} executives said {C} sells drones to {A}.", "C supplies A"),
    ("former", "Several retired {A} agents condemned {C}.", ""),
    ("former", "Ex-{C} and {D} engineers condemned {E}.", ""),
    ("title", "{A} officials criticized {C}.", "A opposes C"),
    # a question states nothing; neither does a condition opened by "had"
    ("question", "Will {G} oppose the deal with {A}?", ""),
    ("question", "Did {C} sell {P} to {A}?", ""),
    ("question", "Does {A} still use {P}?", ""),
    ("question", "Why did {C} sell drones to {A}?", ""),
    ("question", "{G} asked: will {C} sell drones to {A}?", ""),
    ("question", "The records leave one question open: did {A} buy {P} from {C}?", ""),
    ("plain", "The invoice says it plainly: {C} sold drones to {A}.", "C supplies A"),
    ("condition", "Had it known, {G} would have opposed the deal with {A}.", ""),
    ("condition", "Had {G} known, it would have opposed {C}.", ""),
    ("condition", "{C} would have sold drones to {A} had the council agreed.", ""),
    ("past", "{C} had sold drones to {A} before the ban.", "C supplies A"),
    # a contract and whom it was awarded to
    ("participle", "A contract with {A}, awarded to {C} last year, was renewed.", "C supplies A"),
    ("participle", "{A} signed a contract, which was awarded to {C}, in 2020.", "C supplies A"),
    ("negation", "A contract with {A}, never awarded to {C}, was cancelled.", ""),
    # a prize, grant or fellowship awarded is no contract: the winner supplies nothing
    ("plain", "{G} awarded a fellowship to {N}.", ""),
    ("plain", "{G} awarded a prize to {C}.", ""),
    ("plain", "{A} awarded {C} a contract.", "C supplies A"),
    # a relative clause whose antecedent is a deal: the stance is on the deal
    ("relative", "{C} sold drones to {A}. The deal, which {G} opposed, was worth $2 million.",
     "C supplies A; G opposes A"),
    ("relative", "{C} sold drones to {A}. The contract, which Senator {N} praised, ends in May.",
     "C supplies A; N supports A"),
    ("negation", "{C} sold drones to {A}. The deal, which {G} did not oppose, ends in May.",
     "C supplies A"),
    # a stance in a relative clause on a thing no name gives stays inside that clause
    ("relative", "The bill, which {G} supported, passed {A}.", ""),
    ("relative", "The program, which {G} condemned, used {P} for years.", ""),
    ("relative", "The ordinance, which Senator {N} backed, requires {A} to publish audits.", ""),
    # the use of a thing by a body, told by a noun
    ("noun", "Court filings described the use of {P} by {A}.", "A uses P"),
    ("irrealis", "The council debated the planned use of {P} by {A}.", ""),
    ("negation", "There is no evidence of the use of {P} by {A}.", ""),
    ("irrealis", "The use of {P} by {A} was banned last year.", ""),
    ("irrealis", "{A}'s use of {P} was proposed by the council.", ""),
    ("noun", "The use of {P} by {A} was criticized by {G}.", "A uses P"),
    # selling a stake in a firm or a part of one supplies nothing
    ("past", "{C} sold its stake in {E} to {D} in 2019.", ""),
    ("past", "{C} sold its drone unit to {D}.", ""),
    # a name of one word opening a sentence, before its verb
    ("opening", "{Z} sold drones to {A}.", "Z supplies A"),
    ("opening", "{Z} bought {C} in 2020.", "C partOf Z"),
    ("opening", "{Z} won a contract with {A}.", "Z supplies A"),
    ("opening", "{Z} has built a database for {A}.", "Z supplies A"),
    # a year before a name is no part of it
    ("opening", "In 2022 {C} acquired {D}.", "D partOf C"),
    ("opening", "Since 2019 {C} has sold drones to {A}.", "C supplies A"),
    # a rank before a name, abbreviated, and the body it serves
    ("title", "Capt. {N}, who oversees records for {J}, led the evaluation.", "N worksFor J"),
    ("title", "Sgt. {N} of {Y} said the cameras work.", "N worksFor Y"),
    # trials in either spelling, going live on a product
    ("plain", "{A} trialled {P} last year.", "A uses P"),
    ("plain", "{A} trialed {P} in 2024.", "A uses P"),
    ("plain", "{Y} went live on {P} in May.", "Y uses P"),
    # a maker launches a product; a public body that rolls it out uses it
    ("plain", "{Y} rolled out {P}, a records app, in May.", "Y uses P"),
    ("plain", "{C} rolled out {P}, a records app, in May.", "C develops P"),
    # "both of which" stands for the list before it
    ("relative", "{C} sells to {Y} and {J}, both of which went live on {P} last year.",
     "C supplies Y; C supplies J; Y uses P; J uses P"),
    # a relative clause after a maker's by-phrase is about the thing the apposition names
    ("relative", "{P}, a system built by {C} that {A} has used since 2009, is being replaced.",
     "C develops P; A uses P"),
    # a body that selects or buys a product is supplied by the maker the text names, unless
    # the sentence names another seller
    ("plain", "{C} makes {P}. {A} selected {P} last year.", "C develops P; A uses P; C supplies A"),
    ("plain", "{C} makes {P}. {A} bought {P} from {D}.", "C develops P; A uses P; D supplies A"),
    # a press release's contact line
    ("title", "{C} makes {P}. Media contact: {N}, {C}, press@example.org",
     "C develops P; N worksFor C"),
    ("title", "{A} bought {P}. Press contact: {N}, communications manager, {A}",
     "A uses P; N worksFor A"),
    # a firm placed in a city inside its name; trials a body ran
    ("apposition", "{A} used {P}, a tool made by {C} of Pittsburgh.", "C develops P; A uses P"),
    ("noun", "{A} ran a six-week trial of {P}.", "A uses P"),
    # "on" joins a name only after a body's head; a host named after "runs P on"
    ("plain", "{C} runs {P} on {D} Cloud.", "C uses P; D Cloud hosts P"),
    # a report someone wrote is no authorship; an abbreviated rank makes a person
    ("speech", "In an email, Lt. {N} of {Y} wrote that {P} had paid for itself.", "N worksFor Y"),
    ("title", "Det. {N} of {Y} said the kits work.", "N worksFor Y"),
    # a count after a name is no noun it modifies: the body is the one sold to
    ("plain", "{C} sold {Y} six {P} kits.", "C supplies Y"),
    ("apposition", "{C}, a reseller in Houston, sold {Y} six {P} kits.", "C supplies Y"),
    ("plain", "{P} is an online records service. The portal was developed by {C}.",
     "C develops P"),
    # stances told by a call, a demand or a set phrase, not by a verb of opposing
    ("request", "{Z} urged {A} to drop {P}.", "Z opposes A"),
    # a public body asked to end its use of a thing is the one opposed
    ("request", "{Z} asked {A} to stop using {P}.", "Z opposes A; A uses P"),
    ("request", "{A} uses {P}. {G} called on {A} to suspend {P} until an audit is done.",
     "A uses P; G opposes A"),
    ("request", "{A} uses {P}. {G} has asked the department to drop {P}.", "A uses P; G opposes A"),
    ("request", "{G} asked {C} to stop selling {P} to police.", "G opposes P"),
    ("request", "{G} asked {A} to ban {P}.", "G opposes P"),
    ("named group", "A group called {G} asked {A} to end its contract with {C}.",
     "G opposes A; C supplies A"),
    ("named group", "{G} called {P} invasive.", "G opposes P"),
    ("charity", "{G}, a children's rights charity, has called on {A} to scrap the contract.",
     "G opposes A"),
    ("use of", "{A} uses {P}. {G} has filed a complaint against {A}'s use of {P}.",
     "A uses P; G opposes A"),
    ("use of", "{G} has expressed concern about law enforcement's use of {P}.", "G opposes P"),
    ("dispute", "On 9 March {G} declared a formal dispute with {A} over the app.", "G opposes A"),
    ("headed name", "The Nordmark State Police uses {P}. {G} has sued the Nordmark police.",
     "Nordmark State Police uses P; G opposes Nordmark State Police"),
    # legal filings: parties' roles before their names, defined terms, "the Company"
    ("party role", "Defendant {A} (\"DEF\") bought {P} from {C}.", "A uses P; C supplies A"),
    ("party role", "Plaintiff {G} sued {A}.", "G opposes A"),
    ("the Company", "{C} (the \"Company\") sells {P}. In 2024 {G} filed a complaint against "
     "the Company.", "C develops P; G opposes C"),
    ("the Company", "{C} sells {P}. Theatre troupe The Company uses {Q} to sell tickets.",
     "C develops P"),
    ("challenge", "{G} filed a legal challenge to {A}'s use of {P}.", "A uses P; G opposes A"),
    ("subpoena", "{C} said it had received a subpoena from {A}.", "A investigates C"),
    ("request", "{G} urged {A} to withdraw the drone proposal.", "G opposes A"),
    ("majority stake", "In 2022 {C} bought a majority stake in {D}.", "D partOf C"),
    ("majority stake", "{C} bought a minority stake in {D}.", ""),
    ("project of", "{G}, a project of {U}, studies drones.", "G partOf U"),
    ("one body", "The Tarahuna Ratepayers and Residents Association asked {A} to scrap the deal.",
     "Tarahuna Ratepayers and Residents Association opposes A"),
    ("one body", "{A}'s Office of Privacy and Civil Liberties reviewed {P}.",
     "Office of Privacy and Civil Liberties partOf A; Office of Privacy and Civil Liberties "
     "investigates P"),
    ("two names", "{A} signed a contract with {C} for {P} coverage. {C} makes {P}.",
     "C supplies A; C develops P"),
    ("possessive title", "The contract was signed by {A}'s chief of police, {N}.", "N leads A"),
    ("possessive title", "{C}'s chief of staff, {N}, resigned.", "N worksFor C"),
    # hard negatives around those readings
    ("request", "{G} urged {A} to halt sales of {P}, a device made by {C}.", "G opposes P; C develops P"),
    ("letter", "{C} wrote to {A} asking it to pause the {P} pilot until new software arrives.",
     ""),
    ("dispute", "{C} settled its dispute with {D} last year.", ""),
    ("challenge", "{C} issued a challenge to {D} to match its prices.", ""),
    ("subpoena", "{G} sent a subpoena from {A} to {C}.", ""),
    ("request", "{G} urged {C} to withdraw its proposal to {A}.", ""),
    ("two names", "Campaign for Accountability sued {C}. The Campaign said Accountability matters.",
     "Campaign for Accountability opposes C"),
    ("two bodies", "The Halden Tenants and Kelmor Homeowners Association oppose {P}.",
     "Halden Tenants opposes P; Kelmor Homeowners Association opposes P"),
    ("majority stake", "{C} holds a majority share in {D}'s parent, {E}.", "D partOf E"),
    ("project of", "{P}, once a project of {G}, is now independent.", ""),
    ("possessive title", "{A}'s deputy chief of police, {N}, spoke.", "N worksFor A"),
    ("party role", "Petitioners Against Watchline sued {A}.",
     "Petitioners Against Watchline opposes A"),
    ("appointment", "{C} has named {N} chief executive.", "N leads C"),
    ("appointment", "{A} named {N} chief of police.", "N leads A"),
    ("appointment", "{N} has been hired as {A}'s chief technology officer.", "N worksFor A"),
    ("appointment", "{N} was named head of {G} in 2021.", "N leads G"),
    ("appointment", "{C} hired {N} as a senior engineer.", "N worksFor C"),
    ("appointment", "{C} is expected to name {N} chief executive.", ""),
    ("appointment", "{C} has not named {N} chief executive.", ""),
    ("title is", "{N} is {A}'s new chief information officer.", "N worksFor A"),
    ("title is", "{M}'s people-moves editor is {N}.", "N worksFor M"),
    ("title is", "{N} was {C}'s chief technology officer.", ""),
    ("title before", "{A} signed with {C}. Council chief executive {N} said the contract was fair.",
     ""),
    ("title before", "The Tarahuna District Council signed with {C}. Council chief executive {N} "
     "said the contract was fair.", "N leads Tarahuna District Council"),
    ("grant", "A $400,000 grant to {A} from {F} paid for the first year.", "F funds A"),
    ("grant", "{A} applied for a grant from {F}.", ""),
    ("transcript", "CITY CLERK: Our first speaker is Rosa Delgado-Finch.\nROSA DELGADO-FINCH: Good "
     "evening. I'm an organizer with {G}.", "Rosa Delgado-Finch worksFor G"),
    ("filing voice", "{C} (\"{C},\" the \"Company,\" \"we\" or \"us\") sells cameras. We "
     "design and sell {P}. We completed our acquisition of {D} in 2024.",
     "C develops P; D partOf C"),
    ("letter", "{G} wrote to {A} on Tuesday demanding that the rollout be halted.", "G opposes A"),
    ("letter", "{G} wrote to {A} asking it to halt the rollout.", "G opposes A"),
    ("letter", "{G} wrote to {A} asking how long it keeps the data.", "G investigates A"),
    ("request", "{G} called on lawmakers to ban {P}.", "G opposes P"),
    ("call for ending", "{G} called for a ban on {P}.", "G opposes P"),
    ("call for ending", "Senator {N} called for a moratorium on the use of {P}.", "N opposes P"),
    ("call for ending", "{G} is demanding an end to {P}.", "G opposes P"),
    ("call for ending", "{G} has called for a boycott of {C}.", "G opposes C"),
    ("call for ending", "{G} supports a ban on {P}.", "G opposes P"),
    ("call for ending", "{G} sent a letter demanding an end to {P}.", "G opposes P"),
    ("subjunctive", "{G} demanded that {P} be scrapped.", "G opposes P"),
    ("subjunctive", "{G} demanded that the city cut ties with {C}.", "G opposes C"),
    ("said should", "Senator {N} said {P} should be switched off.", "N opposes P"),
    ("said should", "{G} has said {P} must be shut down.", "G opposes P"),
    ("want", "{G} wants {P} shut down.", "G opposes P"),
    ("phrase", "{G} came out against {P}.", "G opposes P"),
    ("phrase", "Senator {N} voted against funding for {P}.", "N opposes P"),
    ("phrase", "{G} rallied in protest of {P}.", "G opposes P"),
    ("phrase", "{G} signed a letter in support of {P}.", "G supports P"),
    ("phrase", "{G} came out in support of {H}.", "G supports H"),
    ("phrase", "Senator {N} spoke out in defense of {A}.", "N supports A"),
    ("phrase", "{G} threw its support behind {H}.", "G supports H"),
    ("phrase", "{G} filed a brief on behalf of {H}.", "G supports H"),
    ("represent", "{G} represents {H} in the case.", "G supports H"),
    ("represent", "Lawyers from {G} are representing {H}.", "G supports H"),
    ("list", "Critics of {P} include {G} and {H}.", "G opposes P; H opposes P"),
    ("list", "Supporters of {P} include {G} and Senator {N}.", "G supports P; N supports P"),
    ("praise", "Senator {N} hailed {P} as a model for other states.", "N supports P"),
    ("praise", "{G} lauded {A}.", "G supports A"),
    ("adjective", "{G} is deeply troubled by {P}.", "G opposes P"),
    # a stance only supposed, taken back or given up is none
    ("negated", "{G} stopped short of calling for a ban on {P}.", ""),
    ("negated", "{G} did not call for a ban on {P}.", ""),
    ("negated", "{G} declined to criticise {C}.", ""),
    ("negated", "{G} did not oppose {P}.", ""),
    ("negated", "Critics of {P} do not include {G}.", ""),
    ("modal", "{G} may challenge {A}.", ""),
    ("modal", "{G} could oppose {P} later this year.", ""),
    ("modal", "Senator {N} might vote against {P}.", ""),
    ("modal", "{G} may call for a ban on {P}.", ""),
    ("modal", "{G} might also ask {A} to drop {P}.", ""),
    ("question", "{G} was asked whether it opposed {P}.", ""),
    ("doubt", "It is unclear whether {G} supports a ban on {P}.", ""),
    ("former", "{G}, a former critic of {P}, said nothing.", ""),
    ("former", "{G}, a onetime supporter of {H}, declined to comment.", ""),
    # "the center" is a body whose name the noun heads, not one it narrows
    ("reference", "The Brelmoth Watch Center is a unit of {A}. {N} sits on the Brelmoth Watch "
     "Center Advisory Board. {G} wrote in support of the center.",
     "Brelmoth Watch Center partOf A; N worksFor Brelmoth Watch Center Advisory Board; "
     "G supports Brelmoth Watch Center"),
    # a state a news agency abbreviates after a city is where the city is, no party
    ("plain", "{C}, based in Trenton, N.J., sells {P} to {A}.", "C develops P; C supplies A"),
    # a body named for two portfolios after the place it serves; a product named before its
    # kind; what a relative clause says runs on rented machines; numbered parts of a report
    ("name with and", "Since 2021 the Quarnwick County Office of Aging and Disability has used {P}.", "Quarnwick County Office of Aging and Disability uses P"),
    ("name with and", "The Quarnwick Department of Health and Human Services bought {P} from {C}.", "C supplies Quarnwick Department of Health and Human Services; Quarnwick Department of Health and Human Services uses P"),
    ("possessive product", "{A} ran a pilot of {C}'s {P} validators.", "C develops P; A uses P"),
    ("possessive product", "{C}, whose {P} product is in service in two states, won the award.", "C develops P"),
    ("negation", "{C}, whose {P} product was never tested, did not sell it to {A}.", "C develops P"),
    ("hosting", "{C} will also provide {P}, its video storage service, which runs on servers rented from {D}.", "D hosts P"),
    ("hosting", "{C} sells {P}, which runs on servers leased from {D}.", "C develops P; D hosts P"),
    ("plan", "{C} sells {P}, which may move to servers leased from {D}.", "C develops P"),
    ("document part", "{N}, director of {A}, agreed with Findings 1, 2 and 4.", "N leads A"),
    ("document part", "{A} ran a pilot of {P} on Routes 3 and 11.", "A uses P"),
    ("plain", "{A} signed an agreement with {C} to run free public Wi-Fi.", "C supplies A"),
    # a title after the name says whether its holder heads the body: a deputy does not; a
    # rank before the name gives way to the office after it; a role to come is none
    ("title", "{N}, chief deputy clerk at {A}, said the records were safe.", "N worksFor A"),
    ("title", "Officer {N}, president of {G}, said the members backed the plan.", "N leads G"),
    ("title", "Sergeant {N}, vice president of {G}, spoke first.", "N worksFor G"),
    ("plan", "Officer {N} is expected to become president of {G} next year.", ""),
    # a bare "Sheriff X" heads a sheriff's office, not the commission named nearer; what held
    # until a past time has ended
    ("title", "{J} uses {P}. The Skarnwell County Commission met, and Sheriff {N} spoke.", "J uses P; N leads J"),
    ("former", "Until 2022, {C} supplied {A}.", ""),
    ("former", "Until December we also paid {C} to collect cash from the fareboxes.", ""),
    ("plan", "Until the review ends, {A} will keep using {P}.", "A uses P"),
    # money for a purchase's cost funds its buyer, a grant "awarded to" X funds X; a product
    # provided is no buyer; a possessive name before a title is its owner, no person
    ("paid for", "{A} signed a three-year agreement with {C}. Part of the first year's cost was covered by a grant from {G}.", "C supplies A; G funds A"),
    ("paid for", "{A} holds a contract with {C}. About $9 million of the up-front cost came from a grant from {G}.", "C supplies A; G funds A"),
    ("paid for", "{A} awarded a contract to {C}. A $2.1 million grant from {G}, awarded to {B} in November, covers a third of the cost.", "C supplies A; G funds B"),
    ("paid for", "{A} awarded a contract to {C}. {C} will also provide {P}, its storage service. Most of the purchase is paid for with a gift from {G}.", "C supplies A; C develops P; G funds A"),
    ("plan", "{A} signed a deal with {C}. Part of the cost may come from a grant from {G}.", "C supplies A"),
    ("negation", "{A} signed a deal with {C}. None of the cost was covered by a grant from {G}.", "C supplies A"),
    ("possessive title", "Hackers broke into {Z}. {Z}'s chief executive, {N}, apologised. {Z}'s former head of security, who left in March, had warned managers.", "N leads Z"),
    # a lower-case body noun before a title names the text's body of that kind: "union
    # president X", "District director X", "County Executive X"; not a former one, nor a seat
    ("body title", "The Skarnwell Clerical Workers Union sued {A}. \"We are not machines,\" said union president {N}.", "Skarnwell Clerical Workers Union opposes A; N leads Skarnwell Clerical Workers Union"),
    ("body title", "The Skarnwell Emergency Communications District awarded a contract to {C}. District director {N} said the protest would be handled.", "C supplies Skarnwell Emergency Communications District; N leads Skarnwell Emergency Communications District"),
    ("body title", "The Skarnwell Clerical Workers Union sued {A}. Union vice president {N} spoke first.", "Skarnwell Clerical Workers Union opposes A; N worksFor Skarnwell Clerical Workers Union"),
    ("body title", "Hackers broke into the systems of Skarnwell County. County Executive {N} said the data was safe.", "N leads Skarnwell County"),
    ("former", "The Skarnwell Clerical Workers Union sued {A}. Former union president {N} said nothing.", "Skarnwell Clerical Workers Union opposes A"),
    ("body title", "The Skarnwell City Council met on Tuesday. Council member {N} spoke first.", ""),
    # who keeps a party's data hosts it, however the keeping is told; a plan or a denial is none
    ("hosting", "{C} stores all footage on {D}, the company said.", "D hosts C"),
    ("hosting", "{C} stores its customers' data on {D}.", "D hosts C"),
    ("hosting", "{A} moved its records to {D} last year.", "D hosts A"),
    ("hosting", "{C} uses {D} to store the footage.", "D hosts C; C uses D; D supplies C"),
    ("hosting", "{C} relies on {D} for storage.", "D hosts C; C uses D; D supplies C"),
    ("hosting", "{C} keeps the recordings in Skarnwell Cloud.", "Skarnwell Cloud hosts C"),
    ("plan", "{C} plans to move its data to {D}.", ""),
    ("negation", "{C} does not store any footage on {D}.", ""),
    # a participle after a comma describes the name before it; what a thing is "made by" or
    # "built by" in an apposition makes it a product; a known city is no company
    ("maker", "{A} signed a one-year subscription to {P}, made by {C}, in August.", "C develops P; A uses P"),
    ("maker", "{A} tested {P}, software built by {C}, for three months.", "C develops P; A uses P"),
    ("maker", "{A} finished a trial of {P}, a weapons-detection scanner made by {C}.", "C develops P; A uses P"),
    ("maker", "{N} is an engineer at {C} in St. Paul, the company that makes the {P} traffic-signal software.", "N worksFor C; C develops P"),
    ("maker", "{C}, the company behind the {P} video-redaction tool, was sold.", "C develops P"),
    # "X County Sheriff Y" heads the county's sheriff's office, where the text names it; a
    # county's "… Center" is public; only a thing is trialled
    ("county sheriff", "The Skarnwell County Sheriff's Office bought drones from {C}. Skarnwell County Sheriff {N} called the purchase overdue.", "C supplies Skarnwell County Sheriff's Office; N leads Skarnwell County Sheriff's Office"),
    ("county sheriff", "Skarnwell County Sheriff {N} called the purchase overdue.", ""),
    ("public center", "The Skarnwell County Emergency Communications Center signed a contract with {C}.", "C supplies Skarnwell County Emergency Communications Center"),
    ("trialled", "{Y} trialled Skarnwell Watch at the Christmas market in December.", "Y uses Skarnwell Watch"),
    # a grant "pays for" or "covers" what its owner bought; costs "paid by" Y; a clause opening
    # "in <place>," names that place's buyer
    ("grant pays", "{A} bought drones from {C}. A $400,000 grant from {F} pays part of the cost.", "C supplies A; F funds A"),
    ("grant pays", "A $2 million grant from {F} is paying for {A}'s rural fiber project.", "F funds A"),
    ("grant pays", "{A} bought drones from {C}. No grant from {F} pays for the cameras.", "C supplies A"),
    ("grant pays", "{G} sued {A}. The rest of {G}'s legal costs are being paid by {F}.", "G opposes A; F funds G"),
    ("grant pays", "{A} signed a subscription to {P}. The first year's subscription was paid for by {F}.", "A uses P; F funds A"),
    ("grant pays", "The Skarnwell Police Department pays {D} for cameras. {A} bought drones from {C}; in Skarnwell, a $60,000 grant from {F} covered the first year.", "C supplies A; D supplies Skarnwell Police Department; F funds Skarnwell Police Department"),
    # a law firm ("… LLP") representing a party supports it; a "… Ledger" is a newsroom
    ("law firm", "Skarnwell Greer LLP, which represents the Quorvel Ledger, filed the motion.", "Skarnwell Greer LLP supports Quorvel Ledger"),
    ("law firm", "{G} is represented by Skarnwell Greer LLP.", "Skarnwell Greer LLP supports G"),
    # a firm's purchase of a firm is an acquisition; a named unit after its owner's noun is
    # part of it; a count before a name is no part of it; British and second titles
    ("acquired", "{D} has completed its purchase of {C}.", "C partOf D"),
    ("acquired", "{A} completed its purchase of {C} cameras.", ""),
    ("acquired", "{D}'s analytics unit, {C}, which it acquired in 2022, makes the reports.", "C partOf D"),
    ("count", "{C} makes {P}. {A} has run more than 4,000 {P} searches since 2023.", "C develops P; A uses P"),
    ("title", "Chief Constable {N} said the technology would be used sparingly by {Y}.", "N leads Y"),
    ("title", "{Y} bought vans. Assistant Chief Constable {N} said the vans would not be used at protests.", "N worksFor Y"),
    ("title", "\"It is a good deal,\" said {W} partner {N}.", "N worksFor W"),
    ("title", "{N}, a partner at {W}, argued the case.", "N worksFor W"),
    ("title", "{P} is made by our longtime integration partner {C}.", "C develops P"),
    ("title", "{D}, {C}'s software partner, won a contract.", ""),
    ("title", "Assistant City Attorney {N} told the court in April that the records were exempt.", ""),
    # a demand that a public body end its contract or rollout, where the text told of no
    # contract, opposes the body asked; a firm asked, or a demand taken back, gives nothing
    ("contract demand", "{G}, a parent group, has asked {A} to end the contract.", "G opposes A"),
    ("contract demand", "{G} asked {A} last week to halt the rollout until a public hearing is held.", "G opposes A"),
    ("contract demand", "{G} has not asked {A} to end the contract.", ""),
    ("contract demand", "{G} asked {C} to end the contract.", ""),
    # money given or received funds its recipient; a public body's bare amount to a firm is a
    # payment, a deal's worth is no gift, money promised or denied is none
    ("money given", "{F} gave {G} $250,000 to study police surveillance.", "F funds G"),
    ("money given", "{F} gave $1.5 million to {G} last year.", "F funds G"),
    ("money given", "{F} awarded {G} a two-year grant.", "F funds G"),
    ("money given", "{G} received $250,000 from {F}.", "F funds G"),
    ("money given", "{G}, which receives money from {F}, sued {A}.", "F funds G; G opposes A"),
    ("money given", "{G} is supported by grants from {F}.", "F funds G"),
    ("money given", "{A} awarded {C} a $1.1 million contract to replace the meters.", "C supplies A"),
    ("money given", "{A} gave {C} $2 million for the cameras.", "C supplies A"),
    ("plan", "{F} may give {G} $1 million.", ""),
    ("negation", "{F} never gave {G} any money.", ""),
    ("money given", "{G} received praise from {F}.", ""),
    # a role names its holder through a copula, not through what someone did to the holder
    ("role object", "{N} criticized the president of {G} on Tuesday.", ""),
    ("role object", "{N} met the chief executive of {C} in March.", ""),
    ("role object", "{N}, who replaced the director of {A}, spoke first.", ""),
    ("role object", "Officer {N}, who criticized the president of {G}, resigned.", ""),
    ("title", "{N} serves as the director of {A}.", "N leads A"),
    ("title", "{N} was appointed director of {A} in May.", "N leads A"),
    ("title", "{N}, who was named president of {G} in May, spoke first.", "N leads G"),
    # money promised, no longer given, paid in a settlement, or a noun about money is no gift
    ("plan", "{F} pledged $1 million to {G}.", ""),
    ("money given", "{M} obtained grant records from {A}.", "M investigates A"),
    ("money given", "{M} obtained emails about the grant from {F}.", "M investigates F"),
    ("money given", "{A} received $400,000 from {C} in a settlement.", ""),
    ("former", "{F} stopped giving money to {G} in 2015.", ""),
    ("former", "{F} used to give money to {G}.", ""),
    ("money given", "{G} received $250,000 in grants from {F} last year.", "F funds G"),
    # only a firm keeps data for others, and only while it keeps them
    ("hosting", "{A} stores evidence in the Skarnwell County Courthouse.", ""),
    ("former", "{C} stopped storing footage on {D} in 2020.", ""),
    ("former", "{C} stored its footage on {D} until 2021.", ""),
    ("hosting", "{C} moved its data from {D} to Skarnwell Cloud.", "Skarnwell Cloud hosts C"),
    # what a grant pays for is its owner's: a named one's, never a buyer's by default
    ("grant pays", "{A} bought drones from {C}. Money from {F} funds {G}'s campaign against them.", "C supplies A; F funds G"),
    ("grant pays", "{A} bought drones from {C}. In Skarnwell, money from {F} paid for the mayor's reelection campaign.", "C supplies A"),
    ("grant pays", "Funding from {F} covers the cost of {G}'s lawsuit against {A}.", "F funds G; G opposes A"),
    ("grant pays", "{A} bought cameras from {C}. {G} sued the department. Its legal fees were paid by {F}.", "C supplies A; G opposes A"),
    # a verb between a name and a product noun makes the name a maker, not a product; a city's
    # name opening a sentence may be a firm's, and a surname a city's
    ("maker", "{Z} built recognition software for {A}.", "Z supplies A"),
    ("maker", "{Z} began building software for {A} in 2020.", "Z supplies A"),
    ("place name", "Phoenix, a software company based in Austin, sold drones to {A}.", "Phoenix supplies A"),
    ("place name", "Olympia, a drone maker, sold 12 drones to {A}.", "Olympia supplies A"),
    ("place name", "Dana Stockton, a spokesperson for {C}, defended the cameras. Stockton said {A} would keep them.", "Dana Stockton worksFor C"),
    # a firm's purchase of another firm's goods, stock or unit is none of the firm; a former
    # or rival unit is not the owner's
    ("acquired", "{D} completed its purchase of {C} cameras.", ""),
    ("acquired", "{D} completed its purchase of {C} stock.", ""),
    ("acquired", "{D} completed its purchase of {C}'s drone unit.", ""),
    ("acquired", "{D} completed its purchase of {C} and {E} in May.", "C partOf D; E partOf D"),
    ("former", "{D}'s former unit, {C}, built the tool.", ""),
    ("acquired", "{D}'s rival unit, {C}, built a competing tool.", ""),
    # a former sheriff heads nothing; a city's sheriff heads its sheriff's department, a
    # county's its own office among several; a programme after the title is no person
    ("former", "The Skarnwell County Sheriff's Office bought drones from {C}. Former Skarnwell County Sheriff {N} criticized the purchase.", "C supplies Skarnwell County Sheriff's Office"),
    ("former", "{Y} bought drones from {C}. Former Skarnwell Police Chief {N} criticized the purchase.", "C supplies Y"),
    ("county sheriff", "The Skarnwell County Sheriff's Office bought drones from {C} for the Skarnwell County Sheriff Drone Program.", "C supplies Skarnwell County Sheriff's Office"),
    ("county sheriff", "The Denver Sheriff Department bought cameras from {C}. Denver Sheriff {N} praised them.", "C supplies Denver Sheriff Department; N leads Denver Sheriff Department"),
    ("county sheriff", "The Skarnwell County Sheriff's Office and the Quorvel County Sheriff's Office bought drones from {C}. Quorvel County Sheriff {N} praised them.", "C supplies Skarnwell County Sheriff's Office; C supplies Quorvel County Sheriff's Office; N leads Quorvel County Sheriff's Office"),
    # a firm's partner named by one word is a firm; a partner "with" a group works beside it
    ("title", "{C} partner {Z} built the dashboard.", ""),
    ("title", "{N}, a partner with {G} on the lawsuit, spoke.", ""),
    ("title", "{N}, a partner with {W}, argued the case.", "N worksFor W"),
    # a number opening a sentence before a verb is part of a firm's name
    ("count", "180 Systems sells cameras to {A}.", "180 Systems supplies A"),
    ("count", "450 {C} employees signed a letter.", "C employees worksFor C"),
    # a center that studies, advocates or sells is not a public body, nor a firm's operations
    ("public center", "The Quorvel Counterterrorism Research Center, a think tank, praised {A}.", "Quorvel Counterterrorism Research Center supports A"),
    ("public center", "The Skarnwell County Crime Victims Center criticized {A}.", "Skarnwell County Crime Victims Center opposes A"),
    # scrutiny: whose records were obtained, reviewed or examined, and by whom
    ("records", "{A} spent $1.3 million on phone-cracking tools, according to purchase orders, invoices, contracts and emails obtained by the {M}.", "M investigates A"),
    ("records", "Records obtained by the {M} under the state's open-records law show that {A} pays {C} $410,000 a year.", "M investigates A; C supplies A"),
    ("records", "A review by {G}, published in January, found that {A} overpaid for the system.", "G investigates A"),
    ("records", "An audit by {G} found no problems with {A}.", ""),
    ("records", "{N} examined a year of {A}'s scan logs.", "N investigates A"),
    ("records", "{G} reviewed 212 invoices from {C}.", "G investigates C"),
    ("records", "{G} said it had opened an inquiry into {C}.", "G investigates C"),
    ("records", "{G} said it had not opened an inquiry into {C}.", ""),
    ("negated deal", "{C} said it had signed no contract with {A}.", ""),
    ("negated deal", "{C} has signed no contract with {A}.", ""),
    ("negated deal", "{C} won a no-bid contract with {A}.", "C supplies A"),
    ("office", "The Skarnwell Attorney General's Office sued {C}.", "Skarnwell Attorney General's Office opposes C"),
    ("office", "The Skarnwell Inspector General's Office audited {C}.", "Skarnwell Inspector General's Office investigates C"),
    # staff told by bylines, contact lines, beats, portfolios and occupations
    ("byline", "By {S}, {M}", "S worksFor M"),
    ("byline", "By Tuesday, {C} had sold cameras to {A}.", "C supplies A"),
    ("contact", "Case officer: {S}, Senior Investigator, {A}.", "S worksFor A"),
    ("beat", "{S} covers state IT for the {M}.", "S worksFor M"),
    ("beat", "{N} covers {A} for the {M}.", "N worksFor M"),
    ("beat", "{Z} covers the costs for {A}.", ""),
    ("beat", "The {M}'s {S} contributed to this report.", "S worksFor M"),
    ("portfolio", "{C}'s vice president for civilian programs, {S}, said the deal was done.", "S worksFor C"),
    ("portfolio", "{C}'s head of government business, {S}, said the deal was done.", "S worksFor C"),
    ("portfolio", "{C}'s chief executive, {S}, said the deal was done.", "S leads C"),
    ("portfolio", "{C} finance chief {S} said revenue grew.", "S worksFor C"),
    ("portfolio", "{C} chief {S} said revenue grew.", "S leads C"),
    ("occupation", "{S}, an ICU nurse at {U} for eleven years, said staff were worried.", "S worksFor U"),
    ("occupation", "The study was led by statistician {S} of {V}.", "S worksFor V"),
    ("occupation", "Researcher {S} of the {F} said the tool failed.", "S worksFor F"),
    # a case's name sets its parties against each other
    ("caption", "{G} v. {A} and {C}", "G opposes A; G opposes C"),
    ("caption", "The case, {G} v. {C}, was filed in May.", "G opposes C"),
    ("caption", "In {G} vs. {A}, the judge ruled for the county.", "G opposes A"),
    # a middle initial is part of the name
    ("initial", "{N} works for {C}.", "N worksFor C"),
    ("initial", "Dana C. Quorvel works for {C}.", "Dana C. Quorvel worksFor C"),
    ("initial", "{C} sold drones to Unit B. The deal closed.", "C supplies Unit B"),
    ("stance", "{G} spoke against {A}'s proposal.", "G opposes A"),
    ("stance", "{G} argued against {A}'s purchase of drones.", "G opposes A"),
    # "it" after a verb of use is the product the text spoke of last
    ("used it", "{C} makes {P}. {A} has used it since 2023.", "C develops P; A uses P"),
    ("used it", "{B} bought {P} from {C}. {A}, which has used it since 2025, praised it.", "C supplies B; B uses P; A uses P"),
    ("used it", "{C} makes {P}. {A} tested it for three months in 2023.", "C develops P; A uses P"),
    ("used it", "{A} hired {C} last year. It has used it since 2023.", "C supplies A"),
    ("used it", "{C} makes {P}. {A} has not used it.", "C develops P"),
    # hosting told by the machines and the work done on them
    ("hosting", "{C} keeps the state's photos on servers it rents from Grayling Cloud.", "Grayling Cloud hosts C"),
    ("hosting", "{C} stores plate reads on Talvern Cloud.", "Talvern Cloud hosts C"),
    ("hosting", "{C} computes its scores on Ferrowind Cloud.", "Ferrowind Cloud hosts C"),
    ("hosting", "{C} runs its platform on Quarrow Cloud.", "Quarrow Cloud hosts C"),
    ("hosting", "Cirrovale Hosting, a cloud company that runs {A}'s online records portal, was breached.", "Cirrovale Hosting hosts A"),
    ("hosting", "{C} runs its cameras on {D} chips.", ""),
    ("hosting", "{C} runs ads in the {M}.", ""),
    # makers named by what they are and what they make
    ("maker", "{C}, maker of the {P} computer-aided dispatch platform, won the bid.", "C develops P"),
    ("maker", "{C}, the Raleigh company behind the {P} video-redaction tool, grew.", "C develops P"),
    ("maker", "Hourwell Monitor is made by {C}, a Denver company.", "C develops Hourwell Monitor"),
    ("maker", "{Y} trialled {P}, {C}'s facial recognition software.", "Y uses P; C develops P"),
    ("maker", "{C}, an Austin company whose {P} software is used by county assessors, grew.", "C develops P"),
    ("maker", "{P}, built by our team here at {C}, works.", "C develops P"),
    ("maker", "The product is called {P}. {C} built it.", "C develops P"),
    ("maker", "{C} makes {P}. {A} wrote it into its budget.", "C develops P"),
    ("maker", "Evidrift, the Minneapolis startup behind {P}, was sued.", "Evidrift develops P"),
    ("maker", "Trothane, built by our team here at {C}, works.", "C develops Trothane"),
    ("maker", "Meanwhile, the startup behind {P} said it would appeal.", ""),
    # funding told by what it paid for, a round and a fund's keeper
    ("funding", "{A} runs the {P} pilot. The $3 million pilot is funded by the Halvern Foundation.", "Halvern Foundation funds A; A uses P"),
    ("funding", "{A} bought {P}. The first year was paid for with a $90,000 grant from the Halvern Foundation.", "Halvern Foundation funds A; A uses P"),
    ("funding", "{A} bought {P}. The project was paid for mainly from the Halvern Modernization Fund.", "Halvern Modernization Fund funds A; A uses P"),
    ("funding", "{C} raised $22 million last year in a round led by {W}.", "W funds C"),
    ("funding", "{C}, which raised R$30 million from {W} last year, sells apps.", "W funds C"),
    ("funding", "{C} raised prices for {A}.", ""),
    ("funding", "• Funding: {C}, which builds robots, raised $18 million in a Series B round led by {W}.", "W funds C"),
    ("funding", "{Y} bought vans from {C}. The contract is paid for from the Safer Streets fund run by the Office of the Police and Crime Commissioner for Skarnwell.", "C supplies Y; Office of the Police and Crime Commissioner for Skarnwell funds Y"),
    ("funding", "{C} sells cameras to {A}. The pilot is funded by {W}.", "C supplies A; W funds A"),
    ("letter", "{G} has written to {A} opposing the change.", "G opposes A"),
    ("letter", "{G} wrote to {A} asking for records.", "G investigates A"),
    # the one asked asks no one
    ("asked", "We have asked {A} to cancel the contract, and we are calling on {B} to stop using {P}.", "B uses P"),
    # work done on machines is a machine's work; what else is trained, run or computed is not
    ("hosting", "{A} trains its recruits on {C} simulators.", ""),
    ("hosting", "{C} ran the numbers on {D} before the merger.", ""),
    ("hosting", "{A} computes the franchise tax on {C} each year.", ""),
    ("hosting", "Quarrow Partners, an infrastructure firm that operates {A}'s toll roads, bid again.", ""),
    # "it" is no product where a contract, money, a firm or a building came in between
    ("used it", "{C} makes {P}. The Skarnwell City Council approved a $2 million contract, and {A} used it to buy radios.", "C develops P"),
    ("used it", "{C} makes {P}. {A} received a federal grant and used it to pay overtime.", "C develops P"),
    ("used it", "{C} makes {P}. {D} bought it for $300 million.", "C develops P"),
    ("maker", "{C} makes {P}. {A} built it into next year's budget.", "C develops P"),
    ("maker", "{C} makes {P}. The county approved a new jail, and {D} built it.", "C develops P"),
    # a match or a comparison is no case
    ("caption", "{C} vs. {D}: which camera is better?", ""),
    ("caption", "In the {C} vs. {D} bidding war, {A} chose {C}.", "C supplies A"),
    ("caption", "The case, {G} v. {A}, ended in a settlement.", "G opposes A"),
    # a letter after a labelled thing ends a sentence
    ("initial", "{D} won the bid for Lot B. {C} sued {A}.", "C opposes A"),
    # a beat is not what one pays for
    ("beat", "{N} covers the rent for {G}.", ""),
    ("beat", "{N}, a donor, covers tuition for {V} students.", ""),
    ("portfolio", "{C}'s former vice president for policy, {S}, now works at {D}.", "S worksFor D"),
    ("records", "{N} said it had opened an inquiry into {C}.", ""),
    ("negated deal", "{C} sold 40 cameras, no questions asked, to {A}.", "C supplies A"),
    ("maker", "{C}, the company behind {P}, was sued.", "C develops P"),
    ("maker", "{W}, the firm behind {P}'s $20 million round, is based in Skarnwell.", ""),
    # a described reference ("the company behind P") is an apposition: the name before it acts
    ("apposition", "{C}, the company behind {P}, was sued by {G} in March.", "C develops P; G opposes C"),
    ("apposition", "{C}, the company that makes {P}, has been criticized by {G}.", "C develops P; G opposes C"),
    ("apposition", "{C}, the startup behind {P}, sells the tool to {A}.", "C develops P; C supplies A"),
    ("apposition", "{Z}, maker of {P}, said the contract was worth $2 million.", "Z develops P"),
    ("apposition", "{Z}, maker of {P}, sells the system to {A}.", "Z develops P; Z supplies A"),
    # bylines with several writers or a title
    ("byline", "By {N}, Staff Writer, {M}", "N worksFor M"),
    ("byline", "By {N} and {K}, {M}", "N worksFor M; K worksFor M"),
    ("byline", "By {N}, {K} and {L}, {M}", "N worksFor M; K worksFor M; L worksFor M"),
    ("byline", "By {N} and {K}", ""),
    # a review by one body of another
    ("review", "A review by {G} of {A} found gaps in oversight.", "G investigates A"),
    ("review", "An audit by {F} of the {J} found 300 unlogged searches.", "F investigates J"),
    ("review", "A review of {A} by {G} found gaps.", "G investigates A"),
    # what a denial of evidence is about is not stated
    ("no evidence", "The audit found no evidence that {A} used {P}.", ""),
    ("no evidence", "Records obtained by {M} do not show that {A} used {P}.", "M investigates A"),
    ("no evidence", "There is no sign of a contract between {C} and {A}.", ""),
    ("no evidence", "{A} used {P}, but records show no evidence that it paid {C}.", "A uses P"),
    ("no evidence", "Records show that {A} used {P}.", "A uses P"),
    # a public body asked to end its contract: the body is opposed, the vendor supplies it
    ("demand", "{G} has asked the Village of Skarnwell to end its contract with {C}.", "G opposes Village of Skarnwell; C supplies Village of Skarnwell"),
    ("demand", "{G} urged {A} to drop its contract with {C}.", "G opposes A; C supplies A"),
    ("demand", "{G} asked {A} last year to cancel its {C} contract.", "G opposes A; C supplies A"),
    ("demand", "{A}'s {C} contract ends in June.", "C supplies A"),
    ("demand", "{A}'s $2 million {C} contract ends in June.", "C supplies A"),
    ("demand", "The Town of Skarnwell signed a contract with {C}.", "C supplies Town of Skarnwell"),
    # a firm's kind before its name outweighs the name's head; descriptors before an owner
    ("descriptor", "{A} signed a $380,000 contract with Chicago firm Vothex Security.", "Vothex Security supplies A"),
    ("descriptor", "{C}, which the private equity firm {W} bought in 2022, sells {P}.", "C develops P; C partOf W"),
    ("descriptor", "{C}, which is owned by the Chicago private equity firm {W}, won the contract.", "C partOf W"),
    ("descriptor", "{A} bought cameras from Chicago camera maker {C}.", "C supplies A"),
    # what a reviewer of the readings above found wrong
    ("review", "The Community Foundation of Skarnwell County gave $20,000 to {G}.", "Community Foundation of Skarnwell County funds G"),
    ("review", "A planned review by {G} of {A} was cancelled.", ""),
    ("review", "{G} asked for a review by {F} of {A}.", ""),
    ("no evidence", "The review found no evidence of wrongdoing, but {A} uses {P}.", "A uses P"),
    ("no evidence", "{G}, which has no record of lobbying, opposes {P}.", "G opposes P"),
    ("gifts", "{G} gave {C} a $90,000, two-year contract for its website.", ""),
    ("demand", "{A}'s proposed {C} contract drew criticism.", ""),
    ("demand", "{A}'s former {C} contract cost $2 million.", ""),
    ("demand", "{A} signed a contract with Town of Skarnwell Brewing.", "Town of Skarnwell Brewing supplies A"),
    ("apposition", "{A}, the department that {C} supplies, opposed the bill.", "C supplies A"),
    ("byline", "By {S} and {T}, {M}", "S worksFor M; T worksFor M"),
    # one giver, several receivers, each with an amount
    ("gifts", "{W} gave $50,000 to {G}, $20,000 to {H} and $5,000 to {F}.", "W funds G; W funds H; W funds F"),
    ("gifts", "{W} gave {G} $50,000, {H} $20,000 and {F} $5,000.", "W funds G; W funds H; W funds F"),
    ("gifts", "{W} gave {G} $50,000.", "W funds G"),
    ("gifts", "{W} gave $50,000 to {G}, and {H} sued {A}.", "W funds G; H opposes A"),
    # hardware named by its kind; money toward a body's own work; a time before a relative's verb
    ("hardware", "{C} makes the Skarnwell drone.", "C develops Skarnwell"),
    ("hardware", "{C} manufactures the Skarnwell quadcopter and the software that controls it.",
     "C develops Skarnwell"),
    ("gifts", "{F} contributed $500,000 to {G}'s program this year.", "F funds G"),
    ("gifts", "{F} is contributing $150,000 toward the cost of {A}'s cameras.", "F funds A"),
    ("gifts", "{F} will be contributing $150,000 to {G}.", ""),
    ("relative time", "{M}, which last year obtained flight logs from {A}, found gaps.",
     "M investigates A"),
    ("relative time", "{G}, a nonprofit that last year sued {A}, won.", "G opposes A"),
    ("relative time", "{N}, who in 2015 worked for {C}, now teaches law.", ""),
    # records a body gave up, read by the one who examines them
    ("records from", "{M} analysed two years of alert records obtained from {A}.",
     "M investigates A"),
    ("records from", "{U} reviewed the pilot's logs, which it got from {A} through a records "
     "request.", "U investigates A"),
    ("records from", "{M} reviewed data downloaded from {A}'s website.", ""),
    ("records from", "{M} reviewed records it never obtained from {A}.", ""),
    # a public body's own system named in apposition is in use
    ("own system", "Analysts export clips to {P}, {A}'s digital evidence system.", "A uses P"),
    ("own system", "{P}, {A}'s records platform, went live in May.", "A uses P"),
    ("own system", "{P}, {A}'s rival platform, went live in May.", ""),
    ("own system", "{N}, {C}'s product manager, spoke at the event.", "N worksFor C"),
    # a body backing another's plan; work passed on to another firm
    ("backing", "{A} has backed {B}'s plan.", "A supports B"),
    ("backing", "{A} works with {B}.", ""),
    ("subcontract", "{C} has subcontracted camera installation to {D}.", "D supplies C"),
    ("subcontract", "{A} outsourced its records management to {C}.", "C supplies A"),
    # a signature's title, capitalised, after the name, then the body
    ("signature", "{N}, General Counsel, {C}", "N worksFor C"),
    ("signature", "{N}, President and Chief Executive Officer, {C}, Inc.", "N leads C, Inc."),
    ("signature", "Approved by: {N}, Chief of Police, {Y}", "N leads Y"),
    ("signature", "{N}, Esq., {A}, for the agency.", "N worksFor A"),
    ("signature", "Privacy contact: {N}, Privacy Officer, {A}", "N worksFor A"),
    ("signature", "{N}, Deputy Director, {A}", "N worksFor A"),
    ("signature", "{C}, a client of {D}, won the bid.", "D supplies C"),
    # a body's head before "for": "X Institute for Technology Policy" is an institute
    ("topic head", "{N}, a researcher at the Skarnwell Institute for Technology Policy, testified.",
     "N worksFor Skarnwell Institute for Technology Policy"),
    # "the department" goes on meaning the body the text is about
    ("established", "{O} uses {P}. The department said {P} cut crime. Video also comes from "
     "cameras run by the Skarnwell Department of Transportation; the department bought {Q} from "
     "{C}.", "O uses P; O uses Q; C supplies O"),
    ("established", "{O} uses {P}. The department said {P} cut crime. The Skarnwell Police "
     "Department also bought {Q}. The department said it was pleased.",
     "O uses P; Skarnwell Police Department uses Q"),
    ("hardware", "{C} makes {P} video doorbells.", "C develops P"),
    # a memo's letterhead names its author, whom "the department" and its sender's title mean
    ("letterhead", "SKARNWELL POLICE DEPARTMENT\nFROM: {N}, Chief of Police\nThe department "
     "bought {P} from {C}.", "N leads SKARNWELL POLICE DEPARTMENT; SKARNWELL POLICE DEPARTMENT "
     "uses P; C supplies SKARNWELL POLICE DEPARTMENT"),
    ("letterhead", "SKARNWELL POLICE DEPARTMENT\nFROM: {N}, Records Manager\nThe City Council "
     "approved the purchase. The department bought {P} from {C}.",
     "N worksFor SKARNWELL POLICE DEPARTMENT; SKARNWELL POLICE DEPARTMENT uses P; "
     "C supplies SKARNWELL POLICE DEPARTMENT"),
    ("letterhead", "HOUSING\nThe department bought {P} from {C}.", ""),
    # a title, then its body after a comma; an honorific after a title; ranks before a name
    ("title comma", "{N}, staff attorney, {G}, said {G} is suing {A}.", "N worksFor G; G opposes A"),
    ("honorific", "The Skarnwell Borough Council met. Council leader Cllr {N} said he was open-minded.",
     "N leads Skarnwell Borough Council"),
    ("rank", "Inspector {N} of the {Y} said the cameras would help.", "N worksFor Y"),
    # data kept by a host, told in the passive; a cloud's government region
    ("data kept by", "{A} uses {P}. {P} data are stored by {C}, a commercial cloud provider.",
     "A uses P; C hosts P"),
    ("data kept by", "{A} uses {P}. {P} data were stored by {C} until 2021.", "A uses P"),
    ("data kept by", "{A} uses {P}. {P} runs in {C}'s government region.", "A uses P; C hosts P"),
    # a firm offering its own make
    ("own make", "{C} proposed its {P} camera together with {Q}.", "C develops P"),
    # a legal form in lower case; a host that keeps a firm's data; records of a body's system
    ("legal form", "{C} was bought last year by the British group Skarnwell Security plc.",
     "C partOf Skarnwell Security plc"),
    ("keeps data", "{D} stores all of {C}'s customer video.", "D hosts C"),
    ("keeps data", "{D} stopped storing {C}'s customer video in 2020.", ""),
    ("system's records", "{A} uses {P}. {G} obtained {A}'s {P} search logs through a records "
     "request.", "A uses P; G investigates A"),
    # funded by money from a giver, an amount with a decimal point
    ("funded by", "{G} is funded by a $1.2 million grant from {F}.", "F funds G"),
    ("funded by", "{A} is funded by a grant from {F}.", "F funds A"),
    ("funded by", "{G} was funded by a loan from {F} until 2020.", ""),
    ("funded by", "{A}'s drone program is paid for by a $1.2 million grant from {F}.", "F funds A"),
    # a body asked to halt its own work named by a thing; two staff with one body; a partner
    ("request", "{G} calls on {A} to halt its DFR flights.", "G opposes A"),
    ("titled pair", "This report was written by {N}, senior researcher, and {K}, policy analyst, "
     "at {G}.", "N worksFor G; K worksFor G"),
    ("titled pair", "{N}, a former analyst, and {K}, policy analyst, at {G}, spoke.", "K worksFor G"),
    ("partner", "\"It works,\" said {S}, a partner at {W}.", "S worksFor W"),
    # what a second reading found wrong in the readings above
    ("gifts", "{F} contributed $12,000 to {A}'s union.", ""),
    ("gifts", "{F} contributed $12,000 to {G}'s critics.", ""),
    ("gifts", "{F} contributed $12,000 toward the cost of {C}'s acquisition.", ""),
    ("relative time", "{N}, who last year led {A}, now works for {C}.", "N worksFor C"),
    ("relative time", "{F}, which next year will fund {G}, met on Monday.", ""),
    ("own system", "{P}, {J}'s unused drone, sits in a warehouse.", ""),
    ("own system", "{P}, {A}'s rejected platform, was sold to {B}.", ""),
    ("backing", "{A} once backed {B}'s plan but now opposes it.", ""),
    ("backing", "{A} supports {B}'s efforts during emergencies.", ""),
    ("signature", "{N}, Former Chief of Police, {Y}", ""),
    ("signature", "{N}, Inspector General, {A}", "N worksFor A"),
    ("signature", "{N}, Director, {O}, resigned on Monday.", ""),
    ("letterhead", "SKARNWELL POLICE DEPARTMENT\nAttn: Public Records Officer\nFROM: {N}, Staff "
     "Attorney", ""),
    ("established", "{O} bought {P} in 2022. The department said {P} cut crime. {C} sold cameras "
     "to the Skarnwell Fire Department last year. The department hired {D} to maintain them.",
     "O uses P; C supplies Skarnwell Fire Department; D supplies Skarnwell Fire Department"),
    ("data kept by", "{A} uses {P}. {C} moved {P} to {D}'s government region in 2022.", "A uses P"),
    ("data kept by", "{A} uses {P}. {P} could run in {D}'s government region, {C} said.",
     "A uses P"),
    ("own make", "{C} touted its {P} platform, built by {D}, to the council.", "D develops P"),
    ("own make", "{C}, which once proposed its {P} system to the city, has since folded.", ""),
    # a mayor of a district council; a contract awarded; machines named with their place
    ("mayor", "The Skarnwell District Council approved it. Mayor {N} said it was good.",
     "N leads Skarnwell District Council"),
    ("awarded", "{C}, a subsidiary of {D}, was awarded {A}'s contract in 2023.",
     "C supplies A; C partOf D"),
    ("awarded", "{C} was not awarded {A}'s contract.", ""),
    ("awarded", "{C} hopes to be awarded {A}'s contract.", ""),
    ("hosting", "{A} uses {P}. {P} is hosted in {C}'s Sydney data centres.", "A uses P; C hosts P"),
    # a letterhead with the document's title after a dash; its body speaks as "we"
    ("letterhead", "SKARNWELL PRIVACY PROJECT — ANNUAL REPORT 2023\nThis year we obtained 3,000 "
     "pages of records from {A}.\nFrom: Dana Skarnwell, Executive Director",
     "SKARNWELL PRIVACY PROJECT investigates A; Dana Skarnwell leads SKARNWELL PRIVACY PROJECT"),
    # what a second reading found wrong: an addressee, a newspaper, a headline, two bodies
    ("letterhead", "SKARNWELL CITY COUNCIL\nDear Councillors,\nWe oppose {P}.\n{N}, Executive "
     "Director", ""),
    ("letterhead", "SKARNWELL POLICE DEPARTMENT\n1 Civic Plaza\nWe request the {P} contract.\n"
     "From: {N}, Reporter", ""),
    ("letterhead", "SKARNWELL HERALD\nOpinion\nWe should not buy {P}.\n{N}, Lieutenant", ""),
    ("letterhead", "SKARNWELL POLICE DEPARTMENT — CHIEF RESIGNS\nThe chief quit on Monday.", ""),
    ("letterhead", "SKARNWELL POLICE DEPARTMENT\nFrom: {N}, Chief of Police\ncc: Martin Vale, "
     "Chief of Police, {Y}", "N leads SKARNWELL POLICE DEPARTMENT; Martin Vale leads Y"),
    ("awarded", "{C} was awarded {A}'s contract in 2023, but the award was rescinded in March.", ""),
    ("letterhead", "WASHINGTON — {A} bought {P} from {C}.", "A uses P; C supplies A"),
    ("sender", "{Y} bought {P}.\nFrom: {N}, Chief of Police", "Y uses P; N leads Y"),
    # flying a thing is using it
    ("fly", "{A} has flown {P} over the river more than 1,400 times.", "A uses P"),
    ("fly", "{A} flew to a conference in {C}'s jet.", ""),
    # "it" after a phrase that opens the sentence
    ("opening it", "{A} is a city agency. At all relevant times it has been led by Chief {N}.",
     "N leads A"),
    ("opening it", "{A} is a city agency. Since 2019 it has used {P}.", "A uses P"),
    ("opening it", "{A} bought {P}. Critics said it was a waste.", "A uses P"),
    ("hosting", "{P} is hosted in {C}'s government environment on {D}.", "D hosts P"),
    # a funder's list of grantees
    ("grantees", "{F} today announced $2.4 million in grants to eleven organizations.\nGrantees in "
     "this round include:\n- {G} ($350,000 over two years), for its lawsuit against {A}.\n- {H} "
     "($90,000), for general operating support.", "F funds G; F funds H; G opposes A"),
    ("grantees", "{F} received $2.4 million in grants from {W}.\nGrantees include:\n- {G} "
     "($350,000).", "W funds F"),
    ("grantees", "{F} today announced $2.4 million in grants.\nGrantees include:\n- {G} "
     "($350,000).\nThe foundation also pays the staff who run its programs very well.\n{C} "
     "($40,000) built its website.",
     "F funds G"),
    # a cloud service in apposition hosts; hosting only to come
    ("hosting", "{P} runs on {D}, a cloud service run by {E}.", "D hosts P"),
    ("hosting", "Under the contract, {P} will be hosted in {D}, a government cloud service.", ""),
    ("funded by", "{G} sued {A}. Its work is supported by individual members and by grants from "
     "{F}.", "G opposes A; F funds G"),
    ("grantees", "{F} today announced $6.2 million in awards to five cities.\nThis year's awards "
     "are:\n{A} (Michigan) — $1,450,000. The award will fund in-car video.\n{B} (Ohio) — $600,000 "
     "for radios.", "F funds A; F funds B"),
    ("hosting", "{A} uses {P}. {P} is hosted in the Skarnwell government cloud.",
     "A uses P; Skarnwell hosts P"),
    # a numbered model before its device is the product itself
    ("model", "{A} flew two Skarn T4 drones, made by {C}, on loan.",
     "A uses Skarn T4; C develops Skarn T4"),
    # a document's defined term for the body it names in full
    ("defined term", "SKARNWELL UNIFIED SCHOOL DISTRICT\nThe District uses {P}, a video system "
     "developed by {C}. District staff review the footage.",
     "SKARNWELL UNIFIED SCHOOL DISTRICT uses P; C develops P"),
    ("defined term", "The District Attorney sued {C}.", "District Attorney opposes C"),
    # a public body operating a thing uses it; a vendor that operates it runs it for others
    ("operate", "{A} operates {P}, the statewide repository.", "A uses P"),
    ("operate", "{A} contracts with {C}, the company that built and operates {P}.",
     "C supplies A; C develops P"),
    ("operate", "The city's budget for FY 2025 funds {A}.", ""),
    # what a second reading found wrong in the lists of grants
    ("grantees", "{F} announced $3 million in awards.\nFinalists for this year's awards are:\n"
     "- {G} ($400,000)\n- {H} ($300,000)", ""),
    ("grantees", "{A} today announced $2.4 million in grants it received this year.\nThe grants "
     "were:\n- {B} ($1,500,000)", ""),
    ("grantees", "{A} today approved $5.2 million in contract awards.\nThe awards are:\n{C} (Ohio) "
     "— $3,100,000 for patrol vehicles.", ""),
    ("grantees", "{F} announced $1 million in grants.\nGrantees include:\n1. {G} ($200,000)\n"
     "{G} will hire two attorneys.\n2. {H} ($90,000)", "F funds G; F funds H"),
    # a defined term: the letterhead's body first, and none where two bodies could be meant
    ("defined term", "SKARNWELL COUNTY DEPARTMENT OF HEALTH\nThe Department of Transportation "
     "shares data with us. The Department uses {P}.", "SKARNWELL COUNTY DEPARTMENT OF HEALTH uses P"),
    ("defined term", "The Velmont School Board and the Kelso School Board met. The Board bought "
     "{P} from {C}.", ""),
    ("grantees", "{F} today announced $1.1 million in grants.\nGrantees include:\n- {G} ($150,000)"
     "\nApplications denied in this round:\n- {H} ($90,000)", "F funds G"),
    ("grantees", "{A} today approved $1.2 million in awards for new radios.\nThe awards are:\n{C} "
     "(Ohio) — $450,000 bid", ""),
    ("former title", "{J} bought drones. Plate readers were proposed under former sheriff {N} but "
     "were never installed.", ""),
    ("defined term", "SKARNWELL COUNTY SHERIFF'S OFFICE — 2023 ANNUAL REPORT\nThe Patrol Division, "
     "the largest division of the Sheriff's Office, bought {P} from {C}.",
     "Patrol Division partOf SKARNWELL COUNTY SHERIFF'S OFFICE; C supplies Patrol Division; "
     "Patrol Division uses P"),
    # a count before an abbreviation; an apposition with "the" before a relative clause
    ("count", "The Skarnwell Point Police Department (SPPD) flies drones. {F} reviewed 40 SPPD "
     "flight records in December.", "F investigates Skarnwell Point Police Department"),
    ("apposition", "{E} LLP, the law firm that represents {G}, filed the complaint.",
     "E LLP supports G"),
    ("portfolio", "The Skarnwell Department of Permits and Inspections uses {P}.",
     "Skarnwell Department of Permits and Inspections uses P"),
    ("two topics", "{N}, a privacy analyst at the Skarnwell Privacy and Data Office, compiled it.",
     "N worksFor Skarnwell Privacy and Data Office"),
    # a clause after ", and" is its own: its subject is no second maker
    ("new clause", "{P} is made by {C}, and {A} signed a contract with {C} in August.",
     "C develops P; C supplies A"),
    ("new clause", "{P} is made by {C}, and {D} signed a contract with {C} in August.",
     "C develops P"),
    # a product first named with its kind in capitals, then by its name alone
    ("short product", "{A} replaced its records system with Skarnwell RMS, which was built by "
     "{C}. Skarnwell runs on {D}'s cloud.",
     "C develops Skarnwell RMS; D hosts Skarnwell RMS"),
    # what a buyer contracts for, after the vendor's name
    ("contract for", "{A} has contracted with {C} for {P} coverage since 2017.", "C supplies A"),
    ("offered", "{A} was offered a free trial by {C} in 2020 but declined.", ""),
    # a letter sent to someone's officer names no employer of the sender
    ("sent to", "State Senator {N} has sent {C}'s general manager a letter demanding answers.",
     ""),
    # a union's local is named with its number
    ("local", "{N}, president of Skarnwell Local 77, said the union would picket.",
     "N leads Skarnwell Local 77"),
    ("local", "Skarnwell Local 77 is one of nineteen locals of {G}.",
     "Skarnwell Local 77 partOf G"),
    ("one of", "The Skarnwell Unit is one of the divisions of {A}.", "Skarnwell Unit partOf A"),
    ("trades", "The Warehouse and Distribution Workers Guild opposes {P}.",
     "Warehouse and Distribution Workers Guild opposes P"),
    ("both", "{E} LLP, the law firm that represents both {G} and {H}, filed the charge.",
     "E LLP supports G; E LLP supports H"),
    # "X, the company that makes P", "X, the team behind P"; not "behind X's funding round"
    ("maker", "Officials met with {C}, the company that makes the {P} reader.", "C develops P"),
    ("maker", "{D} acquired {C}, the Skarnwell team behind {P}.", "C develops P; C partOf D"),
    ("maker", "{W}, the firm behind {C}'s $20 million round, is based in Denver.", ""),
    # a department's staff abbreviation before a title
    ("staff", "{A} IT manager {N} says the rollout went well.", "N worksFor A"),
    # a request that a party halt its own rollout or program opposes that party
    ("halt rollout", "{G} has joined the call for {C} to end the rollout.", "G opposes C"),
    ("halt rollout", "{G} called on {A} to halt the pilot program.", "G opposes A"),
    ("halt rollout", "{G} asked the court to end the pilot program.", ""),
    ("halt rollout", "{G} did not ask {A} to end the pilot program.", ""),
    # a line's label is a title: "Budget Analyst: X, Y", "Department Head: X, Chief of Police"
    ("label", "SKARNWELL POLICE DEPARTMENT — BUDGET\nBudget Analyst: {S}, {A}\n"
     "The department patrols the city.", "S worksFor A"),
    ("label", "{Y} — FY2025 BUDGET\nDepartment Head: {N}, Chief of Police\n"
     "The department patrols the city.", "N leads Y"),
    # "keep back" is no backing
    ("particle", "The judge allowed {A} to keep back {C}'s source code.", ""),
    # a reference work's note marks after a name end it
    ("note mark", "{P} is hosted on {D}.[7] {A} signed a contract with {C} in 2014.[8]",
     "D hosts P; C supplies A"),
    # "P, a tool from X", "P, the software X developed", "X, the company Y bought"
    ("from maker", "{A} is testing {P}, a video search tool from {C}, in a 90-day trial.",
     "C develops P; A uses P"),
    ("from maker", "The city installed {P}, the adaptive signal software from {C}.",
     "C develops P"),
    ("made it", "{A} uses {P}, the facial comparison software {C} developed.",
     "C develops P; A uses P"),
    ("bought it", "{C}, the face-search company {D} bought in 2021, now operates as its "
     "subsidiary.", "C partOf D"),
    ("bought it", "{C}, the company {D} bought its cameras from, declined to comment.", ""),
    # a plural title before two people names both
    ("two titled", "{M} reporters {N} and {S} examined {A}'s contracts.",
     "N worksFor M; S worksFor M; N investigates A; S investigates A"),
    # "the city" is the city's government the text names, not a place named in passing
    ("city's", "The conference is in Columbus. Mayor {N}, City of Skarnwell Falls, will speak. "
     "{N} was elected mayor of Skarnwell Falls in 2021 and created the city's Office of Data "
     "Ethics.", "N leads City of Skarnwell Falls; Office of Data Ethics partOf City of Skarnwell "
     "Falls"),
    # "Chief of Police X"; "X, President of Y" (a capitalised title after a comma)
    ("chief of police", "{Y} bought cameras. \"It works,\" said Chief of Police {S}.", "S leads Y"),
    ("title after", "\"We will publish the decision,\" said {N}, President of {G}.", "N leads G"),
    ("portfolio", "{C} supplies the Skarnwell Department of Work and Income.",
     "C supplies Skarnwell Department of Work and Income"),
    # a thing moved to a cloud runs on it, not one only to be moved
    ("moved", "{C} moved {P} to {D} in 2022.", "D hosts P"),
    ("moved", "{C} will move {P} to {D} next year.", ""),
    ("round led", "{C}'s $85 million Series D round last year was led by {W}.", "W funds C"),
    # a request for records about a body
    ("records request", "This letter responds to {M}'s request of March 28, 2024, for records "
     "concerning {A}'s drone pilot.", "M investigates A"),
    ("records request", "{A}'s request for data from {C} was granted.", ""),
    # a press release's contact works for the body of its letterhead
    ("contact", "SKARNWELL POLICE DEPARTMENT\nNEWS RELEASE\nMedia contact: Sgt. {S}, Public "
     "Information Officer, 555-014-2270\nDetectives with the department arrested a man.",
     "S worksFor SKARNWELL POLICE DEPARTMENT"),
    # a product's short name only where another firm made it; a firm's own product keeps it
    ("short product", "The county uses Skarnwell CAD. Skarnwell was paid $2 million last year.",
     "Skarnwell develops Skarnwell CAD"),
    # a body named for a cause keeps "for": "Code for America", "Habitat for Humanity"
    ("for name", "{A} funds the Habitat for Humanity program.", "A funds Habitat for Humanity"),
    ("for name", "{A} uses Code for America software.", "A uses Code for America"),
    ("contract for", "{A} signed a contract with {C} for Sentinel readers.", "C supplies A"),
    ("developed", "Sentinel, which was developed a decade ago by {C}, is used by {A}.",
     "C develops Sentinel; A uses Sentinel"),
    ("has been", "{N} has twice been president of {G}.", "N leads G"),
    ("has been", "{N} has always been an employee of {C}.", "N worksFor C"),
    ("local", "Teamsters Local 412 represents both {A} and {B}.",
     "Teamsters Local 412 supports A; Teamsters Local 412 supports B"),
    ("chapter", "{N} wrote a chapter of {G}'s annual report.", ""),
    # a buyer asking its vendor to pause opposes no one
    ("halt rollout", "The City of Skarnwell asked {C} to halt the rollout while it fixes a bug.",
     ""),
    ("from maker", "{A} is testing {P}, a video search tool from {D}'s rival {C}.", "A uses P"),
    ("from maker", "{A} is testing {P}, a tool from Boulder.", "A uses P"),
    ("from maker", "{P}, a video search tool from {C}, is used by {A}.", "C develops P; A uses P"),
    ("bought it", "{C}, the startup {D} bought a stake in, makes cameras.", ""),
    ("bought it", "{C}, the company {D} bought last year and sold in 2023, makes cameras.", ""),
    # a title a label names that is not held, or is another body's
    ("label", "SKARNWELL UNIFIED SCHOOL DISTRICT\nCandidate for Superintendent: Dr. {S}\n"
     "The district serves 9,000 students.", ""),
    ("label", "CITY OF SKARNWELL FALLS\nPolice Chief: {S}\nThe city has 40,000 residents.",
     "S worksFor CITY OF SKARNWELL FALLS"),
    # a model of several words before its device is the product itself, not its maker's
    ("model", "In 2023 {A} tested Skarnwell Vantage drones, made by {C}, in a six-month pilot.",
     "C develops Skarnwell Vantage; A uses Skarnwell Vantage"),
    ("whose", "The market is dominated by {C}, whose {P} system accounts for most "
     "installations.", "C develops P"),
    # signature lines of other shapes
    ("signature", "{J} reported 40 arrests this year, and this paragraph is long enough that the "
     "text is not read as wrapped at a fixed width.\nDana Korvath, Sheriff of Skarnwell County\n"
     "Deputy Chief {S}, {J}", "S worksFor J"),
    ("signature", "The report is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\n({S}, Executive Director, {G})",
     "S leads G"),
    ("signature", "The study is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\n{S}, Department of Criminology and "
     "Justice Studies, {V}", "S worksFor V"),
    ("signature", "The letter is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\nChief Information Officer, {A}", ""),
    ("signature", "The Skarnwell County Sheriff's Office reported 40 arrests, and this paragraph "
     "is long enough that the text is not read as wrapped at a fixed width.\n{S}, Sheriff of "
     "Skarnwell County", "S leads Skarnwell County Sheriff's Office"),
    # the first word after a dateline opens the sentence
    ("dateline", "SKARNWELL, Minn. – Detectives with {Y} arrested a man. The department bought "
     "cameras from the company.", ""),
    ("contract for", "{A} signed a contract with Skarnwell Software for {P}, their permitting "
     "system.", "Skarnwell Software supplies A"),
    # an outlet's lawsuit is an act; its opinion is none
    ("outlet sued", "{M} sued {A} over records.", "M opposes A"),
    ("outlet sued", "{M} criticized {A}.", ""),
    ("cto", "{C}'s Chief Technology Officer, {S}, will lead demos on Wednesday.", "S worksFor C"),
    ("round led", "{C} raised $40 million in a private placement led by {W}.", "W funds C"),
    ("made by", "Flights are managed through Skarnwell Command, which is developed by {C}.",
     "C develops Skarnwell Command"),
    ("owner's product", "{C}'s {P} records management system is designed for small departments.",
     "C develops P"),
    ("number inside", "{C} supplies the Skarnwell County 911 Communications District.",
     "C supplies Skarnwell County 911 Communications District"),
    ("imperative", "Meet {G} Executive Director {S} at the booth.", "S leads G"),
    ("county's", "Skarnwell County applied for the grant. The county's Office of Grants "
     "Management wrote it.", "Office of Grants Management partOf Skarnwell County"),
    ("short name", "The Skarnwell Police Department wrote a letter. Skarnwell Police Chief {S} "
     "signed it.", "S leads Skarnwell Police Department"),
    ("plural title", "{S} and {T}, reporters at {M}, host the show.", "S worksFor M; T worksFor M"),
    ("records request", "{M} got it from {A} through a records request and posted it.",
     "M investigates A"),
    # a letterhead with the body's own office after it; the head's own office is no body
    ("letterhead", "SKARNWELL POLICE DEPARTMENT — Office of the Chief of Police\nMEMORANDUM\n"
     "FROM: {S}, Chief of Police\nThe Department bought cameras from {C}.",
     "S leads SKARNWELL POLICE DEPARTMENT; C supplies SKARNWELL POLICE DEPARTMENT"),
    ("own office", "The inspector general, {S}, runs the Skarnwell Office of the Inspector "
     "General.", "S leads Skarnwell Office of the Inspector General"),
    ("stores for", "{D} stores all drone video for {A}.", "D hosts A"),
    # a council of residents or firms is no government's
    ("civic council", "The Skarnwell Block Club Council backed {A}'s camera program.",
     "Skarnwell Block Club Council supports A"),
    ("home town", "Mayor {S} called the meeting to order. A council member once worked in "
     "{C}'s Portland sales office.", ""),
    ("backed by", "{C} builds {P}. The company is backed by a $12 million Series A round from "
     "{W}.", "C develops P; W funds C"),
    ("founded by", "Founded in 2022 by former dispatcher {S}, {C} builds {P}.",
     "S leads C; C develops P"),
    ("counsel", "The opinion is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\n{N}, of {E} LLP, Seattle, for "
     "appellant.", "N worksFor E LLP"),
    # narrowed where they read wrong: names that open with a call ("Join Forces Coalition"),
    # an outlet that only reports a suit, "whose" of a city, an underwriter's offering, the
    # county of two, a request another filed, a letter in support
    ("imperative", "Join Forces Coalition opposes {A}'s drones.", "Join Forces Coalition opposes A"),
    ("outlet sued", "Reporters for {M} covered the lawsuit against {A}.", ""),
    ("outlet sued", "{M} criticized {A} after {G} sued {B}.", "G opposes B"),
    ("whose", "The City of Skarnwell, whose {P} system went live in 2021, expanded it.", ""),
    ("round led", "{C} raised $50 million in a secondary offering led by {W}.", ""),
    ("county's", "Skarnwell County and Bellmont County share radios; the county's Office of "
     "Grants Management funds them.", ""),
    ("records request", "{M} got a tip from {C} through a records request filed by {G}.", ""),
    ("records request", "{M} got the video from {A}, but not through a records request.", ""),
    ("letter", "{G} wrote to {A} in support of the camera program.", ""),
    ("portfolio", "{C} was paid by the Skarnwell County Office of Management and Budget.",
     "C supplies Skarnwell County Office of Management and Budget"),
    # a signature of two lines: the name alone, then its title and body
    ("signature", "The thread below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N}\nChief Information Officer, "
     "{A}", "N worksFor A"),
    ("signature", "The thread below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N}\nAccount Executive, Public "
     "Safety, {C}", "N worksFor C"),
    ("question from", "Operator: Our first question comes from {N} with {W}. Your line is open.",
     "N worksFor W"),
    # "the City" capitalised is the city the text names in full
    ("defined city", "The City of Skarnwell Falls bought drones. The City's Office of Emergency "
     "Management uses {P}. The City's Chief Information Officer, {N}, reports downtime.",
     "Office of Emergency Management partOf City of Skarnwell Falls; Office of Emergency "
     "Management uses P; N worksFor City of Skarnwell Falls; City of Skarnwell Falls uses P"),
    ("defined city", "The City of Skarnwell Falls bought drones. {D} hosts the City's systems.",
     "D hosts City of Skarnwell Falls"),
    # "Approved:" alone may be the other party's (a client's manager under a vendor's letterhead)
    ("approved", "SKARNWELL POLICE DEPARTMENT\nApproved by: {S}, Chief of Police\nThe "
     "department flies drones.", "S leads SKARNWELL POLICE DEPARTMENT"),
    ("approved", "SKARNWELL SYSTEMS INC.\nApproved: {S}, City Manager\nThe change order adds "
     "cameras.", ""),
    # a heading is no signer; a unit between the title and the body, or a title of another
    # kind, makes no head of the body
    ("signature", "The proposal is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\nKey Personnel\nProject Manager, {C}",
     ""),
    ("signature", "The thread below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N}\nDirector, Information "
     "Technology Department, City of Skarnwell", "N worksFor City of Skarnwell"),
    ("signature", "The thread below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N}\nPolice Chief, City of "
     "Skarnwell", "N worksFor City of Skarnwell"),
    ("signature", "The agenda is long, and this paragraph is long enough that the text is not "
     "read as one wrapped at a fixed width by any means.\n5. Drones (Presenter: Police Chief "
     "{N}, City of Skarnwell)", "N worksFor City of Skarnwell"),
    ("question from", "Our next question comes from {N} at {M}'s listening session.", ""),
    # "Chief X" in a text of one police department and no fire department heads it
    ("chief", "{Y} bought cameras. Chief {S} has told the council the cameras helped.",
     "S leads Y"),
    ("chief", "{Y} bought cameras. Finance chief {S} said costs had fallen.", ""),
    ("chief", "The Skarnwell Fire Department and {Y} opened a center. Chief {S} spoke.", ""),
    # a named party beside people a list names only by a number
    ("unnamed", "{G} and two residents of Skarnwell filed suit in state court against {A}.",
     "G opposes A"),
    ("owned by", "{C}, a Swedish company wholly owned by {D}, sells cameras.", "C partOf D"),
    ("represented by", "{G} sued {A}. The group is represented by the Maputo firm {E} LLP.",
     "G opposes A; E LLP supports G"),
    ("money from, to", "A $25 million loan from {W} to {A} paid for the system.", "W funds A"),
    # one who heads a body is not also its staff, whatever another sentence says
    ("head not staff", "{G} president {N} spoke first. {N}, an organizer with {G}, said so later.",
     "N leads G"),
    # a filing's terms defined first: "we" is the company
    ("defined we", 'In this prospectus, "{C}," the "Company," "we," "us" and "our" refer to {C}, '
     "Inc. and its subsidiaries.\nWe develop and sell {P}, a license plate platform.",
     "C, Inc. develops P"),
    # "a lasting supply agreement": a noun, and a negated one
    ("supply agreement", "{C} does not have a long-term supply agreement with {D}.", ""),
    ("supply agreement", "{A} has a five-year supply agreement with {C}.", "C supplies A"),
    # a maker's supplier of parts
    ("parts used in", "{C} supplies all of the camera modules used in {D}'s roadside units.",
     "C supplies D"),
    # a member of a list described between commas
    ("described member", "{C} develops {P}, a plate recognition platform, and {Q}, an evidence "
     "application.", "C develops P; C develops Q"),
    # a firm's customer named by rank
    ("firm's customer", "{C}'s largest customer, {A}, accounted for 14% of revenue.",
     "C supplies A"),
    ("firm's customer", "{A} is one of {C}'s largest customers.", "C supplies A"),
    ("firm's customer", "{C}'s former customer, {A}, sued the company.", "A opposes C"),
    # a comment's header: name, a spaced hyphen, title at the body
    ("hyphen title", "The post below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N} - Executive Director at "
     "{G}\nWe are so lucky to have you.", "N leads G"),
    ("hyphen title", "The post below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\n{N} - Reporter at the {M}\n"
     "Congratulations on the new job.", "N worksFor M"),
    # "whose" before a noun of money or a stance: the antecedent's
    ("whose noun", "We thank {W}, whose grant to {G} is paying for this fellowship.",
     "W funds G"),
    ("whose noun", "We met {G}, whose lawsuit against {A} was dismissed.", "G opposes A"),
    # a list's last member after its role: "and our co-plaintiff, the Y"
    ("list role", "{E} LLP is representing {G} and our co-plaintiff, {H}, pro bono.",
     "E LLP supports G; E LLP supports H"),
    # "its police department": the police department the text names
    ("its department", "The Skarnwell Police Department bought drones. {G} sued the City of "
     "Skarnwell and its police department in May.",
     "G opposes City of Skarnwell; G opposes Skarnwell Police Department"),
    # a body's director named after a quote: its head
    ("said director", "{A} signed a contract with {C}. \"It works,\" said {N}, the "
     "department's director.", "C supplies A; N leads A"),
    ("said director", "\"It works,\" said {N}, the {G}'s program director.", "N worksFor G"),
    # a round led in the progressive, and its other investors
    ("round participation", "{W} is leading {C}'s $14 million Series A, with participation "
     "from {V} and existing investor Brask Angels.",
     "W funds C; V funds C; Brask Angels funds C"),
    # "he" after "before" is the sentence's one person
    ("career", "{S} spent nine years as a 911 dispatcher before he founded {C} in 2022.",
     "S leads C"),
    # "the city" is the city of the text's bodies, not a vendor's home town
    ("home city", "The Skarnwell Police Department flies drones. The drones are built by {C}, a "
     "small manufacturer in Spokane, and the city bought them from {C} last fall. I came to "
     "Skarnwell in 2019.", "C supplies Skarnwell"),
    # a school system's name, and its superintendent (not a parents' group's)
    ("school system", "Skarnwell City Schools signed a contract with {C} for scanners.",
     "C supplies Skarnwell City Schools"),
    ("school system", "Skarnwell City Schools bought scanners from {C}. Superintendent {N} "
     "spoke. Skarnwell Parents for Safe Schools backs the plan, as do Skarnwell Parents for Safe "
     "Schools members.", "C supplies Skarnwell City Schools; N leads Skarnwell City Schools"),
    # a church's senior pastor heads it; its youth minister works there
    ("pastor", "The Rev. {N} is senior pastor of Skarnwell Community Church.",
     "N leads Skarnwell Community Church"),
    ("pastor", "{N}, the youth minister of Skarnwell Community Church, spoke.",
     "N worksFor Skarnwell Community Church"),
    # "it" is the object: no later name is
    ("pronoun object", "{G} has backed it publicly, and its president, {N}, told the council so.",
     "N leads G"),
    ("pronoun object", "{C} sold it to {A} last year.", "C supplies A"),
    # what the pass's readings must not read
    ("not a maker", "{C} makes the lenses used in {A}'s cameras.", ""),
    ("not fellows", "{C}'s largest customer, {A}, and its largest supplier, {D}, both declined "
     "to comment.", "C supplies A"),
    ("function director", "{A} bought scanners. \"It works,\" said {N}, the department's "
     "director of communications.", "N worksFor A"),
    ("staff round", "{N}, the chief executive of {C}, is leading the company's Series A.",
     "N leads C"),
    ("unnamed he", "{N} criticized the mayor because he backs the {C} contract.", ""),
    ("firm's career", "{C} spent a decade as the main supplier of {A}.", "C supplies A"),
    # a group's own text calls it by its head noun, capitalised
    ("defined group", "I joined the Skarnwell Privacy Project in May. My first assignment is the "
     "Project's lawsuit against {A}, and {E} LLP is representing the Project.",
     "Skarnwell Privacy Project opposes A; E LLP supports Skarnwell Privacy Project"),
    # a list whose members each carry their place
    ("placed members", "{P} is used by 140 agencies, including {A} in Idaho and {B} in Nevada.",
     "A uses P; B uses P"),
    ("placed members", "{C} sold drones to {A} in March and {B} in May.",
     "C supplies A; C supplies B"),
    # joining a firm as its officer; a title told with "currently"
    ("joined as", "{C} makes dispatch software. Ostrel Vantz has joined the company as chief "
     "technology officer.", "Ostrel Vantz worksFor C"),
    ("currently", "{N} currently serves as president of {G}.", "N leads G"),
    # a body named with its address is no place
    ("body address", "The notice below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\nSubmit comments to the Privacy "
     "Office, Skarnwell Transit Administration, Washington, DC. Write to the Skarnwell Transit "
     "Administration, Washington, DC.\n{N}, Administrator, Skarnwell Transit Administration.",
     "N leads Skarnwell Transit Administration"),
    # a kind of technology in capitals is no one's product
    ("generic tech", "All ALPR data is stored by {C} in a dedicated environment for {A}.",
     "C hosts A"),
    ("generic tech", "{A} bought Automated License Plate Readers from {C}.", "C supplies A"),
    # "whose president, X": the body's head; "whose spokesperson, X": its staff
    ("whose title", "{N} was endorsed by {G}, whose president, Sgt. {K}, sat in the front row.",
     "G supports N; K leads G"),
    ("whose title", "{G}, whose spokesperson, {K}, declined to comment, backs the plan.",
     "K worksFor G"),
    ("whose title", "{G}, whose former president, {K}, left in May, backs the plan.", ""),
    # a firm that built and runs a system runs it for its customers
    ("built and runs", "{A} renewed its contract with {C}, which built and runs the video "
     "system, {P}.", "C supplies A; C develops P"),
    # a docket: a short name defined in brackets, a party named by its part, a counsel line
    ("docket", '{C}, Inc. ("Brask"), a subsidiary of {D}, makes panels.', "C, Inc. partOf D"),
    ("docket", "The docket below is long, and this paragraph is long enough that the text is "
     "not read as one wrapped at a fixed width by any means.\nPlaintiffs challenge {A}'s use "
     "of {P}.\nFor Defendant {C}: {E} LLP.", "A uses P; E LLP supports C"),
    # narrowed readings: a clause after a placed member, a firm joining as a sponsor or member,
    # words between a copula and another's title, a unit's director, a firm's other use
    ("placed clause", "{C} sold readers to {A} in Nevada and {D} supplied {B}.",
     "C supplies A; D supplies B"),
    ("joined as", "{C} joined {G} as an official sponsor. {C} supplies {A}.", "C supplies A"),
    ("joined as", "{C} joined {G} as a member in 2020. {C} supplies {A}.", "C supplies A"),
    ("copula gap", "{N} was interviewed by the director of {G}.", ""),
    ("unit director", "The drone unit of {A}, whose director, {N}, spoke, flies daily.", ""),
    ("built and runs", "{C}, which built and manages the Skarnwell County data portal, uses "
     "{P}.", "C uses P"),
    # "the Union" in a union's own text is that union, named first
    ("defined group", "The Skarnwell Nurses Union met the Kolvar Teamsters Union. The Kolvar "
     "Teamsters Union and the Kolvar Teamsters Union staff spoke. The Union's president, {N}, "
     "opposes {A}'s plan.", "N leads Skarnwell Nurses Union; N opposes A"),
    # a column's heading is no body; its byline's outlet is the column's "we"
    ("column", "DOCUMENT OF THE WEEK\nBy {N}, {M}\nEvery Friday we pull one public record out "
     "of the pile. This week: the agreement between {A} and {C}, which we obtained from "
     "{A} under the Public Records Act.", "N worksFor M; M investigates A; C supplies A"),
    # a recommendation is no fact; a term of years opens no name; a hyphenated surname after
    # a county sheriff's title
    ("should", "{G} should sue {A}.", ""),
    ("should", "By March 31, {A} should review the {C} subscription for security.", ""),
    ("term of years", "The 2024-2025 Skarnwell County Civil Grand Jury reviewed records from {A}.",
     "Skarnwell County Civil Grand Jury investigates A"),
    ("hyphenated", "The Skarnwell County Sheriff's Office bought drones. Skarnwell County Sheriff "
     "Marguerite Aldana-Rusk spoke.", "Marguerite Aldana-Rusk leads Skarnwell County Sheriff's Office"),
    # money told around the grant itself: its giver, its receiver, whoever paid with it
    ("grant", "Most of the cost is paid with a $600,000 grant that {f}, a local charity, awarded to {A} in January.", "f funds A"),
    ("grant", "{A} bought cameras from {C}. The rest is paid for with a $120,000 grant {f} gave {A} in March.", "C supplies A; f funds A"),
    ("grant", "Part of the cost will be met by a $250,000 grant from {f}, a charity that backs local projects, which {A} received in December.", "f funds A"),
    ("grant", "{A} paid for the drones with a $214,000 grant from {f}.", "f funds A"),
    ("grant", "{f} is paying {G}'s court costs.", "f funds G"),
    ("grant", "{f} is paying $600,000 of {A}'s first-year cost.", "f funds A"),
    ("grant", "{G}'s work on police surveillance is funded by {f}.", "f funds G"),
    ("grant", "{A} received a $3.2 million award from the federal {B} in March.", "B funds A"),
    ("grant", "{f}, a private charity that does not disclose its donors, gave {A} $900,000 toward the cost.", "f funds A"),
    ("paid for", "{A} bought 40 cameras from {C}. {f} paid for them.", "C supplies A; f funds A"),
    ("paid for", "{A} bought 40 cameras from {C}. {f} paid for the first 20 cameras in 2022.", "C supplies A; f funds A"),
    ("paid for", "{A} bought vans from {C}. The vans were purchased with a grant of $380,000 from {f}.", "C supplies A; f funds A"),
    ("round", "In July {W} led {C}'s $14 million Series A, alongside {X}.", "W funds C; X funds C"),
    ("round", "{W} led {C}'s $22 million Series A last year, with {X} joining the round.", "W funds C; X funds C"),
    ("round", "{C} raised $12 million in May in a round led by {W}.", "W funds C"),
    ("doubt", "It is unclear whether {f} is paying {G}'s court costs.", ""),
    ("negation", "{f} did not pay for {A}'s cameras.", ""),
    ("noun", "{A} paid for the cameras from its own budget.", ""),
    # a body called again by its name's last words
    ("reference", "The {c} met on Tuesday. \"We want answers,\" said {N}, the block club's president.", "N leads c"),
    ("reference", "{A} bought drones from {C}. {g} sued {A} on Monday. \"This is surveillance,\" said a spokeswoman for the league, {N}.", "C supplies A; g opposes A; N worksFor g"),
    # a coined product name before its device is the product
    ("device", "{A} flies HaloWing drones, made by {C}.", "C develops HaloWing; A uses HaloWing"),
    ("device", "{A} bought cameras last year. {C} makes the RoadLog cameras.", "C develops RoadLog"),
    # a contract's defined term for a party is the party
    ("defined", "The agreement names {C}, Inc. (\"Vendor\") as the seller. Vendor sells cameras to {A}.", "C, Inc. supplies A"),
    ("defined", "This agreement is between {D}, Inc. (\"Contractor\") and {A}. Contractor sells drones to {A}.", "D, Inc. supplies A"),
    # a currency's abbreviation and a motion's party by its part are no one
    ("noun", "In 2022 {A} awarded the Rs 84-crore contract to {C}.", "C supplies A"),
    ("noun", "Movant states that the drones were sold to {A} by {C}.", "C supplies A"),
    # a firm, then the one product a contract with it is for
    ("contract", "{A} quietly signed a $240,000 contract with {C} for {P}.", "C supplies A"),
    ("contract", "{A} renewed its maintenance agreement with {C} for {P}, the records system {C} built.", "C supplies A; C develops P"),
    # a governing board's contract is its body's
    ("board", "{A} answers to a board. The {A} Board of Commissioners on Tuesday approved a $4.1 million contract with {C}.", "C supplies A"),
    # an owner a place describes, and a firm's founding set between commas
    ("apposition", "{C} is a subsidiary of the Gothenburg industrial group {D}.", "C partOf D"),
    ("apposition", "{C}, a unit of the Mumbai conglomerate {D}, won the bid.", "C partOf D"),
    ("apposition", "{C}, founded in Cleveland in 2019, was acquired by {D} in 2024.", "C partOf D"),
    # "the city" is the one city government a text names, not where a vendor keeps servers;
    # a named unit of a named body is the one its director heads
    ("reference", "{C} said the footage is kept on servers in Kamloops. {N}, director of the city's Information Services Division, said staff would review it. The City of Dravenholt approved the cameras.", "Information Services Division partOf City of Dravenholt; N leads Information Services Division"),
    # a product's users named after "among them", a trial that took place
    ("list", "{C} makes {P}. {C} says {P} is used by 90 police agencies, among them {A} and {B}.", "C develops P; A uses P; B uses P"),
    ("list", "{C} makes {P}. {C} says {P} is in use at 14 agencies, including {A} and {B}.", "C develops P; A uses P; B uses P"),
    ("trial", "{C} makes {P}. {A} tried {P} for 30 days in 2023.", "C develops P; A uses P"),
    ("trial", "{C} makes {P}. The {P} patrol robot finished a six-month pilot with {A} in August.", "C develops P; A uses P"),
    ("negation", "{C} makes {P}. {A} never tried {P}.", "C develops P"),
    ("irrealis", "{C} makes {P}. {A} may try {P} next year.", "C develops P"),
    # a town's police in lower case is its police force; the law records were had under is
    # no one investigated
    ("reference", "The Yorvane Police Department bought {P}. Records obtained by {G} show that Yorvane police ran {P} searches.", "Yorvane Police Department uses P; G investigates Yorvane Police Department"),
    ("investigates", "{A} signed a deal with {C}. {M} obtained a copy of the agreement under the Freedom of Information Act.", "C supplies A"),
    # a country owns no body a text names as its own
    ("possessive", "Belgium's Data Supervision Office ordered {A} to stop using {P}.", "A uses P"),
    # a speaker's street address is no one; a podcast's host is a title
    ("signature", "{N}, 2210 Linden Road, an organizer with {G}, spoke against the contract.", "N worksFor G"),
    ("title", "Host {N}, a senior reporter at {M}, spent six months finding out.", "N worksFor M"),
    # what the money readings leave alone: a grant applied for or taken back, a prize, a loan
    # of things, fees a settlement pays, a round's other news, a rumour, a town's own fund
    ("plan", "An application for a grant that {A} made to {f} is still pending.", ""),
    ("ended", "A grant that {f} awarded to {A} was rescinded before any money changed hands.", ""),
    ("noun", "{A} received a loan of two drones from {B}.", ""),
    ("noun", "Under the settlement, {B} paid {G}'s legal fees.", ""),
    ("noun", "{C}'s seed round closed in June, with {N} joining the company's board.", ""),
    ("noun", "{C}'s seed round was one of March's largest, alongside {D}.", ""),
    ("denial", "{A} bought cameras. Rumors that {f} paid for them too are false, she said.", ""),
    ("noun", "{A} bought cameras from {C}. The Town of Wistow General Fund paid for them.", "C supplies A"),
    # a cause named "for" something keeps its name; a board's rejected contract is none; a
    # town's mayor stays the town's; a founders' aside says nothing of the firm's employer
    ("contract", "The council approved a one-year agreement with Vision for Tomorrow, a nonprofit.", ""),
    ("negation", "The {A} Board of Commissioners rejected a contract with {C}.", ""),
    ("reference", "Kelby Mayor {N} said Kelby police had stopped using the network. The Kelby Police Department bought it.", "N leads Kelby"),
    ("apposition", "{C}, founded by former {D} engineers, makes drones.", ""),
    ("apposition", "{C} is a unit of {D} that competes with {E}.", "C partOf D"),
    ("ended", "{C}, a subsidiary of the Manchester engineering firm {D} until 2023, now sells drones.", ""),
    ("title", "{N}, manager of {A}'s {C} contract, said it works.", "C supplies A"),
    # hosting said with "now" and data stored "with" a cloud
    ("hosting", "{C} makes {P}. {P} now runs entirely on {D}'s government regions.", "C develops P; D hosts P"),
    ("hosting", "{C} makes {P}. {P} footage is stored with {D}.", "C develops P; D hosts P"),
    # a product's maker after "is X's product" or after the thing's kind and "which"
    ("develops", "{C} sells to cities. {P} is {C}'s product.", "C develops P"),
    ("develops", "{A} installed {P} license plate cameras, which {C} makes.", "C develops P"),
    ("negation", "{A} is {C}'s customer.", "C supplies A"),
    # a solicitor or a barrister is staff
    ("title", "A solicitor at {G}, {N}, said the case is strong.", "N worksFor G"),
    # and what a second review found them reading wrong: a contract put off, a former owner, a
    # round passed on or left, a claim, a product partner, a trial decided against
    ("negation", "{A} postponed a contract with {C} until June.", ""),
    ("ended", "{C}, a former subsidiary of the Gothenburg industrial group {D}, makes radar.", ""),
    ("negation", "{W} passed on {C}'s Series A, alongside {X}.", ""),
    ("ended", "{C}'s seed round closed, with {X} joining the round, but {X} later pulled out.", ""),
    ("doubt", "{G}'s work on surveillance is funded by {f}, a critic claims.", ""),
    ("noun", "{P} is {C}'s product partner.", ""),
    ("negation", "{A} decided not to try {P} after a 30-day review.", ""),
    ("ended", "{A} paid for the drones with a grant from {f} that it later returned.", ""),
    # a defined term after a legal form without its comma
    ("defined", "This agreement is between {C} Inc. (\"Contractor\") and {A}. Contractor sells cameras to {A}.", "C Inc. supplies A"),
    # a police chief heads a police body, not the city a sentence names beside it
    ("title", "{Y}, which changed vendors when the city of Ostrava did, lowered its flag on Monday, said Police Chief {N}.", "N leads Y"),
    # "the group" is no one-word name of no known kind that opens a quotation
    ("reference", "{G} sued {A} on Monday. \"Court records belong to the public,\" said {N}, the group's executive director.", "G opposes A; N leads G"),
    # a maker of a named device: the name before the device's kind is the product
    ("develops", "{C} makes the {P} body camera.", "C develops P"),
    ("develops", "{C} manufactures the {P} body-worn camera for police.", "C develops P"),
    # a body whose officers wear a device made by another uses it and makes none
    ("uses", "{A}'s officers wear {P} body cameras made by {C}.", "C develops P; A uses P"),
    ("uses", "The {A}'s deputies use {P} on every shift.", "A uses P"),
    # a university that signs a contract with a firm buys from it; a group's deal may be a gift
    ("supplies", "{V} signed a contract with {C} for {P}.", "C supplies V"),
    ("supplies", "{C} signed a three-year contract with {V} to sponsor a chair in data ethics.", ""),
    ("supplies", "{V} signed a contract with {C} to license its patented matching algorithm to the firm.", ""),
    ("supplies", "{V} partnered with {C}.", ""),
    ("supplies", "{G} has filed records requests for the county's contract with {C}.", ""),
    # a body asked to halt its use of a thing is the one opposed, whatever the thing's kind
    ("request", "{G} has called on {A} to halt its use of {Z}.", "G opposes A"),
    ("request", "{G} asked {A} to suspend the use of {P} until a policy is adopted.", "G opposes A"),
    # a thing "a product of" its maker
    ("develops", "{A} bought {P}, a product of {C}.", "C develops P; A uses P; C supplies A"),
    ("develops", "{P} is a product of {C}.", "C develops P"),
    ("negation", "{P}, a product of years of work, launched in May.", ""),
    # an auditor's title is no part of the name; an auditor works for the body, the auditor
    # general heads the office
    ("title", "{A}, led by State Auditor {N}, released an audit.", "N leads A"),
    ("title", "{N}, an auditor with {A}, spoke at the hearing.", "N worksFor A"),
    # the machines or the account of one party at a cloud: the cloud hosts that party
    ("hosting", "{C} sells doorbells. Video is kept for 30 days on {C}'s servers at {D}.", "D hosts C"),
    ("hosting", "{C} makes readers. {C} keeps the records on its servers, which are hosted by {D}.", "D hosts C"),
    ("hosting", "The templates are stored in {A}'s account on {D}.", "D hosts A"),
    ("hosting", "The footage is stored on {D} servers that host {C}'s customer data.", "D hosts C"),
    ("hosting", "{P} is hosted in {A}'s tenancy on {D}.", "D hosts P"),
    # a group named after its members and their cause; a member named in brackets after it
    ("title", "{N}, organizer, {h}", "N worksFor h"),
    ("request", "{h} asked {A} to end its contract with {C}.", "h opposes A; C supplies A"),
    ("title", "{G} ({N}, president) spoke against the plan.", "N leads G"),
    ("title", "{G} ({N}, organizer) spoke against the plan.", "N worksFor G"),
    ("ended", "{G} ({N}, former chair) spoke against the plan.", ""),
    # "it" in a relative clause is the nearest party before it, not a possessor's owner
    ("relative", "{A} operates 22 fixed readers that it purchased from {C} in 2022.", "C supplies A"),
    ("relative", "{G} sued {A} over software that it bought from {C}.", "G opposes A"),
    ("relative", "{E}, not {C}, runs the readers that it bought from {D}.", ""),
    # goods a body owns, bought from a seller in the passive: the owner bought them
    ("passive", "{A}'s aircraft were purchased in 2023 from {C}.", "C supplies A"),
    ("passive", "{C}'s cameras were bought by {A}.", ""),
    # a city's manager, clerk or attorney works for the city; a department's spokesperson for
    # the department the text named ("the Y Department of Z")
    ("title", "The City of Skarnwell bought readers. City Manager {N} said they work.", "N worksFor City of Skarnwell"),
    ("title", "The City of Skarnwell bought readers. City Clerk {N} said they work.", "N worksFor City of Skarnwell"),
    ("title", "The City of Skarnwell bought readers. City Attorney {N} said they work.", "N worksFor City of Skarnwell"),
    ("title", "The Skarnwell Department of Benefit Programs bought {P}. Department spokesperson {N} said it works.", "N worksFor Skarnwell Department of Benefit Programs; Skarnwell Department of Benefit Programs uses P"),
    # a sign-off with a title alone: the body the text's first line opens with
    ("signature", "{C}, Inc. · Processing Center · P.O. Box 4471\n\nWe are writing about an incident.\n\nSincerely,\n\n{N}, Chief Executive Officer", "N leads C, Inc."),
    # a plural possessive opening a group's name; a city's police chief heads its police
    ("possessive", "The Commuters' Privacy Project sued {A}. Its executive director, {N}, testified in January.", "Commuters' Privacy Project opposes A; N leads Commuters' Privacy Project"),
    ("title", "The Skarnwell Police Department bought drones. The City of Skarnwell bought cameras, said {N}, the city's police chief.", "N leads Skarnwell Police Department"),
    # a sentence opening with "its" names the products of the firm the last one is about
    ("its", "{C} sells to ports. Its {P} tool flags unattended bags.", "C develops P"),
    ("its", "{C}, which {W} bought in 2023, sells to ports. Its {P} tool flags bags.", "C partOf W; C develops P"),
    ("its", "{C} sells software. Its products include {P} and {Q}.", "C develops P; C develops Q"),
    ("its", "{A} bought drones. Its {P} drones fly daily.", ""),
    # a maker of no known kind that owns a named product of a named kind
    ("develops", "{A} uses {Z}'s records management system, {P}.", "A uses P"),
    ("develops", "{A} uses {P}, a license plate reader analytics platform developed by {C}.", "C develops P; A uses P"),
    ("paid for", "{A} bought scanners. About half the purchase price was covered by a $1.05 million grant from {f}.", "f funds A"),
    # a body's records obtained through a records request
    ("records", "{G} obtained {A}'s plate reader search logs through a public records request.", "G investigates A"),
    ("negation", "{G} did not obtain {A}'s logs through a records request.", ""),
    # an investor that led a round in a firm; another that took part with it
    ("funds", "{W}, which led a $30 million investment round in {C} last year, declined to comment.", "W funds C"),
    ("funds", "{W} led the $12 million Series A round of {C}.", "W funds C"),
    ("funds", "{C} raised a $3.5M seed round in January led by {W}, with {X} participating.", "W funds C; X funds C"),
    ("negation", "{W} passed on leading a round in {C}.", ""),
    # a stance on a body's plan to do something with a thing is on the body
    ("stance", "{G} has backed {A}'s plan to extend {P} to the utilities counter.", "G supports A"),
    ("stance", "{G} opposes {A}'s plan to buy {Z}.", "G opposes A"),
    # asked to withdraw a body's rule or proposal
    ("request", "{G} asked {A} to withdraw the rule entirely.", "G opposes A"),
    ("request", "{G} urged {A} to withdraw the {P} proposal.", "G opposes A"),
    # hosting told of a product as it is described, of its "which", of an account under a body
    ("hosting", "{C} makes {P}. The {P} platform is hosted in {D}'s U.S. public-sector region.", "C develops P; D hosts P"),
    ("hosting", "{P} is a software-as-a-service product hosted in {D}'s UK data centres.", "D hosts P"),
    ("hosting", "{C} proposed {P}, a case-management product it developed for pension systems, which runs on {D}'s government region.", "C develops P; D hosts P"),
    ("hosting", "Reads are processed by {P}, {C}'s matching software, which runs on {D}'s government region.", "C develops P; D hosts P"),
    ("hosting", "Footage is kept for 60 days on {D} servers under {A}'s account.", "D hosts A"),
    ("hosting", "{A} has hosted its permitting and payroll systems on {D} since 2022.", "D hosts A"),
    # "It" opening a sentence about what the last sentence's firm or thing is or does
    ("it", "{C} was sold in 2015. It now operates as a unit of {W} and still carries its name.", "C partOf W"),
    ("it", "{C} makes drones. It was acquired by {W} in 2020.", "C partOf W"),
    ("it", "{P} holds 4 million scans. It runs on {D}.", "D hosts P"),
    ("it", "{C} makes drones. It is unclear whether it sells them to {A}.", ""),
    # a title written before "of" the body it is of
    ("title", "\"We grew fast,\" said {N}, founder and CEO of {C}.", "N leads C"),
    ("title", "{N}, CEO of {C}, spoke at the hearing.", "N leads C"),
    # an interim director named to a body heads it
    ("appointed", "{N} was named interim director of {A} on Monday.", "N leads A"),
    # a sign-off under a label, over its own body's name (whose it is), or in a letter opening
    # with its addressee is none of the first line's body
    ("signature", "{A}\n\nAttn: Board Secretary\n\nWe write to oppose the contract.\n\nSincerely,\n\n{N}, Executive Director\n\n{G}", "N leads G"),
    ("signature", "{A} bought drones, {C} said on Monday.\n\n{N}, Reporter", ""),
    # and what a review found them reading wrong: an event hosted, customers' own accounts, a
    # closed account, servers a firm's name only describes, a round for another firm or a
    # separate deal, a denied rumour, a firm's request for records, another body's use of a thing
    ("hosting", "{G} hosted a forum on landlord camera footage with {C}.", ""),
    ("hosting", "{C} lets police customers keep scans in their own accounts on {D}.", ""),
    ("hosting", "The leaked files sat on {D} servers under {A}'s account, which was closed in 2021.", ""),
    ("hosting", "{C} servers that run {E}'s billing software were seized.", ""),
    ("funds", "{C} announced a funding round for its partner {E}, with {W} participating.", ""),
    ("funds", "{C} closed a Series B round in 2024, with {W} taking part in a separate debt deal.", ""),
    ("doubt", "Rumors that {W} led a round in {C} were denied by both firms.", ""),
    ("records", "{C} obtained its rival's pricing through a records request to {A}.", ""),
    ("request", "{G} asked {B} to suspend the use of {P} by {A}.", "G opposes P"),
    ("title", "{C} hired {N}, formerly the auditor of {A}.", "N worksFor C"),
    # a numbered paragraph's number is no part of the name that opens it
    ("numbered", "4.2 {A} has used {P} since 2021.", "A uses P"),
    ("numbered", "7.2 {N}, the chief executive of {C}, has been consulted.", "N leads C"),
    # a body's use told as what the thing is to it, or as the work it does through it
    ("uses", "The audit covered {P}, the police records system {A} has used since 2018.", "A uses P"),
    ("uses", "The audit covered {P}, the records system {A} used until 2018.", ""),
    ("uses", "{A} takes permit payments through {P}.", "A uses P"),
    ("uses", "{A} processes about 600 requests a year through {P}.", "A uses P"),
    ("uses", "{A} has dispatched on {P} since 2023.", "A uses P"),
    ("negation", "{A} did not take payments through {P}.", ""),
    ("uses", "{A} files its reports with {B}.", ""),
    ("numbered", "4.2 The {A} has used {P} since 2021.", "A uses P"),
    # a name after a firm's possessive and before a product's kind is its product, no unit
    ("possessive", "{A}'s {C} dispatch software failed twice.", "C supplies A"),

    # a maker named after its thing: "P's maker, C", "P, from C,", "C's first product, … called P"
    ("develops", "{G} requested {A}'s contract with {P}'s maker, {C}.", "C develops P; C supplies A"),
    ("develops", "{A} moved {P}, from {C}, to the cloud.", ""),
    ("develops", "{N}, from {C}, testified at the hearing.", ""),
    ("develops", "{C}' first product, a report-writing program called {P}, sold well.", "C develops P"),
    ("develops", "{G} wrote to {Z}, from Boulder, about the data.", "G investigates Z"),
    # a signature line naming its body after a label, a unit between; a past role or a staff
    # title with "lead" before it heads nothing
    ("signature", "{A} bought drones.\n\nInvestor Contact: {N}, Vice President, Investor Relations, {C}", "N worksFor C"),
    ("signature", "{A} bought drones.\n\nOfficer {N}, Public Information Officer, {B}", "N worksFor B"),
    ("ended", "{A} bought drones.\n\n{N}, former chair, {G}", ""),
    ("signature", "{A} bought drones.\n\n{N}, lead organizer, {G}", "N worksFor G"),
    # and what a second review found them reading wrong: a use ended or dropped, a firm that
    # runs a thing for others, days, streets and routes, a title of a year's award
    ("ended", "{A} took payments through {P} until 2020, when it switched to {Q}.", ""),
    ("ended", "{A} tracks its fleet via {P}, which it stopped using in 2022.", ""),
    ("uses", "{A} dispatches officers on Main Street every night.", ""),
    ("ended", "The audit focused on {P}, the records system {A} had used for a decade before dropping it.", ""),
    ("uses", "{P}, the platform {C} has run for the state since 2015, went down on Monday.", ""),
    # a subcontractor, a firm retained or engaged, sells to the one who took it on; a former
    # contractor sells nothing now
    ("supplies", "{C}, a subcontractor to {E} on the dispatch contract, billed the agency.", "C supplies E"),
    ("supplies", "{A} engaged {C} in talks about a contract.", ""),
    ("supplies", "{A} retained {C}, an independent cybersecurity firm.", "C supplies A"),
    ("ended", "{C} is a former contractor to {A}.", ""),
    ("supplies", "{A} retained its records for five years.", ""),
    # a contract's purpose says which firm sells; a partnership's does not
    ("supplies", "{C} has contracted with {E} to provide these services.", "E supplies C"),
    ("supplies", "{C} partnered with {E} to develop a new drone.", ""),
    # hosting told through a thing's records, two things at once, a named region, a body's system
    ("hosting", "{C} develops {P}, a case management system. Records in {P} are hosted by {E}.", "C develops P; E hosts P"),
    ("hosting", "Both {P} and {Q} are hosted on {E}'s government region.", "E hosts P; E hosts Q"),
    ("hosting", "{C} sells {P}, a ticketing platform. {P} data for Canadian clients is stored in {E}'s Canadian region.", "C develops P; E hosts P"),
    ("hosting", "{A}'s permitting system now runs in {E}'s London region.", "E hosts A"),
    ("hosting", "{C} sells {P}, a dispatch app. {P} runs in {E}'s GovRegion; audio never leaves the state.", "C develops P; E hosts P"),
    ("hosting", "{P} runs on {E} Cloud for Government in two regions.", "E Cloud for Government hosts P"),
    ("hosting", "Both {P} and {Q} will be hosted on {E}'s government region.", ""),
    ("hosting", "Records in {P} were hosted by {E} until 2020.", ""),
    ("hosting", "Records in {P} are hosted by {A} in its own data centre.", ""),
    ("hosting", "Nobody knows whether records in {P} are hosted by {E}.", ""),
    # legal forms of other countries end a firm's name, not its sentence
    ("legal form", "{A} awarded the contract to M/s. {C} Pvt. Ltd. in 2021.", "C Pvt. Ltd. supplies A"),
    ("legal form", "{C} (Pty) Ltd supplies prepaid meters to {A}.", "C (Pty) Ltd supplies A"),
    ("legal form", "{C} Sdn. Bhd. sells cameras to {A}.", "C Sdn. Bhd. supplies A"),
    ("legal form", "{C} S.p.A. sells drones to {A}.", "C S.p.A. supplies A"),
    ("legal form", "{A} bought drones from {C} B.V. The deal closed in May.", "C B.V. supplies A"),
    ("legal form", "{A} signed a contract with {C} Pte. Ltd. {C} also makes drones.", "C Pte. Ltd. supplies A"),
    # a title capitalised between its body and its holder; a managing director runs the firm;
    # a director of a function works there
    ("title", "{A}'s Programme Director, {N}, said the plan was sound.", "N worksFor A"),
    ("title", "{C}'s Operations Manager, {N}, declined to comment.", "N worksFor C"),
    ("title", "{C}'s managing director, {N}, said the firm would comply.", "N leads C"),
    ("title", "{N}, managing director of {C}, said so.", "N leads C"),
    ("title", "{N}, deputy managing director of {C}, said so.", "N worksFor C"),
    ("title", "{N}, director of communications at {G}, said so.", "N worksFor G"),
    # a use told as a trial run, work run on a thing, reliance, a go-live; a thing made by a
    # firm described without an article
    ("uses", "{A} has been running a 90-day trial of {P}.", "A uses P"),
    ("uses", "{A} completed a proof of concept of {P} in May.", "A uses P"),
    ("uses", "{A} plans to run a trial of {P}.", ""),
    ("uses", "{A} runs the registry on software called {P}.", "A uses P"),
    ("uses", "{A} ran the center on {P} until 2021.", ""),
    ("uses", "{A} has relied since 2016 on {P}, an evidence storage system.", "A uses P"),
    ("uses", "{A} relied for years on {P} before switching to {Q}.", "A uses Q"),
    ("uses", "{A} is directed to continue its use of {P}.", "A uses P"),
    ("uses", "{P} went live at {A} in January.", "A uses P"),
    ("develops", "The center runs on {P}, software made by {C}.", "C develops P"),
    # a grant told in the passive, the giver after "by"; money alone only from a giver that
    # is no public body and no firm
    ("grant", "A grant of $400,000 awarded to {A} by {f} pays for the migration.", "f funds A"),
    ("grant", "A further $310,000 awarded to {A} by {f} meets the cost of the units.", "f funds A"),
    ("grant", "A grant of $400,000 awarded to {A} by {f} was later rescinded.", ""),
    ("grant", "A $3 million contract awarded to {C} by {A} was signed in May.", "C supplies A"),
    ("grant", "{G} received a $5,000 microgrant from {f} in 2024.", "f funds G"),
    # a sale told of the award or of the buyer's supplier
    ("supplies", "I approve the award of a five-year contract to {C} for the provision of {P} to {A}.", "C supplies A"),
    ("supplies", "The council deferred the award of a contract to {C} for the provision of {P} to {A}.", ""),
    ("supplies", "{A}'s largest supplier is {C}.", "C supplies A"),
    ("supplies", "{C} is {A}'s technology vendor.", "C supplies A"),
    ("supplies", "{C} is {A}'s former vendor.", ""),
    ("supplies", "{A}'s prospective supplier, {C}, declined to comment.", ""),
    # a founder and head named in a predicate
    ("head", "{C} makes cameras. Its founder and chief executive is {N}.", "N leads C"),
    ("head", "{C}'s managing director is {N}.", "N leads C"),
    # a local body of two services; a chief officer's title with a second's word before it; a
    # unit whose name opens with "Program"
    ("name", "The Quarnfold Parks and Recreation Department bought drones from {C}.", "C supplies Quarnfold Parks and Recreation Department"),
    ("title", "Deputy Chief Information Officer {N} of {A} said the system works.", "N worksFor A"),
    ("title", "{G} asked the Acting Chief Financial Officer of {A} for the invoices.", ""),
    ("unit", "{A}'s Program Integrity Unit uses {P}.", "Program Integrity Unit uses P; Program Integrity Unit partOf A; A uses P"),
    # a body that moved to a thing uses it; a body's mail and storage kept by a cloud; a list of
    # the body's systems run on a cloud (hosting, no sale read besides)
    ("uses", "Since {A} moved to {P}, a permitting platform, in 2022, permits are faster.", "A uses P"),
    ("uses", "{A} migrated to {P}, a records platform, last year.", "A uses P"),
    ("uses", "{A} plans to move to {P} next year.", ""),
    ("hosting", "{A}'s email and document storage are hosted by {E} GovCloud.", "E GovCloud hosts A"),
    ("hosting", "{A} now runs its permitting, payroll and 311 systems in {E} Gov West.", "E Gov West hosts A"),
    ("hosting", "{A} runs its permitting systems on {E} Cloud.", "E Cloud hosts A"),
    # sales told through money spent, goods leased, a thing provided by its seller, goods a body
    # flies that it bought; co-funding; an agency named in its own language
    ("supplies", "{A} spent $1.9 million of it on call-handling equipment from {C}.", "C supplies A"),
    ("supplies", "{A} currently leases 38 cameras from {C}.", "C supplies A"),
    ("supplies", "{A} leases office space from {C}.", ""),
    ("supplies", "{A} currently uses {P}, provided by {C} under Contract No. 7114-22.", "A uses P; C supplies A"),
    ("supplies", "{A} flies two {P} drones that it bought from {C} in 2024.", "A uses P drones; C supplies A"),
    ("funds", "{f} is co-funding {G} with a $50,000 grant of its own.", "f funds G"),
    ("supplies", "The Guarda Nacional de Quelmora (GNQ) has signed a €14.6 million contract with {C}.", "C supplies Guarda Nacional de Quelmora"),
    # a capitalised title after a body's possessive, in apposition to a name; a portfolio's
    # officer at a body works for the body
    ("title", "{N}, {C}'s Privacy Officer, said the data is deleted.", "N worksFor C"),
    ("title", "{N}, program officer for Technology and Democracy at {f}, said so.", "N worksFor f"),
    ("title", "{N}, program officer for Technology at {f}, said so.", "N worksFor f"),
    # and what a review found them reading wrong: a sentence opening after a legal form, a
    # denial after the fact, a region that is an app or an event, titles held elsewhere or of a
    # function, trials rejected, go-lives ended, awards not approved, a supplier's customer,
    # money never paid or awarded by a tribunal
    ("legal form", "{A} signed a contract with {C} S.p.A. {B} later joined the deal.", "C S.p.A. supplies A"),
    ("legal form", "{A} signed a contract with {C} Pte. Ltd. The deal was worth $2 million.", "C Pte. Ltd. supplies A"),
    ("legal form", "{A} bought cameras from {C} Sdn. Bhd. In March, {B} did the same.", "C Sdn. Bhd. supplies A"),
    ("hosting", "{P} data is stored in {E}'s Canadian region, a rival claimed, but {E} denied it.", ""),
    ("hosting", "{P} runs in {E}'s Summer Showcase each June.", ""),
    ("title", "{N}, managing director of sales at {C}, said so.", "N worksFor C"),
    ("title", "{C}'s Outside Counsel, {N}, said the firm complied.", ""),
    ("uses", "{A} completed a proof of concept of {P} in May, then rejected it.", ""),
    ("uses", "{P} went live at {A} in January but was switched off in March.", ""),
    ("supplies", "I do not approve the award of a five-year contract to {C} for the provision of {P} to {A}.", ""),
    ("supplies", "{A}'s largest supplier was {C} until 2019.", ""),
    ("supplies", "{C} is {A}'s technology vendor's largest customer.", ""),
    ("head", "{C}'s managing director was {N} until 2020.", ""),
    ("grant", "A grant of $400,000 awarded to {A} by {f} was never paid.", ""),
    ("grant", "A further $310,000 awarded to {A} by the Quarnfold Employment Tribunal meets the cost.", ""),
    ("grant", "A further $310,000 awarded to {A} by {f} could be withdrawn.", ""),
    ("grant", "{G} received a $5,000 microgrant from {f} in 2019 but had to return it.", ""),
    ("supplies", "{C} is {A}'s outgoing technology vendor.", ""),
    # a demand to end "the <firm> contract" opposes the buyer the text said the firm supplies
    ("request", "{A} bought 47 cameras from {C} in 2022. {G} asked the city council to end the {C} contract.", "C supplies A; G opposes A"),
    # and what a second review found: a denial or a "never" of something else keeps the fact;
    # a title in apposition to the name before it; goods provided to another body; a pending
    # award; a vendor before a year; a use refused
    ("denial", "{f} gave $2 million to {G}; a separate grant from {W} was never paid.", "f funds G"),
    ("denial", "{f} gave $2 million to {G}, but {G} denied the claims of bias.", "f funds G"),
    ("denial", "{A} has been running a 90-day trial of {P}, but the trial never started.", ""),
    ("title", "{N}, {C}'s Programme Director, {K} and {L} said so.", ""),
    ("supplies", "{A} currently uses {P}, provided by {C} to {B} under Contract No. 7.", "A uses P; C supplies B"),
    ("supplies", "The council announced the award of a contract to {C} for the provision of cameras to {A}, subject to approval by the state.", ""),
    ("supplies", "{C} was {A}'s technology vendor before 2015.", ""),
    ("uses", "{A} was directed to continue its use of {P}, but refused.", ""),
    # a federal agency named with "and" opening the sentence, no registry needed
    ("name", "U.S. Immigration and Customs Enforcement signed a contract with {C}.", "C supplies U.S. Immigration and Customs Enforcement"),
    ("name", "U.S. Citizenship and Immigration Services bought licences from {C}.", "C supplies U.S. Citizenship and Immigration Services"),
    # a sentence that goes on to deny what it told, whichever reading read it
    ("denial", "{C} supplies radios to {A}, a rival claimed, but the company denied it.", ""),
    ("denial", "{A} signed a contract with {C} for radios, but the deal never went ahead.", ""),
    ("denial", "{C} supplies radios to {A}; {C} denies the reports of a data leak.", "C supplies A"),
    # "the department" after a body's own board was named: the body, not its board, nor the
    # county last named
    ("reference", "Members of {Y}'s ethics board resigned. {P} is made by {C}, based in Kelv County. The board is part of the department. The department signed a contract with {C}.", "Y Ethics Board partOf Y; C develops P; C supplies Y"),
    ("reference", "{C}, a firm in Kelv County, makes {P}. The Review Board, which is part of the police department, met on Monday. The department signed a contract with {C} anyway.", "C develops P"),
    # a firm named for the security, intelligence or protection it sells; a public body's name
    # with such a head keeps its public word
    ("type", "{A} bought drones from Skelvane Security in 2023.", "Skelvane Security supplies A"),
    ("type", "{P}, a spyware tool developed by Drathel Intelligence, is used by {A}.", "Drathel Intelligence develops P; A uses P"),
    ("type", "Customs and Border Protection bought drones from {C} in 2023.", "C supplies Customs and Border Protection"),
    # a county's or city's auditor heads its auditor's office, where the text names it (an
    # auditor of neither, none); one police commissioner of several heads nothing
    ("title", "The Kelv County Auditor's Office began auditing {A} in June. County Auditor {N} said the audit would end in May.", "Kelv County Auditor's Office investigates A; N leads Kelv County Auditor's Office"),
    ("title", "Also present: County Auditor {N} and Sheriff {K}.", ""),
    ("title", "The Kelv City Auditor's Office and the Kelv County Auditor's Office met. City Auditor {N} said so.", "N leads Kelv City Auditor's Office"),
    ("title", "The Kelv County Auditor's Office reviewed {A}. Auditor {N} of {C} said the method was sound.", "Kelv County Auditor's Office investigates A; N worksFor C"),
    ("title", "The Kelv Police Department answers to the Kelv Board of Police Commissioners. Police Commissioner {N} voted no.", ""),
    # "the district" is a school system too, never a group named for schools
    ("reference", "Kelv Public Schools signed a contract with {C}. The district uses {P}.", "C supplies Kelv Public Schools; Kelv Public Schools uses P"),
    ("reference", "Kelv County Schools signed a contract with {C}. Marcus Dravel, the district's chief technology officer, said it works.", "C supplies Kelv County Schools; Marcus Dravel worksFor Kelv County Schools"),
    ("reference", "Parents for Safe Schools met on Monday. The district uses {P}.", ""),
    # a body's spokesperson named by the body's kind, before or after the name
    ("role", "{A} bought {P}. \"It works,\" said {N}, an agency spokesman.", "A uses P; N worksFor A"),
    ("role", "Kelv Public Schools bought {P}. \"It works,\" said district spokesman {N}.", "Kelv Public Schools uses P; N worksFor Kelv Public Schools"),
    ("role", "{A} bought {P}. \"It works,\" said {N}, a department spokeswoman for the union.", "A uses P"),
    # a council named for its members is a group of theirs, not a public body
    ("type", "The Kelv Renters' Council sued {A}. The group is represented by Dravel & Strand LLP.", "Kelv Renters' Council opposes A; Dravel & Strand LLP supports Kelv Renters' Council"),
    ("type", "The Kelv Riders Council is represented by the law firm Dravel & Strand LLP.", "Dravel & Strand LLP supports Kelv Riders Council"),
    # a stance on "the program", "the rollout", "the renewal": the public buyer's of the
    # contract last told of; not a use "of" something unnamed, nor a firm's purchase
    ("stance", "{A} bought drones from {C}. {G} backs the program.", "C supplies A; G supports A"),
    ("stance", "{A} signed a contract with {C}. {G} has criticized the rollout.", "C supplies A; G opposes A"),
    ("stance", "{A} signed a contract with {C}. {G} objected to the use of a framework.", "C supplies A"),
    ("stance", "{A} signed a contract with {C}. Former Kelv County Sheriff {N} criticized the purchase.", "C supplies A"),
    ("stance", "{D} signed a contract with {C}. {G} also opposes the renewal.", ""),
    # what held until an ending the sentence tells states nothing now; an adjective of a
    # place ("Malta-registered") is no name
    ("former", "{C}, which supplied {A}'s earlier tool until its contract lapsed last year, lost the bid.", ""),
    ("former", "{C} supplied {A} until it was replaced in 2023.", ""),
    ("former", "{C} has supplied {A} since 2019 and will do so until its contract ends.", "C supplies A"),
    ("name", "{P}, a tool developed by the Malta-registered firm {C}, was found on phones.", "C develops P"),
    # a business sold off is no customer; a contract ended states no supply; a head who left
    # the company (or left, unsaid where) heads it no more, one who left elsewhere still does
    ("former", "{C} makes software. It sold its payments business, {D}, in 2021.", ""),
    ("former", "{A} ended a contract with {C} for gunshot detection in 2022.", ""),
    ("former", "{C}'s co-founder, {N}, left the company after the sale.", ""),
    ("former", "{N}, {C}'s chief executive, stepped down in May.", ""),
    ("former", "{N}, who left {D} in 2021, is chief executive of {C}.", "N worksFor D; N leads C"),
    ("former", "{N}, the chief executive of {C}, left for {D} in May.", ""),
    # a kind of technology known by its initials is no product or party
    ("name", "{A} was set up in 2021 to run CCTV networks in fast-growing towns.", ""),
    ("name", "{A} bought ALPR cameras from {C}. It also uses GPS trackers and CAD software.", "C supplies A"),
    ("name", "{A} has relied on {P}, an evidence store supplied by {C}, to hold CCTV and interview recordings.", "A uses P"),
    # a chief officer of no body named works for the firm or body the text is about, when one
    # leads clearly; none when two are named as often
    ("title", "{C} makes drones for police. {C} sells them abroad too. Chief Financial Officer {N} said the drones fly for an hour.", "N worksFor C"),
    ("title", "{C} sells drones to {A}. Chief Financial Officer {N} said the drones work.", "C supplies A"),
    # an undersheriff is staff of the text's sheriff's office
    ("title", "{J} bought drones. Undersheriff {N} signed the order.", "N worksFor J"),
    # what a review of these readings found: "the agency" may be a regulator's commission; a
    # firm's public-sounding trade; a spokesperson of one of two districts; a sale to a firm
    # called "one company"; a contract ended with one firm beside another's supply; a name
    # ending "-Run"; a hosting that still goes on; a chief executive away on a trip, one who
    # left another body, one who left a board
    ("reference", "{C} sells meters. The Kelv Utilities Regulatory Commission opened a review of {C}. On Thursday the agency fined {C} $1 million.", "Kelv Utilities Regulatory Commission investigates C; Kelv Utilities Regulatory Commission opposes C"),
    ("type", "Redhill Fire Protection supplies {A} with fire extinguishers.", "Redhill Fire Protection supplies A"),
    ("role", "Kelv Public Schools and Dravel Public Schools bought {P}. \"It works,\" said {N}, a district spokesman.", "Kelv Public Schools uses P; Dravel Public Schools uses P"),
    ("former", "{C} sold its sensors to one company, {D}, in 2022.", "C supplies D"),
    ("former", "{A} ended its contract with {C}, and {D} now supplies {A} with radios.", "D supplies A"),
    ("name", "Long-Run Analytics supplies {A} with software.", "Long-Run Analytics supplies A"),
    ("former", "{C} hosted {A}'s records until last year, and still hosts its archive.", "C hosts A"),
    ("former", "{C} chief executive {N} left on Monday for a trade mission.", "N leads C"),
    ("former", "{N}, who left the company in 2020, is now chief executive of {C}.", "N leads C"),
    ("former", "{N}, {C}'s chief executive, left the board of {G} in May.", "N leads C"),
    # an encyclopedia page's box: its key people are the page's body's (a former one not)
    ("box", "{C}, Inc.\nType: Private\nKey people: {N} (chief executive officer); {K} (chief technology officer); {L} (former chairman)", "N leads C, Inc.; K worksFor C, Inc."),
    ("box", "{C} is an American company.\nType: Private | Founded: 2011 | Key people: {N} (CEO) | Owner: {W} (majority)", "N leads C"),
    # a document's own words opening a line are no names
    ("name", "WHEREAS, {G} urged {A} to halt the program; and\nWHEREAS, {A} uses {P}.", "G opposes A; A uses P"),
    ("name", "Whether {P} shares code with {Q} is unclear.", ""),
    ("name", "Motion (Kelv/Dravel) to purchase 8 {P} cameras from {C}. Carried.", ""),
    # a place that only locates the body before it is no party: the body is
    ("place", "The largest order was placed by the Kelv State Police in Germany, which has been running {P} at four stations since July.", "Kelv State Police uses P"),
    ("place", "The Town of Kelvmoor, Ontario, which uses {P} for records requests, will stay on {C}'s servers.", "Town of Kelvmoor uses P"),
    # what a second review found: a chief officer the county's possessive owns, or said with
    # another body in the sentence; the undersheriff of the office the sentence names; a
    # municipality located by its country signing with a vendor (no sale read backwards)
    ("title", "{C} sells drones to Kelv County. {C} trains its officers. The drones work, said the county's chief information officer, {N}.", "C supplies Kelv County"),
    ("title", "{C} sells drones. {C} trains its officers. Chief Technology Officer {N} said {D} engineers would join.", "D employees worksFor D"),
    ("title", "{J} bought drones. The Kelv County Sheriff's Office will equip deputies too, Undersheriff {N} said.", "N worksFor Kelv County Sheriff's Office"),
    ("place", "The Municipality of Kelvmoor, Norway, signed a three-year agreement with {C}.", ""),
    # a title between a name and its body, the apposition closed by any verb, a colon or a
    # unit's name; a list item's or a docket entry's person; not one who left the post
    ("title", "- {S}, executive director, {G}: spoke in support of Item 7a.", "S leads G"),
    ("title", "{N}, organizer, {G}, asked the council to reject Item 7a.", "N worksFor G"),
    ("title", "{N}, Vice President, Public Safety, {C}", "N worksFor C"),
    ("title", "{N}, Chief Technology Officer, {A}", "N worksFor A"),
    ("title", "{N}, director, {G}, resigned in May.", ""),
    ("title", "The panel heard {N}, the Chief Officer, Finance, Ms. {K}, and staff of {A}.", ""),
    ("name", "6 | 05/20/2024 | DECLARATION of {N}, Chief of Police, {Y}, in support of Motion to Dismiss.", "N leads Y"),
    # the data a thing makes, kept by a cloud firm
    ("hosting", "Footage from {P} is stored on {C}, a cloud service.", "C hosts P"),
    ("hosting", "{P} logs — times, lanes and alerts — are stored on {C}.", "C hosts P"),
    ("hosting", "Images captured by {P} are kept for up to 31 days on servers run by {C}, a cloud provider.", "C hosts P"),
    ("hosting", "Readings from {P}, with timestamps to the second, are stored by {C}, a cloud company.", "C hosts P"),
    ("hosting", "The images and match scores are stored by {P} in {C}.", "C hosts P"),
    ("hosting", "Flight video is uploaded to {C}, which stores {P} footage.", "C hosts P"),
    ("hosting", "Footage from {P} will be stored on {C}.", ""),
    # investors of a financing round; money a fund makes over; what paid for a purchase
    ("round", "In 2022 {W} led a $28 million Series B in {C}, with {X} participating.", "W funds C; X funds C"),
    ("round", "{C} has raised £12m in a Series A led by {W}, with {X} participating.", "W funds C; X funds C"),
    ("round", "{C} makes {P}. In 2014 the company raised $6 million in a Series A round led by {W}. {X} also participated.", "C develops P; W funds C; X funds C"),
    ("round", "We raised a $3.5M seed round in January led by {W}, with {X} participating.", ""),
    ("round", "{C}, a Colorado company backed by the private equity firm {W}, sells software to {A}.", "W funds C; C supplies A"),
    ("round", "{C}, a company based in Kelvmoor, Ohio, that is backed by the private equity firm {W}, sells cameras.", "W funds C"),
    ("grant", "The state's Kelv Pragati Fund releases Rs 31 crore to {A} as the first instalment.", "Kelv Pragati Fund funds A"),
    ("grant", "The Kelv Digital Innovation Fund, which approved €330,000 for {A} in September, opened a new round.", "Kelv Digital Innovation Fund funds A"),
    ("grant", "The council approved $1.1 million for {A} in March.", ""),
    ("grant", "{B} provided $31.2 million of rates funding towards {A}'s operating costs.", "B funds A"),
    ("grant", "Support for {M} comes from the {f}.", "f funds M"),
    ("grant", "{A} bought drones. First-year cost was $780,000, paid for by a grant from the {f}.", "f funds A"),
    ("grant", "{A} bought sensors. Most of the cost, some €1.4 million, was met by the national {f}.", "f funds A"),
    ("grant", "{A} began a {P} pilot in January. The pilot was paid for through the federal {f}.", "A uses P; f funds A"),
    # a demand's target: the one asked, not a party named after "until"; the body one is asked
    # to have end a thing; the body whose board is asked
    ("request", "Last month {G} asked {A} to halt all deployments until the Kelv Parliament sets clear rules.", "G opposes A"),
    ("request", "{G} urged the commission to recommend that {A} end the drone program.", "G opposes A"),
    ("request", "{G} urged the commission to recommend that {A} expand the drone program.", ""),
    ("request", "{G} has criticised the renewal and asked {A}'s board to cancel the Phase 2 options.", "G opposes A"),
    # scrutiny told through the records and the work it reached
    ("inquiry", "{F} reviewed 212 flight logs and 40 incident reports from {A}.", "F investigates A"),
    ("inquiry", "{F} has opened a review of that outage at {A}.", "F investigates A"),
    ("inquiry", "{F} audited {A}'s uptime last year.", "F investigates A"),
    ("inquiry", "An audit by {F}, released last spring, reviewed {A}'s screening decisions.", "F investigates A"),
    ("inquiry", "On May 14 {B} voted 4-1 to commission an outside review of {A}'s use of {P}.", "B investigates A; A uses P"),
    ("inquiry", "With case files supplied by {A}, the team audited {C}'s model.", ""),
    # ownership told of a body described first; a legal form ends a firm's name; a plural
    # possessive inside a group's name
    ("owner", "{C} makes cameras. {C} itself is owned by {E}.", "C partOf E"),
    ("owner", "{C}, a Kelvmoor company owned by the Ohio-based {E}, sells cameras.", "C partOf E"),
    ("owner", "{A} is a council-controlled organisation wholly owned by {B}.", "A partOf B"),
    ("name", "The Kelvmoor Residents' Privacy Forum sued {A}. The Forum is represented by {D}.", "Kelvmoor Residents' Privacy Forum opposes A; D supports Kelvmoor Residents' Privacy Forum"),
    ("name", "{A} awards the contract to Kelvra Tech Solutions Pvt Ltd for Rs 87 crore over five years.", "Kelvra Tech Solutions Pvt Ltd supplies A"),
    # a constabulary is a public body; an order from a seller; work run through a thing
    ("sale", "The Kelvmoor Constabulary signed a £2.4 million contract with {C} in 2022.", "C supplies Kelvmoor Constabulary"),
    ("sale", "{D} ordered 1,200 cameras from {C}.", "C supplies D"),
    ("use", "{A} has run every one of its 1,400 metered bays through {P}.", "A uses P"),
    # a role "its" introduces, a word narrowing it; a list's person after a semicolon
    ("its", "{G} filed suit. {N}, its staff attorney, said the contract was unlawful.", "N worksFor G"),
    ("its", "{G} filed suit. Its coordinator, {N}, said it erred.", "N worksFor G"),
    ("its", "{C} was founded in 2011. Its managing director, {N}, said sales grew.", "N leads C"),
    ("title", "{N}, CEO, {C}; {K}, Vice President, {D}.", "N leads C; K worksFor D"),
    # what a review of this pass's readings found: a rival's round, a round called off, an
    # approval rescinded or unpaid, a use that ended, a keeper named after the one who stores,
    # a party named after "until" where no one asked is named
    ("round", "{D}'s rival {C} raised £12m in a Series A led by {W}.", "W funds C"),
    ("round", "A planned Series B led by {W} in {C} was abandoned.", ""),
    ("grant", "The Kelv Tasman Fund, which approved €330,000 for {A}, later rescinded the approval.", ""),
    ("grant", "The Kelv Community Trust, which approved $330,000 for {A}, has not yet paid the money.", ""),
    ("use", "{A}, which used to run its bays through {P}, moved to {Q} in 2022.", ""),
    ("hosting", "Audio from {P} sensors is stored by {C} in {D} for 30 days.", "D hosts C"),
    ("hosting", "{C}, which stores {A}'s plate data on {D}, declined to comment.", ""),
    ("request", "{G} asked the panel to urge the constabulary to halt the cameras until the Kelv Senedd sets rules.", ""),
    # a profile's labelled lines: one post and its holder, of the body the profile is about
    ("label", "{C} sells cameras. {C} was founded in 2011.\nManaging director: {N}\nChief financial officer: {K}", "N leads C; K worksFor C"),
    ("label", "{G} is a watchdog.\nExecutive Director: {N}\nPolicy analyst: {K}", "N leads G; K worksFor G"),
    ("label", "{C} sells cameras to {A}.\nEditor: {N}\nContact: {K}", "C supplies A"),
    ("label", "{C} sells cameras to {A}.\nDeputy managing director: {N}", "C supplies A"),
    # a tie held only formerly, or until a year now past, is no fact; a term that runs to a
    # year, and a tie the sentence brings back to the present, are
    ("former", "{C} formerly supplied {A} with body cameras.", ""),
    ("former", "{C} once hosted the {P} platform for {A}.", ""),
    ("former", "{A} used to buy radios from {C}.", ""),
    ("former", "Footage from {P} was once stored on {D} servers.", ""),
    ("former", "{N}, who once led {G}, now works for {C}.", "N worksFor C"),
    ("former", "{C}, once a two-person startup, supplies {A} with drones.", "C supplies A"),
    ("former", "{C} was owned by {D} until 2020.", ""),
    ("former", "{C} supplied {A} with body cameras until 2021.", "C supplies A"),
    ("former", "{C} extended its contract with {A} until 2028.", "C supplies A"),
    # a firm sold changes owner: the buyer is no customer of the seller
    ("sale of a firm", "{C} sold {D} to {E} in 2021.", "D partOf E"),
    ("sale of a firm", "{D} was sold to {E} in 2019.", "D partOf E"),
    ("sale of a firm", "In 2021 {C} sold its camera unit, {D}, to {E}.", "D partOf E"),
    ("sale of a firm", "{C} sold its stake in {D} to {E}.", ""),
    ("sale of a firm", "{C} sold {P} licences to {A}.", "C supplies A"),
    # asked to drop a plan of its own: the one asked is opposed
    ("request", "{G} wants {A} to drop the plan.", "G opposes A"),
    ("request", "{G} asked {A} to scrap the proposal.", "G opposes A"),
    # money told in words or other currencies; a county's state in brackets inside its
    # office's name
    ("money", "{C} raised four million euro from {W} two years ago.", "W funds C"),
    ("money", "{C} raised €4m from {W}.", "W funds C"),
    ("money", "{C} raised concerns from {W}.", ""),
    ("state in brackets", "The Kelv County (Ohio) Sheriff's Office bought drones from {C}.", "C supplies Kelv County Sheriff's Office"),
    # a firm's customers, investors and owner, named after "its" or listed
    ("its", "{C} sells robots. Its biggest customer is {A}.", "C supplies A"),
    ("its", "{C} sells robots. Its investors include {W} and {X}.", "W funds C; X funds C"),
    ("its", "{C} sells robots. Its parent company is {D}.", "C partOf D"),
    ("its", "{C} keeps its clients' records on {D}.", "D hosts C"),
    ("listed", "Customers of {C} include {A}.", "C supplies A"),
    ("listed", "Investors in {C} include {W}.", "W funds C"),
    ("listed", "{C}'s former investors include {W}.", ""),
    ("listed", "{C}, whose customers include {A}, declined to comment.", "C supplies A"),
    # a firm's partner, and a body's own thing
    ("partner", "{N} is a partner at {W}.", "N worksFor W"),
    ("partner", "{C} is a partner with {A} on the pilot.", ""),
    ("own thing", "{P} is the {A}'s official app.", "A uses P"),
    ("own thing", "{P} is the {A}'s planned records system.", ""),
    # a thing's maker told before it; a firm bought or sold whole through its shares
    ("made by", "Developed by {C}, {P} helps municipal clerks build agendas.", "C develops P"),
    ("made by", "Built and maintained by {C}, {P} warns residents of floods.", "C develops P"),
    ("shares", "In May {C} acquired 100% of the issued share capital of {D}.", "D partOf C"),
    ("shares", "{C} acquired 30% of the shares of {D}.", ""),
    ("shares", "{E} sold its entire interest in {D} to {C} for £9.2m.", "D partOf C"),
    # who commands a unit heads it, as "the commander of" it does (a commander's rank is no
    # headship); a title's reach is no name
    ("command", "{N}, who commands the Kelv Police Station, said the cameras work.", "N leads Kelv Police Station"),
    ("command", "{N}, the commander of the {Y}, said the cameras work.", "N leads Y"),
    ("command", "{N}, a commander of the {Y}, said the cameras work.", "N worksFor Y"),
    ("command", "Commander {N} of the {Y} testified on Tuesday.", "N worksFor Y"),
    ("teaches", "{N}, who teaches law at {V}, said it was risky.", "N worksFor V"),
    ("title", "{N}, National President of {G}, said no.", "N leads G"),
    ("title", "The District Attorney has sued {C} over its cameras.", "District Attorney opposes C"),
    # amounts in currencies written with letters, grades, and the name a described thing has
    ("amount", "{A} has signed a Sh8.4 billion contract with {C}.", "C supplies A"),
    ("amount", "{A} signed a RM412mil contract with {C}.", "C supplies A"),
    ("amount", "{A} should buy no drones until Recommendation R1 is met.", ""),
    ("grades", "{C} developed {P} for K-12 districts.", "C develops P"),
    ("made by", "{A} bought the {P} license plate reader system, developed by {C}.", "C develops P; A uses P; C supplies A"),
    # hosting told of the host's place; a jail is a public body; a thing run on all its work
    ("host's place", "Calls are copied to {D}, where {P} is hosted.", "D hosts P"),
    ("host's place", "The data sits in a {D} facility in Kelv, which already hosts the {P} servers.", "D hosts P"),
    ("host's place", "{P} is hosted at a {D} facility on the city's outskirts.", "D hosts P"),
    ("host's place", "{P} runs in a {D} data centre.", "D hosts P"),
    ("host's place", "{P} will be hosted at a {D} facility from next year.", ""),
    ("jail", "Kelv County Jail has run {P} on all outgoing calls since January 2023.", "Kelv County Jail uses P"),
    # "the county" the text has named; a county's own bodies and places are not it
    ("county", "Kelv County signed a contract with {C}. {G} has sued the county seeking to void it.", "C supplies Kelv County; G opposes Kelv County"),
    ("county", "Kelv County signed a contract with {C}. {G} toured the county jail.", "C supplies Kelv County"),
    ("owner", "{C}'s owner is a former {D} engineer.", ""),
    # what a review of these readings found: a firm that is "a partner at" a consortium, a
    # unit sold under a short name, a firm sold on, a past post, a plea to keep a thing
    ("partner", "{C} sells readers. {C} is a partner at the Kelv Innovation Precinct.", ""),
    ("partner", "{N} is now a partner at {W}.", "N worksFor W"),
    ("sale of a firm", "In 2021 {C} sold its camera unit, Optiqa, to {E}.", "Optiqa partOf E"),
    ("sale of a firm", "{E} sold its entire interest in {D} to {W} in 2019; {W} sold {D} to {X} in 2022.", "D partOf X"),
    ("former", "{D} was owned by {W} until 2020, when its founders bought the company back.", ""),
    ("former", "{N} previously commanded the {Y} from 2010 to 2015.", ""),
    ("former", "{N} led {G} from 2010 to 2015.", ""),
    ("request", "{G} urged {A} not to drop the renewal.", ""),
    ("host's place", "The {P} database runs in a {D} data centre.", "D hosts P"),
    ("money", "{C} raised R40 million from {W}.", "W funds C"),
    ("sale of a firm", "{E}, which owns {D}, sold its stake in Kelv Data to {W}.", "D partOf E"),
    ("initials", "{C} chief executive R. Velandrix said the company would grow.", "R. Velandrix leads C"),
    ("initials", "K. Lalitha Vorranel, the commissioner of the {A}, said it was working.", "K. Lalitha Vorranel leads A"),
    ("initials", "Deputy Commissioner of Police R. Meevandra of the {Y} said so.", "R. Meevandra worksFor Y"),
    ("initials", "The letter came from J. R. Quastel, a lawyer at {G}.", "J. R. Quastel worksFor G"),
    ("list letter", "C. {P} is used daily by the {A}.", "A uses P"),
    ("list letter", "A. {C} is the developer of {P}.", "C develops P"),
    ("listed title", "{S} — Policy Analyst, {G}", "S worksFor G"),
    ("listed title", "{S} — Chief Executive, {C}", "S leads C"),
    ("listed title", "{S}, Account Executive ({C})", "S worksFor C"),
    ("listed title", "Speakers: {S}, Partnerships Manager, {C}; {T}, Director, {G}.", "S worksFor C; T leads G"),
    ("honorific", "{C}'s account director, Mr {S}, attended the meeting.", "S worksFor C"),
    ("honorific", "{G}'s staff attorney, Ms {S}, said the audit was late.", "S worksFor G"),
    ("page furniture", "Home | News | {G} sued {A} over its camera contract.", "G opposes A"),
    ("page furniture", "{A} | {C}\n\n{C} supplies {A} with drones under a 2021 contract.", "C supplies A"),
    ("described", "{h}, a charity that supports parents, held a vigil. {S}, the charity's chief executive, spoke first.", "S leads h"),
    ("page furniture", "Home » Local News » {G} sued {A} over its camera contract.", "G opposes A"),
    ("page furniture", "Local News / {G} sued {A} over its camera contract.", "G opposes A"),
    ("signature block", "We urge the council to reject the contract, and this paragraph is long enough that the text is not read as wrapped.\n\nSincerely,\n\n{S}\nPolicy Analyst\n{G}", "S worksFor G"),
    ("signature block", "We urge the board to pause the rollout, and this paragraph is long enough that the text is not read as wrapped.\n\n{S}\nExecutive Director\n{G}", "S leads G"),
    ("list letter", "E. {C} supplies training to {A}.", "C supplies A"),
    ("page furniture", "{C} makes the Tern|Scan sensor.", "C develops Tern|Scan"),
    ("signature block", "We ask the agency to publish its audit, and this paragraph is long enough that the text is not read as wrapped.\n\n{S}\nPolicy Analyst, {G}", "S worksFor G"),
    ("function head", "{S}, head of partnerships at {C}, said the deal was signed.", "S worksFor C"),
    ("function head", "{N}, the head of research at {F}, said the audit was late.", "N worksFor F"),
    ("function head", "{N}, {C} head of policy, said the audit was late.", "N worksFor C"),
    ("function head", "{N}, head of the {Y}, said the audit was late.", "N leads Y"),
    ("honorific", "Engr. {S}, the chief executive of {C}, signed the award.", "S leads C"),
    ("honorific", "Atty. {S}, a lawyer at {G}, filed the petition.", "S worksFor G"),
    ("honorific", "The bids were opened by Hon. {S}, chair of {G}.", "S leads G"),
    ("verb before title", "{G} wrote to Commissioner {N} asking for a pause.", ""),
    ("verb before title", "{G} thanked Police Chief {N} for publishing the audit.", ""),
    ("verb before title", "{G} met Sheriff {N} on Tuesday.", ""),
    ("police and crime commissioner", "The Office of the Tarnwick Police and Crime Commissioner paid for the vans. Police and Crime Commissioner {S} said they worked.", "S leads Office of the Tarnwick Police and Crime Commissioner"),
    ("police and crime commissioner", "Police and Crime Commissioner {S} said the {Y} would publish an evaluation.", ""),
    ("titled person of", "The panel heard from Chief Constable {S} of the {Y} on Tuesday.", "S leads Y"),
    ("titled person of", "The panel heard from Deputy Chief Constable {S} of the {Y} on Tuesday.", "S worksFor Y"),
    ("lord mayor", "Lord Mayor {S} opened the {C} office.", ""),
    ("portfolio list", "{S} heads the Department of Roads, Transport and Public Works.", "S leads Department of Roads, Transport and Public Works"),
    ("portfolio list", "{S}, who chairs the Portfolio Committee on Roads, Licensing and Mobility, said the report was late.", "S leads Portfolio Committee on Roads, Licensing and Mobility"),
    ("portfolio list", "The Department for Digital, Culture, Media and Sport funds {G}.", "Department for Digital, Culture, Media and Sport funds G"),
    ("portfolio list", "{C} supplies the Department of Health, the Department of Justice and {A}.", "C supplies Department of Health; C supplies Department of Justice; C supplies A"),
    ("currency word", "{A} paid {C} KSh 1.4 million a month to look after the sensors.", "C supplies A"),
    ("currency word", "{A} paid {C} Rs 3.84 crore for the upgrade.", "C supplies A"),
    ("publisher funded", "{G} is a nonprofit newsroom covering the county. This series is supported by a grant from {f}.", "f funds G"),
    ("publisher funded", "{F}\nPolicy Brief No. 3\nCouncils use risk scores to rank tenants. This brief was funded by a grant from {f}.", "f funds F"),
    ("publisher funded", "{U} studies county data. This investigation was funded in part by a grant from {f}.", ""),
    ("publisher funded", "The library's oral history project is supported by a grant from {f}. {C} makes the software.", ""),
    ("reference number", "Vendor: {C} – contract C-2021-087, renewed through June 2026.", ""),
    ("members' body", "The Marrowburn Home and School Association has backed {A}'s decision.", "Marrowburn Home and School Association supports A"),
    ("members' body", "The Regional Builders and Trades Forum backed {A}'s plan to make online renewal the default.", "Regional Builders and Trades Forum supports A"),
    ("currency joined", "{A} bought the cameras from {C}. The purchase was financed through a P400-million loan from {f}.", "C supplies A; f funds A"),
    ("currency joined", "{A} awarded the contract to {C} in October. The first phase is partly funded by a R180-million loan from {f}.", "C supplies A; f funds A"),
    ("vote to approve", "The {A} voted 4-1 Monday night to approve a three-year, $1.08 million contract with {C}.", "C supplies A"),
    ("vote to approve", "The {A} voted unanimously to approve a contract with {C}.", "C supplies A"),
    ("vote to approve", "The {A} voted to reject a three-year contract with {C}.", ""),
    ("vote to approve", "The {A} plans to vote to approve a contract with {C}.", ""),
    ("former contract", "{C} previously held a meter contract with the {A}, which ended in 2022.", ""),
    ("body noun title", "The Kilmerton Chamber of Commerce backed {A}'s plan. \"It will help,\" said chamber vice-president Ms {S}.", "Kilmerton Chamber of Commerce supports A; S worksFor Kilmerton Chamber of Commerce"),
    ("body noun title", "The Digital Nagrik Forum filed requests with the {Y}. Forum convenor {S} said the app was unlawful.", "S worksFor Digital Nagrik Forum"),
    ("body noun title", "The Sandkop Ratepayers' Association went to court over the contract {A} awarded to {C}. \"We are against it,\" said association chairperson Mr {S}.", "C supplies A; S leads Sandkop Ratepayers' Association"),
    ("office title", "The {Y} bought {P} in 2022. Commissioner of Police {S} rejected the forum's concerns.", "Y uses P; S leads Y"),
    ("office title", "The {Y} answers to a Board of Police Commissioners. Police Commissioner {S} voted no.", ""),
    ("office title", "The {Y} bought vans. Assistant Chief Constable {S} said they would not be used at protests.", "S worksFor Y"),
    ("office title", "The Provincial Audit Office published its annual report on {A}. Provincial Auditor {S} told legislators the price was fixed.", "Provincial Audit Office investigates A; S leads Provincial Audit Office"),
    ("city staff", "The City of Harlowe bought {P} from {C}. City manager Ms {S} said the specifications were changed.", "C supplies City of Harlowe; City of Harlowe uses P; S worksFor City of Harlowe"),
    ("city staff", "Kwezi Bay Metro awarded the contract to {C} in October. Executive Mayor Cllr {S} defended the programme.", "C supplies Kwezi Bay Metro; S leads Kwezi Bay Metro"),
    ("schools", "Wendholt Local Schools approved a contract with {C}. Superintendent Dr. {S} said the system was needed.", "C supplies Wendholt Local Schools; S leads Wendholt Local Schools"),
    ("cloud region", "{A} uses {P}. {P} runs entirely on {C}'s Canada Central region.", "A uses P; C hosts P"),
    ("cloud region", "{D} stores the data on {C}'s UK South region.", ""),
    ("owner's kind", "Since March 2020 {C} has been majority-owned by the private equity firm {W}.", "C partOf W"),
    ("is maker's thing", "{A} uses {P}. {P} is {C}'s automated redaction module.", "A uses P; C develops P"),
    ("is maker's thing", "{P} is {C}'s software vendor.", ""),
    ("is thing from maker", "{A} uses {P}. {P} is \"workforce analytics\" software from {C}.", "A uses P; C develops P"),
    ("is thing from maker", "{P} is the City of Harlowe's permitting system.", "City of Harlowe uses P"),
    ("reference possessive", "Kleinbosrand Local Municipality bought drones from {C}. The municipality's Law Enforcement Unit flies them.", "C supplies Kleinbosrand Local Municipality; Law Enforcement Unit partOf Kleinbosrand Local Municipality"),
    ("reference possessive", "Valderosa City bought {P} in 2023. The city's Traffic and Transport Management Office uses it.", "Valderosa City uses P; Traffic and Transport Management Office uses P; Traffic and Transport Management Office partOf Valderosa City"),
    ("public chief executive", "Stellbridge Borough Council bought {P} from {C}. The council says it is for planning. Stellbridge Borough Council will review it. Chief Executive {S} said the software was about workload planning.", "C supplies Stellbridge Borough Council; Stellbridge Borough Council uses P; S leads Stellbridge Borough Council"),
    ("public chief executive", "{C} sells cameras. {C} has 40 staff. {C} sold cameras to the {Y}. Chief executive {S} said sales grew.", "C supplies Y; S leads C"),
    ("said it", "{A} signed a contract with {C} for smart meters. The Ntsikazi Heights Civic Forum said it opposed the contract.", "C supplies A; Ntsikazi Heights Civic Forum opposes A"),
    ("said it", "{C} said it had sold cameras to the {Y}.", "C supplies Y"),
    ("said it", "The {M} said it had obtained the contract from the {Y}.", "M investigates Y"),
    ("feature to suspend", "The {G} sent a letter asking Ashmarsh Borough Council to suspend {P}'s fraud-risk scores.", "G opposes Ashmarsh Borough Council"),
    ("surname after name", "Teresa Vukovich-Haines sued {C} in May. Vukovich-Haines is represented by Holm & Tavish LLP.", "Teresa Vukovich-Haines opposes C; Holm & Tavish LLP supports Teresa Vukovich-Haines"),
    ("named thing used", "The {Y} ran 1,900 {P} searches in 2023 alone.", "Y uses P"),
    ("named thing used", "The {Y} bought {C} licenses in 2023.", "C supplies Y; Y uses C"),
    ("fund covers", "The {Y} bought 40 cameras from {C} in 2023. About $900,000 of the cost is covered by the provincial Safer Streets Modernization Fund.", "C supplies Y; Safer Streets Modernization Fund funds Y"),
    ("fund covers", "The {Y} bought 40 cameras from {C} in 2023. The purchase was covered by the {M}.", "C supplies Y"),
    ("money comes from", "The {Y} bought 40 cameras from {C} in 2023. The money comes from the state's Unemployment Modernization Fund.", "C supplies Y; Unemployment Modernization Fund funds Y"),
    ("grant will pay", "The {Y} bought 40 cameras from {C} in 2023. The first year will be paid for in part by a $600,000 grant from the {f}.", "C supplies Y; f funds Y"),
    ("grant will pay", "The {Y} bought 40 cameras from {C} in 2023. The department hopes the first year will be paid for with a grant from the {f}.", "C supplies Y"),
    # a legal form set off by a comma is part of the name as written, and makes a firm of a
    # name whose last word is its goods'; its possessive owns what follows
    ("legal form", "The {A} has used {Z} Safety Products, Inc.'s {P} since August 2021.",
     "Z Safety Products, Inc. develops P; A uses P"),
    ("legal form", "{D} is a wholly owned subsidiary of {C}, Inc. It sells software.", "D partOf C, Inc."),
    ("legal form", "{C}, LLC sells cameras to the {A}.", "C, LLC supplies A"),
    # a department of two portfolios, the second named by common words written nowhere else
    ("portfolios", "{O}, a division of the {Z} Department of Licensing and Occupational Records, "
     "runs the systems.", "O partOf Z Department of Licensing and Occupational Records"),
    ("portfolios", "The {Z} Department of Licensing and {D} signed the contract.",
     "D supplies Z Department of Licensing"),
    # asking a body to halt the rollout of a thing's feature opposes the body
    ("halt rollout", "The {A} has run {P} since 2020. The {G} has asked the department to halt the rollout "
     "of {P}'s face-search feature.", "A uses P; G opposes A"),
    # a city's government as its own language names it is what "the city" means
    ("stadt", "Stadt {Z} has run {P} since 2020. The {G} has asked the city to halt the rollout of "
     "{P}'s video-identification feature.", "Stadt Z uses P; G opposes Stadt Z"),
    ("stadt", "Prefeitura de {Z} signed a contract with {C} in 2024. The {G} has asked the city to "
     "cancel the contract.", "C supplies Prefeitura de Z; G opposes Prefeitura de Z"),
    # a request's object is in its own clause: not a body named after ", and"
    ("request clause", "The {G} has asked the {A} to cancel the contract, and I understand the {B} "
     "has opened a review of the procurement.", "G opposes A"),
    # profile and contact lines that set name, title and body apart with bullets, bars or "at"
    ("profile line", "Thrilled to share our news.\n\n{N} • Partner at {W}", "N worksFor W"),
    ("profile line", "Thrilled to share our news.\n\n{N} • CTO at {C}", "N worksFor C"),
    ("profile line", "Our note follows.\n\n{N}, CFA | Senior Analyst | {C}\n\n{K} | Associate | {C}",
     "N worksFor C; K worksFor C"),
    ("profile line", "Thrilled to share our news.\n\n{N} • Director, {Z} Smart City Administration, "
     "City of {Z}", "N leads Z Smart City Administration; Z Smart City Administration partOf City of Z"),
    ("profile line", "Thrilled to share our news.\n\n{N} — Former Partner at {W}", ""),
    # a public budget's share or a loan named "to Y from X"
    ("money to from", "The migration is funded by a $9.6 million allocation to the {A} from the {f}.",
     "f funds A"),
    ("money to from", "The project is financed in part by a $20 million loan to the {A} from the "
     "{f}.", "f funds A"),
    ("money to from", "The work is funded by an appropriation to the {A} from the state's {f}.",
     "f funds A"),
    # a lender's facility
    ("facility", "{C} sells software. {C} has a EUR 25m revolving credit facility with {W}, of "
     "which EUR 8m was drawn.", "W funds C"),
    # a roundup's item: "Y led the round" funds the firm its heading opens with
    ("roundup", "Funding roundup\n1. {C} (Brazil) | $14M seed round\n{C} builds {P}. {W} led the "
     "round.\n2. {D} (Kenya) | $3M seed\n{D} builds {Q}. {X} led the round.",
     "C develops P; W funds C; D develops Q; X funds D"),
    # a title owned by "its" beside a name: the body its clause names first
    ("its title", "The {A} relies on an affidavit sworn by Ms {N}, its Chief Executive.", "N leads A"),
    ("its title", "{C}'s affidavit is sworn by its managing director, Mr {N}.", "N leads C"),
    ("its title", "{G}'s principal deponent is Ms {N}, its chairperson.", "N leads G"),
    ("its title", "{C} shall provide accounts to {A} users and have its privacy officer, {N}, review "
     "the log.", "C supplies A; N worksFor C"),
    # "the Ministry" is the ministry the text names in full ("Ministry of …")
    ("defined head", "The Ministry of {Z} Wellbeing uses {P}. The {G} made a submission "
     "supporting the Ministry's use of automation. The Ministry's Chief Executive, {N}, replied.",
     "Ministry of Z Wellbeing uses P; G supports Ministry of Z Wellbeing; "
     "N leads Ministry of Z Wellbeing"),
    # a patronymic's particle is inside a person's name
    ("patronymic", "The {A}'s Chief Executive, Ms Nuraini binte {Z}, signed the contract with {C}.",
     "Nuraini binte Z leads A"),
    ("patronymic", "Ahmad bin {Z} leads the {A}.", "Ahmad bin Z leads A"),
    # "council" without its article, as New Zealand and Canadian writers write it
    ("bare council", "{Z} City Council plans cameras. The {G} has asked council to scrap the plan.",
     "G opposes Z City Council"),
    # a town's central business district is no body
    ("cbd", "The {h} has publicly supported the Council's CBD camera program. {Z} Regional "
     "Council runs {P}.", "h supports Z Regional Council; Z Regional Council uses P"),
    # portfolios written with a prefix or a farm's word
    ("portfolios", "The county's Department of ICT and e-Government signed a contract with {C}.",
     "C supplies Department of ICT and e-Government"),
    ("portfolios", "The county's Department of Agriculture and Livestock uses {P}.",
     "Department of Agriculture and Livestock uses P"),
    # a call's participants list: a title alone is the header's firm's post, a firm its own
    ("participants", "{C}, Inc. (NASDAQ: KSWN)\nQ3 Earnings Conference Call\nCompany Participants\n"
     "{N} — Vice President, Investor Relations\n{K} — President and Chief Executive Officer\n"
     "Conference Call Participants\n{L} — {W}\nPrepared Remarks\n{N}: Thank you, operator.",
     "N worksFor C, Inc.; K leads C, Inc.; L worksFor W"),
    ("participants", "Exhibitors\nBooth B214 — {C}\nBooth B220 — {D}", ""),
    # a sale told with its buyer first; a body and a firm signing one contract
    ("sold buyer", "Since March 2022, {C} has sold the {A} an enterprise subscription to {P}.",
     "C supplies A; A uses P"),
    ("signed together", "{C} and the {A} signed a five-year agreement on May 20.", "C supplies A"),
    ("signed together", "The {A} and {C} signed the contract on May 20.", "C supplies A"),
    # a product's data stored on its host; a service delivered from a cloud's region
    ("stores data on", "{C} stores the {P} video and plate reads on {D} Cloud.",
     "D Cloud hosts P"),
    ("served from", "The {P} platform is delivered as a service from {D} Cloud's Australia East "
     "region.", "D Cloud hosts P"),
    # a statutory body "under" its ministry is part of it
    ("under ministry", "The {Z} Registry Authority, a statutory board under the Ministry of Community "
     "Records, runs {P}.", "Z Registry Authority partOf Ministry of Community Records; "
     "Z Registry Authority uses P"),
    ("under ministry", "The {Z} Produce Agency, a state corporation under the Ministry of Farming and "
     "Food Systems, registers farmers.",
     "Z Produce Agency partOf Ministry of Farming and Food Systems"),
    # an agency named in Malay is a public body
    ("malay agency", "{P} is run by Agensi Digital {Z}, an agency under the Ministry of Health, "
     "which launched the app in 2024.",
     "Agensi Digital Z uses P; Agensi Digital Z partOf Ministry of Health"),
    # a group's plea that a body stop what it does, whatever it names to stop; by letter too
    ("plea", "{Z} City Council runs {P}. The {G} has asked the Council to suspend automated "
     "flagging until an audit is complete.", "Z City Council uses P; G opposes Z City Council"),
    ("plea", "{Z} City Council runs {P}. The {G} asked the Council not to proceed beyond the "
     "pilot.", "Z City Council uses P; G opposes Z City Council"),
    ("plea", "The {A} uses {P}. The {G} has written to the {A} asking it to suspend automated "
     "scoring until the findings are published.", "A uses P; G opposes A"),
    ("plea", "The {A} uses {P}. The {A} has received a letter from the {G} asking the {A} to "
     "halt the procurement until the budget is adopted.", "A uses P; G opposes A"),
    ("plea", "The {A} uses {P}. The {G} has not asked the {A} to suspend it.", "A uses P"),
    ("plea", "The {G} urged the {A} to end the {B}'s contract.", "G opposes B"),
    ("plea", "The {G} is asking the {Z} County Superior Court to halt the patrols.", ""),
    # names of Romance-language bodies hold lower-case particles; a Mexican firm's legal form
    ("particles", "The digital rights association Direitos na {Z} has asked the {A} to suspend "
     "the contract.", "Direitos na Z opposes A"),
    ("particles", "A losing bidder, Vigilancias del {Z}, S.A. de C.V., has asked a federal judge "
     "to annul the {A}'s award.", "Vigilancias del Z, S.A. de C.V. opposes A"),
    # a body of two callings' members is one body
    ("callings", "The {Z} Seafarers and Dockworkers Federation asked the {A} to halt enrolment.",
     "Z Seafarers and Dockworkers Federation opposes A"),
    # a numbered clause or a thread's post number opens no name
    ("numbered", "C.6.4 The {G} has backed the {A}'s plan to open the gateway.", "G supports A"),
    ("numbered", "11/ {C}'s CEO, {N}, didn't respond to two emails.", "N leads C"),
    # "the force" is a police body whatever its name calls it
    ("force", "{Z} Constabulary runs {P}. The {G} has backed the force's plan to add a second van.",
     "Z Constabulary uses P; G supports Z Constabulary"),
    # a chamber's name of two fields is one name
    ("chamber", "The City of {Z} runs {P}. The {Z} Chamber of Commerce and Industry has backed the "
     "city's plan.", "City of Z uses P; Z Chamber of Commerce and Industry supports City of Z"),
    # backing a contract's extension backs its customer
    ("extension", "The {A} extended its contract with {C}. The {G} backed the extension.",
     "C supplies A; G supports A"),
    # a firm's own team makes its products; a dash's apposition names a maker
    ("maker's team", "{C} sells software. {P} is designed and built by {C}'s in-house engineering "
     "team.", "C develops P"),
    ("maker's team", "{C} sells software. {P} is developed by {C}'s own engineering team in Leeds.",
     "C develops P"),
    ("dash maker", "{C} — UK-registered developer of {P}.", "C develops P"),
    # a mayor heads the city's government its own language names, not the state around it
    ("mayor", "The Prefeitura de {Z} runs {P} in São Paulo state. Mayor {N} said the city would "
     "respect the courts.", "Prefeitura de Z uses P; N leads Prefeitura de Z"),
    # a title of two words written with a hyphen
    ("hyphen title", "The {A} runs {P}. The {A} is headed by its Director-General, Engr. {N}.",
     "A uses P; N leads A"),
    ("hyphen title", "Director-General {N} of the {A} spoke.", "N leads A"),
    # a press conference's question labelled with its asker and outlet: the label is no subject
    ("question label", "The {Y} signed a contract with {C}.\nQ ({N}, {M}): Chief, the {G} wrote "
     "to you in March asking you to end the contract immediately.",
     "C supplies Y; N worksFor M; G opposes Y"),
    # a plea by a letter sent to the body, or a request the body set aside
    ("plea", "The {J} uses {P}. The {G} sent the {J} a letter asking it to cancel the contract "
     "until a policy exists.", "J uses P; G opposes J"),
    ("plea", "The {Y} renewed its contract with {C} despite a request from the {G} that the {Y} "
     "drop the contract.", "C supplies Y; G opposes Y"),
    # money told around its amount: a round a firm's investor led, a loan taken, an
    # allocation or a grant of an amount made over, a body's costs another covered
    ("led round", "{W} led {C}'s £18 million Series B.", "W funds C"),
    ("loan taken", "{C} had taken a €2 million innovation loan from the regional development "
     "bank {f}.", "f funds C"),
    ("allocated", "The court heard the {A} has been allocated €2.76 million from the {f} towards "
     "the new system.", "f funds A"),
    ("grant of", "The {f} has approved a grant of R4,2 million to the {A} for data migration.",
     "f funds A"),
    ("grant of", "The {A} said it was accepting a grant of $180,000 from the {f} toward the first "
     "year.", "f funds A"),
    ("costs covered", "The {A} runs {P}. The {A}'s start-up costs, about $184,000 for servers and "
     "training, were covered by the state's {f}.", "A uses P; f funds A"),
    # an acronym right after a name of two fields keeps it whole, a hyphen's parts counted
    ("acronym and", "The Ministry of Works and Geo-Spatial Services (MWGSS) runs {P}.",
     "Ministry of Works and Geo-Spatial Services uses P"),
    ("acronym and", "The Bureau of Lands and Geo-Records (BLGR) signed a contract with {C}.",
     "C supplies Bureau of Lands and Geo-Records"),
    # a record's headings and numbered items name no party
    ("record heading", "MINUTES OF THE REGULAR MEETING OF COUNCIL\nThe {A} renewed its contract "
     "with {C}.\n{N}, Mayor", "C supplies A"),
    ("record heading", "RESPONSIBILITIES OF THE DISTRICT\nThe {A} uses {P}.", "A uses P"),
    ("numbered item", "Resolution 2025-41, awarding a contract to {C} for the {P} platform.", ""),
    ("numbered item", "Lot 2 is awarded to {C} for hosting services.", ""),
    # a chief constable heads the force, whether it is called a constabulary or a police
    ("chief constable", "The {Z} Constabulary uses {P}. Chief Constable {N} said the tool was "
     "fair.", "Z Constabulary uses P; N leads Z Constabulary"),
    # data no name owns kept in a cloud's own region: the data of the product just named
    ("product's data", "The {A} uses {P}. The audio and transcripts are stored on {C}'s "
     "government region.", "A uses P; C hosts P"),
    ("product's data", "The {A} bought {P}. Images from the scanners are stored on {C}'s Texas "
     "region for 30 days.", "A uses P; C hosts P"),
    ("product's data", "The {A} uses {P}. Images will be stored on {C}'s region from next year.",
     "A uses P"),
    # a thing made by one firm that runs on another's cloud: the thing is hosted, not its maker
    ("runs and", "{P} is developed by {C} and runs on {D}'s government region.",
     "C develops P; D hosts P"),
    # a body's own system named after its kind; a thing's kind is no post
    ("agency's system", "The {J}'s jail management system, {P}, is supported by the county.",
     "J uses P"),
    ("agency's system", "{P}, the {A}'s ERP system, runs on county servers.", "A uses P"),
    ("official app", "{P} is the official parking app of the City of {Z}.", "City of Z uses P"),
    # an Indian city's municipal corporation is its government, a buyer
    ("municipal corporation", "{Z} Municipal Corporation has signed a seven-year contract with "
     "{C} to digitise property tax.", "C supplies Z Municipal Corporation"),
    # a department of two fields is one department
    ("two fields", "The {Z} Water Supply and Drainage Department has run {P} in all 64 wards "
     "since 2022.", "Z Water Supply and Drainage Department uses P"),
    # a trust named after its place is a body, not a person a title names; its secretary is
    # its staff
    ("trust", "The {A} received a request.\n{N}\nSecretary, {Z} Open Council Trust\nBy email",
     "N worksFor Z Open Council Trust"),
    ("trust", "The {A} received a request.\n{N}\nChair, {Z} Open Council Trust\nBy email",
     "N leads Z Open Council Trust"),
    # a complaint of a body's doing, to whoever hears it, opposes the body
    ("complaint about", "The {Y} ran a pilot of {P}. The {G} filed a complaint with the provincial "
     "privacy commissioner in August 2024 about the {Y}'s pilot.", "Y uses P; G opposes Y"),
    ("complaint about", "The {G} filed a complaint with the committee about the {A}'s handling of "
     "delayed claims.", "G opposes A"),
    ("complaint about", "The {G} has not filed a complaint about the {A}'s pilot.", ""),
    # scrutiny of what a body did, counted
    ("work reviewed", "The {J} uses {P}. The {F} reviewed a year of license-plate searches by "
     "the {J}.", "J uses P; F investigates J"),
    # a demand to end the deal the text told of, made in a relative clause, or of "it"
    ("relative asker", "The {A} renewed its contract with {C}. The vote followed a presentation "
     "from the {G}, which asked council to reject it.", "C supplies A; G opposes A"),
    ("relative asker", "The {A} signed a contract with {C}. The {G} asked the board to drop it "
     "before the vote.", "C supplies A; G opposes A"),
    # a thing named with what its maker did: "software that X designed", "the product X builds"
    ("thing its maker made", "The {A} uses {P}, software that {C} designed in-house.",
     "A uses P; C develops P"),
    ("thing its maker made", "{P} is the risk-scoring product {C} builds on the third floor.",
     "C develops P"),
    ("maker of", "{C}, maker of the cemetery administration program {P}, joined the group.",
     "C develops P"),
    # a region's ICT is no thing of its own
    ("generic", "The {A} runs its ICT from one office.", ""),
    # a German office's "für" is inside its name; a letters page's heading names no one
    ("particle", "The Amt für {Z} has run {P} since 2018.", "Amt für Z uses P"),
    ("page heading", "LETTERS TO THE EDITOR\nThe {A} renewed its contract with {C}.",
     "C supplies A"),
    # a post over a system is still a post
    ("post over a system", "{N}, director of the records system at the {A}, spoke.",
     "N worksFor A"),
    ("product's data", "The {A} uses {P}. Images were stored on {C}'s Texas region until 2021.",
     "A uses P"),
    # a chief constable's sign-off heads the force, whichever name it goes by
    ("chief constable", "The {Z} Police uses {P}.\n{N}, Chief Constable, {Z} Police",
     "Z Police uses P; N leads Z Police"),
    # a courtesy title before the name a post is given to
    ("courtesy title", "The chief executive of {C}, Mr {N}, said the contract was signed.",
     "N leads C"),
    ("courtesy title", "The President of the {G}, Ms. {N}, spoke at the meeting.", "N leads G"),
    # a capitalised title of a body named after "of" without "the"
    ("title of a body", "{N}, Chief Executive of {C}, said the deal was good.", "N leads C"),
    ("title of a body", "{N}, Director of {C}, said the tool helps.", "N leads C"),
    ("title of a function", "{N}, Head of Estate Operations, spoke at the meeting.", ""),
    # "it" opening a sentence that says who heads the body
    ("it is headed", "The {A} is a body of the state. It is headed by an Executive Director, "
     "currently Mr {N}, who reports to the board.", "N leads A"),
    ("it is headed", "The {G} is a registered charity. It is chaired by {N}.", "N leads G"),
    ("it is headed", "The {G} is a registered charity. It was once chaired by {N}.", ""),
    # a minister of a portfolio heads the ministry of it
    ("minister of", "{N}, the Minister of Health, said the ministry would comply.",
     "N leads Ministry of Health"),
    ("minister of", "The Minister of Citizen Integration, Ms {N}, opened the session.",
     "N leads Ministry of Citizen Integration"),
    ("minister of", "{N}, Minister of Digital Economy and Innovation, opened the session.",
     "N leads Ministry of Digital Economy and Innovation"),
    ("ministry and", "The Ministry of Public Safety and Local Autonomy gave the {Y} a grant of "
     "$2 million.", "Ministry of Public Safety and Local Autonomy funds Y"),
    # a title of a function, then the body, after a name's comma
    ("function and body", "{N}, Head of Partnerships, {C}, said the pilot ended.", "N worksFor C"),
    ("function and body", "{N}, Vice President of Engineering, {C}, said so.", "N worksFor C"),
    ("function and body", "{N}, Senior Research Fellow, {F}, presented a study.",
     "N worksFor F"),
    ("function and place", "{C} sells kiosks to the {A}.\n{N}, Head of Partnerships, Australia",
     "C supplies A"),
    ("function and place", "{N}, Chair of Trustees, spoke at the meeting.", ""),
    # a chief executive's "of" names the body, whatever its name ends with
    ("chief executive of", "{N}, Chief Executive of Wraybourne Homes, has been consulted.",
     "N leads Wraybourne Homes"),
    ("director of initials", "The Office of Program Integrity (OPI) audits the {Y}. {N} is "
     "the Director of OPI.", "N leads Office of Program Integrity; Office of Program Integrity "
     "investigates Y"),
    # a firm's subsidiary or parent named after "its" or the firm's name
    ("its subsidiary", "{C} sells cameras. Its subsidiary, {D}, makes lenses.", "D partOf C"),
    ("its subsidiary", "{C} deploys meters with its wholly owned subsidiary, {D}.",
     "D partOf C"),
    ("its subsidiary", "{C} sells cameras. {C}'s wholly owned subsidiary {D} makes lenses.",
     "D partOf C"),
    ("its parent", "{C} sells cameras. Its parent company, {D}, is based abroad.", "C partOf D"),
    ("its parent", "{C} sells cameras. Its former parent company, {D}, is based abroad.", ""),
    # a party's role defined in brackets; a limited company and its home
    ("defined role", "{C} (the Bidder), a subsidiary of {D}, won the tender.", "C partOf D"),
    ("limited of place", "{C} Limited, a subsidiary of {D} Holdings Limited of Kenya, won the "
     "tender.", "C Limited partOf D Holdings Limited"),
    # "X, a Y company": a firm of a group (not a firm of a place, nor an investor's holding)
    ("a company of", "{C}, a {D} company, makes doorbells.", "C partOf D"),
    ("a company of", "{C} is a {D} company, it has been since 2018.", "C partOf D"),
    ("a company of", "{C} is a {W} portfolio company.", ""),
    ("a company of", "{C}, a Columbus company, sells cameras to the {A}.", "C supplies A"),
    # a firm controlled by another
    ("controlled firm", "{C} is controlled by {D}, which holds 78% of its voting capital.",
     "C partOf D"),
    # a nationality before a firm's name and its legal form
    ("nationality", "{C}, a subsidiary of the Dutch {D} B.V., will build the portal.",
     "C partOf D B.V."),
    # money told through what it built or a share of it; a lender's loan to a borrower
    ("built with a grant", "The {A} uses {P}. The {A}'s second data centre was built with a grant "
     "from the {f}.", "A uses P; f funds A"),
    ("share financed", "The {A} bought 46 cameras from {C}. The acquisition was financed up to "
     "50% by the {f}.", "C supplies A; f funds A"),
    ("implementation paid", "The {J} uses {P}. The office's implementation was paid for by a "
     "grant from the state's {f}.", "J uses P; f funds J"),
    ("loan from", "{C} sells meters. R212 million was outstanding under the company's R350 "
     "million amortising term loan from {D} Bank.", "D Bank funds C"),
    ("loan from", "{C} sells software. {C} drew $60M on a term loan from {D} Bank last year.",
     "D Bank funds C"),
    ("loan from", "{C} sells software. {C} maintains a revolving credit facility with {D} Bank.",
     "D Bank funds C"),
    ("loan from", "{C} sells software. {C} hopes to secure a loan from {D} Bank.", ""),
    # scrutiny of a body's use of a product is scrutiny of the body
    ("use reviewed", "The {A} uses {P}. The {F} opened a review of the {A}'s {P} contract "
     "last month.", "A uses P; F investigates A"),
    ("use reviewed", "The {A} uses {P}. The {F} launched an inquiry into the {A}'s {P} pilot.",
     "A uses P; F investigates A"),
    # a firm engaged by a body works for it under contract
    ("engaged", "The {A} engaged {C} to review the tender.", "C supplies A"),
    ("engaged", "{D} has engaged {C} as a subcontractor for the migration.", "C supplies D"),
    ("engaged", "Installation is done by {C}, which {D} has engaged as a subcontractor.",
     "C supplies D"),
    ("engaged", "The {G} engaged the {A} in talks about the cameras.", ""),
    # a thing in production at a body, searched by it, or run by its staff
    ("in production at", "{C} built {P} for the {A}. {P} has been in production at the {A} "
     "since March 2023.", "C develops P; C supplies A; A uses P"),
    ("searches in", "The {A} ran more than 212,000 searches against the {P} database in 2024.",
     "A uses P"),
    ("its staff use", "The {A}'s planning team has been running {P} for permits since February.",
     "A uses P"),
    ("its staff use", "The {A}'s planning team used to run {P}.", ""),
    # an action, a claim or a complaint against a body; a body taken to court
    ("action against", "The {G} filed an amparo action against the {A}, asking that "
     "verification be suspended.", "G opposes A"),
    ("action against", "The {A} has lodged a claim against {C} for $186,400 in damages.",
     "A opposes C"),
    ("action against", "The {G} dropped its claim against the {A}.", ""),
    ("complaint about", "The {G} has lodged a complaint with the {F} (UDPS) about the {A}'s "
     "processing of images.", "G opposes A"),
    ("taken to court", "The {G} has taken the {A} to the High Court over the rollout.",
     "G opposes A"),
    ("taken to court", "The {G} took the {A} to court in 2023.", "G opposes A"),
    # a people's possessive inside a name; counsel acting without fee
    ("people's name", "The {Z} Women's Network supported the {A}'s plan to register "
     "households.", "Z Women's Network supports A"),
    ("people's name", "The National Children's Alliance sued the {A}.",
     "National Children's Alliance opposes A"),
    ("represented pro bono", "The {G} is represented pro bono by {C} LLP.", "C LLP supports G"),
    # a table written as lines: its header says what each column holds
    ("table", "Buyer | Supplier | Value | Term\n{A} | {C} | $2.1m | 3 yrs\n"
     "{B} | {D} | $400,000 | 2 yrs", "C supplies A; D supplies B"),
    ("table", "Agencies pay for the {P} and {Q} apps.\nAgency | Product | Value | Status\n"
     "{A} | {P} | $212,000 | Active\n{B} | {Q} | $48,500 | Expired", "A uses P"),
    ("table", "The {P} system is sold to police.\nProduct | Maker | Hosting | Forces named as "
     "users\n{P} | {C} | {D} | {A}", "C develops P; D hosts P; A uses P"),
    ("table", "Licences for the {P} and {Q} platforms:\n| Customer | Product | Status at 31 March |"
     "\n|---|---|---|\n| {A} | {P} | Live |\n| {B} | {Q} | Terminated by the council in "
     "January |", "A uses P"),
    ("table", "The {P} app:\nProduct | Maker | Users\n{P} | {C} | {A}; {B}",
     "C develops P; A uses P; B uses P"),
    ("table", "Rank | Supplier | Contracts | Total value | Largest buyer\n"
     "1 | {C} | 41 | $386.4m | {A}\n2 | {D} | 19 | $198.2m | {B}",
     "C supplies A; D supplies B"),
    ("table", "Orders of the {P} app:\nAgency | Products | Ordered through | Status\n{A}, OH | "
     "{P} (140 users) | {C} | PO issued Mar 2024", "C supplies A; A uses P"),
    ("table", "Buyer | Supplier | Scope | Status\n{A} | {C} | Cameras | Contract planned for 2026",
     ""),
    ("table", "Company | Ticker | Revenue\n{C} | CX | $4m\n{D} | DX | $2m", ""),
    ("table", "Buyer | Supplier | Value\n{A} | {C} | $2.1m\nThe {B} bought nothing.", "C supplies A"),
    # an amount after a comma among a contract's words; a thing's kind and its maker after it
    ("amount in words", "The {A} signed a five-year, £3.1 million contract in April with {C} "
     "for cameras.", "C supplies A"),
    ("amount in words", "The {A} signed a two-year, US$16.3 million contract in 2024 with {C}.",
     "C supplies A"),
    ("amount in words", "The {A} turned down a five-year, €2.4m contract with {C}.", ""),
    ("kind from maker", "The {A} still runs the older {P} system from {C}.",
     "A uses P; C develops P"),
    ("kind from maker", "The {A} bought the {P} app, built by {C}, in 2022.",
     "A uses P; C develops P; C supplies A"),
    # a body naming a firm to a seller's part
    ("named as supplier", "{C} has named {D}, a Kentucky firm, as its subcontractor for data "
     "conversion.", "D supplies C"),
    ("named as supplier", "The {A} named {C} as its systems integrator last month.",
     "C supplies A"),
    ("named as supplier", "The {A} named {C} as its preferred vendor.", ""),
    ("turned down", "The {A} turned down a contract with {C} in May.", ""),
    ("turned down", "The {A} council voted down a five-year contract with {C}.", ""),
    # a sum drawn from a fund: the fund pays for the last public body's contract
    ("sum from fund", "The {A} signed a contract with {C}. About $11 million of the first phase "
     "will be paid from the {f}.", "C supplies A; f funds A"),
    ("sum from fund", "The {A} signed a contract with {C}. Of the contract's value, $19 million "
     "will come from the federal {f}.", "C supplies A; f funds A"),
    ("sum from fund", "The {A} bought {P} from {C}. €3.1 million was met from the Government's "
     "{f}.", "C supplies A; A uses P; f funds A"),
    ("sum from fund", "The {A} signed a contract with {C}. The department hopes $2 million will "
     "come from the {f}.", "C supplies A"),
    # a subcontract between firms is not the contract later talk means
    ("subcontract, then the contract", "The {A} signed a contract with {C}. {C} has named {D} as "
     "its subcontractor. The {f} paid for the contract.", "C supplies A; D supplies C; f funds A"),
    ("subcontract, then the contract", "The {A} signed a contract with {C}. {C} has named {D} as "
     "its subcontractor. About $2 million of the contract will be paid from the {f}.",
     "C supplies A; D supplies C; f funds A"),
    # a round's investors told with what they are, the round named again
    ("round, described", "{C} says it has closed a $40 million Series B round. The Series B was "
     "led by Spanish growth investor {W}, with participation from existing backer {X}.",
     "W funds C; X funds C"),
    ("round, described", "{C} raised a $12 million Series A led by {W}, with participation from "
     "{X}.", "W funds C; X funds C"),
    ("round, described", "{C} says it has closed a seed round. The round was not led by {W}.",
     ""),
    # a person's age between commas; a post taken up on a day
    ("age aside", "{N}, 36, is the founder and chief executive of {C}.", "N leads C"),
    ("age aside", "{N}, 54, a senior analyst at {C}, said the drones were costly.",
     "N worksFor C"),
    ("age aside", "{N}, 41, of {C} Falls, sued the {A} in May.", "N opposes A"),
    ("taking up a post", "{N} was sworn in Aug. 4 as chief of the {A}.", "N leads A"),
    ("taking up a post", "{N} started Monday as chief information officer of the {A}.",
     "N worksFor A"),
    ("taking up a post", "{N} was named on Monday as chief executive of {C}.", "N leads C"),
    ("taking up a post", "{N} began her career as a reporter at the {M} in 1998.", ""),
    # a public body asked to stop its own doing, whatever thing the words then name
    ("asked to stop", "The {G} has asked the {A} to suspend automated parking fines issued "
     "through {P}.", "G opposes A"),
    ("asked to stop", "The {G} asked the {A} to halt sales of {P} to schools.", "G opposes P"),
    # a government body named in Malay
    ("named in Malay", "The Majlis Bandaraya {Z} has run {P} for parking since 2021.",
     "Majlis Bandaraya Z uses P"),
    # where a thing's data or servers are: a host's region, zone, facility or servers
    ("hosted at a place", "The {P} application and camera feeds are hosted on {C}'s Tier III "
     "facility in the state.", "C hosts P"),
    ("hosted at a place", "The {A} uses {P}. {P} data for its Ontario customers is stored in "
     "{C}'s Canada Central region.", "A uses P; C hosts P"),
    ("hosted at a place", "{P} runs on servers at {C}'s facility here in Nigeria.", "C hosts P"),
    ("hosted at a place", "{P} runs on the government-only zone of {C}.", "C hosts P"),
    ("hosted at a place", "The {A} uses {P}. {P} watchlist images and match logs are processed "
     "on servers operated by {C} Ltd. in Leeds.", "A uses P; C Ltd. hosts P"),
    ("hosted at a place", "{P} will be hosted in the Sydney region of {C} from next year.", ""),
    # what a body gave up to a watcher; a body's kind in capitals before its name
    ("records released to", "Documents the {A} released to the {M} under the Official "
     "Information Act show the cost.", "M investigates A"),
    ("records released to", "The report relies on documents that the {A} released to the "
     "Estonian NGO {G} in May.", "G investigates A"),
    ("records released to", "The {A} released its budget to the public in May.", ""),
    # a country's possessive before a name says where the body is from
    ("country's possessive", "{C}, which the UK's {D} bought in 2023, won the deal.",
     "C partOf D"),
    ("country's possessive", "The {A} bought {P} from South Korea's {C} last year.",
     "C supplies A; A uses P"),
    ("country's possessive", "The joint venture {C} is 60 percent owned by South Korea's {D}.",
     "C partOf D"),
    # names that hold "and": a second topic, a body named for what it is on, a place and a
    # word that names no body before "and"
    ("name with and", "{P} was built by the {Z} Center for Youth and Family Studies.",
     "Z Center for Youth and Family Studies develops P"),
    ("name with and", "The {A} is an agency of the Ministry of Trade and Export Affairs.",
     "A partOf Ministry of Trade and Export Affairs"),
    ("name with and", "The parliamentary Committee on Borders and Citizen Security opened an "
     "inquiry into the {A} in May.", "Committee on Borders and Citizen Security investigates A"),
    ("name with and", "The Netherlands Security and Defence Industries Council has publicly "
     "backed the {A}.", "Netherlands Security and Defence Industries Council supports A"),
    ("name with and", "The {Z} County Foster and Adoptive Parents Association backs the {A}'s "
     "use of {P}.", "Z County Foster and Adoptive Parents Association supports A; A uses P"),
    ("name with and", "The Institute for Justice and {C} sued the {A} in March.",
     "Institute for Justice opposes A; C opposes A"),
    ("name with and", "The {A} bought {P} from the {Z} County Police and {D}.",
     "A uses P; D supplies A"),
    # a renewal is a contract; a university buys where its deal has a term or a price
    ("renewal", "The {A} approved a two-year renewal with {C} in June.", "C supplies A"),
    ("university's priced deal", "{V} signed a five-year agreement with {C}.", "C supplies V"),
    ("university's priced deal", "In June {V} signed a three-year, $410,000 renewal with {C}.",
     "C supplies V"),
    ("university's priced deal", "{V} signed a research agreement with {C}.", ""),
    # a model's number names a thing, however many were bought
    ("model counted", "The {A} bought four K6 quadcopters from {C} in 2023.",
     "C supplies A; A uses K6"),
    # a rank written short before a name; a lawmaker's party and home; a region after a title
    ("rank abbreviated", "The {A} is commanded by Insp. {N}.", "N leads A"),
    ("rank abbreviated", "The {A} is led by Rear Adm. {N}.", "N leads A"),
    ("lawmaker's party", "State Sen. {N}, R-Sagebrook, who chairs the {Z} Senate Oversight "
     "Committee, asked for the audit.", "N leads Z Senate Oversight Committee"),
    ("lawmaker's party", "Rep. {N}, D-Ohio, criticized the {A} over {P}.", "N opposes A"),
    ("region after a title", "{N}, {C}'s General Manager for Asia-Pacific, said the gates were "
     "fast.", "N worksFor C"),
    # a watcher asking a body for its papers examines it, and buys nothing from it
    ("records asked for", "The {G} requested the contract from the {A} in February.",
     "G investigates A"),
    ("records asked for", "The {M} asked the {A} for a copy of the contract on Tuesday.",
     "M investigates A"),
    ("records asked for", "{N} sent the {A} a letter last week demanding the validation studies.",
     "N investigates A"),
    ("records asked for", "The {G} filed a public records request with the {A} in May.",
     "G investigates A"),
    ("records asked for", "The {G} asked the {A} for a meeting in May.", ""),
    # a part told by what the whole holds: one of its schools, the largest of its hospitals
    ("one of its own", "The {A} bought {P}. {Z} Elementary, one of the department's 31 schools, "
     "went first.", "A uses P; Z Elementary partOf A"),
    ("one of its own", "{Z} General Hospital is one of the {A}'s two acute sites.",
     "Z General Hospital partOf A"),
    ("one of its own", "{Z} Medical Center, the largest of the {A}'s 14 hospitals, went first.",
     "Z Medical Center partOf A"),
    ("one of its own", "{Z} Royal Infirmary, the {A}'s main acute hospital, went live in May.",
     "Z Royal Infirmary partOf A"),
    ("one of its own", "{C} is a wholly owned subsidiary of the Norwegian group {D}.",
     "C partOf D"),
    ("one of its own", "{Z} Hospital, one of the {A}'s sites, is closing its doors to {P}.",
     "Z Hospital partOf A"),
    # a university asked to end its own contract; a letter asking a delay; a stance on the
    # purchase told before, with when after it
    ("university asked to end", "The {G} passed a resolution calling on {V} to end its contract "
     "with {C}.", "G opposes V"),
    ("university asked to end", "The {G} has asked {V} to stop using {P} for all exams.",
     "G opposes V; V uses P"),
    ("letter asking a delay", "The {G} wrote jointly to the {A} last week asking it to suspend "
     "the contract.", "G opposes A"),
    ("letter asking a delay", "The {G} wrote to the {A} in May asking it to delay the go-live "
     "until all officers had been trained.", "G opposes A"),
    ("stance on the purchase", "The {A} bought four drones from {C}. The {G}, which represents "
     "residents, backed the purchase from the start.", "C supplies A; G supports A"),
    # a renewal, or the first years of what was bought, paid for by a funder; a health
    # service's and a border service's names are public bodies
    ("paid for", "{V} signed a $410,000 renewal with {C} in June. The first year of the renewal "
     "is paid for with a $150,000 grant from the {f}.", "C supplies V; f funds V"),
    ("paid for", "The {A} signed a contract with {C}. The cost of the first two years is met by "
     "a grant from the {f}.", "C supplies A; f funds A"),
    ("public body's name", "NHS {Z} runs {P} for its patient records.", "NHS Z uses P"),
    ("public body's name", "The {Z} Border Service signed a contract with {C}.",
     "C supplies Z Border Service"),
    # a post written in capitals with no name in it names no one
    ("post in capitals", "{N} is Principal Solicitor at the {G}.", "N worksFor G"),
    ("post in capitals", "{N} is Senior Policy Analyst at the {G}.", "N worksFor G"),
    ("post in capitals", "{N}, Campaigns Coordinator at the {G}, said {P} was unfair.",
     "N worksFor G"),
    # a name with two particles; a bare post between commas before its body
    ("two particles", "{N} van der Merwe, a researcher at the {G}, said {P} was unfair.",
     "N van der Merwe worksFor G"),
    ("post between commas", "The numbers are thin, said Brannoc {Z}, researcher, {G}.",
     "Brannoc Z worksFor G"),
    ("post between commas", "\"The numbers are thin,\" said Teodric {Z}, policy analyst, {G}.",
     "Teodric Z worksFor G"),
    ("post between commas", "The {G}, whose president, {N}, sits on the {A}'s board, backed the "
     "plan.", "N leads G; N worksFor A"),
    # "the service": the police service the text named
    ("the service", "The {Z} Regional Police Service runs {P}. The {G} has asked the service to "
     "suspend {P}.", "Z Regional Police Service uses P; G opposes Z Regional Police Service"),
    ("the service", "The {Z} Police Service signed a contract with {C}. The {G} backed the "
     "service's plan to expand it.", "C supplies Z Police Service; G supports Z Police Service"),
    ("the service", "{C} sells {P} to the {A}. The service costs $5 a month per officer.",
     "C supplies A; C develops P"),
    # a first line naming its body in title case is its letterhead; a staff byline speaks for
    # the writer's body; a contract told as over, or not renewed, sells nothing now
    ("letterhead in title case", "{C}\nThird Quarter Letter to Shareholders\nOur CFO, {N}, will "
     "take you through the numbers. We drew $4 million on our credit facility with {W}.",
     "N worksFor C; W funds C"),
    ("letterhead in title case", "{C}\nAnnual Report 2025\nWe closed the acquisition of {D} "
     "in August.", "D partOf C"),
    ("letterhead in title case", "{Z} Engineering Blog\nWe moved {P} to the cloud.", ""),
    ("letterhead in title case", "{N}\nSome news: {C} signed a contract with the {A}.",
     "C supplies A"),
    ("staff byline", "By {N}, Principal Platform Engineer, {A}\n8 October 2025\nWe built {P} "
     "in-house.", "N worksFor A; A develops P; A uses P"),
    ("staff byline", "By {N}, Staff Writer\n8 October 2025\nWe built {P} in-house.", ""),
    ("quotation over sentences", "By {N}, {M}\n8 October 2025\n\"We've used {P} since 2021. "
     "It works,\" said {K} of the {A}.", "K worksFor A; N worksFor M"),
    ("contract over", "{C}\nLetter to Shareholders\nOur contract with {D} ended in June.",
     ""),
    ("contract over", "The {A} said its contract with {C} expired in March.", ""),
    ("contract over", "The {A} decided not to renew its agreement with {C}.", ""),
    ("contract over", "The {A} said its contract with {C} runs until 2028.", "C supplies A"),
    ("contract over", "The {A}'s trial of {P} ended in May.", "A uses P"),
    ("public transit body", "The {Z} Regional Transport signed a contract with {C}.",
     "C supplies Z Regional Transport"),
    ("carrier", "{Z} Mobile, our largest customer, has run {P} since 2021.", "Z Mobile uses P"),
    # an officer's letters as a title: "X's CFO, Y", "Y, the CTO of X"
    ("officer's letters", "{C}'s CFO, {N}, said the numbers were good.", "N worksFor C"),
    ("officer's letters", "{N}, the CTO of {C}, said the rollout was on time.", "N worksFor C"),
    ("officer's letters", "The {A}'s CIO, {N}, said the rollout was on time.", "N worksFor A"),
    # money from "the state's" fund, a grant "of N to X from Y", "X pays for P with a grant
    # from Y", an agreement or an extension paid for
    ("grant", "The {A} extended its contract with {C}. The $9.6 million extension is paid for from "
     "the state's {Z} Community Safety Fund.", "C supplies A; Z Community Safety Fund funds A"),
    ("grant", "The {A} signed a contract with {C}. A grant from the state's {Z} Preparedness Grant "
     "Program covered the first $30,000 of the subscription.",
     "C supplies A; Z Preparedness Grant Program funds A"),
    ("grant", "The project is funded by a grant of $1.85 million to the {A} from the {f}.",
     "f funds A"),
    ("grant", "The {A} pays for the platform with a $900,000 grant from the federal {Z} Mobility "
     "Program.", "Z Mobility Program funds A"),
    ("grant", "The {A} signed a contract with {C}. The agreement, valued at $1.38 million, is "
     "funded in part by a grant from the {f}.", "C supplies A; f funds A"),
    ("grant", "The {A} signed a contract with {C}. The agreement was praised by the {G}.",
     "C supplies A"),
    # a sign-off on two lines, the name over the title: the body below it, else the writer's
    ("name over title", "{C}\nLetter to Shareholders\nWe had a good year.\n{N}\nPresident and "
     "Chief Executive Officer\nForward-looking statements", "N leads C"),
    ("name over title", "The {G} works with families.\n{N}\nExecutive Director\n{G}", "N leads G"),
    ("name over title", "{C}\nLetter to Shareholders\nWe had a good year.\n{N}\nChief "
     "Financial Officer", "N worksFor C"),
    ("name over title", "The {G} works with families.\n{N}\nHoward Street", ""),
    ("name over title", "BRANCH BULLETIN No. 14\nThe {A} bought {P}.\nIn solidarity,\n{N}\n"
     "Branch Secretary", "A uses P"),
    # an elected officer whose office bears the title: "Attorney General X" and "the Y Attorney
    # General's Office"
    ("office's title", "Attorney General {N} said the {Z} Attorney General's Office had opened an "
     "inquiry into the {A}.", "N leads Z Attorney General's Office; Z Attorney General's Office "
     "investigates A"),
    ("office's title", "The {Z} County District Attorney's Office bought {P}. District Attorney {N} "
     "defended it.", "Z County District Attorney's Office uses P; N leads Z County District "
     "Attorney's Office"),
    ("office's title", "Attorney General {N} said the {G} had the figures wrong.", ""),
    # a ministry of two portfolios, whatever the second: one name
    ("two portfolios", "The Ministry of Internal Security and Civil Order signed a contract with "
     "{C}.", "C supplies Ministry of Internal Security and Civil Order"),
    ("two portfolios", "The {Z} Department of Corrections and Community Safety signed a contract "
     "with {C}.", "C supplies Z Department of Corrections and Community Safety"),
    # bought through a reseller: the reseller sells; run through a product: it is used
    ("bought through", "The {A} bought the licenses through {C}.", "C supplies A"),
    ("bought through", "The {A} purchased {P} through {C}.", "C supplies A; A uses P"),
    ("bought through", "The {A} bought the licenses through a state grant.", ""),
    ("run through", "The {A} has run every new claim through {P} since 2021.", "A uses P"),
    # work done under a contract: its doer holds it; work done by a subcontractor under a
    # subcontract with a contractor
    ("under contract with", "The {A} has used {P} since 2022 under a $1.4 million contract with "
     "{C}.", "A uses P; C supplies A"),
    ("under contract with", "The {A} has mounted 140 {P} readers on gantries under a contract "
     "with {C}.", "C supplies A"),
    ("under contract with", "The {A} has used {P} since 2022 under a data-sharing agreement with "
     "the {G}.", "A uses P"),
    ("under subcontract", "Document scanning is carried out by {C} under a subcontract with {D}.",
     "C supplies D"),
    ("under subcontract", "The call centre is run by {C} under a subcontract with {D}.",
     "C supplies D"),
    ("run through", "The {A} has accepted electronic filings through {P} since October 2024.",
     "A uses P"),
    ("run through", "The {A} received the money through the {f}.", ""),
    # records a body released to a watcher; a headline in title case names no one
    ("records released to", "The {A} released its contract to the {G} in October 2024.",
     "G investigates A"),
    ("records released to", "Documents released to the {M} by the {A} show the fleet grew.",
     "M investigates A"),
    ("records released to", "The {A} provided cameras to the {Z} School District.",
     "A supplies Z School District"),
    ("headline in title case", "CLIENT ALERT\nData Privacy\nNovember 12, 2025\nClass Action "
     "Follows {P} Court Portal Breach\n{C} develops {P}, "
     "which the {A} has used since 2018.", "C develops P; A uses P"),
    # an adverb opening a sentence, a fiscal year: no names
    ("no name", "Separately, {B}'s Office of Inspector General said it had no comment.",
     "Office of Inspector General partOf B"),
    ("no name", "The council approved the $48,000 line in the {A}'s FY2025 budget in June.", ""),
    ("carrier", "{D} uses {Z} Payments as its payment processor under a subcontract.",
     "Z Payments supplies D; D uses Z Payments"),
    # "its" customer: the firm told of last
    ("its customer", "{C} makes {P}. The {A} is its first and biggest customer.",
     "C develops P; C supplies A"),
    ("its customer", "The {G} sued the {A}. The {A} said the {B} is its biggest customer.",
     "G opposes A"),
    # any work a body does through a known thing is its use of it; not what it may, must or
    # will do, nor a sale or a purchase through a go-between
    ("works through", "The {A} pays every public service pension through the {P} system.",
     "A uses P"),
    ("works through", "The {A} has submitted its annual inventories through the {P} portal "
     "since 2021.", "A uses P"),
    ("works through", "The {A}, which still issues all of its invoices through the {P} app, "
     "declined to comment.", "A uses P"),
    ("works through", "{D}'s billing staff already read every converted account through the "
     "{P} platform.", "D uses P"),
    ("works through", "Every business must issue its invoices through the {P} app, the {A} "
     "said.", ""),
    ("works through", "The {A} will publish its local alerts through the {P} website from July.",
     ""),
    ("works through", "The {A} does not send its alerts through the {P} platform.", ""),
    ("works through", "The {A} sent its alerts through the {P} platform until 2022, when it "
     "switched to {Q}.", "A uses Q"),
    # an office named after its holder is one name
    ("holder's office", "{C}'s first customer is the Mirrow County Tax Assessor-Collector's "
     "Office.", "C supplies Mirrow County Tax Assessor-Collector's Office"),
    ("holder's office", "The Harlow County Executive's Office signed a contract with {C}.",
     "C supplies Harlow County Executive's Office"),
    # a document's number is no name: "Agreement No. 2025-031", "Petition No. E204"
    ("document number", "The council approved Agreement No. 2025-031 between the {A} and {C} "
     "for dispatch software.", "C supplies A"),
    ("document number", "In {G} v. {A} (Petition No. E204 of 2023), the petitioners challenge "
     "the {A}'s collection of biometrics.", "G opposes A"),
    # a body engaged "in" a year hired the firm then; "engaged in talks" hires no one
    ("engaged in", "The {A} engaged {C} in 2023, at a cost of $410,000, to review the project.",
     "C supplies A"),
    ("engaged in", "The {A} engaged {C} in March to build the website.", "C supplies A"),
    ("engaged in", "The {A} engaged {C} in talks about the project.", ""),
    # trades only people hold; a venture partner past an apposition
    ("trade", "{N}, a paramedic with the {B}, said the new radios work.", "N worksFor B"),
    ("trade", "{N}, a hydrologist at the {A}, said the gauges were accurate.", "N worksFor A"),
    ("venture partner", "{N}, until March a deputy governor, is now a venture partner at {W}.",
     "N worksFor W"),
    # asking a body to delay, defer or switch off what it does opposes it; a retirees' group
    # keeps "Retired" in its name
    ("plea to delay", "The {G} has asked the {A} to defer the award until the budget is "
     "adopted.", "G opposes A"),
    ("plea to delay", "The {G} has asked the {A} to delay mandatory e-invoicing for small "
     "traders by one year.", "G opposes A"),
    ("plea to delay", "The {G} wrote to the {A} asking it to switch off the face check.",
     "G opposes A"),
    ("plea to delay", "The {G} has not asked the {A} to delay the rollout.", ""),
    ("retirees' group", "The Retired Teachers Association of Harlow has criticised the {A}.",
     "Retired Teachers Association of Harlow opposes A"),
    ("retirees' group", "Retired {A} officers criticised the plan.", ""),
    # a maker's thing named in apposition: "the … platform of X", "which is X's dashboard",
    # "built by the … start-up X", "P, from X", "X builds two products: P and Q"
    ("thing of maker", "The {A} uses {P}, the building energy management platform of {C}.",
     "C develops P; A uses P"),
    ("thing of maker", "The {A} watches {P}, which is {C}'s web dashboard.", "C develops P"),
    ("thing of maker", "The {A} ran the pilot on {P}, a permissioned ledger built by the "
     "Indonesian start-up {C}.", "C develops P; A uses P"),
    ("thing of maker", "{C} builds two products: {P}, a payments platform for tax offices, and "
     "{Q}, a smaller fee-collection tool.", "C develops P; C develops Q"),
    ("thing of maker", "The {A} uses {P} CAD, from {C}.", "C develops P CAD; A uses P CAD"),
    ("thing of maker", "{P}, the records platform of the {B}, went live in May.", ""),
    # a name's bracketed short form before its apposition; a unit attached to its whole, or
    # named before "of" it; a firm majority-owned by another; a newspaper named an Echo
    ("short form", "{C} (ZQT), a wholly owned subsidiary of {D}, operates the portal.",
     "C partOf D"),
    ("short form", "The {A} (ZQT), an agency attached to the {B}, runs the program.",
     "A partOf B"),
    ("short form", "The {A} (ZQT), formerly an agency attached to the {B}, runs the program.",
     ""),
    ("unit of", "The Unclaimed Property Division of the {A} administers the program.",
     "Unclaimed Property Division partOf A"),
    ("unit of", "The Data Division of {C}'s parent bought the {P} licences.", ""),
    ("majority-owned", "{C} has been majority-owned since 2022 by the private equity firm {W}.",
     "C partOf W"),
    ("newspaper", "{N} covers the {A} for the Harrowgate Echo.", "N worksFor Harrowgate Echo"),
    # a two-line sign-off: a title that names its own office signs for that office; a bracketed
    # honorific after the name; a title before its portfolio; a fire and rescue service
    ("sign-off office", "{A}'s Office of Inspector General audited the {P} system. We found "
     "three weaknesses.\n{N}\nInspector General", "Office of Inspector General partOf A; "
     "N leads Office of Inspector General"),
    ("sign-off title of", "The {A} will require {P} from July.\n{N} (Mrs.)\nCommissioner of "
     "Customs\n{A}", "N leads A"),
    ("fire and rescue", "The Harlow Fire and Rescue Service bought drones from {C}.",
     "C supplies Harlow Fire and Rescue Service"),
    ("works through", "The {A} has drawn 240,000 readings through the {P} portal since 2021.",
     "A uses P"),
    ("works through", "The {A} reads every meter through {C}'s {P} platform.",
     "C develops P; A uses P"),
    # a podcast's speaker labels by first name speak for the one person of the text so named
    ("first-name label", "Guest\nMarcus Redvale, Communications Director, {A}\nTranscript\n"
     "HOST: Welcome to the show.\nMARCUS: Thanks. We chose {C} for the radio network in 2023.",
     "Marcus Redvale worksFor A; C supplies A"),
    # a thing that keeps its data on a cloud's region is hosted there
    ("stores on", "The {P} platform stores project data on {C} Cloud's Johannesburg region.",
     "C Cloud hosts P"),
    ("stores on", "The {A} uses {P}. {P} stores its data on {C} Cloud's Johannesburg region.",
     "A uses P; C Cloud hosts P"),
    ("stores on", "The {A} uses {P}. {P} will store its data on {C} Cloud's Johannesburg region.",
     "A uses P"),
    ("document number", "Q: Did the {A} end the contract?\nA: No. {C} still supplies the {A}.",
     "C supplies A"),
    # a committee named for two fields is one name; an inspectorate that inspected a body
    ("committee of two fields", "The Public Accounts and Oversight Committee examined the {A}'s "
     "management of the {P} project.", "Public Accounts and Oversight Committee investigates A"),
    ("inspected", "In October the {G} inspected the {A} and graded it good.", "G investigates A"),
    ("inspected", "The {G} has not inspected the {A} since 2019.", ""),
    # a firm in a firms' group; a member of an association is none of it
    ("member of a group", "{C}, the operator of the port's container terminal and a member of "
     "the Meridian Ports Group, uses {P}.", "C partOf Meridian Ports Group; C uses P"),
    ("member of a group", "{C}, a member of the Security Industry Association, sells cameras.",
     ""),
    # a body's records kept in a known thing: its use of it (not what it will do, nor its
    # records' findings)
    ("works in", "The {A} has processed every permit in {P} since 2022.", "A uses P"),
    ("works in", "The {A} began taking payments through {P} in October.", "A uses P"),
    ("works in", "The {A} continues to administer all 14 pension schemes on {P}.", "A uses P"),
    ("works in", "The {A}'s records team has logged every request in {P} since May.", "A uses P"),
    ("works in", "The {A} will process every permit in {P} from July.", ""),
    ("works in", "The {A} sent letters. Its records show errors in {P}.", ""),
    # what a thing is made to be is no making of it
    ("made into", "The {A} made {P} mandatory for all permit applications in 2024.", ""),
    ("made into", "The {A} made {P} the only way to pay parking fines in 2024.", ""),
    # a director general heads the body (a deputy one is staff); a second title joined to a
    # first is no name; a sign-off's "Dr" without its stop
    ("director general", "\"We are careful,\" said {N}, director general of the {A}.",
     "N leads A"),
    ("director general", "\"We are careful,\" said {N}, deputy director general of the {A}.",
     "N worksFor A"),
    ("second title", "{N}, chief executive and Chief Librarian of the {A}, said it was fine.",
     "N leads A"),
    ("sign-off", "The {A} reviewed the case.\nSincerely,\nDr {N}\nDirector, {A}", "N leads A"),
    ("death of", "The {A} opened an investigation into the death of Elsie Margaret Dunvell in May.",
     ""),
    # a stance on a body's own decision or plan concerns the body (not a plan of no one's)
    ("owner's decision", "The {G} criticized the {A}'s decision to replace {P} with a new "
     "product.", "G opposes A"),
    ("owner's decision", "The {G} backs the {A}'s plan to adopt {P} next year.", "G supports A"),
    ("owner's decision", "The {G} opposed a plan to deploy {P}.", "G opposes P"),
    # money from a fund for a body's own work (a conversion, a build) funds the body
    ("money for work", "The {A} replaced its records system last year. The replacement cost "
     "$2.1 million, paid from the {f}.", "f funds A"),
    ("money for work", "The {A} launched a new portal. The $600,000 for the build came from "
     "the {f}.", "f funds A"),
    # a thing built under a contract its buyer signed; a firm's own agreement with its host
    ("built under contract", "{P} was built by {C} under a five-year contract the {A} signed "
     "last summer.", "C develops P; C supplies A"),
    ("built under contract", "{P} was built by {C} under a contract the {A} may sign next year.",
     "C develops P"),
    ("own agreement", "{P} runs on {E} Cloud's UK North region, under {C}'s own agreement with "
     "{E} Cloud.", "E Cloud hosts P; E Cloud supplies C"),
    # a unit named for two fields of work is one name; "Besides" opens no name
    ("unit of two fields", "The Science and Technology Group built {P} in 2021.",
     "Science and Technology Group develops P"),
    ("besides", "The {A} uses {P}. Besides {P}, {C} built {Q} for the {A}.",
     "A uses P; C develops Q; C supplies A"),
    # what one led is the study, not a thing the study compares
    ("led a study", "{N} led a study this year comparing {P} forecasts with observations.", ""),
    ("ministry of two portfolios", "The {A} is a state corporation under the Ministry of "
     "Public Service and Human Capital.", "A partOf Ministry of Public Service and Human Capital"),
    # a body's title-case letterhead with the period its document covers; labels that name no
    # one ("Live:") head a letter's items, which still speak for the body
    ("letterhead", "{C} | Investor Update, Q3 2025\nHi everyone,\nWe launched {P}, our payments "
     "platform, in May.\nThanks,\n{N}, Co-founder & CEO", "C develops P; N leads C"),
    ("letterhead", "{C} | Investor Update, Q3 2025\nLive: The {A}, our first customer, has run "
     "{P}, our permits platform, since March.\n{N}, CEO",
     "C develops P; A uses P; C supplies A; N leads C"),
    ("letterhead", "{C} | Investor Update, Q3 2025\nWe hired two engineers.\n{S}, Co-founder & "
     "COO", "S leads C"),
    ("letterhead", "{C} | Investor Update, Q3 2025\nLive: The {A}, our first LGU customer, has "
     "collected fees through {P}, our payments platform, since March.",
     "C develops P; A uses P; C supplies A"),
    # a nickname in quotation marks inside a person's name
    ("nickname", "Marisol \"Sol\" Venturo-Achebe joined {C} as chief technology officer in May.",
     "Marisol Venturo-Achebe worksFor C"),
    ("nickname", "The {G} is led by Teodric “Ted” Brannock-Ivers.", "Teodric Brannock-Ivers leads G"),
    # investors of a round told with its lead: those who took part, and described backers
    ("round", "{C} closed a $7.5 million Series A. {W} led the round, with participation from {X} "
     "and the Perla Angel Network.", "W funds C; X funds C; Perla Angel Network funds C"),
    ("round", "{C} | Investor Update, Q3 2025\nWe closed our US$7.5 million Series A on 12 "
     "August. {W} led the round, with participation from {X} and our existing investor, the "
     "Quorvale Angel Network.", "W funds C; X funds C; Quorvale Angel Network funds C"),
    # the line under a letterhead says whose unit the body is; a body's own table of suppliers
    ("letterhead unit", "{A} | Annual Report 2024/25\nA business unit of the {B}\nChief "
     "Executive's foreword\nWe issued 598,400 permits this year.", "A partOf B"),
    ("letterhead unit", "{A} | Annual Report 2024/25\nWe issued 598,400 permits this year.\nA "
     "member of the {B} spoke at the launch.", ""),
    ("own suppliers", "{A} | Annual Report 2024/25\nMajor contracts\nSupplier | Service | "
     "Status\n{C} | Records hosting | Active (to June 2028)\n{D} | Courier services | Expired "
     "(2024)", "C supplies A"),
    ("own suppliers", "{A} | Annual Report 2024/25\nSystems\nSystem | Supplier | Status\n{P} "
     "records platform | {C} | In service since 2021\n{Q} drones | {D} | Pilot completed March "
     "2025", "C supplies A; A uses P"),
    ("own suppliers", "{A} | Options Memo\nOption | Product | Vendor | Score\nA | {P} | {C} | 86",
     ""),
    # a director of the portfolio a department is named for heads it; a firm "AG of Germany"
    ("portfolio head", "Quillmoor Department of Technology Services | Quarterly Status Report\n"
     "We delivered four projects.\nApproved by: {N}, Director of Technology Services",
     "N leads Quillmoor Department of Technology Services"),
    ("firm of a country", "The {A} uses {P} systems made by Vrendholt "
     "Sicherheitstechnik AG of Germany.", "Vrendholt Sicherheitstechnik AG develops P; A uses P"),
    # a name given with its initials is a body's, whatever titles its acronym follows; an
    # apposition's head after five words; a firm's "agency"
    ("initials", "Thornhill Varnel Public Affairs (TVPA), the public affairs and stakeholder "
     "engagement firm, announced new clients. \"We are growing,\" said {N}, Chief Executive "
     "Officer of TVPA. The {A} has retained TVPA for government relations.",
     "N leads Thornhill Varnel Public Affairs; Thornhill Varnel Public Affairs supplies A"),
    ("firm's agency", "{C} acquired Kelvane Digital Campaigns (Pty) Ltd, a social media and "
     "digital campaigns agency with 23 staff, in May.",
     "Kelvane Digital Campaigns (Pty) Ltd partOf C"),
    ("apposition", "The {A} still runs {P}, the payroll system its own IT unit built in 1997.",
     "A uses P"),
    # a contact line of any desk names its body, for whom the page's "we" speaks: its table
    # of contracts (a unit in brackets in a header) and its notices of award
    ("contact line", "We publish our contracts. Our Chief Executive is {N}.\nProcurement "
     "enquiries: {K}, Procurement Lead, {A}", "N leads A; K worksFor A"),
    ("own contracts", "We publish every contract over $100,000 (excluding GST).\nContract | "
     "Supplier | Value (NZD, excl. GST) | Status\nSurvey | {C} | $612,000 | Active\nRadio | {D} "
     "| $236,000 | Expired\nNotice of award\nAwarded to: {E}\nProcurement enquiries: {K}, "
     "Procurement Lead, {A}", "C supplies A; E supplies A; K worksFor A"),
    ("sells to", "{C} resells {P} licences to New Zealand customers.", ""),
    # a report headed by its parent's name, then its own, then its kind, speaks as the unit;
    # a member's letters after a name are no part of it
    ("report header", "Parliament of Tasmania\nParliamentary Digital Office\nAnnual Report "
     "2024–25\nForeword\nThis was a quiet year.\n{C} now hosts our public website and staff "
     "email.\nThe {H} supported our plan to stream every sitting.",
     "C hosts Parliamentary Digital Office; H supports Parliamentary Digital Office"),
    ("postnominal", "The {A} is chaired by Ms Ilvane Caskett-Morrow MP, who was elected in 2021.",
     "Ilvane Caskett-Morrow leads A"),
    # a plural possessive inside a fund's name, in capitals too; a unit named alone under a
    # letterhead is part of its body
    ("plural owner", "The Kelvaro Teachers' Pension Trust has licensed {P} since 2018.",
     "Kelvaro Teachers' Pension Trust uses P"),
    ("plural owner", "KELVARO EDUCATORS' PENSION TRUST\nOffice of Internal Audit\nReport No. "
     "2025-04\nThe Trust has licensed {P} from {C} since 2018.",
     "Office of Internal Audit partOf KELVARO EDUCATORS' PENSION TRUST; "
     "KELVARO EDUCATORS' PENSION TRUST uses P; C supplies KELVARO EDUCATORS' PENSION TRUST"),
    # a short name given in quotation marks in brackets is the firm's; a one-word body after a
    # title's "of" is no person; "Managing Director of X" heads X
    ("defined short name", "Veldric Orbitals wins contract\nSINGAPORE, 3 June 2025 – Veldric "
     "Orbitals Pte Ltd (\"Veldric\"), a subsidiary of {D}, today announced a contract with the "
     "{A}. \"We are proud,\" said {N}, Chief Executive Officer of Veldric.",
     "Veldric Orbitals Pte Ltd partOf D; Veldric Orbitals Pte Ltd supplies A; "
     "N leads Veldric Orbitals Pte Ltd"),
    ("managing director", "\"We trained twelve technicians,\" said {N}, Managing Director of "
     "{C}.", "N leads C"),
    ("document kind", "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n{C} wins contract\nThe {A} has "
     "bought 40 drones from {C}. \"We are proud,\" said {N}, chief executive of {C}.",
     "C supplies A; N leads C"),
    # a body's own build in apposition; work through a part of a thing; backing a body's plan
    # is no sale to it
    ("thing it built", "The {B} uses {P}. {P}, the payments system the {A} built in-house in "
     "1999, is old.", "B uses P; A develops P; A uses P"),
    ("works through", "{C} makes {P}. Since April 2024 the {A} has paid the salaries of 4,100 "
     "staff through {P}'s payroll module.", "C develops P; A uses P"),
    ("helps", "The {G} submitted a memorandum supporting the {A}'s plan to pay all suppliers "
     "electronically.", "G supports A"),
    ("helps", "{C} has worked with the {A} for years, supporting the {A}'s case management system.",
     "C supplies A"),
    ("owner's thing", "The {A} bought {P}, {C}'s integrated financial management and payments "
     "product.", "C develops P; A uses P"),
    # an amount in kwacha is no name; a data centre of a firm hosts what runs in it; a
    # partnership ("X & Associates") is the firm a partner is at
    ("built under contract", "{P} was built by {C}, a Johannesburg company, under a K1.2 "
     "billion contract that the {A} signed in August 2023.", "C develops P; C supplies A"),
    ("data centre of", "{P} runs on servers in the Lwamba Park data centre of {E} Cloud "
     "Services Ltd, which holds a hosting contract.", "E Cloud Services Ltd hosts P"),
    ("partnership", "The {G} is represented by Mulvane Chitalu & Associates. {N}, a partner at "
     "the firm, said the petition had been filed.",
     "Mulvane Chitalu & Associates supports G; N worksFor Mulvane Chitalu & Associates"),
    # a recommendation's verb opens no name; a chief electoral officer heads the commission
    ("recommendation", "The {A} used {P} in all divisions.\n4.7 Recommendations\n4.2 Publish "
     "{P}'s test reports at least 60 days before polling day.", "A uses P"),
    ("sign-off", "Manitoba Vardel Commission\nReport on the 2025 Election\nThe Commission used "
     "{P} in all divisions.\nCertified by:\n{N}\nChief Electoral Officer",
     "Manitoba Vardel Commission uses P; N leads Manitoba Vardel Commission"),
    # a ministry's second portfolio of engagement
    ("ministry of two portfolios", "The Cabinet Secretary for Information and Public Engagement "
     "spoke. The Ministry of Information and Public Engagement uses {P}.",
     "Ministry of Information and Public Engagement uses P"),
    # a briefing's own paper kind in its letterhead; "we are represented in this matter by";
    # the text itself funded
    ("text funded by", "The {G}\nThis briefing was produced with funding from the {f}.\nContact: "
     "{N}, Director, {G}", "f funds G; N leads G"),
    ("represented by", "Carrow Debt Rights | Briefing Paper 2025/03\nWe are represented in this "
     "matter by {C}.\nContact: {N}, Director, Carrow Debt Rights",
     "C supports Carrow Debt Rights; N leads Carrow Debt Rights"),
    # a newsletter's line saying whom it is from gives its "we"; work processed by a
    # subcontractor
    ("newsletter from", "KELVANE NOTES\nNews for residents from the {A}\n14 April 2025 | Issue "
     "14\nYou can now order copies online, any time of day.\nNo more waiting for the mail, and "
     "no more forms.\nThe {G} has backed our plan to move orders online.", "G supports A"),
    ("done by under subcontract", "Card payments are processed by {D} under a subcontract with "
     "{C}.", "D supplies C"),
    ("done by under subcontract", "Those checks are done by {D}, which also works under a "
     "subcontract with {C}.", "D supplies C"),
    # a statement's heading naming whom it is from; a group noun opening a name inside a
    # sentence; a firm of solicitors; sign-offs over the body under them, or under the body
    # over each in a list of signatories
    ("statement from", "STATEMENT FROM THE HARWICK TENANTS' UNION\nOur members deserve "
     "answers\nThe Harwick Tenants' Union speaks for 4,000 households.\nOur legal costs are met "
     "by a grant from the {f}.\n{N}, Chair", "f funds Harwick Tenants' Union; N leads Harwick "
     "Tenants' Union"),
    ("statement from", "MEDIA STATEMENT FROM THE KELVARD RESIDENTS' ASSOCIATION\nIssued 4 March "
     "2025\nOur campaign is funded by the {f}.", "f funds KELVARD RESIDENTS' ASSOCIATION"),
    ("statement from", "STATEMENT FROM THE CHAIR\nThe {G} opposes {P}.", "G opposes P"),
    ("group noun opening a name", "The {G}'s position has been endorsed by Supporters Voice "
     "Kelland.", "Supporters Voice Kelland supports G"),
    ("group noun opening a name", "Supporters of the {G} protested outside the {A}.",
     "G opposes A"),
    ("solicitors", "The {G} is represented by Quarrel Brannock Solicitors.",
     "Quarrel Brannock Solicitors supports G"),
    ("sign-off over its body", "We urge the board to pause the rollout, and this paragraph is "
     "long enough that the text is not read as wrapped.\n\n{N}, Executive Director\n{G}",
     "N leads G"),
    ("sign-off over its body", "We urge the board to pause the rollout, and this paragraph is "
     "long enough that the text is not read as wrapped.\nSigned on behalf of the Board,\n{N}, "
     "Chair\n{K}, Secretary\n{G}", "N leads G; K worksFor G"),
    ("signatories list", "We urge the board to pause the rollout, and this paragraph is long "
     "enough that the text is not read as wrapped.\nSincerely,\n{G}\n{N}, Executive "
     "Director\n{H}\n{K}, Policy Counsel\n{I}", "N leads G; K worksFor H"),
    # a minister for a portfolio (an honourable's "Hon." before the name) heads the body the
    # text names for it; a department of two portfolios is one body
    ("minister for a portfolio", "The {G} is a unit of the Department of Digital Security and "
     "Intelligence. We thank the Minister for Digital Security and Intelligence, Hon. {S}, for "
     "her support.", "G partOf Department of Digital Security and Intelligence; S leads "
     "Department of Digital Security and Intelligence"),
    ("minister for a portfolio", "Questions went to the Cabinet Secretary for Information and "
     "Public Engagement, Hon. {N}, on Monday.", "N leads Ministry of Information and Public "
     "Engagement"),
    ("minister for a portfolio", "The Ministry of Disability Support Services runs the scheme. "
     "The Minister for Disability Support, Hon. {T}, visited on Monday.",
     "T leads Ministry of Disability Support Services"),
    # a council's own report calls it "Council", its name given only in capitals above; a
    # committee named for a list of fields is one body
    ("council in capitals", "MALLOWBROOK SHIRE COUNCIL\nItem 6.2 – Post-Incident Review\n"
     "Council's network was encrypted. Council engaged {C} to carry out this review.",
     "C supplies MALLOWBROOK SHIRE COUNCIL"),
    ("committee of fields", "The {A}'s Audit, Risk and Improvement Committee met on Monday.",
     "Audit, Risk and Improvement Committee partOf A"),
    # minutes' list of staff: the body's, or the body a board governs; a group named a circle
    ("staff list", "KELVARD PUBLIC LIBRARY BOARD\nMINUTES OF THE REGULAR MEETING\nPresent: "
     "Maria Trovell (Chair), Peter Vell\nStaff: {S}, CEO and Chief Librarian; {N}, Recording "
     "Secretary\nThe Chair called the meeting to order at 7:02 p.m.",
     "S leads Kelvard Public Library; N worksFor Kelvard Public Library; Maria Trovell leads "
     "KELVARD PUBLIC LIBRARY BOARD"),
    ("staff list", "KELVARD HOUSING TRUST\nMinutes of the Board\nStaff present: {N}, Chief "
     "Executive; {K}, Finance Manager\nThe meeting opened at 6 p.m.",
     "N leads KELVARD HOUSING TRUST; K worksFor KELVARD HOUSING TRUST"),
    ("staff list", "The {G} met on Monday. Staff: none present.", ""),
    ("circle", "{N}, coordinator, Orvane Digital Rights Circle, addressed the Board.",
     "N worksFor Orvane Digital Rights Circle"),
    # a publication's name over "Newsletter of the Y": Y's text, not the publication's
    ("newsletter of", "BRANCH LINES\nNewsletter of the {G}\n\nIssue 41 · May 2025\nOur "
     "campaign is funded by the {f}.", "f funds G"),
    # an event's year inside its organisers' name, and their short name of initials and year;
    # a letterhead's capitals naming a firm without its legal form
    ("year inside a name", "Tropic Coast 2028 Games Organising Committee Ltd (TC28) is wholly "
     "owned by the {A}. TC28 uses {P} for ticketing.", "Tropic Coast 2028 Games Organising "
     "Committee Ltd partOf A; Tropic Coast 2028 Games Organising Committee Ltd uses P"),
    ("year inside a name", "The Tropic Coast Chamber of Commerce supports the bid. TC28 uses {P} "
     "for ticketing.", ""),
    ("letterhead without legal form", "BRANDIX DIGITAL\nQuarterly Update No. 7\nBrandix Digital "
     "Ltd is a company limited by guarantee. Our work is funded by the {f}.",
     "f funds Brandix Digital Ltd"),
    # a hearing's list of witnesses by body; a role's label is no body
    ("witnesses by body", "STANDING COMMITTEE ON DIGITAL SECURITY\nEVIDENCE\nWitnesses\n{A}: "
     "Ms. {N}, Director; Mr. {S}, Records Manager\nThe Chair: I call this meeting to "
     "order.", "N leads A; S worksFor A"),
    ("witnesses by body", "Responsible Official: {N}, Director\nDepartment Head: {K}, Manager",
     ""),
    # names holding "and": a unit named for two fields, a ministry of two portfolios whose
    # second is an abstract noun, a directorate "for" two, a body named for two kinds of
    # member, an office named for its holder's two titles
    ("fields unit", "Since February the {A}'s Animal Identification and Movement Division has "
     "used {P} for every transfer.", "Animal Identification and Movement Division partOf A; Animal Identification and Movement Division uses P; A uses P"),
    ("fields unit", "The {A}'s Data and Insights Team uses {P} every day.",
     "Data and Insights Team partOf A; Data and Insights Team uses P; A uses P"),
    ("fields unit", "{C} and Microsoft Team signed the deal.", ""),
    ("two portfolios", "The Ministry of Power and Energy Transition uses {P}.",
     "Ministry of Power and Energy Transition uses P"),
    ("two portfolios", "The Directorate for Energy Security and Preparedness has opened an "
     "inquiry into the {A}.", "Directorate for Energy Security and Preparedness investigates A"),
    ("members body", "The County Children and Youth Administrators' Association has backed the "
     "{A}'s plan to expand {P}.", "County Children and Youth Administrators' Association "
     "supports A"),
    ("office of two titles", "In November the Controller and Auditor-General completed an "
     "audit of the {A}.", "Controller and Auditor-General investigates A"),
    ("office of two titles", "The Auditor-General has opened an inquiry into the {A}.",
     "Auditor-General investigates A"),
    ("office of two titles", "Auditor-General {N} reviewed the {A}'s payments.",
     "N investigates A"),
    # a body that confirmed, this week, that "it" did something did it
    ("said it, when", "The {A} runs {P}. The {G} confirmed this week that it has opened an "
     "inquiry into the {A}'s use of data.", "A uses P; G investigates A"),
    ("said it, when", "The {G} said in a statement that it supports the {A}'s plan.",
     "G supports A"),
    # a minister for a portfolio before the name heads the body the text names for it
    ("minister before name", "The Department of Agriculture and Rural Enterprise runs {P}. "
     "Minister for Agriculture and Rural Enterprise {S} will meet the farm organisations.",
     "Department of Agriculture and Rural Enterprise uses P; S leads Department of Agriculture "
     "and Rural Enterprise"),
    ("minister before name", "The Ministry of Health runs {P}. Health Minister {N} said "
     "Minister for Finance {S} agreed.", "Ministry of Health uses P; N leads Ministry of Health; "
     "S leads Ministry of Finance"),
    ("minister before name", "Lobbied: the Minister for Digital Government and Public Service "
     "Reform.", ""),
    # a Danish firm's legal form ends its sentence; who won a contract with a firm sells to it
    ("legal form ends sentence", "{P} was developed by the Danish company {Z} A/S. {Z} supplies "
     "{P} to the {A}.", "Z A/S develops P; Z A/S supplies A"),
    ("won a contract with", "{C} won a three-year, $6.8-million contract with {D} in 2023.",
     "C supplies D"),
    ("won a contract with", "{C} signed a contract with {D} in 2023.", ""),
    # "the utility": the firm named for what it supplies
    ("the utility", "Kestrova Valley Hydro Inc. is replacing its meters with {P} units. The "
     "utility, which is wholly owned by the {A}, says the units will cut bills.",
     "Kestrova Valley Hydro Inc. partOf A"),
    ("the utility", "{C} won the contract. The utility, which is wholly owned by the {A}, says "
     "the units will cut bills.", ""),
    # a relative after an apposition with an owner is about the thing, not its owner
    ("owned apposition, relative", "Readings go to {P}, {C}'s meter data system, which the {A} "
     "has licensed since 2021.", "C develops P; C supplies A; A uses P"),
    ("owned apposition, relative", "{P}, {C}'s tool, which the {A} began using in 2023, is "
     "ageing.", "C develops P; A uses P"),
    ("owned apposition, relative", "{P}, {C}'s tool, which the {A} dropped in 2023, is "
     "ageing.", "C develops P"),
    # a body's own table of suppliers, a column's word in its header taken for a name
    ("own suppliers table", "FOOD STANDARDS AUTHORITY\nTechnology update\nThe VeriCheck build "
     "was funded from the Food System Resilience Fund.\nSupplier | System or service | Value | "
     "Status\n{C} | {P} licence and support | 1.4m | Active", "C supplies FOOD STANDARDS "
     "AUTHORITY"),
    # a Nordic firm's legal form; a letterhead over "| Annual Report 2024 | Chapter 6", a
    # numbered heading under it (no street address)
    ("nordic letterhead", "Kvitberg Transmisjon AS | Annual Report 2024 | Chapter 6\n6 Digital "
     "operations\nWe license {P} from {C} under a four-year agreement signed in 2022.",
     "Kvitberg Transmisjon AS uses P; C supplies Kvitberg Transmisjon AS"),
    ("nordic letterhead", "ASX ANNOUNCEMENT\n18 August 2025\n{N}, Company Secretary", ""),
    # what a body is, said with "is": "X is an executive agency of Y"; a country after a
    # body's head; a name of no known kind over "– Annual Report 2024–25"
    ("is an agency of", "Household Support Wyndham (HSW) is an executive agency of the Department "
     "for Social Justice. {C} supplies HSW.", "Household Support Wyndham partOf Department for "
     "Social Justice; C supplies Household Support Wyndham"),
    ("country after head", "A grant from the {f} pays for the Claimants' Forum Cymru's "
     "helpline.", "f funds Claimants' Forum Cymru"),
    ("report of unknown kind", "Kinvarra Australia – Annual Report 2024–25\nChapter 3: Our "
     "helpline\nOur helpline's core funding comes from the {A} under a service agreement. Our "
     "call routing is provided by {C} under a contract that runs to 2027.",
     "A funds Kinvarra Australia; C supplies Kinvarra Australia"),
    ("report of unknown kind", "Kinvarra Australia – Annual Report 2024–25\nChapter 3: Our "
     "helpline\nOur helpline's core funding comes from the {A}. We supported the {B}'s plan "
     "to open an after-hours line.", "A funds Kinvarra Australia; Kinvarra Australia supports "
     "B"),
    ("head of a function", "Director {N}, who is employed by {C} as its head of enterprise "
     "sales, declared a conflict.", "N worksFor C"),
    # an addressee's line is no signature; a defined short name among several terms
    ("addressee", "GRID REGULATION AUTHORITY\nDecision notice\nLicensee: {C} (“Kelm” or “the "
     "Licensee”)\nFor the attention of: Mr {N}, Chief Executive, {C}\n1.1 We engaged {D} to "
     "review Kelm's forecasts.", "N leads C; D supplies GRID REGULATION AUTHORITY"),
    # a firm's network run from a thing; a thing supplied under a contract with its buyer;
    # money from a body's fund; a fund is no unit
    ("runs from", "{C} runs its 11kV and low-voltage (LV) network from {P}, the system "
     "developed by {D}.", "C uses P; D develops P"),
    ("supplied under contract", "{P} is made by {C}. {C} supplies and supports {P} under a "
     "contract with {D} that runs to March 2028.", "C develops P; C supplies D"),
    ("awarded from fund", "GRID REGULATION AUTHORITY\nDecision notice\nIn 2023 we awarded "
     "£2.8m from our Network Data Fund to {C} for its trial.", "GRID REGULATION AUTHORITY funds "
     "C"),
    # letters after a name between commas; an honorific of India; a partner's title
    ("postnominals", "\"It works,\" said Shri {N}, IAS, Managing Director of the {A}.",
     "N leads A"),
    ("postnominals", "{N}, OBE, chief executive of {C}, said it works.", "N leads C"),
    # two things run on one host's region; a firm whose trade is assurance examines
    ("both hosted", "{P} is an app. {Q} is an app. {P} and {Q} both run on {C}'s India South "
     "region.", "C hosts P; C hosts Q"),
    ("assurance firm", "{C}'s export procedures were audited that year by Hestvik Compliance "
     "AS.", "Hestvik Compliance AS investigates C"),
    # a company of a legal kind owned by its council; a report's presenter and author under
    # its letterhead; parts of a thing hosted; a body's operators running its work from one
    ("owned body", "The {A} Energy Agency (AEA) is a company limited by guarantee wholly owned "
     "by the {B}.", "A Energy Agency partOf B"),
    ("presenter and author", "KELMARA CITY ENERGY AGENCY\nBoard meeting, 25 June 2025\nItem 7 "
     "– Heating scheme\nPresented by: {N}, Chief Executive\nReport author: {K}, Heat Networks "
     "Engineer\nClassification: Part A (public)", "N leads KELMARA CITY ENERGY AGENCY; K worksFor "
     "KELMARA CITY ENERGY AGENCY"),
    ("modules hosted", "{P} is a platform. {P}'s optimisation and reporting modules run on {C}'s "
     "Irish region.", "C hosts P"),
    ("operators run from", "{P} is a platform. The {A}'s control room operators have run the "
     "network from {P} since commissioning.", "A uses P"),
    # a letter asking its addressee to stop using a thing opposes the addressee
    ("letter to stop using", "The {G} wrote to the {A} asking it to stop using {P}.",
     "G opposes A; A uses P"),
    # legal forms of Europe's centre and east, before or after the name
    ("legal forms abroad", "The {A} bought {P} from SIA Billvara Baltic in May.",
     "SIA Billvara Baltic supplies A; A uses P"),
    ("legal forms abroad", "The {A} bought {P} from Drava Soft d.o.o. in May.",
     "Drava Soft d.o.o. supplies A; A uses P"),
    ("legal forms abroad", "{P} is made by Halmar Kft. The {A} bought {P} in May.",
     "Halmar Kft develops P; A uses P; Halmar Kft supplies A"),
    # Dutch particles inside a name, and "Van" opening one; a museum and "the museum"
    ("particles inside names", "The Vrienden van het Kelvora Museum, the museum's friends' "
     "association, backed the {A}'s plan.", "Vrienden van het Kelvora Museum supports A"),
    ("particles inside names", "A gift from the Van Essen-Brink Fonds paid for the {G}'s "
     "archive.", "Van Essen-Brink Fonds funds G"),
    ("the museum", "Since 2024 the Kelvora Museum has run {P}. The museum signed a five-year "
     "contract with {C} for {P} in October.", "Kelvora Museum uses P; C supplies Kelvora "
     "Museum"),
    ("the museum", "Since 2024 the Kelvora Public Library has run {P}. The Friends of the Kelvora "
     "Public Library gave $2,000. The library has processed every loan in {Q} since 2019.",
     "Kelvora Public Library uses P; Kelvora Public Library uses Q"),
    # an audit's or a report's finding names whom it examined; the Auditor General, in two
    # words or with a hyphen, is the office
    ("inquiry's finding", "The {A} runs {P}. The Auditor-General's special audit of the {A}'s "
     "subsidy programme found 11,000 duplicate registrations.", "A uses P; Auditor-General "
     "investigates A"),
    ("inquiry's finding", "The {A} runs {P}. The Auditor-General's Report for 2023 examined the "
     "{A}'s management of the contract.", "A uses P; Auditor-General investigates A"),
    ("inquiry's finding", "The {A} uses {P}. The Auditor General's audit of the contract, tabled "
     "in Parliament in January, examined the {A}'s management of payments.", "A uses P; Auditor "
     "General investigates A"),
    # a body's staff at work in a thing; a plea whose named thing comes far after the verb is
    # the asked body's to act on
    ("staff work in", "The {A} opened. Since February the {A}'s registrars have been working "
     "in {P}, the system of {C}.", "A uses P; C develops P"),
    ("plea far from the thing", "The {G} has asked the {A} to drop the requirement that small "
     "shops upload daily temperature logs through {P}.", "G opposes A"),
    # a union's branch named by its place in lower case, writing for itself; an inspectorate
    # "of Children's" care
    ("branch of a union", "The Kelmora branch of the {G} has written to the {A} asking it to "
     "pause the plan.", "Kelmora branch partOf G; Kelmora branch opposes A"),
    ("people's inside a name", "The Inspectorate of Children's Social Care inspected the {A} "
     "in October.", "Inspectorate of Children's Social Care investigates A"),
    ("branch of a union", "The Media and Allied Workers' Union of Botswana has asked the {A} "
     "to halt the automation of radio continuity.", "Media and Allied Workers' Union of Botswana "
     "opposes A"),
    ("branch of a union", "The {G} has asked the High Court to suspend the collection of "
     "biometrics until the {A} publishes an assessment.", ""),
    # Austria's and Germany's municipalities and their mayors; a post's writer "Posted by"
    ("municipality abroad", "Stadtgemeinde Kellerau runs {P} for building permits. "
     "Bürgermeisterin {N} said the town would pay.", "Stadtgemeinde Kellerau uses P"),
    ("posted by", "Threat Research | 22 May 2025\nPosted by Jana Kovářová-Lind, Principal "
     "Threat Researcher, {C}\nThe {A} has used our {P} since 2022, and its IT team opened a "
     "case with us on the same morning that the first alert fired.", "Jana Kovářová-Lind "
     "worksFor C; A uses P; C develops P"),
    # a football club named by its letters, and "the club"; papers one body gives another are
    # the other's scrutiny, no sale
    ("football club", "Kelmora Rovers FC opened a new stand in May. Its ticket app was built for "
     "the club by {C} under a contract signed in January.", "C supplies Kelmora Rovers FC"),
    ("papers provided", "The {A} runs {P}. In August the {A} provided the {G} with a copy of "
     "its impact assessment for {P}.", "A uses P; G investigates A"),
    # a data centre's grade is no body
    ("both hosted", "{P} is an app. {Q} is an app. {P} and {Q} both run on {C}'s Tier III data "
     "centre under a hosting agreement with the {A}.", "C hosts P; C hosts Q; C supplies A"),
    # a unit, an office or a ministry named for its fields of work, maybe after its body's
    # letters or its place's name, or for a list of them
    ("named for its fields", "The {Z} Markets and Street Trading Team has used {P} since May.",
     "Z Markets and Street Trading Team uses P"),
    ("named for its fields", "The {A}'s Survey and Mapping Division uses {P}.",
     "Survey and Mapping Division uses P; Survey and Mapping Division partOf A; A uses P"),
    ("named for its fields", "The Consumer Protection and Redress Authority has opened an "
     "inquiry into {C}.", "Consumer Protection and Redress Authority investigates C"),
    ("named for its fields", "The Local Government and Housing Ombudsman is investigating the "
     "{A}.", "Local Government and Housing Ombudsman investigates A"),
    ("named for its fields", "The Department for Science and Universities funds the {A}.",
     "Department for Science and Universities funds A"),
    ("named for its fields", "The {A} is an agency of the Ministry of Commerce and Fair "
     "Trading.", "A partOf Ministry of Commerce and Fair Trading"),
    ("named for its fields", "The {A}, an agency under the Ministry of Research, Space and "
     "Digital Infrastructure, uses {P}.", "A uses P; A partOf Ministry of Research, Space and "
     "Digital Infrastructure"),
    ("named for its fields", "{Z} Markets and {D} Trading Team signed the deal.", ""),
    ("named for its fields", "The {Y} and the Housing Ombudsman Service both use {P}.",
     "Y uses P; Housing Ombudsman Service uses P"),
    # an academic's rank before the name says less than the post after it; a head of a function
    # heads the unit the text names for it, but not a union's branch of that name
    ("rank before post", '"We are delighted," said Professor {N}, Director of the {F}.',
     "N leads F"),
    ("rank before post", '"It works," said Professor {N}, a researcher at the {F}.',
     "N worksFor F"),
    ("head of the unit", "The {Z} Trading Standards Service uses {P}. {N}, Head of Trading "
     "Standards, said it had cut the backlog.", "Z Trading Standards Service uses P; N leads Z "
     "Trading Standards Service"),
    ("head of the unit", "Report of: {Z} Trading Standards Service\n\nResponsible officer: "
     "{N}, Head of Trading Standards", "N leads Z Trading Standards Service"),
    ("head of the unit", "The {Z} Libraries Branch of the {G} met. {N}, Head of Libraries and "
     "Heritage, replied.", "Z Libraries Branch partOf G"),
    ("head of the unit", "{N}, Head of Partnerships at {C}, said {C} supplies the {A}.",
     "N worksFor C; C supplies A"),
    # an agency's contact line for its client, a firm's partner after "where", a newsletter's
    # editor: each works for the firm the line or the next names
    ("staff line", "{C} supplies the {A}.\n\nMedia contact:\n{N}, {D}, for {C}\n"
     "press@example.org", "C supplies A; N worksFor D"),
    ("staff line", "{C} supplies the {A}.\n\nMedia contact:\n{N}, {D}, Director", "C supplies A"),
    ("staff line", "We are represented by {D}, where partner {N} is advising us on the appeal.",
     "N worksFor D"),
    ("staff line", "We are represented by {D}, where we met {N} last year.", ""),
    ("staff line", "THE WEEKLY BRIEF\n\n{C} supplies the {A}.\n\nCompiled by {N}, Editor. The "
     "Weekly Brief is published every Friday by {D}.", "C supplies A; N worksFor D"),
    ("staff line", "THE WEEKLY BRIEF\n\n{C} supplies the {A}.\n\nCompiled by {N}, Editor.",
     "C supplies A"),
    # a currency's code before its amount, a chair's label in brackets, "a Crown agency" and
    # papers someone obtained are no names and no verbs
    ("no name", "{C} won a SEK 84 million contract from the {A}. The {G} granted SEK 12 million "
     "towards it.", "C supplies A"),
    ("no name", "{C} signed a NOK 40 million deal to supply the {A}.", "C supplies A"),
    ("no name", "Members: {N} (Chair), {K} (Vice-Chair), {L}", ""),
    ("no name", "{N} will chair the {G}.", "N leads G"),
    ("no name", "We're a Crown agency under the Ministry of Fair Trading, and we use {P}.", ""),
    ("no name", "Emails the {M} obtained show that {C} supplies the {A}.",
     "C supplies A; M investigates C"),
    # work a body does in a thing (reviewing, validating, holding records), data it draws from
    # a thing, and a thing it has run for years are its use of it
    ("work in a thing", "{C} built {P}, a case management system. The {A} reviews every "
     "complaint in {P}.", "C develops P; A uses P"),
    ("work in a thing", "{C} built {P}, a planning system. The {A} has validated every new "
     "application in {P} since May.", "C develops P; A uses P"),
    ("work in a thing", "{C} built {P}, a data platform. The {A} draws real-time waveforms "
     "from {P} for its alerting service.", "C develops P; A uses P"),
    ("work in a thing", "{C} built {P}, a data platform. The {A} draws its data from {D}.",
     "C develops P; D supplies A"),
    ("work in a thing", "The {A} draws most of its funding from {D}.", ""),
    ("work in a thing", "{P} was built by {C}. The {A}, which has run {P} since 2017, objected.",
     "C develops P; A uses P"),
    ("work in a thing", "{P} was built by {C}. The {A} could review every complaint in {P}.",
     "C develops P"),
    # work done by a firm under a subcontract with another, by any verb, or a table's row of
    # subcontractors: the subcontractor sells to the contractor (not one only proposed)
    ("under subcontract", "Flights are piloted by {C} under a subcontract with {D}.",
     "C supplies D"),
    ("under subcontract", "{C} will connect {P} to the lab's systems under a subcontract with "
     "{D}.", "C supplies D"),
    ("under subcontract", "{N} said {C} would work under a subcontract with {D}.", ""),
    ("under subcontract", "{C} | Radiometric calibration, subcontractor to {D} | Authorised",
     "C supplies D"),
    ("under subcontract", "{C} | Archive migration, subcontractor to {D} | Proposed; not "
     "approved", ""),
    # a fund its owner's name opens is the owner's money; one with no owner named, or only "the
    # Government", is itself the funder
    ("owner's fund", "The {A} received a £95,000 grant from the {B}'s Intelligence Capability "
     "Fund.", "B funds A"),
    ("owner's fund", "The {A} received a £95,000 grant from the Intelligence Capability Fund.",
     "Intelligence Capability Fund funds A"),
    ("owner's fund", "The {A} received a grant from the Government's Digital Transformation "
     "Reserve.", "Digital Transformation Reserve funds A"),
    # a letter or a plea to the text's own body ("us"), with its month between, and an audit by
    # a firm, whatever it looked at first
    ("plea to us", "{A}\nPrivacy notice\n\nWe use {P}. The {G} wrote to us in March asking us "
     "to stop requiring live selfies.", "A uses P; G opposes A"),
    ("plea to us", "The {G} asked the {A} in August to suspend the rollout.", "G opposes A"),
    ("plea to us", "{A}\nPrivacy notice\n\nWe use {P}. In 2024 an independent privacy audit "
     "by {C} reviewed how long we keep complaint records.", "A uses P; C investigates A"),
    ("plea to us", "{A}\nPrivacy notice\n\nWe use {P}. {C} supplies our servers.",
     "A uses P; C supplies A"),
    # a body's unit named as a firm's would be ("the Council's X Service") is its unit, no
    # vendor; "a research center of Y" is Y's; a named data centre is its operator's hosting
    ("unit, no vendor", "The {Z} County Council runs the scheme. The Council's Highways and "
     "Street Lighting Service already monitors every lamp.", "Highways and Street Lighting "
     "Service partOf Z County Council"),
    ("unit, no vendor", "The {F}, a research center of the {V}, uses {P}.",
     "F uses P; F partOf V"),
    ("unit, no vendor", "{P} was built by {C}. {P} runs in the Government Data Centre operated "
     "by the {A}.", "C develops P; A hosts P"),
    # a notice's "Issued by:" line, a head's "Approved:" under its body's letterhead, and an
    # inspector general signing for the office of that name
    ("signed for the letterhead", "{A}\nPrivacy notice\n\nWe use {P}.\n\nIssued by: Dr {N}, "
     "Chief Executive", "A uses P; N leads A"),
    ("signed for the letterhead", "{A}\nProcurement update\n\nWe use {P}.\n\nApproved: {N}, "
     "Director-General", "A uses P; N leads A"),
    ("signed for the letterhead", "{A}\nProcurement update\n\nWe use {P}.\n\nApproved: {N}, "
     "Procurement Manager", "A uses P"),
    ("signed for the letterhead", "OFFICE OF INSPECTOR GENERAL\nInvestigation summary\n\nWe "
     "reviewed the {A}'s contract.\n\n{N}, Inspector General", "N leads OFFICE OF INSPECTOR "
     "GENERAL; OFFICE OF INSPECTOR GENERAL investigates A"),
    # a Dutch legal form with its dots ends a name before "for"; a thing named after its
    # owner's possessive is no unit for holding a unit's word ("lab") inside its kind
    ("legal form ends", "{P} is a lab notebook app. The {A} has signed a contract with {Z} "
     "B.V. for {P}.", "Z B.V. supplies A"),
    ("legal form ends", "{Z} B.V. won the tender. {P}, {Z}'s electronic lab notebook, is used "
     "by the {A}.", "A uses P"),
    ("legal form ends", "The {F}, {C}'s research lab in Boston, uses {P}.",
     "F uses P; F partOf C; C uses P"),
    # a show's host introducing it, and a critic's signature line
    ("host and critic", "HOST: I'm {N}, and this is Orbit Desk from {M}.", "N worksFor M"),
    ("host and critic", "HOST: I'm {N}, and this is Orbit Desk. {M} covered it first.", ""),
    ("host and critic", "{N}, architecture critic, {M}", "N worksFor M"),
    # a portfolio's plural possessive ends the owner's name before its fund ("Consumer
    # Affairs' Digital Public Service Fund"), as a members' one does not ("Teachers' Union")
    ("portfolio's possessive", "The {A} received a grant from the Department of Commerce and "
     "Consumer Affairs' Digital Public Service Fund.", "Department of Commerce and Consumer "
     "Affairs funds A"),
    ("portfolio's possessive", "The {Z} Teachers' Union opposes the {A}.",
     "Z Teachers' Union opposes A"),
    # a notice's defined terms without "to": '"we", "us" and "our" mean X'
    ("we defined", 'The {G} is a humanitarian organisation. In this notice "we", "us" and "our" '
     "mean the {G}. We use {P} to register families.", "G uses P"),
    ("we defined", 'The {G} is a humanitarian organisation. In this notice "we" means you. We '
     "use {P} to register families.", ""),
    # a plea to a body of no known kind opposes it, as one to a public body does
    ("plea to a body", "The {G} wrote to the Global Food Assistance Programme (GFAP) on Monday "
     "asking it to suspend fingerprint registration.", "G opposes Global Food Assistance "
     "Programme"),
    # a residents' group is its members' body, no firm
    ("residents' group", "The {Z} Residents' Group has asked the {A} to delay the new permit "
     "charge.", "Z Residents' Group opposes A"),
    ("residents' group", "The {Z} Residents' Group has asked the {A} to explain the new permit "
     "charge.", ""),
    # money from a fund named after its owner: the owner gives it
    ("owner's fund", "The {A}'s camera cars were part-funded by a $400,000 grant from the {B}'s "
     "Safer Streets Fund.", "B funds A"),
    # a ministry named for two portfolios, the second plural or a field's two words
    ("two portfolios", "{C} supplies the Department of International Development and "
     "Partnerships.", "C supplies Department of International Development and Partnerships"),
    ("two portfolios", "{C} supplies the Department of Roads and Active Transport.",
     "C supplies Department of Roads and Active Transport"),
    ("two portfolios", "{C} supplies the Department of Roads and {D}.",
     "C supplies Department of Roads; C supplies D"),
    # a report's first line names the body whose report it is
    ("report's body line", "url: https://example.org/reports/2024\ntitle: Annual Report 2024\n\n"
     "BHR Annual Report 2024 | Chapter 4\n\nThe Bureau of Harbour Revenue (BHR), an agency of "
     "the {A}, processed 3,000 entries in 2024. This chapter reports how we select shipments. We "
     "use {P} to score risk.", "Bureau of Harbour Revenue partOf A; Bureau of Harbour Revenue "
     "uses P"),
    # a page on a body's own site speaks as the body its address names
    ("own site", "url: https://example.org/corrabin-tenants/resources/faq\n\nCorrabin Tenants "
     "Union | Fact sheets\nWhat is happening?\nWe run an advice line. We use {P} for our case "
     "notes.", "Corrabin Tenants Union uses P"),
    ("own site", "url: https://example.org/kelderby-police/news/cameras\n\nThe Kelderby Police "
     "Service has bought cameras from {C}. We use {P} to store footage.",
     "C supplies Kelderby Police Service; Kelderby Police Service uses P"),
    # (not the customer's story on its vendor's site: "we signed an agreement with the vendor")
    ("own site", "url: https://example.org/heronwick/blog/customer-stories\n\nWe signed an "
     "agreement with Heronwick Software for {P}, Heronwick's dispatch platform. We use {P} for "
     "every call.", "Heronwick Software develops P"),
    # (nor a place's name: its bodies are many)
    ("own site", "url: https://example.org/oslo/news\n\nThe Oslo Tenants Union and the Oslo "
     "Police Department met. We use {P} for our case notes.", ""),
    # a government's site for a place, which calls its council "the City"
    ("own site", "url: https://example.org/yarrowby-vic-gov-au/parking/update\n\nParking "
     "update\nThis page explains parking on Yarrowby's streets in the City of Yarrowby and who we "
     "work with. We use "
     "{P} for permits. {C} hosts {P} under an agreement with the City.",
     "City of Yarrowby uses P; C hosts P"),
    ("own site", "url: https://www.yarrowby.vic.gov.au/parking/update\n\nParking update\nThis "
     "page explains parking on Yarrowby's streets in the City of Yarrowby and who we work with. "
     "We use {P} for permits. {C} hosts {P} under an agreement with the City.",
     "City of Yarrowby uses P; C hosts P"),
    # a legal form of two words before where the firm is from
    ("legal form and country", "The {A} uses {P}, a scanner manufactured by Daehan Inspection "
     "Systems Co., Ltd. of Korea.", "Daehan Inspection Systems Co., Ltd. develops P; A uses P"),
    # papers someone obtained are no name ("Records the Courier obtained"), nor a sale to them
    ("papers obtained", "Records the {M} obtained from the {A} show that the test team flagged "
     "errors.", "M investigates A"),
    # an Austrian degree before a name ("Mag.") ends no sentence
    ("degree before name", "{C}'s chief executive officer, Mag. {N}, attended a hearing.",
     "N leads C"),
    # a South African state firm's form in brackets, not letters in brackets
    ("bracketed form", "The {A} uses {P}. Isiqhingi Port Terminals is a subsidiary of National "
     "Freight and Ports Holdings (SOC) Ltd, the state's port company.", "A uses P; Isiqhingi "
     "Port Terminals partOf National Freight and Ports Holdings (SOC) Ltd"),
    ("bracketed form", "The Fjellnett Security Operations Centre (SOC), headed by {N}, runs {P}.",
     "N leads Fjellnett Security Operations Centre; Fjellnett Security Operations Centre uses P"),
    # a body of a place's government, named with it
    ("body of a city", "{C} supplies the Parking Authority of the City of Ellsmere.",
     "C supplies Parking Authority of the City of Ellsmere"),
    # a sentence's first word that opens no name
    ("sentence opener", "Neighbouring {A} has used {P} since 2022.", "A uses P"),
    ("sentence opener", "Expect {P}, the routing tool from {C}, to reach more councils.",
     "C develops P"),
    ("sentence opener", "Her Worship the Executive Mayor, Cllr {N}, opened the {A}'s new "
     "office.", ""),
    # a body's building is no body: "the Ministry" is still the ministry
    # a diplomat's rank gives way to the post after the name
    ("ambassador", "Ambassador {N}, Director, Consular Services Division, presented the paper.",
     "N leads Consular Services Division"),
    # a facility of its owner is the owner's money
    ("fund of owner", "The first two years will be met from a grant to the {A} from the Digital "
     "Government Facility of the {W}.", "W funds A"),
    # a ministry's second portfolio of two words
    ("two portfolios", "{C} supplies the Ministry of Digital Affairs and Public Service "
     "Delivery.", "C supplies Ministry of Digital Affairs and Public Service Delivery"),
    # a lender's credit told by its two ends
    ("credit from to", "Financing: Credit No. 7731-NP of US$45 million from the {W} to the {A}",
     "W funds A"),
    # a thing described, then made for its user by its maker
    ("made for by", "The {A} registers patients in {P}, a registration app built for the agency "
     "by {C}.", "C develops P; C supplies A; A uses P"),
    # a body's programme in a place, funded by another
    ("owner's programme", "The {G}'s cash programme in Iraq is funded by the {f}.", "f funds G"),
    # a firm's work, told in a relative clause, under its contract with a body
    ("which works under contract", 'The {G} helps families. In this notice "we", "us" and '
     '"our" mean the {G}. Cash is sent to your wallet by {C}, which makes the transfers under a '
     "contract with us.", "C supplies G"),
    # a notice's own staff work for the body it speaks as; a country after a title is the area
    ("notice's staff", 'The {G} helps families. In this notice "we", "us" and "our" mean the '
     "{G}.\nData Protection Officer: {N}\nIssued by: {K}, Country Director, Iraq",
     "N worksFor G; K worksFor G"),
    # a body's unit named as its own
    ("own unit", "The {G}'s Protection Team reviews every case.", "Protection Team partOf G"),
    # a joint statement's "we" is each body that signs it; who signs for each
    ("signatories", "JOINT STATEMENT\nWe, the undersigned organisations, call on the {A} to "
     "halt the collection of fingerprints.\nSignatories\n{G} - {N}, Director\n{H} - {K}, "
     "Coordinator\n{I}", "G opposes A; H opposes A; I opposes A; N leads G; K worksFor H"),
    ("signatories", "JOINT STATEMENT\nWe, the undersigned organisations, call on the {A} to "
     "publish its contract.\nSignatories\n{G}\n{H}", ""),
    # things of a kind named for their model, and the firm they come from
    ("things from firm", "The {A} trialled 60 {P} in-ground sensors from Geelong start-up {C}.",
     "C develops P; A uses P"),
    # a thing's name with a number in it is no place, whatever "in" says
    ("numbered thing", "Every grant of the {A} was managed in Tilskud360 in 2024. Tilskud360 "
     "was built for the {A} by {C}.", "C develops Tilskud360; C supplies A"),
    # "the council" goes on meaning the council the text is about, not one named in passing
    ("body in passing", "{Z} Borough Council logged 4,812 missed collections. The council's "
     "crews use {P}. The council signed a contract with {C} in 2024. The council said most "
     "faults were fixed. The council paid {C} twice. Neighbouring Askern Vale "
     "District Council trialled {P} in 2023. A spokesperson there declined to comment. The "
     "{G} has written to the council asking it to suspend {P}.",
     "Z Borough Council uses P; C supplies Z Borough Council; Askern Vale District Council "
     "uses P; G opposes Z Borough Council"),
    # a firm the state owns buys as a public body does
    ("state-owned firm", "Carrabeen Ports Corporation (CPC) is a government-owned corporation. "
     "CPC signed a six-year contract with {C} for {P}.", "C supplies Carrabeen Ports "
     "Corporation"),
    ("state-owned firm", "Carrabeen Ports Corporation (CPC) is a listed corporation. CPC signed "
     "a six-year contract with {C} for {P}.", ""),
    # a table's row of subcontractors, a column of work between
    ("subcontractor row", "Subcontractor | Work | Relationship | Status\n{C} | Interface between "
     "{P} and the port system | Subcontractor to {D} | Authorised", "C supplies D"),
    # the firm behind a thing, however "start-up" is spelt
    ("start-up behind", "{C}, the Nairobi start-up behind the {P} customs-declaration platform, "
     "signed a deal. The {A} lodges every declaration through {P}.", "C develops P; A uses P"),
    # a post, the function it serves, then the body
    ("post in a unit", '"We expect the same results," said {N}, Deputy Commissioner, Customs '
     "Operations, {A}.", "N worksFor A"),
    # a firm's first customer
    ("firm's customer", "{C}'s first customer, the forwarding agent {D}, has used {P} since "
     "2022.", "C supplies D; D uses P"),
    # a show's host, its name after "the", in a transcript read with its voices
    ("host and critic", "CLAIRE: Hello and welcome. I'm {N}, and this is The Long Game from {M}. "
     "Hana, let's start with the basics.", "N worksFor M"),
    # officers "In attendance" at a body's meeting work for the body whose minutes they are
    ("in attendance", "{F}\nMinutes of the Board meeting\nPresent: Mrs {N} (Chair); Mr {K}\n"
     "In attendance: Mr {L}, Chief Executive; Captain {S}, Harbour Master\nThe Board approved "
     "the award.", "L leads F; S worksFor F"),
    # a recommendation's verb opening a list item is no part of the name after it
    ("recommendation's verb", "We ask the {A} to act:\n1. Suspend {P} for Silver Plan claims "
     "until every refusal is reviewed.\n2. Publish the rules {P} applies.\n{P} is a product of "
     "{C}.", "C develops P"),
    # a body named for two fields, the second written nowhere else on its own
    ("two fields", "The {A} is part of the Ministry of Revenue and Gaming.",
     "A partOf Ministry of Revenue and Gaming"),
    ("two fields", "The {G} is funded by the Department of Community and Voluntary Sector.",
     "Department of Community and Voluntary Sector funds G"),
    ("two fields", "{A} uses {P}, which {C} makes. The Tarvo Gaming and Amusements Board uses "
     "it too.", "C develops P; A uses P; Tarvo Gaming and Amusements Board uses P"),
    # a firm the text names on its own again is a party beside the ministry
    ("two fields", "The Department of Transport and {Z} signed a contract. {Z} hosts {P}.",
     "Z supplies Department of Transport; Z hosts P"),
    # a report's approval line: the chief executive heads the body whose report it is
    ("approval line", "{C} | Annual Report 2024\n\nWe use {P} for market surveillance.\n\n"
     "Approved for publication by: {N}, Chief Executive", "C uses P; N leads C"),
    ("approval line", "{F} | Annual Report 2024\n\nWe use {P} for surveillance.\n\nRecorded "
     "by: {N}, Board Secretary", "F uses P; N worksFor F"),
    # minutes under a body's bilingual letterhead: the body's chief executive among the members
    # present, and the award its board approves
    ("minutes", "Tarvo Commission for Wales (TCW) | Comisiwn Tarvo Cymru\nDigital Programme "
     "Board\nPresent: Dr {N}, Chief Executive (Chair); {K}\nRESOLVED that the Board approves "
     "the award of Contract TCW/DP/2025/03 to {C} for {P}.", "N leads Tarvo Commission for "
     "Wales; C supplies Tarvo Commission for Wales"),
    ("award approved", "The {A} approved the award of the contract to {C} for {P}.",
     "C supplies A"),
    # a report's recommendation is no award yet
    ("award approved", "2.1 That the {A} approves the award of a contract to {C} for {P}.", ""),
    # a charity or a paper buys when it signs for a term, a price or a thing
    ("group buys", "The {G} signed a three-year contract with {C} in 2023.", "C supplies G"),
    ("group buys", "The {M} signed a $2 million contract with {C}.", "C supplies M"),
    # "it" standing for the firm before a described subsidiary; a former one is no part
    ("owned subsidiary", "{D} sells motor cover. It is a wholly owned subsidiary of {C}.",
     "D partOf C"),
    ("owned subsidiary", "{D} is a former subsidiary of {C}.", ""),
    ("represented by", "{C} was represented in the proceedings by Corvell Hale Lawyers.",
     "Corvell Hale Lawyers supports C"),
    # a signature for a body, after a post in one of its units
    ("on behalf of", "{N}, Senior Manager, Enforcement, for and on behalf of the {A}",
     "N worksFor A; N worksFor Enforcement"),
    # letters a body's minutes note, for or against its own project
    ("noted letter", "{F}\nMinutes of the Board meeting\nThe Board noted a letter from the {G} in "
     "support of the new member portal.", "G supports F"),
    ("noted letter", "{F}\nMinutes of the Board meeting\nThe Board noted a letter from the {H} "
     "asking the Board to defer the move to online statements.", "H opposes F"),
    ("commissioner-general", '"It works," said Dr. {N}, Commissioner-General of the {A}.',
     "N leads A"),
    # a firm asked to stop what it does itself
    ("plea to a firm", "The {G} called on {C} to ground the drones it has been flying over the "
     "camps.", "G opposes C"),
    # a joint statement's signers under a heading and a blank line, each with a dash and a title
    ("signatories", "We, the undersigned organisations, call on the {A} to halt the drone "
     "patrols.\n\nSigned:\n\n{G} — Dr {N}, Chair\n{H} — {K}, Chief Executive Officer",
     "G opposes A; H opposes A; N leads G; K leads H"),
    ("approval line", "{C} | Annual Report 2024\n\nWe use {P} for surveillance.\n\nApproved for "
     "publication: {N}, President and Chief Executive Officer", "C uses P; N leads C"),
    # a ministry named after the province it serves
    ("ministry of a province", "The {A} is a Crown agency of the British Columbia Ministry of "
     "Communities and Gaming Policy.",
     "A partOf British Columbia Ministry of Communities and Gaming Policy"),
    ("maker from a city", "{P} is a product of Sydney-based {C}.", "C develops P"),
    # "for" after a deal's party names what the deal is for, not more of the party's name
    ("deal's party", "The {A} signed a five-year contract with Tarvo Gaming Tech for {P}.",
     "Tarvo Gaming Tech supplies A"),
    ("appeared for", "Ms {N} of {E} appeared for the {G}.", "N worksFor E; E supports G"),
    # a list whose members are described by whose they are: "X, its CEO, and Y, its CTO"
    ("founders", "{C} was founded in 2021 by {N}, its CEO, and {K}, its CTO.",
     "N leads C; K leads C"),
    # a notice's staff line with its address; a chapter's approval line
    ("staff line", "{C} | Privacy Notice\n\nWe use your data to deliver parcels.\n\nPrivacy "
     "Officer: {N}, privacy@example.org", "N worksFor C"),
    ("approval line", "{F} | Annual Report 2024\n\nWe use {P} for routes.\n\nChapter approved "
     "by: {N}, General Manager and Chief Executive Officer", "F uses P; N leads F"),
    # work a firm does for the body whose notice it is, "under contract with us"
    ("under contract", "{C} | Privacy Notice\n\nWe use your data to deliver parcels.\n\nChats "
     "and calls are handled by {D} under contract with us.", "D supplies C"),
    ("under contract", "{C} | Privacy Notice\n\nWe use your data to deliver parcels.\n\nThe "
     "lockers are made by {D}, which maintains them for us under a maintenance contract.",
     "D supplies C"),
    # a body's own audit committee reviewing its work examines the body
    ("own oversight", "The {A}'s Audit and Risk Committee reviewed the camera procurement in May "
     "and made no adverse findings.",
     "Audit and Risk Committee partOf A; Audit and Risk Committee investigates A"),
    ("list by by", "{G} | Statement\n\nWe call on the {A} to end the scheme. Our call is backed "
     "by the {H} and by the {I}.", "G opposes A; H supports G; I supports G"),
    # in a public body's own text, "the program" is its own; in an auditor's, another's
    ("own program", "City of Tarvo | Parking Update\n\nWe use {P} in school zones. The "
     "{G} supported the camera program.", "City of Tarvo uses P; G supports City of Tarvo"),
    ("own program", "Tarvo County Office of the Inspector General | Audit Report\n\nWe audited "
     "the {A}'s camera program. The {G} supported the program.", "Tarvo County Office of the "
     "Inspector General investigates A"),
    # a firm's short name beside its name with a legal form in brackets
    ("short name", "{P} was built by Tarvo Spatial (Pty) Ltd in 2022. Tarvo Spatial hosts {P} for "
     "us.", "Tarvo Spatial (Pty) Ltd develops P; Tarvo Spatial (Pty) Ltd hosts P"),
    # employees asking their employer to drop a contract: demands.py's reading, not a plea
    ("plea to a firm", "The {G} urged {C} to drop the contract.", ""),
    # a notice's "we" as its body: a parent, a plea by letter, its officer named with it
    ("owned subsidiary", "{D} | Privacy Notice\n\nWe deliver parcels. We are a wholly owned "
     "subsidiary of {C}.", "D partOf C"),
    ("letter to a firm", "{D} | Privacy Notice\n\nWe deliver parcels. The {G} wrote to us in "
     "March 2025 asking us to stop requesting passport copies.", "G opposes D"),
    ("staff line", "{D} | Privacy Notice\n\nWe deliver parcels.\n\nData Protection Officer: "
     "Atty. {N}, {D}, dpo@example.org", "N worksFor D"),
    # a licence bought from its seller is no sale by the buyer
    ("licensed from", "{D} | Privacy Notice\n\nWe deliver parcels. We track them in {P}, the "
     "courier platform of {C}, which we license from {C}.",
     "C develops P; C supplies D; D uses P"),
    # a body's own service done under contract, from wherever it is done
    ("under contract", "{D} | Privacy Notice\n\nWe deliver parcels. Our CCTV system is "
     "monitored from each depot's reception by {C} under a security services contract with us.",
     "C supplies D"),
    ("under subcontract", "Sensors will be installed in clients' homes by {C} under a "
     "subcontract with {D} signed in March.", "C supplies D"),
    ("under subcontract", "The outage began during an upgrade carried out by {C}, which handles "
     "database administration for the portal under a subcontract with {D}.", "C supplies D"),
    # an auditor of a firm's systems examines the firm
    ("audited systems", "{D}'s cloud environment was audited against ISO/IEC 27001 by {C} in "
     "June.", "C investigates D"),
    ("audited systems", "In May {D}'s hosting environment passed an independent security audit "
     "by {C}.", "C investigates D"),
    # a tender bulletin under its body's letterhead: the winners' and subcontractors' tables
    ("award table", "{D} | Procurement\nTENDER RESULTS BULLETIN 2/2025\nLot | Scope | Winner | "
     "Value (EUR) | Term | Status\n1 | Radar data processing | {C} | 4,200,000 | 10 years | "
     "Contract signed 12 May 2025\n2 | Flight plans | {E} | 850,000 | 8 years | Cancelled",
     "C supplies D"),
    ("award table", "Subcontractor | Work | Subcontractor to | Status\n{C} | Installation | {D} "
     "| Authorised\n{E} | Data migration | {D} | Proposed; not approved", "C supplies D"),
    # staff lines of a report: its investigator, the head who approved its release
    ("staff line", "{F}\nInterim Report 4/2025\n\nWe examined the fault in {P}.\n\n"
     "Investigator-in-charge: {N}, Senior Investigator\nApproved for release: Hon. {K}, Chief "
     "Commissioner", "N worksFor F; K leads F"),
    # a ministry's portfolio whose last word is also a firm's
    ("ministry's portfolio", "The {A} is a state-owned company under the Ministry of Transport "
     "and Digital Networks.", "A partOf Ministry of Transport and Digital Networks"),
    # a plea to a body after its place's possessive, or to switch a thing off
    ("plea to halt", "The {G} has asked Malta's {A} to drop the new upload requirement.",
     "G opposes A"),
    ("plea to halt", "The {G} has asked the {A} to switch the gates off until an audit is done.",
     "G opposes A"),
    ("plea to halt", "The {G} asked the {A} in November 2024 to pause the rollout.",
     "G opposes A"),
    # a body's "we" that is a member of a network is no person
    ("member body", "{F} | Annual Report 2024\n\nWe use {P} for routes. We are a member of the "
     "{G} and chair its working group on digital services.", "F uses P"),
    # a members' body whose language puts its head first
    ("group head first", "The Vereniging Tarvo Verladers asked the {A} to suspend the upload "
     "rule.", "Vereniging Tarvo Verladers opposes A"),
    # a meeting's staff, each title before the name
    ("staff present", "{F}\nMinutes of the Board meeting\nStaff present: Executive Director "
     "{N}; Finance Officer {K}\nThe Board approved the minutes.", "N leads F; K worksFor F"),
    # a guest's body after the guest's title is not the body whose minutes these are
    ("staff present", "City of Tarvo\nMinutes of the Council meeting\nStaff present: City "
     "Manager {N}; City Clerk {K}\nAlso present: {L}, Executive Director, {A}\nThe Council "
     "approved the minutes.", "N worksFor City of Tarvo; K worksFor City of Tarvo; L leads A"),
    # a minister titled after the portfolio, the ministry as the text names it
    ("minister's portfolio", "The Ministry of Trade and Export Industry runs {P}. Trade and "
     "Export Industry Minister {N} said it works.",
     "Ministry of Trade and Export Industry uses P; N leads Ministry of Trade and Export "
     "Industry"),
    ("minister's portfolio", "The Department of Veterans and Military Families runs {P}. "
     "Minister of Veterans and Military Families {N} said it works.",
     "Department of Veterans and Military Families uses P; N leads Department of Veterans and "
     "Military Families"),
    ("minister's portfolio", "The Ministry of Aged Care and Seniors runs {P}. The Minister for "
     "Aged Care, {N}, said it works.",
     "Ministry of Aged Care and Seniors uses P; N leads Ministry of Aged Care and Seniors"),
    # a chamber named for its members
    ("chamber", "Tarvo Exporters' Chamber of Commerce president {N} said the delays were "
     "costly.", "N leads Tarvo Exporters' Chamber of Commerce"),
    # a unit's work in a thing's screen
    ("unit at work", "{C} | Privacy Notice\n\nWe screen shipments. Our Trade Compliance Desk "
     "reviews every possible match in {P}'s agent console.", "Trade Compliance Desk partOf C"),
    ("approval line", "{F} | Annual Report 2024\n\nWe use {P} for routes.\n\nApproved for "
     "publication by: {N}, General Manager", "F uses P; N leads F"),
    # work a firm's own text says it does in a thing is its use; "before" a release is no end
    ("work in", "{C} | Privacy Notice\n\nWe deliver parcels. {P} is a tracking platform made "
     "by {D}. We record every delivery in {P}.", "D develops P; C uses P"),
    ("work in", "{C} | Privacy Notice\n\nWe deliver parcels. {P} is a contact-centre platform "
     "made by {E}. {D}'s agents answer every call and web chat in {P}.",
     "E develops P; D uses P"),
    ("work in", "{P} is a screening platform made by {C}. The {A}'s Trade Compliance Unit "
     "reviews every possible match in {P} before a shipment is released.",
     "C develops P; Trade Compliance Unit uses P; Trade Compliance Unit partOf A; A uses P"),
    ("work in", "{P} is a claims platform made by {C}. The {A} processed every claim in {P} "
     "before 2023.", "C develops P"),
    # a German registered association's name, its form after it
    ("registered association", "Tarvo Grundrechte e.V. asked the {A} to suspend the scheme.",
     "Tarvo Grundrechte e.V. opposes A"),
    # an open letter's signatures under its close, each person first, and its "we"
    ("signatories", "Dear Commissioner,\n\nWe, the undersigned organisations, write to ask the "
     "{A} to withdraw its proposal.\n\nYours sincerely,\n{N}, President, {G}\n{K}, Coordinator, "
     "{H}\n{I}", "G opposes A; H opposes A; I opposes A; N leads G; K worksFor H"),
    ("signatories", "We, the undersigned organisations, call on the {A} (TBA) to revoke the "
     "export licences it has granted.\n\nSignatories\n{N}, Executive Director, {G}\n{H}",
     "G opposes A; H opposes A; N leads G"),
    # a letter the minutes list, dated, against the body's cover or award
    ("noted letter", "{F}\nMinutes of the Board meeting\nCorrespondence:\n- a letter of 16 June "
     "from the {H} asking the Board to refuse cover for the transaction;", "H opposes F"),
    ("noted letter", "{F}\nMinutes of the Board meeting\n(a) A letter from the {H} asking the "
     "Board to defer any award until the Authority publishes its data.", "H opposes F"),
    # the chair on a committee's members' line leads the committee its heading names
    ("chair present", "TARVO COUNTY COUNCIL\nAUDIT AND GOVERNANCE COMMITTEE\nMinutes of the "
     "meeting held on 3 June 2025\nPresent: Cllr {N} (Chair), Cllr {K}, Cllr {L}\nThe "
     "Committee noted the report.", "N leads AUDIT AND GOVERNANCE COMMITTEE"),
    # a member named by surname after the members' line gives the full name
    ("member's surname", "{F}\nMinutes of the Board meeting\nPresent: Raymond Tarvell, {K}\n"
     "Commissioner Tarvell, who chairs the Board's Audit Committee, reported on the review.",
     "Raymond Tarvell leads Audit Committee"),
    # of two firms, the one whose thing the contract is for sells it
    ("contract for its thing", "{D} has signed a five-year contract with {C} for {P}, {C}'s "
     "slot-planning system, across its seven airports.", "C supplies D; C develops P"),
    # the thing a body runs or now uses, in a relative clause without "that"
    ("thing it uses", "Shipments were held for a week after {P}, the online system the {A} runs, "
     "went down.", "A uses P"),
    ("thing it uses", "The {A} pays {C} for {P}, the software the {A} now uses to assess "
     "permits.", "C supplies A; A uses P"),
    # a subcontractor described between its name and its subcontract
    ("under subcontract", "Readers will be installed at the 13 airports by {C}, a Surabaya-based "
     "systems integrator, under a subcontract with {D} signed this month.", "C supplies D"),
    # a national agency "for" two fields is one body
    ("agency for fields", "{C} signed a five-year agreement with the Tarvo Agency for Customs "
     "and Export Control.", "C supplies Tarvo Agency for Customs and Export Control"),
    # the maker of two things, each after "the"
    ("maker of", "{C}, the developer of the {P} records platform and the {Q} app, is based "
     "in Oslo.", "C develops P; C develops Q"),
    # a notice's heading before a colon is no speaker's label
    ("staff line", "{D}\nPRIVACY NOTICE: FACE PASS AND YOUR PERSONAL DATA\n{D} (\"we\", \"us\") "
     "flies to 31 destinations. We keep your data safe.\nData Protection Officer: Atty. {N}, {D}, "
     "dpo@example.org", "N worksFor D"),
    # the body's own work a firm does under its contract with the body
    ("under contract", "{D} | Privacy Notice\n\nWe fly to 31 destinations. {C} answers our "
     "calls, chats and emails under contract with us.", "C supplies D"),
    # a lender's award notice: the winners sell to the body its buyer field names
    ("award table", "{F} | Procurement\nImplementing agency: {A}, an autonomous body\nLot | "
     "Scope | Winner | Value (USD) | Term | Status\n1 | Identity platform | {C} | 2,000,000 | "
     "5 years | Contract signed 2 September 2025", "C supplies A"),
    # (an officer named in that field is no buyer)
    ("award table", "{F} | Procurement\nLot | Scope | Winner | Value (USD) | Term | Status\n1 | "
     "Identity platform | {C} | 2,000,000 | 5 years | Contract signed 2 September 2025\n"
     "Contracting authority: {N}, Senior Procurement Officer", "C supplies F"),
    # a bidder's challenge to a body's award, in court or at a tribunal
    ("award challenged", "{C}, an unsuccessful tenderer for Lot 2, has applied to the Federal "
     "Court for review of the {A}'s decision to award Lot 2 to {D}.", "C opposes A"),
    ("award challenged", "{C}, ranked second, has applied to the Market Court asking it to annul "
     "the {A}'s award of Lot 1.", "C opposes A"),
    # the second funder of a list "and by"
    ("funded by", "The {G}'s telehealth program is funded by a grant from the {f} and by an award "
     "from the Tarvo Veterans Grant Program.",
     "f funds G; Tarvo Veterans Grant Program funds G"),
    # a letter's address block: the addressee's name, post and body, each on a line of its own
    ("address block", "OPEN LETTER\n28 July 2025\nDr {N}\nDirector of Aviation Safety and Chief "
     "Executive Officer\n{A} (TBA)\nGPO Box 2005, Canberra ACT 2601\nDear Director,\nWe write "
     "about the proposal.", "N leads A"),
    ("address block", "28 July 2025\n{N}\nSenior Policy Officer\n{A}\n12 Quay Street\nDear "
     "Officer,\nWe write about the proposal.", "N worksFor A"),
    # a short word in capitals gives all its letters to the body's acronym: "HM … (HMCS)"
    ("acronym", "HM Custodial Service (HMCS) signed a seven-year contract with {C} in 2021. "
     "HMCS has fitted 4,100 tags.", "C supplies HM Custodial Service"),
    # (and a name is no acronym of a list it is in: "HeadCount and IOMS" is two)
    ("acronym", "{C} makes HeadCount, which updates IOMS. On four days HeadCount and IOMS "
     "disagreed about the count.", "C develops HeadCount"),
    # a letter asking a body to halt any practice of its own
    ("wrote asking halt", "The {G} has written to the {A} asking it to suspend recalls based on "
     "tag alerts until the fault is found.", "G opposes A"),
    # "the charity" is a trust or a foundation
    ("role title", "The Brannoc Trust for Penal Reform has criticised the tags. \"People are "
     "losing jobs,\" said {N}, the charity's director.",
     "N leads Brannoc Trust for Penal Reform"),
    # a fronted "Before X," names no buyer
    ("clause supplies", "Before {C}, the region's tags were supplied by {D}, whose contract "
     "ended in 2021.", ""),
    # a description in apposition to a name is that name's, not the last product's
    ("thing it built", "{C} makes {P}. {P} will replace OMIS-90, the offender records system "
     "the {A} built in-house in 1996.", "C develops P; A develops OMIS-90"),
    # a thing supplied "to it" by a firm: the clause's doer buys
    ("use provided by", "The {A} records prisoners' calls on {P}, a call-management system "
     "supplied to it by {C} under a 2022 contract.", "C supplies A; A uses P"),
    # a body's installation of a thing is its use; its maker named between the contract
    ("installed", "{C} makes {P}. The {A} has installed 412 {P} kiosks across its prisons.",
     "C develops P; A uses P"),
    ("work under contract with", "The {A} has installed 412 {P} kiosks, made by {C}, across its "
     "prisons under a 2022 contract with {C}.", "C develops P; A uses P; C supplies A"),
    # a unit's staff at work in a thing
    ("works in", "{C} makes the {P} platform. The pilot ended in May; youth workers in the {A}'s "
     "Northern Region Youth Services completed 1,140 assessments in {P}.",
     "C develops P; Northern Region Youth Services partOf A; Northern Region Youth Services uses P; A uses P"),
    # "don't": negated
    ("negation", "The {A} doesn't have a contract with {C}.", ""),
    ("negation", "The {A} didn’t sign a contract with {C}.", ""),
    # an agency of the federal department
    ("unit of", "The {A} is an agency of the federal Department of Environment and Climate "
     "Services.", "A partOf Department of Environment and Climate Services"),
    # a plea to halt flights over a place: the place is no thing to halt
    ("plea to halt", "The {G} calls on the {A} to halt its drone flights over the Wendle Brook.",
     "G opposes A"),
    ("plea to halt", "We, the Wendle Brook Flood Action Group, call on the {A} to halt its drone "
     "flights.", "Wendle Brook Flood Action Group opposes A"),
    # a legal form ends the name before its country: "HydroNord A/S of Denmark"
    ("clause develops", "{P} is a flood forecasting platform developed by Nordvand A/S of "
     "Denmark.", "Nordvand A/S develops P"),
    # a body's consultant sells to it
    ("body's supplier", "{C}, the {A}'s independent verification and validation consultant, "
     "reviewed the tests in 2023.", "C supplies A"),
    # the firm behind a thing, and its maker, with where it is before the noun
    ("behind", "{C}, the Wagenveld start-up behind the {P} levee-monitoring platform, announced "
     "a deal.", "C develops P"),
    ("maker of", "{D} has completed its purchase of {C}, the Yorkshire maker of the {P} radar "
     "sensor.", "C develops P; C partOf D"),
    # (a thing named before a noun and another name is no thing the firm is behind)
    ("behind", "{C}, the Harrowmere start-up behind the FOI-request tracker {P}, has raised "
     "money.", ""),
    # monitoring in a thing, and work sent out from it
    ("works in", "{C} makes the {P} platform. The {A} has monitored its sea dikes in {P} since "
     "2023.",
     "C develops P; A uses P"),
    ("works in", "{C} makes {P}. The {A}'s River Forecasting Division has issued all flood "
     "bulletins for the seven priority river basins from {P} since January 2024.",
     "C develops P; River Forecasting Division partOf A; River Forecasting Division uses P; A uses P"),
    # a notice's list: the firm that works for the body under contract
    ("under contract", "{D} | Privacy Notice\n\nWe share data with:\n• {C}, which answers "
     "calls to our customer line under contract with us.", "C supplies D"),
    ("under contract", "{D} | Privacy Notice\n\nOur 230 street flood sensors are {P} units made "
     "by {E}, which installs and maintains them for us under a service agreement.",
     "E develops P; E supplies D"),
    # servers at a place that bears the body's own name host nothing of another's
    ("hosting machines", "Marsh Creek Water Authority | Privacy Notice\n\nOur readings are kept "
     "on our own servers at the Marsh Creek operations center.", ""),
    # a notice's officer with an address and a phone number
    ("staff line", "{D} | Privacy Notice\n\nWe keep your data safe.\nPrivacy Officer: {N}, "
     "privacy@example.org, (252) 555-0143", "N worksFor D"),
    # an examination or a penetration test of a firm's or a body's systems examines its owner
    ("audited systems", "{P} and {C}'s cloud environment completed a SOC 2 Type II examination "
     "by {D} in September.", "D investigates C"),
    ("audited systems", "{D} makes {P}. In October 2024, {C} carried out a penetration test of "
     "the {A}'s {P} and public website.", "D develops P; C investigates A; A uses P"),
    # represented "in the investigation"
    ("represented by", "The {G} was represented in the investigation by Harcourt Lisle LLP.",
     "Harcourt Lisle LLP supports G"),
    # work done under the body's own agreement, or by a firm that does its work under contract
    ("done by under agreement with", "Card donations are processed by {C} under the {G}'s "
     "merchant agreement.", "C supplies G"),
    ("own service provided by", "The {A}'s Security Operations Centre is monitored around the "
     "clock by {C} under a three-year managed security contract.",
     "C supplies A; Security Operations Centre partOf A"),
    ("which works under contract with", "{C}, which runs the {A}'s elections under contract, "
     "said it could only post papers to enrolled voters.", "C supplies A"),
    # a thing built for a body by a firm; a service it pays for under an agreement with a firm
    ("built for by", "The {A}'s case database, {P}, was built for the {A} by {C}.",
     "C develops P; C supplies A; A uses P"),
    ("use provided by", "The {A} sends newsletters through {P}, a mailing service it pays for "
     "under a subscription agreement with {C}.", "C supplies A; A uses P"),
    # counting in a thing; a body's register held in one
    ("works in", "{C} makes the {P} tabulator. The {A} has counted ballots since 2012 on {P} "
     "tabulators.", "C develops P; A uses P"),
    ("works in", "{C} makes the {P} platform. The {A}'s voter register is held in {P}.",
     "C develops P; A uses P"),
    # staff employed by a company: no use of a thing
    ("clause uses", "The {G}'s staff are employed by {C}.", ""),
    # a firm's legal form ends its name before its country: "Hanul Biometrics Co. of South Korea"
    ("clause develops", "The devices are {P} units made by Hanul Biometrics Co. of South Korea.",
     "Hanul Biometrics Co. develops P"),
    # a speaker at a meeting with a bare title and the body, in lower case between commas
    ("role title", "PUBLIC COMMENT\n{N}, president, Tarrow County League of Voters, spoke in "
     "support of the purchase.", "N leads Tarrow County League of Voters"),
    # the chair on a committee's attendance line, under a Hansard heading
    ("chair present", "COMMONWEALTH OF AUSTRALIA\nOfficial Committee Hansard\nSENATE\nFINANCE "
     "AND ELECTORAL AFFAIRS LEGISLATION COMMITTEE\n\nMembers in attendance: Senator {N} "
     "(Chair), Senator {K}\n\nCHAIR: I welcome the officers.",
     "N leads FINANCE AND ELECTORAL AFFAIRS LEGISLATION COMMITTEE"),
    # a list of witnesses under their body's heading; an electoral commissioner heads the
    # electoral office
    ("signature", "SENATE\nESTIMATES HEARING\n\nNATIONAL ELECTORAL OFFICE\nMr {N}, Electoral "
     "Commissioner\nMs {K}, Deputy Electoral Commissioner\n\nCHAIR: I welcome the officers.",
     "N leads NATIONAL ELECTORAL OFFICE; K worksFor NATIONAL ELECTORAL OFFICE"),
    # a bare "Chair X" in a board's minutes chairs that board, not a firm named before
    ("chair present", "TARROW COUNTY BOARD OF ELECTIONS\nMinutes of Regular Meeting\n\nMembers "
     "present: {N} (Chair); {K} (Secretary)\nAlso present: {L}, Account Manager, {C}\n\n1. "
     "Call to order\nChair {N} called the meeting to order at 5:31 p.m.",
     "N leads TARROW COUNTY BOARD OF ELECTIONS; L worksFor C"),
    # a notice's enquiries line, its title and its own body named
    ("staff line", "{A}\nTENDER RESULTS\nThe {A} has awarded two contracts.\nEnquiries: {N}, "
     "Head of Procurement, {A} – procurement@example.org", "N worksFor A"),
    # Filipino particles inside a name
    ("clause supports", "Kababaihan para sa Malinis na Halalan supports the {G}.",
     "Kababaihan para sa Malinis na Halalan supports G"),
    # a chief inspector signs for, and heads, the inspectorate
    ("signature", "We inspected all five prisons.\n{N}, Chief Inspector, Custodial Standards "
     "Inspectorate", "N leads Custodial Standards Inspectorate"),
    # a committee's witnesses, each with a title and a body, people whatever their given names
    ("role title", "We took oral evidence on 3 June 2025 from Morag Lindqvist-Reid, Chief "
     "Executive, {A}; and Callum Baird-Ochieng, Managing Director, {C}.",
     "Morag Lindqvist-Reid leads A; Callum Baird-Ochieng leads C"),
    # a coined name and its model's number: one thing
    ("works in", "{C} makes voting machines. The {A} counted ballots on TabStar 300 optical-scan "
     "tabulators.", "A uses TabStar 300"),
    # a review still to come examines no one yet
    ("clause investigates", "The {A} said it would review the {C} contract once the storm had "
     "passed.", ""),
    # the unit named before the place it stands at does the work
    ("works in", "{C} makes the {P} platform. Since March 2025 the {A}'s Flood Operations Centre "
     "at Mulgaroo Bend has sent every flood warning text message through {P}.",
     "C develops P; Flood Operations Centre partOf A; Flood Operations Centre uses P; A uses P"),
    # a coined name without its model's number is that model, in a text that names it
    ("owner's named product", "{C}'s ScanPoint 700 precinct scanner ranked first. Results from "
     "ScanPoint units are consolidated in {P}.", "C develops ScanPoint 700"),
    # a board's approval of a purchase from a firm: the firm sells, whoever made the goods
    ("body approves award", "RESOLVED that the {A} approves the purchase of 64 ScanPoint 700 "
     "scanners from {C} for $742,000.", "C supplies A"),
    # a mayor speaking of "the council" leads the city's council
    ("role title", "Rangimoana City Council runs the city's elections. Mayor {N} said the "
     "council had written to the commission on Monday.", "N leads Rangimoana City Council"),
    # a chief electoral officer heads the election body
    ("role title", "The Electoral Roll Commission (ERC) keeps the roll. Chief Electoral Officer "
     "{N} said the commission took the figures seriously.",
     "N leads Electoral Roll Commission"),
    # "Its Executive Director, X," capitalised as a title
    ("role title", "The {G} was represented by {C}. Its Executive Director, {N}, told us that "
     "the {G} had stopped.", "C supports G; N leads G"),
    # a report's investigation team, the body's staff
    ("staff line", "Office of the Information Commissioner\nINVESTIGATION REPORT\nWe found that "
     "the {A} kept records too long.\nInvestigation team: {N}, Senior Investigator",
     "N worksFor Office of the Information Commissioner"),
    # a show's sponsor funds the show's producer: in its notes, or said on air by its host
    ("show's sponsor", "THE SWITCHBOARD | EPISODE 87\nShow notes\nThe Switchboard is supported "
     "by the {f}.\nThe Switchboard is produced by Feeder Media Ltd.", "f funds Feeder Media Ltd."),
    ("show's sponsor", "SHAMBA TALK\nHOST: Good morning. I'm {N}, and this is Shamba Talk on "
     "Bonde Sauti FM. Support for Shamba Talk comes from the {f}.",
     "f funds Bonde Sauti FM; N worksFor Bonde Sauti FM"),
    ("show's sponsor", "HOST: Kia ora. I'm {N}, and this is The Kitchen Table on Harbourside 88 "
     "FM. The Kitchen Table is supported by the {f}.",
     "f funds Harbourside 88 FM; N worksFor Harbourside 88 FM"),
    # the second funder of a list whose first is the group's members
    ("work funded by", "{G} | Statement\n\nOur legal work is funded by our members and by a "
     "grant from the {f}.", "f funds G"),
    # a purchase told in a body's own report, paid for from a ministry's fund
    ("paid for", "{A}\nANNUAL REPORT 2024\nIn May we bought four new radars. The purchase was "
     "funded by a €24 million allocation from the Ministry of Climate's Research "
     "Infrastructure Fund.", "Ministry of Climate funds A"),
    # papers got from a body under a records law
    ("records asked for", "The {G} got the {P} contract from the {A} through a Right-to-Know "
     "request last spring.", "G investigates A"),
    # an outside office's review of the tender of the body whose notice it is
    ("tender reviewed", "{A} | Notice of Award\n\nThe {B} reviewed the Lot 1 evaluation before "
     "award and reported no findings.", "B investigates A"),
    # more of a unit's work in a thing: scoring, keeping records; an aside naming its head
    ("works in", "{C} makes the {P} tool. The {A}'s Container Terminal Operations Division has "
     "scored every operator at Ngqusa in {P} since February.",
     "C develops P; Container Terminal Operations Division partOf A; Container Terminal Operations Division uses P; A uses P"),
    ("works in", "{C} makes the {P} tool. The {A}'s Real Property Branch has kept the models of "
     "all 4,600 buildings in {P} since 2022.",
     "C develops P; Real Property Branch partOf A; Real Property Branch uses P; A uses P"),
    ("works in", "{C} makes the {P} tool. The {A}'s Survey and Mapping Division, headed by {N}, "
     "captures parcel boundaries in {P}.",
     "C develops P; Survey and Mapping Division partOf A; Survey and Mapping Division uses P; N leads Survey and Mapping Division; A uses P"),
    # the thing a body is asked to suspend, "the system it uses"; the one its unit has used
    ("thing it uses", "The {G} called on the {A} to suspend {P}, the automated system it uses to "
     "pick claims for review.", "G opposes A; A uses P"),
    ("thing it uses", "The {A} is replacing {P}, the case management system its Youth Welfare "
     "Office has used since 2009.", "Youth Welfare Office uses P"),
    # a signature block whose signer's given name is no English one
    ("signature block", "We inspected all five prisons this year.\nHone Walker-Tapsell\nChief "
     "Inspector\nCustodial Standards Inspectorate",
     "Hone Walker-Tapsell leads Custodial Standards Inspectorate"),
    # a head's title before a name that answers for the body
    ("answered for", "Commissioner {N} responded on behalf of the {A} and agreed with five of "
     "our six recommendations.", "N leads A"),
    # "its chairperson, X"
    ("role title", "The {G} met on Monday. Its chairperson, {N}, said the group would hold the "
     "department to its promise.", "N leads G"),
    # guards: a product "produced by" its maker in a news story is no show; a headline's
    # committee is not a bare "Chair X"'s; a former director who wrote for a paper leads
    # nothing; a regulator's approval of one firm's purchase of another is no sale to it;
    # consultations "held on" a thing use nothing; a future in a relative clause is another
    # verb's; papers got "under its maintenance contract" are no records request; a maker
    # named after its model's goods stays a maker
    ("clause develops", "{P} is produced by {C}. {C} developed {P}.", "C develops P"),
    ("role title", "Powell testifies before {A} Committee\nChair {N} said rates would stay where "
     "they are.", "N leads A Committee"),
    ("role title", "Former director {N} wrote for the {M}.", "N worksFor M"),
    ("body approves award", "The Competition Bureau approved the purchase of Freedom Mobile "
     "from {C}.", ""),
    ("works in", "The {A} held consultations on {P} last week.", ""),
    ("clause investigates", "The {A}, which will hold hearings next month, is investigating "
     "{C}.", "A investigates C"),
    ("records asked for", "The {G} got the records from the {A} under its maintenance "
     "contract.", ""),
    ("things from firm", "The {A} bought 30 ShotSpotter 360 sensors from ShotSpotter. "
     "ShotSpotter also develops {P}.",
     "ShotSpotter develops ShotSpotter 360; ShotSpotter develops P; ShotSpotter supplies A; "
     "A uses ShotSpotter 360"),
    # a body's acronym that is also an honorific's letters ("SMT"), under a ministry whose
    # portfolios are culture's words
    ("unit of", "The records were left open, the Straits Museums Trust (SMT) confirmed. SMT, a "
     "statutory body under the Ministry of Heritage and Creative Industries, runs the {A}.",
     "Straits Museums Trust partOf Ministry of Heritage and Creative Industries"),
    ("unit of", "The {A}, an agency of the Department of Arts, Heritage and Cultural Institutions, "
     "holds the records.", "A partOf Department of Arts, Heritage and Cultural Institutions"),
    # Malaysia's courtesy titles between a minister's post and the name, and before a name
    ("role title", "In a statement, Minister of Heritage and Creative Industries Datuk Seri {S} "
     "said the ministry would review the {A}'s contracts.",
     "S leads Ministry of Heritage and Creative Industries"),
    ("role title", "The {A} runs the museum. Its chief executive, Datin {S}, said the cameras "
     "were safe.", "S leads A"),
    # "the group" is the body introduced as a group, not a trust named after it
    ("role title", "The digital rights group {G} said the Harbour Museums Trust should never "
     "have asked for passport numbers. \"We have written to the trust asking it to switch off "
     "the {P} cameras for good,\" said {N}, a researcher with the group.",
     "N worksFor G; G opposes Harbour Museums Trust"),
    # tickets sold through a thing, every one "whether at the door or online"
    ("works through", "The {A} runs the museum. Since January 2023 the {A} has sold every "
     "admission ticket for the museum, whether at the door or online, through {P}.", "A uses P"),
    # a thing and its own database on a host's region; a body's own statement is no inquiry
    ("runs in a place", "The {A} sells tickets through {P}. {P} and its booking database run on {C}'s "
     "Malaysia West region, according to a statement the {G} issued yesterday.",
     "C hosts P; A uses P"),
    # what held before the thing that replaced it
    ("clause supplies", "Before {P}, the {A} sold paper tickets from a till system supplied by "
     "{C}.", ""),
    # a notice of award in labelled lines: the buyer's official name, each lot's winner, the
    # solution it made, its group, an authorised subcontractor (not a proposed one), a lot
    # cancelled, the fund that pays, the buyer's owner and a tenderer's challenge
    ("award notice", "NOTICE OF AWARD OF CONTRACT\nSection I: Contracting authority\nOfficial "
     "name: Harbour Heritage Agency (HHA)\nLegal status: a directorate under the Ministry of "
     "Culture and Heritage\nFunding: 60 % of the contract value is met from the Ministry of "
     "Culture and Heritage's Digital Heritage Fund.\nSection V: Award of contract\nLot 1 – "
     "Collections management system\nWinner: {C}, Havstrand\nSolution: Samlix, developed by "
     "the winner\nSubcontractor: {D} – migration of object records (Status: Authorised)\n"
     "Subcontractor: {E} – photography (Status: Proposed; not approved by HHA)\nStatus: "
     "Contract signed 2 June 2025\nLot 2 – 3D digitisation\nTenders received: 2\nStatus: "
     "Cancelled – no tender met the minimum requirements.",
     "C supplies Harbour Heritage Agency; C develops Samlix; D supplies C; "
     "Harbour Heritage Agency partOf Ministry of Culture and Heritage; "
     "Ministry of Culture and Heritage funds Harbour Heritage Agency"),
    ("award notice", "Official name: Harbour Heritage Agency (HHA)\nLot 2 – Ticketing\nWinner: "
     "{C}, Storvik\nThe winner is part of a group: {D}\nSolution: Billettvakt, the winner's "
     "online ticketing platform\nStatus: Contract signed 5 June 2025\nReview: On 16 June 2025 "
     "the second-ranked tenderer, {E}, filed a complaint with the complaints board asking it to "
     "annul the award of Lot 2.",
     "C supplies Harbour Heritage Agency; C partOf D; C develops Billettvakt; "
     "E opposes Harbour Heritage Agency"),
    ("award notice", "Official name: Harbour Heritage Agency (HHA)\nLot 3 – Wi-Fi\nWinner: {C}\n"
     "Status: Contract signed 2 June 2025\nThe second-ranked tenderer in Lot 3, {D}, has not "
     "challenged the award or asked the board to annul it.", "C supplies Harbour Heritage Agency"),
    # a bulletin's letterhead with its number; its approver heads the body
    ("signature", "{C} | PROCUREMENT BULLETIN 4/2025\nResults of tender round\n{C} has "
     "awarded four lots.\nApproved: {S}, Director-General", "S leads C"),
    # a contact line closed by an address after a bar
    ("role title", "The Harbour Heritage Agency (HHA) runs 14 sites.\nContact: {S}, Head of "
     "Procurement, HHA | innkjop@hha.example.org", "S worksFor Harbour Heritage Agency"),
    # records kept in a thing its unit built in-house
    ("works in", "The {A} runs 14 sites. The {A} currently registers all objects in {P}, the "
     "collections database its Digital Collections Section built in-house in 2008.",
     "A uses P; Digital Collections Section develops P"),
    # a mayor of a town whose government the text names in its own language
    ("role title", "The Ajuntament de Portblanc runs the port.\nTo: Mr {S}, Mayor of Portblanc "
     "(Batle de Portblanc)", "S leads Ajuntament de Portblanc"),
    # the undersigned ask the town's government ("the Ajuntament") to switch a thing off; a
    # body backing the letter supports each signatory
    ("request", "The Ajuntament de Portblanc runs the port.\nWe, the undersigned residents' "
     "associations of Portblanc, write to ask the Ajuntament to switch off the 38 {P} sensors "
     "that have counted people in the old town.\nThis letter is supported by the {G}.\n"
     "Yours sincerely,\nAssociació de Veïns de Sa Marina\nCol·lectiu Carrer Viu",
     "Associació de Veïns de Sa Marina opposes Ajuntament de Portblanc; "
     "Col·lectiu Carrer Viu opposes Ajuntament de Portblanc; "
     "G supports Associació de Veïns de Sa Marina; G supports Col·lectiu Carrer Viu"),
    ("request", "The {G} asked the {A} to switch off the {P} sensors.", "G opposes A"),
    # a unit at work on a thing's screen
    ("works on screen", "{C} makes the {P} app. The {A}'s Tourism Observatory (Observatori "
     "Municipal del Turisme) checks {P}'s crowding dashboard every morning.",
     "Tourism Observatory uses P; Tourism Observatory partOf A; A uses P; C develops P"),
    # a bare "Board of Trustees" under the letterhead approves an award for the letterhead's
    # body; a function's "of" in an attendance line; a sign-off's blank "Date"
    ("body approves award", "HIBERNIAN NATIONAL GALLERY\nMinutes of the 212th meeting of the "
     "Board of Trustees\nIn attendance: Dr Colm Ó Dálaigh-Brennan, Director; Ms {S}, Head of "
     "Digital Engagement\nRESOLVED THAT the Board approves the award of Tender HNG/T/2024/09 to "
     "{C} for the {P} digital guide.\nSigned: ____________________ Chair Date: ____________",
     "C supplies HIBERNIAN NATIONAL GALLERY; S worksFor HIBERNIAN NATIONAL GALLERY; "
     "Colm Ó Dálaigh-Brennan leads HIBERNIAN NATIONAL GALLERY"),
    # a notice under a state's name: the body on the next line buys; lots headed in capitals
    ("award notice", "FEDERAL REPUBLIC OF NIGERIA\nNATIONAL LAND TITLES AGENCY (NLTA)\n"
     "PUBLICATION OF CONTRACT AWARD\nLOT 1 – Registry software\nWinner: {C} Limited\n"
     "Subcontractor: {D} Limited (data migration)\nLOT 2 – Hosting\nWinner: {E} Limited",
     "C Limited supplies NATIONAL LAND TITLES AGENCY; D Limited supplies C Limited; "
     "E Limited supplies NATIONAL LAND TITLES AGENCY"),
    # a report's approval line with a professor's title
    ("signature", "{A} | Annual Report 2024 | Chapter 4\n4. Digitising our heritage\nWe run 12 "
     "site museums.\nApproved for publication by: Professor {S}, Director-General", "S leads A"),
    # the operator of the government cloud a thing runs in
    ("cloud it operates", "The council built {P}. {P} runs in the Lanka Government Cloud, which "
     "the {A} operates.", "A hosts P; Lanka Government Cloud hosts P"),
    # a permanent secretary serves the ministry; a committee's members line with "MP"
    ("role title", "The Committee took evidence from Mr. {S}, Permanent Secretary, Ministry of "
     "Culture and Heritage Development; and Mr. {T}, Managing Director, {C}.",
     "S worksFor Ministry of Culture and Heritage Development; T leads C"),
    ("chair present", "HOUSE OF REPRESENTATIVES\nPUBLIC EXPENDITURE AND ACCOUNTS COMMITTEE\n"
     "Fourth Report, Session 2024–2025\nMembers of the Committee: Hon. {S}, MP (Chair); Hon. "
     "{T}, MP\n1. Introduction\n1.1 The Committee examined the {A}'s ticketing project.",
     "S leads PUBLIC EXPENDITURE AND ACCOUNTS COMMITTEE; "
     "PUBLIC EXPENDITURE AND ACCOUNTS COMMITTEE investigates A"),
    # a plea to a panel to have a body halt its practice
    ("plea to halt", "The {G} asked the Committee to recommend that the {A} halt online-only "
     "ticketing at Fort Carrow until mobile coverage at the site is reliable.", "G opposes A"),
    # work through a thing under a licence agreement with its maker
    ("use provided by", "The {A} runs sites. Since March 2024 the {A} has also sold online "
     "tickets for its busiest sites through {P}, {C}'s online booking service, under an interim "
     "licence agreement with {C} that runs to March 2026.",
     "C supplies A; A uses P; C develops P"),
    # a thing the body's unit built in-house, that its offices sell through
    ("thing it built", "The {A} runs sites. Ticket offices at all 11 sites have sold admission "
     "through {P}, the till system the {A}'s ICT Unit built in-house in 2012.",
     "ICT Unit develops P; ICT Unit partOf A; A uses P"),
    # a correction's account of what was said before states nothing
    ("runs in a place", "Last week we said the {P} app runs on {C}'s own servers.", ""),
    # a letter to the text's body asking it to stop a practice; "ID" is no party
    ("wrote asking halt", "The {G} wrote to the {A} in May 2024 asking it to stop scanning "
     "volunteers' ID cards when they sign in for duty.", "G opposes A"),
    # a title's label line, the body and its address after the name
    ("signature", "We run the railway.\nData Protection Officer: {S}, {A}, Fellbeck Station, "
     "Fellbeck", "S worksFor A"),
    # a museum's name goes on with "of the"; a guest line's compound title
    ("signature", "Museums want to know where their visitors go and how long they stay, and this "
     "week we ask a museum director why her galleries measure dwell time.\nGuests:\nDr. {N}, "
     "Director and CEO, Museum of the Northern Plains\n{K}, senior researcher, {G}\nHost: Jo "
     "Whitebird", "N leads Museum of the Northern Plains; K worksFor G"),
    ("clause uses", "The {A} runs the National Museum of the Straits, which uses {P}.",
     "National Museum of the Straits uses P"),
    # a unit at work on a thing's maps; a museum that tried a thing
    ("works on screen", "The {A} runs galleries. {C} makes the {P} app. Our Visitor Experience "
     "Department checks the {P} heat maps every morning.",
     "Visitor Experience Department uses P; C develops P"),
    ("uses", "The {A} runs galleries. {C} built {P}, a visitor-counting system. The {A} tried {P} "
     "too.", "C develops P; A uses P"),
    ("uses", "The {A} tried to buy {P}.", ""),
    # a public body's acronym in its own language, in brackets after its English name; its
    # national director heads it
    ("role title", "The National Fisheries Control Service (SENACOP) tracks boats. SENACOP "
     "signed a six-year contract with {C} in 2022. SENACOP national director {S} said the "
     "agency had frozen the fines.",
     "C supplies National Fisheries Control Service; S leads National Fisheries Control Service"),
    # a plural possessive inside a cooperative's name
    ("role title", "\"We were outside the line,\" said {N}, president of the Caleta Huenchu "
     "Artisanal Fishers' Cooperative, whose members own 41 of the flagged boats.",
     "N leads Caleta Huenchu Artisanal Fishers' Cooperative"),
    # staff at a body's station see alerts on a thing's console
    ("works on screen", "Coastguard duty officers at the {A}'s station in Puerto Raulén see the "
     "same alerts on a {P} console.", "A uses P"),
    # coordination in a thing; the body's own servers are no host
    ("works in", "The {A} runs rescues. Since April 2024 the {A} has coordinated every search and "
     "rescue incident in {P}. A standby copy is kept on our own servers at Ballyquinlan Point.",
     "A uses P"),
    # a captain's approval line; a bidder's application for judicial review of an award
    ("award notice", "{A} | Procurement update\nOfficial name: {A}\nLot 3 – Aerial patrols\n"
     "Winner: {C}\n{D}, the second-ranked bidder for Lot 3, has applied to the High Court for "
     "judicial review of the award.\nApproved for publication: Captain {S}, Director, {A}",
     "C supplies A; D opposes A; S leads A"),
    # an irregular plural's possessive inside a signatory's name; the undersigned call on a body
    ("signatory", "We, the undersigned organisations, call on the {A} to withdraw the "
     "requirement that every inshore vessel fish with cameras switched on.\nSigned:\n{G} – {N}, "
     "Chair\nOrkney Inshore Fishermen's Association\nFisher Families Network Scotland",
     "G opposes A; Orkney Inshore Fishermen's Association opposes A; "
     "Fisher Families Network Scotland opposes A; N leads G"),
    # work done by a body's unit in a thing, in the passive; a unit's use is its body's
    ("works in", "Footage from the trial is reviewed by the {A}'s Remote Monitoring Unit in "
     "Stornhaven in {P}, video review software developed by {C}.",
     "Remote Monitoring Unit uses P; Remote Monitoring Unit partOf A; A uses P; C develops P"),
    ("works in", "The agreement follows a six-month pilot in which the {A}'s Department of "
     "Fisheries Development recorded more than 21,000 landings at four landing sites on Unguja "
     "through {P}.",
     "Department of Fisheries Development uses P; Department of Fisheries Development partOf A; "
     "A uses P"),
    # a thing and the footage it holds on a host's region
    ("runs in a place", "{C} built {P}. {P} and the footage it holds are stored in {D}'s UK "
     "North region.", "C develops P; D hosts P"),
    # "Full" opening a sentence is no name
    ("round led by", "{C} built {P}. Roll-out is expected in September. The company also closed "
     "a seed round led by {W}, with participation from {X}.",
     "C develops P; W funds C; X funds C"),
    # a board's award of a request for proposals; a plea to a board is to its body
    ("body approves award", "BRIERLY COVE HARBOUR AUTHORITY\nMinutes of the regular meeting of "
     "the Board of Directors\nRESOLVED that the Board approves the award of RFP 2025-02 to {C} "
     "for {P}, for a term of three years.\nCorrespondence: The Board noted a letter from the {G} "
     "asking the Board to defer any award until after the spring season.",
     "C supplies BRIERLY COVE HARBOUR AUTHORITY; G opposes BRIERLY COVE HARBOUR AUTHORITY"),
    # a surname with its particle and apostrophe
    ("clause leads", "The {A} runs the harbour. Ray d'Entremont-Walsh, who chairs the {A}'s "
     "Finance and Audit Committee, reported that the committee had reviewed the file.",
     "Ray d'Entremont-Walsh leads Finance and Audit Committee; Finance and Audit Committee partOf A; "
     "Finance and Audit Committee investigates A"),
    # an institute of a university; a hosting contract between a firm and a body; data drawn
    # from a thing
    ("unit of", "The Azores Ocean Observation Institute (AOOI) is a research institute of the "
     "Universidade Atlântica das Ilhas.",
     "Azores Ocean Observation Institute partOf Universidade Atlântica das Ilhas"),
    ("contract between", "{P} runs on {C}'s Portugal Central region under a hosting contract "
     "between {C} and the {A}.", "C hosts P; C supplies A"),
    ("works in", "{D} built {P}. The marine forecasting company {C} draws sea temperature data "
     "from {P} every hour.", "D develops P; C uses P"),
    # a start-up behind a thing, its round; a maker in a closing apposition
    ("company behind", "Tidebound, the Portuguese start-up behind the {P} catch-diary app, has "
     "raised a €6 million Series A led by {W}, with participation from {X}.",
     "Tidebound develops P; W funds Tidebound; X funds Tidebound"),
    ("maker of", "{C} has completed its purchase of {D}, the Nova Scotia maker of the {P} "
     "gear-loss beacon.", "D develops P; D partOf C"),
    # a correction's account of last week's issue
    ("runs in a place", "{C} built {P}. Last week's issue said {P} runs on {D}.", "C develops P"),
    # a director general who answers for the department; an ombudsman's approval
    ("answered for", "The {A} runs {P}. Director General {S} responded on behalf of the {A}, "
     "accepting all five recommendations.", "A uses P; S leads A"),
    ("signature", "OFFICE OF THE MARINE INDUSTRIES OMBUDSMAN\nInvestigation summary\nWe "
     "investigated how the department planned the system.\nApproved: {S}, Ombudsman",
     "S leads OFFICE OF THE MARINE INDUSTRIES OMBUDSMAN"),
    # Iceland's legal forms in lower case end a firm's name; work done under contract with us
    ("unit of", "The {A} runs the port. Our fish processing plant is run by Hrafnsey Frozen ehf., "
     "a wholly owned subsidiary of the {C}.", "Hrafnsey Frozen ehf. partOf C"),
    ("own service provided by", "We are the {A}. Crew wages and catch shares are calculated by "
     "Launakerfi hf. under contract with the {A}.", "Launakerfi hf. supplies A"),
    # a harbour master at a town, for the body that employs them
    ("role title", "With me tonight are Captain {S}, harbour master at Porthvellan for the "
     "Porthvellan Harbour Commissioners, and {N}.",
     "S worksFor Porthvellan Harbour Commissioners"),
    # a chairperson in apposition after "Atty."; a standard's number is no party
    ("role title", "The {A} regulates content. \"It is fair,\" said Atty. {N}, Chairperson of the "
     "{A}.", "N leads A"),
    ("inquiry by", "In May, {C} completed a SOC 2 Type II examination for the {G}.", ""),
    # a complainant "who asked not to be named" asks no one anything
    ("request", "One complainant, a schoolteacher in Anyinasu who asked not to be named, said "
     "she was considering legal action against the {A}.", ""),
    # a letter asking a body to take its thing offline
    ("wrote asking halt", "The {A} runs {P}. The {G} wrote to the {A} on Monday asking it to "
     "take {P} offline until an independent security review is complete.",
     "A uses P; G opposes A"),
    # records a paper got from a body: the body, not the firm named first
    ("records asked for", "{C} supplies and maintains the portal under a three-year contract, "
     "according to records the {M} obtained from the {A} under the Right to Information Act.",
     "M investigates A"),
    # a broadcaster's own annual report under its letterhead speaks as "we"; its approval line
    # without a colon
    ("signature", "TALLGRASS PUBLIC MEDIA | ANNUAL REPORT 2024–25\nChapter 4: Streaming\nThe {G} "
     "has backed our plan to caption every live programme.\nApproved for publication by {N}, "
     "President and Chief Executive Officer",
     "G supports TALLGRASS PUBLIC MEDIA; N leads TALLGRASS PUBLIC MEDIA"),
    # "X, part of Y, is led by Z": X is led
    ("clause leads", "The Harbour Security Operations Centre, part of the Harbour Technology "
     "Directorate, is led by {N}.",
     "Harbour Security Operations Centre partOf Harbour Technology Directorate; "
     "N leads Harbour Security Operations Centre"),
    # a word inside a longer name is no firm's staff ("Broadcasters" beside "X Broadcast Group")
    ("role title", "{C} Broadcast Group has hired a new CTO. {N} is the new president of the "
     "Independent Local Broadcasters Alliance.",
     "N leads Independent Local Broadcasters Alliance"),
    # a public office's review of how a broadcaster spent a grant; the office's grant to it,
    # the broadcaster named short
    ("inquiry opened", "Oregon's Office of Public Media Grants has opened a review of how "
     "Cascade Crest Public Media spent a 2023 equipment grant. The office gave Cascade Crest "
     "$410,000 that year to replace its main transmitter.",
     "Office of Public Media Grants investigates Cascade Crest Public Media; "
     "Office of Public Media Grants funds Cascade Crest Public Media"),
    # a committee's members under a heading of their own, with "MP" and no comma
    ("chair present", "Joint Select Committee on Public Broadcasting and Data\nReport summary, "
     "November 2025\nCommittee membership\nSenator {N} (Chair); Mr {K} MP (Deputy Chair); "
     "Senator Luke Pennington\nIntroduction\n1.1 In this inquiry the Committee examined how the "
     "{A} collects viewer data through its streaming service and shares that data with "
     "advertising technology firms, and what viewers are told about it.",
     "N leads Joint Select Committee on Public Broadcasting and Data; "
     "Joint Select Committee on Public Broadcasting and Data investigates A"),
    # advertising sold by a firm under a contract with the body
    ("own service provided by", "Advertising on {P} is sold by {C} under a contract with the {A}.",
     "C supplies A"),
    # a body's use of a thing is no making of it
    ("owner's product", "The {G} complained about the {C}'s use of {P}.", "C uses P"),
    # a chief executive listed after another's chief product officer; a plea to suspend a
    # named contract of a body of any kind
    ("role title", "I: {S}, Chief Product Officer, {A}; and {T}, Chief Executive, {C}.",
     "S worksFor A; T leads C"),
    ("request", "The {A} runs broadcasting. The {G} has asked the {A} to suspend the {P} contract "
     "until this Committee reports.", "G opposes A"),
    # a system built for the body by a firm, in apposition: the firm makes and sells it
    ("built for by", "We run licensing. The {A} manages every licence in {P}, a licensing and "
     "billing system built for it by {C}, which maintains it under a support contract.",
     "A uses P; C develops P"),
    # any body asked to stop its own use of a thing is the one opposed (not to stop selling it)
    ("request", "The {G} has asked {C} to stop using {P} rates in disciplinary decisions.",
     "G opposes C; C uses P"),
    ("request", "The {G} asked the {A} to suspend the {P} contract pending this report.",
     "G opposes A"),
    # guards: a firm's own account last week is no correction; a body's purchase of a thing is no
    # making of it; "MA." ends a sentence; a country's national director works for the firm;
    # a firm asked to stop selling the thing
    ("clause supplies", "Last week, {C} said it supplies cameras to the {A}.", "C supplies A"),
    ("owner's product", "The {C}'s recent purchase of {P} software was approved.", ""),
    ("clause supplies", "Officials would not confirm whether {D} is based in Boston, MA. {C} "
     "supplies cameras to the {A}.", "C supplies A"),
    ("role title", "{N}, {C}'s national director for Kenya, said so.", "N worksFor C"),
    ("request", "The {G} asked {C} to stop selling the {P} app to police.", "G opposes P"),
    # legal forms written in lower case or after a comma: Poland's, Portugal's, Brazil's,
    # a Portuguese holding's two in a row, Italy's
    ("legal form", "{A} signed a contract with Datamost sp. z o.o. in May.",
     "Datamost sp. z o.o. supplies A"),
    ("legal form", "{A} signed a contract with Sigmarca Tecnologias, Lda., a Braga firm, in May.",
     "Sigmarca Tecnologias, Lda. supplies A"),
    ("legal form", "Sigmarca Tecnologias, Lda. is part of Grupo Atlantico Digital, SGPS, S.A., "
     "the Lisbon holding company.",
     "Sigmarca Tecnologias, Lda. partOf Grupo Atlantico Digital, SGPS, S.A."),
    ("legal form", "{A} signed a contract with Datalink Ltda. in May.", "Datalink Ltda. supplies A"),
    ("legal form", "{A} signed a contract with Nordlys Data S.r.l. in May.",
     "Nordlys Data S.r.l. supplies A"),
    # a notice's table of results under its buyer's official name: each signed row sells to
    # the buyer (its winner's town no party); a lot's details under the table's winner; a
    # subcontracting line's firm; co-financing from a fund named for its owner; a challenger
    # with its town in brackets; the contact person and the approver; the department
    ("award notice", "Contract award notice\nSection I: Contracting authority\nOfficial name: "
     "Urzad Nadzoru Lekow (UNL)\nContact person: {N}, Head "
     "of Procurement Unit\nDepartment: Pharmacovigilance Department (Departament Monitorowania)"
     "\nLegal status: central government agency supervised by the Ministry of Health and "
     "Pharmaceutical Policy\nSection V: Award of contract\nLot | Subject | Tenders received | "
     "Winner | Value (PLN, net) | Status\n1 | Case management system | 4 | Medivigil Polska sp. "
     "z o.o., Krakow | 21 480 000.00 | Contract signed 14/03/2025\n2 | Data migration | 2 | "
     "Datamost sp. z o.o., Lodz | 2 314 200.00 | Contract signed 17/03/2025\n3 | Public app | 0 "
     "| – | – | Cancelled\nV.2) Details for Lot 1\nSolution: {P}, developed by the winner\n"
     "Subcontracting: first-line user support – Pomocnik IT sp. z o.o., subcontractor to the "
     "winner – Authorised by UNL\nV.2) Details for Lot 2\nCo-financing: 70 % of the value of "
     "Lot 2 is financed from the Health Digitalisation Fund of the Ministry of Health and "
     "Pharmaceutical Policy.\nVI.3) Additional information: An appeal lodged by Pharmaquant "
     "S.A. (Poznan), the second-ranked tenderer in Lot 1, asking the National Appeal Chamber "
     "to annul the award of Lot 1, was dismissed on 6 March 2025.\nApproved: {K}, President "
     "of the Office",
     "N worksFor Urzad Nadzoru Lekow; Pharmacovigilance Department partOf Urzad Nadzoru Lekow; "
     "Urzad Nadzoru Lekow partOf Ministry of Health and Pharmaceutical Policy; "
     "Medivigil Polska sp. z o.o. supplies Urzad Nadzoru Lekow; "
     "Datamost sp. z o.o. supplies Urzad Nadzoru Lekow; Medivigil Polska sp. z o.o. develops P; "
     "Pomocnik IT sp. z o.o. supplies Medivigil Polska sp. z o.o.; "
     "Ministry of Health and Pharmaceutical Policy funds Urzad Nadzoru Lekow; "
     "Pharmaquant S.A. opposes Urzad Nadzoru Lekow; K leads Urzad Nadzoru Lekow"),
    # numbered labels; funding as shares; an evaluation table's awarded rows; a subcontract
    # table whose lot names the winner it sells to; a challenge asking for the award to be
    # annulled, its challenger's legal form after a comma
    ("award notice", "CONTRACT AWARD NOTICE\nOfficial name: Gabinete Nacional de Marcas (GNM)\n"
     "I.2) Contact point: {N}, Procurement Officer\nII.6) Funding: 70 % Fundo de Modernizacao "
     "Administrativa (FMA); 30 % GNM own revenue\nV.2) Evaluation results\n"
     "Lot | Tenderer | Score | Result\n1 | Sigmarca Tecnologias, Lda. | 87.5 | Awarded\n"
     "1 | Indexa Iberica, S.L. | 84.1 | Not awarded\n2 | Nuvem Lusitana, S.A. | 88.0 | Awarded\n"
     "V.3) Subcontracting\nLot | Subcontractor | Scope | Status\n1 | Lisdata Servicos, S.A. | "
     "Migration | Authorised by GNM\n2 | Transportes Ribeirinho, Lda. | Transport | Proposed; "
     "not yet approved by GNM\nVI.1) Review procedures: Indexa Iberica, S.L., an unsuccessful "
     "tenderer for Lot 1, has brought an action before the Administrative Court, asking for "
     "the award of Lot 1 to be annulled.",
     "N worksFor Gabinete Nacional de Marcas; "
     "Fundo de Modernizacao Administrativa funds Gabinete Nacional de Marcas; "
     "Sigmarca Tecnologias, Lda. supplies Gabinete Nacional de Marcas; "
     "Nuvem Lusitana, S.A. supplies Gabinete Nacional de Marcas; "
     "Lisdata Servicos, S.A. supplies Sigmarca Tecnologias, Lda.; "
     "Indexa Iberica, S.L. opposes Gabinete Nacional de Marcas"),
    # a unit's work checked against a thing; a step of the work "before it is dispensed" is no
    # change of thing
    ("works in", "The {A} runs the donor register. The {A}'s Donation Coordination Centre "
     "checks every potential donor against {P}, twenty-four hours a day.",
     "Donation Coordination Centre partOf A; Donation Coordination Centre uses P; A uses P"),
    ("works in", "{P} is a prescription system. The {A}'s Pharmacy Operations Division reviews every flagged prescription in "
     "{P} before it is dispensed.",
     "Pharmacy Operations Division partOf A; Pharmacy Operations Division uses P; A uses P"),
    # examiners in a unit run searches, or have examined applications, in a thing
    ("works in", "{P} is a search database. The {A} registers trade marks. Examiners in the Trade Marks Directorate run "
     "every clearance search in {P}.", "Trade Marks Directorate uses P"),
    ("works in", "{P} is a case system. Examiners in the {A}'s Directorate of Patents have examined every new "
     "application in {P} since March 2023.",
     "Directorate of Patents partOf A; Directorate of Patents uses P; A uses P"),
    # staff at a firm's site in a town: the town uses nothing
    ("works in", "Staff at {C}'s mill in Lac Verdier check every incoming truck against {P}'s "
     "mill portal before it is weighed.", ""),
    # the operator of the data centre a thing runs in, the centre's town between
    ("cloud it operates", "{P} runs in the Government Data Centre in Cyberjaya, which the {A} "
     "operates.", "A hosts P"),
    ("cloud it operates", "{P} runs in the Government Data Centre at Mlima Heights, which {C} "
     "operates.", "C hosts P"),
    # a vice-chancellor heads the university, as a university's president does: after the
    # name, and before it with an academic title between
    ("role title", "\"We will decide later,\" said Prof. {N}, Vice-Chancellor of the {V}.",
     "N leads V"),
    ("office title", "{V} bought a new records system last year. Vice-Chancellor Professor {N} "
     "defended the choice on Monday.", "N leads V"),
    # the title of a body, then the holder's name after two honorifics; a director-general
    # written with a hyphen heads the body; the next of a list is no title of the one before
    ("role, name", "The committee thanks the Minister for Higher Education and Skills "
     "Development, Hon. Dr. {N}, and the Director-General of the {A}, Mr. {K}, for appearing "
     "before it. The {A} is an agency under the Ministry of Higher Education and Skills "
     "Development.",
     "N leads Ministry of Higher Education and Skills Development; K leads A; "
     "A partOf Ministry of Higher Education and Skills Development"),
    # a minister of two portfolios heads the department the text names for both
    ("role title", "The Department of Health and Pharmaceutical Services uses {P}.\nTo: The "
     "Honourable Dr {N}, Minister of Health and Pharmaceutical Services",
     "Department of Health and Pharmaceutical Services uses P; "
     "N leads Department of Health and Pharmaceutical Services"),
    # a group's acronym, its chair's title, an honorific, then the name
    ("role title", "The {G} wrote to the council last week. \"We cannot accept this,\" said "
     "{G} chairperson Dr. {N}.", "N leads G"),
    # a ministry named for a portfolio of talent
    ("plain", "The Ministry of Higher Learning and Talent funds the {G}.",
     "Ministry of Higher Learning and Talent funds G"),
    # a thing in apposition, built by the body the sentence opens with ("it"), or by a body
    # named after "the", or by its unit after "the bureau's"; not a thing it replaced
    ("thing it built", "The {A} runs the register in {P}, a platform it built in-house in 2020.",
     "A develops P; A uses P"),
    ("thing its maker made", "Older files remain in {P}, the case system the {A} built in-house "
     "in 2006.", "A develops P; A uses P"),
    ("thing its maker made", "Examiners use {P}, a case system the bureau's "
     "Information Technology Division built in 2011.",
     "Information Technology Division develops P"),
    ("thing its maker made", "The {A} now uses {P}, replacing a system the {A} had built "
     "in-house.", "A uses P"),
    # a body's register held, or run, in a thing since a year
    ("works in", "The {A} has held the register since 2021 in {P}.", "A uses P"),
    ("works in", "The {A} has run its register since 2019 on {P}, a platform from the Belgian "
     "firm {C}.", "A uses P; C develops P"),
    # a thing in apposition from a firm described by its town
    ("is thing from maker", "We regulate pharmacists. Inspectors record every finding in {P}, "
     "a tablet inspection app from the Kuching-based {C}.", "C develops P"),
    # a plea to a university to drop part of what it rolls out; a plea to take a service
    # offline
    ("plea to halt", "The {G} has asked the {V} to drop the mandatory photo-ID scan from its "
     "new exam-booking app before the app goes live.", "G opposes V"),
    ("plea to halt", "The {G} has asked the {A} to take the director search offline until an "
     "independent security review is complete.", "G opposes A"),
    # a thing from a place is no making of it
    ("is thing from maker", "The {A} is testing {P}, a tool from Boulder.", "A uses P"),
    # a judgment's heading names its parties with their roles in capitals: "the Claimant", "the
    # Respondent" and a term defined for one of them stand for the parties
    ("court parties", "BETWEEN CARIBTECH REGISTRY SOLUTIONS LIMITED CLAIMANT\nAND COMPANIES AND "
     "COMMERCIAL REGISTRY OF JAMAICA RESPONDENT\nAND BLUE MAHOE DIGITAL LIMITED INTERESTED "
     "PARTY\n[1] The Respondent (\"the Registry\") keeps the registers of "
     "companies.\n[2] The Registry has used {P} since 2013.\n[3] The Claimant challenges the "
     "Respondent's decision to award the contract to the Interested Party.",
     "Companies and Commercial Registry of Jamaica uses P; "
     "Caribtech Registry Solutions Limited opposes Companies and Commercial Registry of Jamaica"),
    # a judgment's appearances: counsel's firm stands for the party
    ("counsel for", "BETWEEN CARIBTECH REGISTRY SOLUTIONS LIMITED CLAIMANT\nAND BLUE MAHOE "
     "DIGITAL LIMITED RESPONDENT\nAppearances\nMr {N} instructed by Marchmont Haye & Partners "
     "for the Claimant.\nMr {K} of Ellison Rowe & Co. for the Respondent.",
     "Marchmont Haye & Partners supports Caribtech Registry Solutions Limited; "
     "Ellison Rowe & Co. supports Blue Mahoe Digital Limited; K worksFor Ellison Rowe & Co."),
    # "the University", "the College": the one the text names in full, not a unit whose name
    # opens with the word
    ("defined term", "{V} has a University Secretariat. The University has used {P}, a learning "
     "system developed by {C}, since 2014.", "V uses P; C develops P"),
    ("defined term", "{V} runs a student records system. Since September 2024 the University's "
     "Student Success Team has used {P} to decide which students are contacted.",
     "Student Success Team partOf V; Student Success Team uses P; V uses P"),
    # a column's news of a departure: no post held now ("left Y in 2019" still tells one)
    ("former staff", "People: {N} has left {C} after six years.", ""),
    # a newsletter's list of what the issue holds states nothing itself
    ("contents", "IN THIS ISSUE: {C} buys {D} · {A} picks {P} · People · Rumour mill", ""),
    # work done "through" a thing with no object between
    ("works through", "{P} is a dispensing system. The {A} dispenses through {P} in all 63 of "
     "its branches.", "A uses P"),
    # a body's contractor described in three words, in apposition
    ("body's supplier", "The {A}'s independent quality assurance contractor, {C}, reviewed the "
     "test results in April.", "C supplies A"),
    # a passive's "delivered through" is no body's work in the thing
    ("works through", "{C} sells location data. The data is delivered through {P}, a search "
     "portal.", ""),
    # guards from a second read: a funding share of the buyer's own money, a signer at a firm,
    # a label's text that names no unit, a ministry on a subcontracting line, an award
    # reviewed by a board (no challenge)
    ("award notice", "Contract award notice\nOfficial name: Urzad Nadzoru Lekow (UNL)\nWinner: "
     "Medivigil Polska sp. z o.o.\nFunding: 100 % State budget\nSigned by: {N}, Managing "
     "Director of Medivigil Polska sp. z o.o.\nDepartment: Not applicable\nSubcontracting: as "
     "approved by the Ministry of Health, Pomocnik IT sp. z o.o. will provide support\nVI.3) "
     "Additional information: Pharmaquant S.A., the second-ranked tenderer, accepted the award, "
     "which was reviewed by the Management Board on 3 March 2025.",
     "Medivigil Polska sp. z o.o. supplies Urzad Nadzoru Lekow; "
     "Pomocnik IT sp. z o.o. supplies Medivigil Polska sp. z o.o."),
    # a person named in a judgment's heading stays a person
    ("court parties", "BETWEEN ROUTEMIND LOGISTICS LIMITED CLAIMANT\nAND THABO MAPHUTHA "
     "RESPONDENT\n[1] Thabo Maphutha works for Routemind Logistics Limited as a driver.",
     "Thabo Maphutha worksFor Routemind Logistics Limited"),
    # a registry described as "the register of …" stays a body
    ("apposition", "Kelvar Land Registry, the register of title for the province, uses {P}, a "
     "records system. {N} works for Kelvar Land Registry.",
     "Kelvar Land Registry uses P; N worksFor Kelvar Land Registry"),
    # complaints "against" a thing, and tests "on" it, are no use of it
    ("works in", "{P} is a records app. The {A} has logged 40 complaints against {P} since "
     "March.", "A opposes P"),
    ("works in", "{P} is a records app. Inspectors at the {A} ran penetration tests on {P} in "
     "May.", ""),
    # a supplier that licenses a thing from another is not its maker; a deputy is no head
    ("is thing from maker", "{P} is a records app. The {A} uses {P}, a platform from its local "
     "supplier {C}, which licenses it from {D}.", "A uses P; D supplies C"),
    ("role, name", "The committee thanks the Deputy Vice-Chancellor of the {V}, Prof. {N}, for "
     "appearing.", "N worksFor V"),
    # a body that sued its vendor over a thing did not build it
    ("thing it built", "{P} is a records app. The {A} sued its vendor over {P}, a platform it "
     "built in 2019.", ""),
    # a letter asking its addressee to suspend a rule: a stance on the addressee, no inquiry,
    # and not on a thing the rule names
    ("letter asking halt", "{P} is a records portal. The {G} has written to the {A} asking it "
     "to suspend the rule that survey plans be lodged only through {P} until the missing "
     "records are restored.", "G opposes A"),
    # the subject of a sentence is the name a possessed noun is set beside ("X's largest
    # customer, the Y, …"), so "Its chief executive" next is Y's
    ("its title", "{C}'s largest customer, the {A}, has used {P} since 2018. Its chief "
     "executive, Dr {N}, said the agency had serious questions.",
     "C supplies A; A uses P; N leads A"),
    # a ministry's second portfolio of an adjective and a portfolio noun
    ("contract with", "The Ministry of Environment and Circular Economy signed a contract "
     "with {C} in May.", "C supplies Ministry of Environment and Circular Economy"),
    ("role title", "{N}, the minister at the Department for Communities and Voluntary Action, "
     "told MPs on Wednesday that she had asked officials to act.",
     "N leads Department for Communities and Voluntary Action"),
    # a committee on two topics, after the house it belongs to
    ("clause investigates", "{P} is a registry platform. The House of Commons Standing "
     "Committee on Indigenous and Northern Affairs is examining the {A}'s use of {P}.",
     "House of Commons Standing Committee on Indigenous and Northern Affairs investigates A; "
     "A uses P"),
    # the members of two trades at a level: one union
    ("letter asking halt", "In May the National Waste and Recycling Workers Union wrote to the "
     "{A} asking it to suspend the rollout.",
     "National Waste and Recycling Workers Union opposes A"),
    # "First Nations" keeps its "First"
    ("clause uses", "The First Nations Land Titles Office has registered every new instrument "
     "in {P} since 2024.", "First Nations Land Titles Office uses P"),
    # an en dash joining two names' words is one name; a span of months is none
    ("paid with grant from", "The {A}'s new system was paid for with a grant from the "
     "Danube–Black Sea Development Bank.", "Danube–Black Sea Development Bank funds A"),
    ("clause uses", "Since the June–August 2024 pilot, the {A} has issued every permit "
     "through {P}.", "A uses P"),
    # a syllabic acronym after a federation's name keeps its "and"
    ("letter asking halt", "The Federation of Waste Recyclers and Scrap Dealers of Nigeria "
     "(FEWRESDAN) wrote to the {A} in April asking it to suspend the permit fee.",
     "Federation of Waste Recyclers and Scrap Dealers of Nigeria opposes A"),
    # a reporter's end line: a correspondent of several words, a chief reporter is staff
    ("is title", "The {A} signed the deal in May.\n\n{N} is the {M}'s social affairs "
     "correspondent.", "N worksFor M"),
    ("role title", "The {A} signed the deal in May.\n\n{N} is chief reporter at the {M}.",
     "N worksFor M"),
    # a firm that ran a body's work under contract, or holds its contract now
    ("which works under contract with", "The {A} opened an inquiry. {C}, which ran the {A}'s "
     "telephone appeals under contract, used {P} to choose whom to call.",
     "C supplies A; C uses P"),
    ("holds body's contract", "The {A} installed bin sensors in May. Collections are carried "
     "out by {C}, which holds the {A}'s refuse and recycling contract until 2031.",
     "C supplies A"),
    # (one it held is over: no sale now)
    ("holds body's contract", "The {A} installed bin sensors in May. {C}, which held the {A}'s "
     "refuse contract until 2019, declined to comment.", ""),
    # a funder's own list of grants as a table: each recipient is funded by the list's body
    ("grantee list", "{I}\nGrants awarded\nThe Board approved the following grants at its "
     "meeting of 30 October 2025.\nRecipient | County | Amount (KSh) | Purpose\n{G} | Ziwani | "
     "4,800,000 | Mentorship for 300 girls\n{H} | Nairobi | 3,900,000 | Training for "
     "volunteers", "I funds G; I funds H"),
    # (a privacy notice's recipients of data are funded by nobody)
    ("grantee list", "{I}\nWho we share your data with\nRecipient | Data shared | Purpose\n"
     "{G} | Names and addresses | Mailing\n{H} | Case notes | Advocacy", ""),
    # a place of two words before "-based" describes the firm after it
    ("clause develops", "The {A} dispatches every call through {P}, a platform developed by "
     "New York-based {C}.", "C develops P; A uses P"),
    # a maker described before its name: "the Yorkshire software house Y"
    ("product, made by", "{P} is the {A}'s meter data platform. Each meter reports to {P}, a "
     "platform built by the Yorkshire software house {C}.", "C develops P; A uses P"),
    # "Eng." before a name is an engineer's title, and "bint" joins a name's parts
    ("role title", "{C} said its chief executive, Eng. Khalid bin Hamad Al-Hinai, had met the "
     "{A}.", "Khalid bin Hamad Al-Hinai leads C"),
    ("role title", "Dr. Aisha bint Salim Al-Rawahi has been chief digital officer of {C} since "
     "2022.", "Aisha bint Salim Al-Rawahi worksFor C"),
    # a service supplied to one firm by another
    ("supplied to by", "Applicants' identities are checked through a service supplied to {C} "
     "by {D} under a subcontract.", "D supplies C"),
    # a firm hired to look into the hirer's affairs sells it a service and examines it
    ("hired to look into", "The {A} said it had hired cybersecurity firm {C} to investigate "
     "the attack.", "C supplies A; C investigates A"),
    ("hired to look into", "The {A} engaged {C} to carry out a forensic review of the "
     "migration.", "C supplies A; C investigates A"),
    # a bid's proposed subcontractor is no stance
    ("clause supports", "{C} proposes {D} as its installation subcontractor.", ""),
    # a byline's date after a bar
    ("signature", "{C} News\n\nPosted by {N}, VP of Customer Success, {C} | September 30, "
     "2025\n\nThis spring the {A} ran a pilot of our sensors.", "N worksFor C"),
    # a narrower portfolio's minister at a department, and a Minister of State there, work
    # there
    ("role title", "{N}, the water minister at the Department for Environment and Rural "
     "Communities, told MPs on Thursday that the situation was unacceptable.",
     "N worksFor Department for Environment and Rural Communities"),
    # a relative clause of a firm that supplies the thing to a body, after an apposition
    ("which supplies it", "Returns are pre-filled in {P}, a platform developed by {C}, which "
     "supplies it to the {A} under a five-year contract.", "C develops P; C supplies A"),
    ("which supplies it", "{P} was built by {C}, which has run and supported it for the {A} "
     "under a four-year contract signed in 2022.", "C develops P; C supplies A"),
    # a thing operated for a body by a firm under contract
    ("operated for by", "{P} is operated for the {A} by {C} under a ten-year build-operate "
     "contract signed in 2023.", "C supplies A"),
    # a letter asking its addressee to waive a charge opposes the addressee
    ("wrote asking halt", "The {G} has written to the {A} asking it to waive penalties for "
     "invoices issued late during the outage.", "G opposes A"),
    # a sign-off over two lines: the title's line names the body after a comma, or the line
    # under it; a commissioner general, a comptroller and an auditor-general for a place head
    ("signature", "The {A} has published its report.\nJohn Bosco Okello-Atwine\nCommissioner "
     "General, {A}", "John Bosco Okello-Atwine leads A"),
    ("signature", "The {A} has published its report.\nBrian Mohammed-Lezama\nComptroller of "
     "Customs and Excise\nfor the {A}", "Brian Mohammed-Lezama leads A"),
    ("signature", "The {A} has published its report.\nEng. Dr. Rose Atieno Ouma\nChief "
     "Executive Officer, {A}", "Rose Atieno Ouma leads A"),
    # (a secretary over a group is one of its officers)
    ("signature", "The {G} held its annual meeting in May.\nAroha Penwarden-Tane\nSecretary, "
     "{G}", "Aroha Penwarden-Tane worksFor G"),
    # a coined name with its version's number is one name, a product
    ("clause uses", "Since 2012 the {A} has used NavCharta 8 on all its vessels.",
     "A uses NavCharta 8"),
    ("use provided by", "The {A} currently bills its 14,600 accounts with RatesMate 4, "
     "supplied by {C} under a contract that expires in 2026.",
     "C supplies A"),
    # a general manager heads the body; one for a region works for it
    ("role title", "Engr. {N}, the {A}'s general manager, said the authority had ordered a "
     "review.", "N leads A"),
    ("role title", "\"This is a product built for the Pacific's airports,\" said {N}, {C}'s "
     "General Manager for Asia-Pacific.", "N worksFor C"),
    # a labelled list of guests on one line, each with a title and a body
    ("signature", "Guests: {N}, Vice President, Information Technology, {C}; {K}, Safety "
     "Officer, {G}\n\nThe show looked at port technology.", "N worksFor C; K worksFor G"),
    # a letter from a writer to a body it names, for or against it
    ("letter noted", "Doc 6 | Letter from the {G} asking the {A} to suspend automated licence "
     "suspensions, 2 September 2024 | Released in part", "G opposes A"),
    ("letter noted", "Doc 7 | Letter from the {G} in support of the {A}'s proposed "
     "licence-checking rule, 16 September 2024 | Released in full", "G supports A"),
    # a losing bidder's letter asking the awarding body to suspend the award
    ("letter asking halt", "{C} has written to the {A} asking it to suspend the award decision "
     "and to re-score criterion Q3.", "C opposes A"),
    # a ministry of taxation and excise is one body
    ("unit of", "The {A}, an attached department of the Department of Local Taxation and "
     "Excise, has assessed every urban property.",
     "A partOf Department of Local Taxation and Excise"),
    # a heading naming a document or a sitting is no body; a letter to "the Board" or "this
    # Council" is to the text's body
    ("letter noted", "{A}\nREPORT TO THE BOARD OF DIRECTORS\nReport No.: 2025-41\n\nThe {G} "
     "has written to the Board asking it to delay the award.", "G opposes A"),
    # a body's work done through or in a thing: a use
    ("clause uses", "The {A} has billed all of its 41,000 properties through {P} since 2019.",
     "A uses P"),
    ("clause uses", "{P} is a tax platform. The {A} processed 1.9 million returns in {P} last "
     "year.", "A uses P"),
    # (the maker named in an apposition on the thing is no user of it)
    ("clause uses", "Returns are processed in {P}, a platform developed by {C}.", "C develops P"),
    ("clause uses", "{P} is a valuation system. The {A} has assessed all 2.1 million urban "
     "properties in {P}.", "A uses P"),
    # (checking a thing is no use of it)
    ("clause uses", "\"Families deserve to know someone has checked the software,\" the {G} "
     "said of {P}.", ""),
    # a body held by another, by its kind
    ("held by a body", "The {A}, an agency under the aegis of the Department of Finance, has "
     "pre-filled returns since 2023.", "A partOf Department of Finance"),
    ("held by a body", "The {A} is a non-corporate Commonwealth entity within the Department of "
     "Trade and Border Revenue.", "A partOf Department of Trade and Border Revenue"),
    # the operator of the data centre a thing is hosted in hosts it
    ("cloud it operates", "{P} is hosted in a data centre at Point Lisas operated by {C}.",
     "C hosts P"),
    ("cloud it operates", "{P} is hosted in the Government Data Centre at New Delhi, which is "
     "operated by {C}.", "C hosts P"),
    # a thing's records hosted by a firm
    ("runs in a place", "{P}'s vending and consumption records are hosted by {C}.", "C hosts P"),
    # Ghanaian given names; a hyphenated title before the holder
    ("role title", "The {A}'s Commissioner-General, Nana Akua Sarpong-Mensah, said that no data "
     "had been lost.", "Nana Akua Sarpong-Mensah leads A"),
    # the chief of the trade a body is named for heads it; a chief of a trade elsewhere is staff
    ("role title", "The Maritime Safety Investigation Branch published its report.\nApproved "
     "for release: Dr {N}, Chief Investigator, Maritime Safety Investigation Branch",
     "N leads Maritime Safety Investigation Branch"),
    ("role title", "{N} is chief investigator at the {M}.", "N worksFor M"),
    # a footnote's marker after a full stop ends the sentence: no name opens with "None"
    ("clause supplies", "{C} has supplied the {A} since 2009.² None of that is a scandal.",
     "C supplies A"),
    # (a thing proposed "as" an answer is backed: only a firm proposed as a bid's subcontractor
    # is no stance)
    ("clause supports", "{P} is a drone system made by {C}. {C} CEO {N} proposed {P} as a "
     "possible answer to school shootings.", "C develops P; N leads C; N supports P"),
    # a cabinet secretary over a ministry heads it
    ("signature", "Hon. Dr. Miriam Chepkoech Lagat\nCabinet Secretary\nMinistry of Environment "
     "and Circular Economy\nUpper Hill, Nairobi\n\nThe {A} has written to us about the fees.",
     "Miriam Chepkoech Lagat leads Ministry of Environment and Circular Economy"),
    # two letters in one sentence: one for the body whose minutes they are, one to a body
    ("letter noted", "{A}\nMinutes of the regular meeting\n\n5.6 The Board noted a letter from "
     "the {G} in support of the new system, and a letter from the {H} asking the {A} to "
     "defer any award.", "G supports A; H opposes A"),
    # a firm hired to look into another's affairs examines those, not the hirer
    ("hired to look into", "The {A} engaged {C} to review {D}'s cost forecasts.",
     "C supplies A"),
    # a title's line whose part after the comma names no body: no body guessed for it
    ("signature", "Panel 2: Cloud and the Smaller City\n{N}\nHead of Public Sector, India, {C}\n"
     "She is responsible for the firm's work with state governments.", ""),
    # a heading's verb before a thing's name, and a campaign's call after a breadcrumb's "›"
    ("clause uses", "Replacing {P}\nThe {A} has used {P} since 2019.", "A uses P"),
    ("clause uses", "Home › Campaigns › Drop {P}\nThe {A} has used {P} since 2019.", "A uses P"),
    # a city's possessive before a firm says where the firm is
    ("purchase of firm", "Cape Town's {C} has completed its purchase of {D}.", "D partOf C"),
    # the Republic of Korea is a country, no firm
    ("clause develops", "The {P} scanner is manufactured by {C} of the Republic of Korea, which "
     "supplies the scanners to {D} under a distribution agreement.", "C develops P"),
    # the doer of a sentence's work under a licence from a firm, or its supply contract, buys
    ("under licence from", "The {A} has calculated every bill from {P} readings since 2022 "
     "under a licence from {C}.", "C supplies A"),
    ("under licence from", "The {A} has fitted 212,000 meters to homes since 2023 under a £64m "
     "supply contract with {C}.", "C supplies A"),
    # (a firm's work under its licence from another is that firm's purchase)
    ("under licence from", "{D} has installed the cameras under a licence from {C}.",
     "C supplies D"),
    # a party's defined term in brackets without quotation marks
    ("supplied to by", "Contractor: {C} (the Contractor), a subsidiary of {D}. The Contractor "
     "built {P} for the {A}.\nLiveness detection: supplied to the Contractor by {E} under a "
     "subcontract.", "C partOf D; C develops P; C supplies A; E supplies C"),
    # a country whose name holds "and" is one word of a name, and a members' body of two trades
    # may say where it is after "of"
    ("clause supports", "The Customs Brokers and Clerks Association of Trinidad and Tobago has "
     "backed the {A}'s plan to retire paper declarations.",
     "Customs Brokers and Clerks Association of Trinidad and Tobago supports A"),
    ("contract with", "The Trinidad and Tobago Customs and Excise Authority signed a contract "
     "with {C} in May.", "C supplies Trinidad and Tobago Customs and Excise Authority"),
    # a general secretary heads the union a sign-off's second line names
    ("signature", "The {G} opposes the plan.\nSiobhan Kerrigan-Walsh\nGeneral Secretary, {G}",
     "Siobhan Kerrigan-Walsh leads G"),
    # a professor's name alone over a title and a body with its short name in brackets
    ("signature", "The {G} opposes the plan.\nProfessor Lindiwe Dube-Hartmann\nPresident, {G}",
     "Lindiwe Dube-Hartmann leads G"),
    # a letter asking its addressee to act asks it no questions, whether or not a stance is read
    ("letter asking halt", "The {G} wrote to the {A} on 22 August asking it to restore email "
     "filing as a fallback.", ""),
    ("letter asking halt", "The {G} has written to the {A} asking it to suspend every penalty "
     "recorded during the outage.", "G opposes A"),
    # (a letter asking for an account is an inquiry still)
    ("clause investigates", "The {G} wrote to the {A} asking it to explain the outage.",
     "G investigates A"),
    # a plea to remove what a body has put up
    ("plea to halt", "The {G} has asked the {A} to remove all camera traps within 500 metres of "
     "villages.", "G opposes A"),
    # a relative clause after a thing's description and its maker is about the thing
    ("clause uses", "The new kiosks will run on {P}, the point-of-sale system from {C}, which "
     "the {A} has used since January.", "C develops P; A uses P"),
    ("clause uses", "Payments run through {P}, the online ticketing platform of Sydney-based "
     "{C}, which the {A} has used since 2019.", "C develops P; A uses P"),
    ("clause uses", "The {A} manages its profiles in {P}, a records system developed by "
     "Bern-based {C}, which the {A} has licensed from {C} since 2019.",
     "C develops P; C supplies A; A uses P"),
    # (a subject relative after the maker is the maker's)
    ("clause supplies", "The {A} has held the register since 2021 in {P}, a platform developed by "
     "Athens-based {C}, which supplies and maintains it under a contract with the {A}.",
     "C develops P; C supplies A; A uses P"),
    # a thing hosted by one firm in another's cloud region: the region's owner hosts it
    ("runs in a place", "{P} is hosted by {C} in {D}'s Helsinki region.", "D hosts P"),
    ("runs in a place", "The {A} uses {P}. {P}'s cloud processing runs on {D}'s Tokyo region.",
     "A uses P; D hosts P"),
    ("runs in a place", "Rangers use the {P} dashboard, which runs on {D}'s Mumbai region.",
     "D hosts P"),
    # a subscription's subscriber buys
    ("subscription with", "The {G} signed a two-year subscription with {C} in February.",
     "C supplies G"),
    # a pronoun opening a sentence is none of those its own clause names
    ("clause supplies", "The {A} has kept its records in {P}, {C}'s records system, since 2017. "
     "It licenses {P} from {C} under an annual subscription.",
     "C develops P; C supplies A; A uses P"),
    # a host's or a station's name: a radio station's frequency is part of it
    ("show's host", "Good morning.\nI'm Carmela Dizon-Reyes, and this is Usapang Aklat on "
     "Baybay FM 95.1.", "Carmela Dizon-Reyes worksFor Baybay FM 95.1"),
    ("show's host", "Good evening.\nI'm Dana Holloway-Reyes, and this is the News at Six on "
     "KQPH 6.", "Dana Holloway-Reyes worksFor KQPH"),
    # witnesses of one body joined by "and" in a labelled list
    ("signature", "Witnesses: Stephen Karaka-Hollis, Chief Executive, and Mei Lin "
     "Tan-Ferguson, Head of Trust and Safety, {C}; Rachel Osborne-Tuhiwai, Chief Executive, "
     "{G}", "Stephen Karaka-Hollis leads C; Mei Lin Tan-Ferguson worksFor C; Rachel "
     "Osborne-Tuhiwai leads G"),
    # a tribunal's appearances name counsel's firm
    ("signature", "The appeal was heard on 3 June.\nCounsel for the Athlete: Me Julien "
     "Ouellet-Brassard, {C}", "Julien Ouellet-Brassard worksFor C"),
    ("signature", "The inquiry sat for three days.\nFor the registered person: Mr Rory "
     "Delahunt, solicitor, of {C}, instructing Ms Niamh Kavanagh BL.",
     "Rory Delahunt worksFor C"),
    # a service rendered under a service agreement, by a charity or a laboratory
    ("which works under contract with", "She noted that the {G}, which operates the {A}'s "
     "animal shelter under a service agreement with the {A}, receives intake notices.",
     "G supplies A"),
    # "the Commissioner" of a decision notice is the commissioner's office the text names
    ("inquiry opened", "The Office of the Information Access Commissioner received a complaint "
     "about the {A}.\nThe Commissioner opened an investigation into the {A}'s handling of the "
     "request on 9 October 2024.", "Office of the Information Access Commissioner investigates "
     "A"),
    # a chief of a beat's trade is staff: "chief athletics writer at Y"
    ("role title", "{N} is chief athletics writer at the Nairobi Sports Mirror.",
     "N worksFor Nairobi Sports Mirror"),
    # portfolios before "Cabinet Secretary" name the minister's ministry
    ("role title", "The Ministry of Sports and Youth Affairs oversees the {A}. Sports and Youth "
     "Affairs Cabinet Secretary Dr. {N} said she had asked the {A} for a full account.",
     "N leads Ministry of Sports and Youth Affairs"),
    # a signature line with the body's country after it
    ("signature", "We oppose the sale.\nDra. {N}, Senior Researcher, Instituto Patagónico de "
     "Biodiversidad, Argentina", "N worksFor Instituto Patagónico de Biodiversidad"),
    # a title that holds a head's after "and"
    ("signature", "The {A} met on 3 June.\nIssued by: Dr {N}, Registrar and Chief Executive, "
     "{A}", "N leads A"),
    # (not a secretary's)
    ("signature", "The {G} met on 3 June.\nIssued by: {N}, Secretary and Treasurer, {G}",
     "N worksFor G"),
    # a name of courtesy titles and particles alone over its title's line
    ("signature", "We thank our partners.\nDatuk Seri Haris Ridzuan bin Othman\n"
     "Secretary-General, {G}", "Haris Ridzuan bin Othman leads G"),
    ("signature", "The award was made.\nGenevieve Roy-Aldana\nRegistrar, {A}",
     "Genevieve Roy-Aldana worksFor A"),
    # a national archivist heads the records office
    ("signature", "To: Ms {N}, National Archivist, {A}, Pretoria\nWe write about the charges.",
     "N leads A"),
    # bought through a distributor, a purchasing alliance or a consortium
    ("bought through", "The {A} buys LoanPoint through the Queensland Public Libraries "
     "Purchasing Alliance.", "Queensland Public Libraries Purchasing Alliance supplies A; "
     "A uses LoanPoint"),
    ("bought through", "The {A}'s catalogue will remain on Circulo, which the {A} receives "
     "through the Buckeye Valley Library Consortium.",
     "Buckeye Valley Library Consortium supplies A"),
    ("bought through", "Scores come from {P} straps, made by {C} of Seoul, which the {A} buys "
     "through its Malaysian distributor, {D}.", "C develops P; D supplies A"),
    # a text signed off over two lines speaks for the signer's body
    ("bought through", "Athlete data\nScores come from {P} straps, which we buy through its "
     "distributor, {D}.\nDatuk Seri Haris Ridzuan bin Othman\nSecretary-General, {G}",
     "D supplies G; Haris Ridzuan bin Othman leads G"),
    # an owner's word before a capitalised title and its holder
    ("role title", "Annual review\nOur Head of Operations, {N}, led the move from paper cards.\n"
     "Joanna Pryce-Okafor, Chief Executive, {G}",
     "N worksFor G; Joanna Pryce-Okafor leads G"),
    ("role title", "Annual review\nOur Curator, Dr {N}, keeps the animal records.\n"
     "Joanna Pryce-Okafor, Chief Executive, {G}", "N worksFor G; Joanna Pryce-Okafor leads G"),
    # a staff list's "Library Director" heads the library the board governs
    ("staff list", "MILLRACE PUBLIC LIBRARY BOARD OF TRUSTEES\nMinutes of the Regular Meeting\n"
     "Staff: {N}, Library Director\nThe Millrace Public Library will buy {P}.",
     "N leads Millrace Public Library; Millrace Public Library uses P"),
    # a board's president marked on its members' line chairs it
    ("chair present", "MILLRACE PUBLIC LIBRARY BOARD OF TRUSTEES\nMinutes of the Regular "
     "Meeting\nPresent: {N} (President), Dennis Achterberg (Vice President), Owen Pruitt\n"
     "The board met at 7 pm.", "N leads MILLRACE PUBLIC LIBRARY BOARD OF TRUSTEES"),
    # a body's board of trustees chaired by its chair
    ("clause leads", "The {G}'s board of trustees is chaired by Tan Sri Dr Ahmad Fauzi bin "
     "Hashim.", "Ahmad Fauzi bin Hashim leads G"),
    # the one a body's head "is"
    ("head is", "The {A} is a department of the ministry. Its Director is Mr {N}.", "N leads A"),
    ("head is", "The {G} was founded in 2001. Its former director is Mr {N}.", ""),
    # a head named in an aside between the subject and its verb
    ("clause uses", "The {A}, headed by Director {N}, ran a pilot of {P} at 38 sites.",
     "A uses P; N leads A"),
    # a thing's data kept in a cloud's region
    ("runs in a place", "{P}'s access logs and CCTV stills are stored in {D}'s Dublin region.",
     "D hosts P"),
    ("runs in a place", "Mr. Barnhart told the board that the {P} inventory dashboard runs on "
     "{D}'s US-Central region for 63 customers.", "D hosts P"),
    # a minister of a list of portfolios, each read as a name
    ("role, name", "The Ministry of Wildlife, Parks and Tourism oversees the {A}. The Minister "
     "of Wildlife, Parks and Tourism, Hon. {N}, said the contract was signed.",
     "N leads Ministry of Wildlife, Parks and Tourism"),
    # a head who acts on the body's behalf; not a secretary
    ("answered for", "The {A} received the request. The Chief Archivist, Ms {N}, made written "
     "submissions on behalf of the {A}.", "N leads A"),
    ("answered for", "The {A} received the request. The Secretary, Ms {N}, made written "
     "submissions on behalf of the {A}.", ""),
    # backers of a submission signed off over two lines, several in one line
    ("backs the letter", "We urge the {A} to drop the proposal.\nThis submission is supported "
     "by the {G} and Parents for Open Libraries.\nSiobhan Kerrigan-Walsh\nGeneral Secretary, "
     "Irish Library Workers' Union", "G supports Irish Library Workers' Union; Parents for "
     "Open Libraries supports Irish Library Workers' Union; Siobhan Kerrigan-Walsh leads Irish "
     "Library Workers' Union; Irish Library Workers' Union opposes A"),
    # a commissioner's office named for two topics is one body
    ("inquiry opened", "The Information and Privacy Commissioner has opened an inquiry into the "
     "{A}'s collection of facial images.", "Information and Privacy Commissioner investigates A"),
    # a body that says it opened an inquiry opened it; not one that reports another's
    ("inquiry opened", "The {G} confirmed on Wednesday that it had opened an inquiry into the "
     "{A}'s collection of facial images.", "G investigates A"),
    # goods assembled to order for a firm
    ("built for by", "{C} makes {P}. The units are assembled for {C} by {D} near Chennai, under "
     "a contract manufacturing agreement.", "C develops P; D supplies C"),
    # a sponsor of the episode funds the body that produces the programme
    ("paid for", "THE BALANCE SHEET | Episode 148\nProduced by {C}. Theme music by Okafor & "
     "Lind.\nNADINE: Welcome back.\nThis episode is sponsored by {D}.", "D funds C"),
    # a club named for its members' possessive
    ("clause supports", "The {A} plans a new ticketing system. The Black Sands Supporters' Club "
     "has backed the {A}'s plan.", "Black Sands Supporters' Club supports A"),
    # a committee named for a field's word before "X and Y", in a heading's capitals
    ("chair present", "SPORT, RECREATION AND CULTURE COMMITTEE\nInquiry into ticketing\n"
     "Members present: {N} (Chairperson), Simon Ashworth-Lee (Deputy Chairperson)\nThe "
     "committee met.", "N leads SPORT, RECREATION AND CULTURE COMMITTEE"),
    # an owner told by its majority share
    ("parent named", "Aberwyn Town AFC plays at home. We asked about reports that {D}, the "
     "club's majority shareholder, is looking for a buyer.", "Aberwyn Town AFC partOf D"),
    ("parent named", "{C}'s majority shareholder, {D}, is looking for a buyer.", "C partOf D"),
    # a doctor's speciality is a trade: "a haematologist at Y"
    ("role title", "The panel heard expert evidence from Dr. {N}, a haematologist at Kingsmere "
     "General Hospital, called by the {G}.", "N worksFor Kingsmere General Hospital"),
    # a growers' council of two produce names, its place first, is one members' body
    ("letter asking halt", "The Iowa Turkey and Egg Growers Council represents farmers. The "
     "council wrote to the {A} last week asking it to remove individual farm locations from the "
     "public map.", "Iowa Turkey and Egg Growers Council opposes A"),
    # a public body that built a thing in-house uses it, unless it was switched off
    ("thing it built", "Probation officers type all case notes into {P}, the offender management "
     "system the {A} built in-house in 2012.", "A develops P; A uses P"),
    ("clause develops", "The {A} built {P} in-house in 2012.", "A develops P; A uses P"),
    ("thing it built", "{P}, the claims system the {A} built in-house in 1999, was switched off "
     "on Oct. 14.", "A develops P"),
    # staff of a unit at work in a thing
    ("staff work in", "{P} is an automated monitoring system. Staff in the {A}'s Online Content Compliance Unit review {P} alerts every "
     "morning and decide which outlets receive notices.",
     "Online Content Compliance Unit partOf A; Online Content Compliance Unit uses P; A uses P"),
    # records released to a watcher under a law of access, whatever they are
    ("records released to", "The {A} released its draft safety case and the evaluation of the "
     "2024 trial to the {G} under the Freedom of Information Act 1982 in June.",
     "G investigates A"),
    # records got from a body under a request of access
    ("records released to", "The {G} got the {P} contract from the {A} under FOI in the spring.",
     "G investigates A"),
    # (not a grant received under an act)
    ("clause funds", "The {A} received a grant from the {G} under the Safer Streets Act.",
     "G funds A"),
    # a complaint from a group about a body's doing opposes the body; no complaint, no stance
    ("complaint about", "We brought this inspection forward after a complaint from the {G} about "
     "the {A}'s handling of medicines at the home.", "G opposes A"),
    ("complaint about", "The office received no complaint from the {G} about the {A}'s drones.",
     ""),
    # a ministry of two portfolios, the second an adjective and a noun
    ("clause partOf", "{C}, which is wholly owned by the Department of Transport and Sustainable "
     "Mobility, carries about 19,000 passengers a day.",
     "C partOf Department of Transport and Sustainable Mobility"),
    ("unit of", "{C} is a state corporation under the Ministry of National Highways and "
     "Freight Logistics.", "C partOf Ministry of National Highways and Freight Logistics"),
    # a fund named for the two fields it pays for
    ("paid with grant from", "{C} paid for the gates in part with a grant from the Rail "
     "Accessibility and Ticketing Fund.", "Rail Accessibility and Ticketing Fund funds C"),
    # a firm's own operations run on a thing; all of a count of them
    ("runs work on", "{C} has run its core network on {P}, a packet core platform, since 2019.",
     "C uses P"),
    ("runs work on", "The {A} now runs all 1,120 of its patrol-car modems on {P}, a network "
     "built by {C}.", "A uses P; C develops P"),
    # work of keeping records and accounts, in a thing
    ("works in", "The {A} has worked out every fare in {P}, its back-office system, since then.",
     "A uses P"),
    ("works in", "The {A} has reconciled every toll payment in {P}, its billing platform, since 2021.", "A uses P"),
    # several bodies' work through a thing, each its user
    ("clause uses", "{C} and {D} each lodge and answer every port request through {P}, the "
     "clearing system.", "C uses P; D uses P"),
    ("clause uses", "Since January 2020 the {A} has enforced 19 bus lanes with {P}, the camera "
     "enforcement system.", "A uses P"),
    # work done for a body by a firm, whatever the work; a supplier's own subcontractor
    ("done for by", "The auction was conducted for the {A} by {C} under a contract signed in "
     "March.", "C supplies A"),
    ("done for by", "An environmental screening of the site was completed for {C} by {D} in "
     "March.", "D supplies C"),
    ("own service provided by", "{C} won the contract. {C}'s gantries are serviced by {D} under "
     "a subcontract.", "D supplies C"),
    ("done by under agreement with", "{C} won the contract. Penalty notices are printed and "
     "posted, and payments are processed, by {D} under a subcontract with {C}.", "D supplies C"),
    # a plea to halt work near a place; a calling's council pleads
    ("plea to halt", "The {G} has asked the {A} to halt land acquisition in two districts near "
     "Laem Thong until compensation rates are reviewed.", "G opposes A"),
    ("plea to halt", "The Colorado Professional Firefighters Council has asked the {A} to drop "
     "the $28 monthly per-device fee for volunteer fire departments.",
     "Colorado Professional Firefighters Council opposes A"),
    # a complaint to a regulator about a party's conduct opposes the party, a firm too
    ("complaint about", "The {G} filed a complaint with the {A} on Wednesday about {C}'s failure "
     "to warn subscribers.", "G opposes C"),
    ("complaint about", "This notice follows a complaint to the {A} from the {G} about {C}'s "
     "handling of overdue rail defects.", "G opposes C"),
    # a watcher at a party's premises, an auditor at its plant
    ("owner's work reviewed", "On 14 November {A} officers inspected the premises of {C} in "
     "Wellington and examined its records.", "A investigates C"),
    ("owner's work reviewed", "{C} audited the Shenzhen plant of {D}, which assembles server "
     "hardware.", "C investigates D"),
    # a count before a model's name with a long modifier after it
    ("clause develops", "We operate 312 LPR-9 plate-recognition cameras, made by {C}, across the "
     "network.", "C develops LPR-9"),
    # a Crown corporation, an agency of a national department or supervised by a ministry
    ("unit of", "{C} is a Crown corporation of the Ministry of Regional Transit.",
     "C partOf Ministry of Regional Transit"),
    ("unit of", "The {A}, an agency of the national Department of Transport Safety, certifies "
     "speed cameras.", "A partOf Department of Transport Safety"),
    ("unit of", "The {A} is a central government agency supervised by the Ministry of Digital "
     "Infrastructure.", "A partOf Ministry of Digital Infrastructure"),
    # a majority of a firm's shares makes it the holder's; a minority does not
    ("majority of its shares", "{C} holds 66% of the shares of {D} and controls the company.",
     "D partOf C"),
    ("majority of its shares", "{C} holds 55 per cent of {D}.", "D partOf C"),
    ("majority of its shares", "{C} holds 25% of {D}.", ""),
    # a place named before a road's kind is no party ("on the X bypass", "the X, Y and Z
    # routes"); a county before its roads department still names the county
    ("uses", "The oldest section, on the Drumlanrick bypass, still uses {P} cameras from {C}.",
     ""),
    ("owner's thing", "In 2021 the {A} signed a contract with {C} for {P}, {C}'s average-speed "
     "system, which now runs on the Glen Arrow, Strathbrannoch and Ardmorran Coast routes.",
     "C supplies A; C develops P"),
    # given names from more countries make a person of a reporter's end line, and of one who
    # speaks "of" a body with no title to say she is a person
    ("role title", "The {M} reported it.\n\nCarmina Villaflor-Santos is the disaster and climate "
     "reporter of the {M}.", "Carmina Villaflor-Santos worksFor M"),
    ("person of", "\"Every fare is checked,\" said Sunita Rao-Kavanagh of the {A}.",
     "Sunita Rao-Kavanagh worksFor A"),
    # "Its governor", "its general manager" opening a sentence: the body last named
    ("role title", "The {A} owns the land. Its governor, Dr. {N}, told reporters last month that "
     "handover was complete.", "N leads A"),
    ("role title", "The {A} runs the trains. Its general manager, {N}, said the fault was fixed.",
     "N leads A"),
    # "the partnership", "the corporation": the body of that head the text named
    ("role title", "Notices are issued by the North and East Safety Camera Partnership (NESCP). "
     "\"Every notice is looked at by a person,\" said {N}, the partnership's manager.",
     "N worksFor North and East Safety Camera Partnership"),
    ("role title", "The bridge is run by the Kestrel Narrows Crossing Corporation. The "
     "corporation's president, {N}, said the fee will be reviewed.",
     "N leads Kestrel Narrows Crossing Corporation"),
    # a thing made by a firm under the body's contract; a firm's service for a body under one;
    # an order placed with a maker
    ("made under contract with", "The {A} runs the tests. {P} was built by {C}, a Dublin "
     "software company, under a 6.2 million euro contract signed with the {A} in 2022.",
     "C develops P; C supplies A"),
    ("serves under contract", "The {A} runs the roads. The section still uses {P} cameras from "
     "{C}, which {C} maintains for the {A} under a contract that runs until 2026.",
     "C supplies A"),
    ("order from", "The {A} has signed an order for 14 eight-car trains from {C}.", "C supplies A"),
    # a firm's subcontractor, however the tie is named
    ("subcontractor of", "Meters are installed by {D}, {C}'s subcontractor.", "D supplies C"),
    ("subcontractor of", "Installation was carried out by {D}, a local firm engaged by {C} as its "
     "subcontractor.", "D supplies C"),
    ("subcontractor of", "The Larchmere Center for Public Technology is a subcontractor to {C}.",
     "Larchmere Center for Public Technology supplies C"),
    ("subcontractor of", "{D} will install the equipment in the agency's offices under a "
     "subcontract with {C}.", "D supplies C"),
    ("subcontractor of", "{C}'s team includes a subcontractor, {D}, which moves the records.",
     "D supplies C"),
    # a subcontract the firm gave: "its subcontract with Y" names Y the subcontractor
    ("subcontractor of", "We investigated how {C} managed data under its subcontract with {D}.",
     ""),
    # a body's own service on a thing
    ("runs work on", "The National Household Registry Office (NHRO) keeps records. NHRO's "
     "registry runs on {P}, a platform built by {C}.",
     "National Household Registry Office uses P; C develops P"),
    # a sum given towards a body's thing; money from a fund that a body pays with
    ("money given", "The {G} had contributed EUR 25,000 towards the {A}'s 60 loan devices.",
     "G funds A"),
    ("money given", "The {A} is covering 60 million pesos of the cost with money from the State "
     "Crime Prevention Fund.", "State Crime Prevention Fund funds A"),
    # a case against a body, in a court the text names; a review of its decision sought
    ("taken to court", "In March the {G} filed an application for judicial review in the High "
     "Court against the {A}.", "G opposes A"),
    ("taken to court", "The {G} applied for judicial review of the {A}'s decision to extend its "
     "contract.", "G opposes A"),
    # a bare title of a library's, an ombudsperson's or a state auditor's head
    ("office title", "The Bramblecote Free Library lends books. Library director {N} said the "
     "system works.", "N leads Bramblecote Free Library"),
    ("office title", "The Office of the State Auditor reviewed it. State Auditor {N} said the "
     "review is complete.", "N leads Office of the State Auditor"),
    # a service under contract told in an object relative without "which"
    ("serves under contract", "The {P} cameras {C} maintains for the {A} under a contract that "
     "runs until 2026 are ten years old.", "C supplies A"),
    # a four-word firm with its legal form shortened to its first word
    ("contract with", "Patrols are carried out by Pennine Track Inspection Services Ltd under a "
     "contract with the {A}. Pennine has processed every defect in {P}, the defect system.",
     "Pennine Track Inspection Services Ltd supplies A; "
     "Pennine Track Inspection Services Ltd uses P"),
    # a service of two places named for its two fields; its chief fire officer heads it
    ("clause uses", "Engines were late after Dyfnant and Coast Fire and Rescue Service switched on "
     "{P}. The service has used {P} since May.", "Dyfnant and Coast Fire and Rescue Service uses P"),
    ("role title", "The Hereford and Worcester Fire and Rescue Service has used {P} since May. "
     "Chief fire officer {N} said the service was pleased.",
     "Hereford and Worcester Fire and Rescue Service uses P; "
     "N leads Hereford and Worcester Fire and Rescue Service"),
    # a participle after a described thing with a compound modifier
    ("clause develops", "Case reports from district health directorates reach the Ghana Institute "
     "of Public Health and Disease Control (GIPHDC) through {P}, a case-based surveillance platform "
     "developed by Accra-based {C}.", "C develops P"),
    # an institute of two fields
    ("clause uses", "The Ghana Institute of Public Health and Disease Control has used {P} since "
     "2021.", "Ghana Institute of Public Health and Disease Control uses P"),
    # one of a body's schools, clinics or stations, counted
    ("one of those in", "Kingsmead Park Academy is one of 11 schools in the Fenland Crescent "
     "Academies Trust.", "Kingsmead Park Academy partOf Fenland Crescent Academies Trust"),
    ("one of those in", "Oakdale Fire Station is one of the 14 stations run by the {A}.",
     "Oakdale Fire Station partOf A"),
    ("one of those in", "Hillview School is one of four schools in Marrick County.", ""),
    # "the service" is no "Office of the Inspector of … Services"
    ("clause uses", "Office of the Inspector of Fire and Emergency Services (OIFES)\nInspection "
     "of Wexmoor Fire and Rescue Service 2025\nLead inspector: Dr Priya Raghunathan, Senior "
     "Inspector\nThis chapter sets out what we found about how the service prevents fires. We "
     "inspected Wexmoor Fire and Rescue Service (WFRS) in March 2025. Our fieldwork included "
     "visits to six fire stations and a review of 120 visit records.\nThe service has used {P} "
     "since July 2023.",
     "Priya Raghunathan worksFor Office of the Inspector of Fire and Emergency Services; "
     "Office of the Inspector of Fire and Emergency Services investigates Wexmoor Fire and Rescue "
     "Service; Wexmoor Fire and Rescue Service uses P"),
    # the holder of an office named for its holder
    ("office's holder", "The Office of the Information Commissioner opened an inquiry into {C}.\n"
     "Approved by: {N}, Information Commissioner",
     "Office of the Information Commissioner investigates C; "
     "N leads Office of the Information Commissioner"),
    ("office's holder", "The Office of the Tax Ombudsman opened an inquiry into the {A}. Tax "
     "Ombudsman {N} said her office would report in May.",
     "Office of the Tax Ombudsman investigates A; N leads Office of the Tax Ombudsman"),
    ("office's holder", "The Office of the Marine Industries Ombudsman found fault with {C}.\n"
     "Approved: {N}, Ombudsman", "Office of the Marine Industries Ombudsman investigates C; "
     "N leads Office of the Marine Industries Ombudsman"),
    ("office's holder", "The Office of the Communications Data Commissioner audited {C}. The "
     "Communications Data Commissioner, Dame Harriet Lowther-Acheson, signed the report.",
     "Office of the Communications Data Commissioner investigates C; "
     "Harriet Lowther-Acheson leads Office of the Communications Data Commissioner"),
    ("office's holder", "The Office of the Privacy Commissioner opened an inquiry into {C}. "
     "Deputy Commissioner {N} said it would report.",
     "Office of the Privacy Commissioner investigates C"),
    # a three-word firm's first word, its legal form saying it is a firm
    ("unit of", "Sentrinet Alarm Monitoring (Pty) Ltd monitors fire alarms in Gauteng. Sentrinet is "
     "a wholly owned subsidiary of the {C}.", "Sentrinet Alarm Monitoring (Pty) Ltd partOf C"),
    # a product's version after its name; a gerund inside the kind's compound
    ("clause develops", "Both centres run {P} 7, an alarm receiving platform developed by {C} of "
     "Stockholm.", "C develops P"),
    # a Dutch body's acronym of its compounded words; the words that make a body public
    ("clause supplies", "Veiligheidsregio Zuidwaarden (VRZW) has moved its fire dispatch to the "
     "cloud. VRZW signed a seven-year contract with {C} in 2024.",
     "C supplies Veiligheidsregio Zuidwaarden"),
    # a public health service
    ("clause supplies", "The Coral Hinterland Hospital and Health Service signed a five-year, $4.6 "
     "million contract with {C} in 2023.", "C supplies Coral Hinterland Hospital and Health Service"),
    # the office its holder, just named, heads: the one the text names, or one named for the title
    ("clause investigates", "The Queensland Health Services Ombudsman received a complaint. "
     "Ombudsman {N} confirmed on Tuesday that his office had opened an inquiry into the {A}.",
     "N leads Queensland Health Services Ombudsman; "
     "Queensland Health Services Ombudsman investigates A"),
    ("clause investigates", "Tax Ombudsman {N} said her office had opened an inquiry into the {A}.",
     "N leads Office of the Tax Ombudsman; Office of the Tax Ombudsman investigates A"),
    ("clause investigates", "Deputy Commissioner {N} said her office had opened an investigation "
     "into the {A}.", ""),
    ("clause investigates", "City Auditor {N} told council her office plans to examine the {A}'s "
     "records.", ""),
    # a three-word firm's first word where its name ends in "Services"
    ("unit of", "Scripts are uploaded by the marking contractor, Brennard Assessment Services, "
     "whose examiners mark them. Brennard, a unit of the {C}, said every script had been "
     "uploaded.", "Brennard Assessment Services partOf C"),
    # "its" with a function before the role
    ("role title", "The {C} uploads scripts. Its operations director, {N}, said the logs were "
     "clear.", "N worksFor C"),
    ("role title", "The {G} held its conference. Its general secretary, {N}, said schools were "
     "told.", "N leads G"),
    # a school's headteacher, and a saint's name opening the school's
    ("role title", "At St Aldhelm's Church of England Academy in Harrowfield, headteacher {N} "
     "said 63 scripts were missing.", "N leads St Aldhelm's Church of England Academy"),
    ("clause uses", "St Mary's Hospital has used {P} since 2020.", "St Mary's Hospital uses P"),
    # a firm that runs a thing for a body under contract serves it, and does not use it
    ("serves under contract", "{P} is built by {C}, which also runs the platform for the {A} "
     "under a contract signed in 2022.", "C develops P; C supplies A"),

    # a notice's defined addressee, "you"
    ("clause uses", "1.1 The {A} (\"we\", \"us\") is satisfied that {C} (\"you\") is failing to "
     "keep the safety information accurate.\n2.3 You keep the building's records in {P}, a "
     "records platform.", "C uses P"),
    ("complaint about", "1.1 The {A} (\"we\", \"us\") is satisfied that {C} (\"you\") is failing "
     "to keep the safety information accurate.\n3.4 In July 2025 we received a complaint from "
     "the {G} about your failure to answer residents' requests.", "G opposes C"),
    # a possessive's noun of a gerund: "X's building safety managers"
    ("clause uses", "{C} manages the building. {C}'s building safety managers update {P} after "
     "each inspection.", ""),
    # a members' body's first word, after its full name; goods put in under its contract
    ("contract with", "To: Ms Grainne Ni Mhurchu, Chief Executive, Liffeyside Housing Association "
     "CLG\nIn 2023 Liffeyside replaced 212 doors under a contract with {C}.",
     "Grainne Ni Mhurchu leads Liffeyside Housing Association CLG; "
     "C supplies Liffeyside Housing Association CLG"),
    ("contract with", "The Kelso Housing Association installed 40 cameras under a contract with "
     "{C}.", "C supplies Kelso Housing Association"),
    # a public body's name in its own language, with its acronym, in brackets after its name;
    # a body "under" a ministry
    ("clause supplies", "The register is run by the National Immunisation Agency (Agensi "
     "Imunisasi Kebangsaan, AIK), a statutory body under the Ministry of Health and Disease "
     "Prevention (MHDP). {C} maintains the register under a five-year contract with AIK signed "
     "in 2022.",
     "National Immunisation Agency partOf Ministry of Health and Disease Prevention; "
     "C supplies National Immunisation Agency"),
    # a Malaysian Indian name's "a/l" (son of)
    ("role title", "The {A}'s Chief Executive Officer, Dr. Jeyaseelan a/l Kanagaratnam, chairs "
     "its data committee.", "Jeyaseelan a/l Kanagaratnam leads A"),
    # a letter's addressee above its "Dear …" is no signer; the signer's body is "our"
    ("one of its own", "Kelso Council\nMs Fiona Rennie, Chief Reporter, Kelso Gazette\nDear Ms "
     "Rennie\nThe Council records attendance in {P}. {P} was first piloted at Glenmorie High "
     "School, one of our secondary schools.\nYours sincerely\nMorag Sinclair, Information "
     "Governance Officer, Kelso Council",
     "Fiona Rennie worksFor Kelso Gazette; Kelso Council uses P; "
     "Glenmorie High School partOf Kelso Council; Morag Sinclair worksFor Kelso Council"),
    # a department of two portfolios, the second "Early Learning"; an office of two fields
    ("clause uses", "The Department of Education and Early Learning has used {P} since September. "
     "The Department's Information Access and Privacy Office has since sent us a copy of its "
     "assessment.",
     "Department of Education and Early Learning uses P; Information Access and Privacy Office "
     "partOf Department of Education and Early Learning"),
    # a firm's name ends at its legal form before "of" its town; a firm is no thing used
    ("clause develops", "Our analysis pipeline, {P}, was developed for us by Bitwerk "
     "Bioinformatics B.V. of Delft.", "Bitwerk Bioinformatics B.V. develops P"),
    # a show's producer named with its article; a city's "Public Health" unit
    ("show's sponsor", "SECOND DOSE\nEpisode 41 show notes\nSecond Dose is a production of the "
     "Harbourview Ledger. Support for Second Dose comes from the {G}.",
     "G funds Harbourview Ledger"),
    ("clause uses", "Grey Pines Public Health tried {P} in 2024.", "Grey Pines Public Health uses P"),
    # a ministry's second portfolio, its words written in lower case elsewhere in the text
    ("clause supplies", "The Department of Justice and Court Administration signed a three-year "
     "contract with {C} in 2024. Every court interpreter is now booked through the company.",
     "C supplies Department of Justice and Court Administration"),
    ("clause uses", "The Department for Courts and Tribunals has used {P} since 2023. Each "
     "tribunal lists its hearings in it.", "Department for Courts and Tribunals uses P"),
    ("clause uses", "The Department of Justice and Civil Law Reform has used {P} since March. "
     "The reform of civil law is its main task.",
     "Department of Justice and Civil Law Reform uses P"),
    # any work a body does in, on or through a known thing is its use
    ("work done in", "{P} is a marking platform developed by {C}. The {A} has evaluated every "
     "answer script on {P} since November 2023.", "C develops P; A uses P"),
    ("work done in", "{P} is a video hearing platform. {C} has held all of its dispute resolution "
     "conferences on {P} since 2022.", "C uses P"),
    ("work done in", "{P} is a case management system. The {A} found serious errors in {P} last "
     "year.", ""),
    ("work done in", "{P} is a claims platform. The {A} plans to process all claims through {P} "
     "from 2026.", ""),
    ("work done in", "{P} is a claims platform. The {A} published a report on {P} in May.", ""),
    # one body of two places: the first written only as a place, or before "and District"
    ("clause supplies", "The Sallowfield and Kestleigh Ambulance Service Trust signed a five-year "
     "contract with {C} in 2024. Crews in Sallowfield were the first to get the tablets.",
     "C supplies Sallowfield and Kestleigh Ambulance Service Trust"),
    ("clause uses", "The Harrowfield and Dene Valley Hospitals NHS Trust has used {P} since 2023. "
     "Harrowfield General Hospital was the first to go live.",
     "Harrowfield and Dene Valley Hospitals NHS Trust uses P"),
    ("clause supports", "The Port Alder and District Chamber of Commerce backed the {A}'s plan.",
     "Port Alder and District Chamber of Commerce supports A"),
    ("clause supplies", "The Ballintrasna and Kilmoraig Education and Training Board signed a "
     "contract with {C} in May. Schools in Ballintrasna will use it first.",
     "C supplies Ballintrasna and Kilmoraig Education and Training Board"),
    # (not a firm named on its own elsewhere)
    ("clause supplies", "{C} and Kestleigh Ambulance Service Trust signed a data agreement. {C} "
     "said the deal was its first with a trust.", "C supplies Kestleigh Ambulance Service Trust"),
    # a minister's portfolio read as the text's own ministry or department of it, whatever words
    ("role title", "The Department of Justice and Civil Law Reform funds the {A}. Minister for "
     "Justice and Civil Law Reform {N} has asked the agency for a full account.",
     "Department of Justice and Civil Law Reform funds A; "
     "N leads Department of Justice and Civil Law Reform"),
    ("role, name", "The Department of Public Service Reform runs {P}. The Minister for Public "
     "Service Reform, {N}, told the Dáil that she had asked for a report.",
     "Department of Public Service Reform uses P; N leads Department of Public Service Reform"),
    ("role, name", "{P} is run by the Ministry of Citizenship and Civil Affairs. It will be "
     "launched by the Minister of Citizenship and Civil Affairs, Hon. {N}, on 30 September.",
     "Ministry of Citizenship and Civil Affairs uses P; "
     "N leads Ministry of Citizenship and Civil Affairs"),
    # (with its level of government)
    ("role, name", "{C} supplies the Federal Ministry of Networks and Digital Security. {N}, "
     "Minister of Networks and Digital Security, answered questions.",
     "C supplies Federal Ministry of Networks and Digital Security; "
     "N leads Federal Ministry of Networks and Digital Security"),
    # money for a named thing goes to the body that uses it
    ("paid for a thing", "The {A} has required every athlete to file whereabouts through {P}, a "
     "reporting app. The {P} build was paid for with a grant from the {G}.",
     "A uses P; G funds A"),
    ("paid for a thing", "The {A} receives case reports through {P}, a surveillance platform "
     "developed by {C}. {P} is funded by a grant from the {G}.",
     "A uses P; C develops P; G funds A"),
    ("paid for a thing", "{P} is a claims platform developed by {C}. The {P} build was paid for "
     "with a grant from the {G}.", "C develops P"),
    # any work of a body's a firm does under contract
    ("works under contract", "{C} has run the {A}'s round-the-clock security monitoring under a "
     "three-year contract since 2023.", "C supplies A"),
    ("works under contract", "{C}, which ran the {G}'s telephone appeals under contract, used "
     "donor scores.", "C supplies G"),
    ("works under contract", "{C} has handled rates billing for the {A} since 2019 under a "
     "contract worth about $900,000 a year.", "C supplies A"),
    # (not hosting, read apart, nor a thing on its host)
    ("works under contract", "{C}, which hosts the {A}'s systems under the agreement approved in "
     "March, is run by another firm.", "C hosts A"),
    # a responder to an attack on a body's systems examines the body
    ("incident examined", "The {A}'s insurer brought in {C}, which is investigating the attack "
     "on the {A}'s network.", "C investigates A"),
    ("incident examined", "{E} has hired {C} to investigate the intrusion into its systems.",
     "C supplies E; C investigates E"),
    ("incident examined", "{E} has engaged {C}, which is investigating the breach.",
     "C supplies E; C investigates E"),
    ("incident examined", "The {A} engaged {C} in February to examine {E}'s deployment of the "
     "update.", "C supplies A"),
    # a body's work examined by another
    ("owner's work examined", "In June, {C} examined {E}'s software change records and test "
     "logs.", "C investigates E"),
    ("owner's work examined", "The Auditor General's special audit of the programme, tabled in "
     "November, examined the {A}'s planning and contract management.",
     "Auditor General investigates A"),
    ("owner's work examined", "An independent review by {C}, commissioned by the {A}, examined "
     "the {A}'s handling of unacknowledged results.", "C investigates A"),
    # a bidder's challenge to an award opposes the body that made it
    ("award challenged", "{C}, an unsuccessful bidder for Lot 1, has lodged a complaint with the "
     "{A} challenging the award.", "C opposes A"),
    ("award challenged", "The {A} signed a contract with {E} in May. {C} has filed a protest with the "
     "procurement review board asking it to annul the award of Lot 1.",
     "E supplies A; C opposes A"),
    ("award challenged", "{C}, which ranked second, has filed a complaint asking the {A} to annul "
     "the award.", "C opposes A"),
    ("award challenged", "{C} may file a complaint with the {A} asking it to annul the award.", ""),
    # any body asked to end its own use of a thing is the one its askers oppose
    ("request", "{E} runs the newsroom tool {P}. The {G} has asked {E} to drop {P}'s automated "
     "script-writing feature from the roll-out.", "E uses P; G opposes E"),
    # a letter's addressee asked "it": the body asked
    ("request", "The {H} signed a sponsorship agreement with {P}, a betting app, in March. The {G} "
     "has written to the {H} asking it to end its agreement with {P}.", "G opposes H"),
    ("request", "The {G} wrote to the {A}, asking it to suspend {P}.", "G opposes A"),
    ("maker after a thing anywhere", "Residents pay their rates through {P}, the payment gateway developed by {C}.",
     "C develops P"),
    ("maker of a kind's thing", "{P} is a folding quadcopter.\nThe {A} flies six {P} drones, which are manufactured by {C}.",
     "A uses P; C develops P"),
    ("maker of a kind's thing", "The {A} keeps its records on the {P} video management and city dashboard platform, which was developed by M/s. {C}.",
     "A uses P; C develops P"),
    ("maker of a kind's thing", "{P} is a body camera.\n{C} sold the {A} 40 {P} body cameras, which were designed by {D}.",
     "C supplies A; D develops P"),
    ("a model's number", "The {A} has used Vigilance 9 since 2021.\nVigilance 9 was built by {C}.",
     "A uses Vigilance 9; C develops Vigilance 9"),
    ("a model's number", "{C} makes the Nightjar 4, a folding drone.\nNightjar 4 weighs 900 grams, and Nightjar 4 flies for 40 minutes.",
     "C develops Nightjar 4"),
    ("a model's number", "The {A} has used Halberd 5 body cameras since 2023.\nHalberd 5 was designed by {C}.",
     "A uses Halberd 5; C develops Halberd 5"),
    ("not a model's number", "Under Lot 3 the {A} bought radios from {C}.\nLot 3 was the largest of the lots, and Lot 3 closed first.",
     "C supplies A"),
    ("not a model's number", "{N} is a reporter at Juniper 12 News.\nJuniper 12 News airs at six.",
     "N worksFor Juniper 12 News"),
    ("a title's word is no person", "Position reports are checked at our Fisheries Monitoring Centre in Sandvik Harbour, which is headed by Chief Fisheries Inspector {N}.",
     "N leads Fisheries Monitoring Centre"),
    ("no unit of a legislature", "Parliament's Committee on Maritime and Coastal Affairs has opened an inquiry into the {A}.",
     "Committee on Maritime and Coastal Affairs investigates A"),
    ("no unit of a real region", "Queensland's Department of Housing and Tenancy Services, led by Director-General {N}, bought {P} from {C}.",
     "N leads Department of Housing and Tenancy Services; C supplies Department of Housing and Tenancy Services; Department of Housing and Tenancy Services uses P"),
    ("a public inquiry is into a party", "{P} is made by {C}.\nThe {B} has opened an investigation into {P}.",
     "C develops P"),
    ("a lab may test a thing", "{P} is made by {C}.\nResearchers at the {U} tested {P} on 4,000 photographs.",
     "C develops P; U investigates P"),
    ('post inside a sentence', 'For help finding the data, contact {N}, Data Services Librarian, {V}, or book a consultation online.',
     'N worksFor V'),
    ('post inside a sentence', 'The single point of contact for this tender is {N}, Procurement Analyst, {A}. Contact with any other officer may lead to disqualification.',
     'N worksFor A'),
    ('post inside a sentence', 'To: {N}, Chief Executive Officer, {C}, Atlanta, Georgia',
     'N leads C'),
    ('post inside a sentence', 'Certified correct: {N}, Chief Executive Officer, {A}, 7 April 2025',
     'N leads A'),
    ('post inside a sentence', 'Vendor contact (Lot 2): {N}, President, {C} · (406) 555-0122',
     'N leads C'),
    ('post inside a sentence', 'The committee heard from {N}, Manager of Municipal Relations, {C}, and {K}, Regional Engineer, {D}, on the permit.',
     'N worksFor C; K worksFor D'),
    ('post in a unit', 'The figures were checked by {N}, Senior Analyst, Records Unit, {A}, in May.',
     'N worksFor A'),
    ('post in a unit', 'Posted by {N}, Vice President, Public Sector, {C} | May 6, 2025 | 5 min read',
     'N worksFor C'),
    ('not a post now', 'The panel also heard {N}, Former Chief Operating Officer, {C}, and two residents.',
     ''),
    ("newsletter's sign-off", 'That is all for this week.\n{N}, Editor\nThe Weekly Docket is published every Friday by {C}. You are receiving this because you subscribed.',
     'N worksFor C'),
    ("newsletter's sign-off", 'See you next Tuesday.\n— {N}, Managing Editor\nCivic Wire is published by {C}.',
     'N worksFor C'),
    ('a made thing sells nothing', 'The consent agenda included renewal of the annual maintenance agreement between the {A} and {C} for {P}, the property records system {C} developed, in the amount of $22,750.',
     'C supplies A; C develops P'),
    ('a post left', '{C} was founded in 2019 by {N}, its chief executive, and {K}, who left the company in 2022.',
     'N leads C; K worksFor C'),
    ('a post left', '{C} makes {P}. A third co-founder, {N}, left the company in 2021.',
     'C develops P'),
    ('a post left', "{N}, the {G}'s executive director for nine years, retired in September.",
     ''),
    ('a post left', 'The contract was signed by {N}, who has since left the {A}.',
     'N worksFor A'),
    ('a post left', 'Chief {N}, who retired in June, started the drone program at the {A}.',
     ''),
    ('a post left', '{N}, who left the {A} in July to join {C} as chief operating officer, spoke first.',
     'N worksFor A; N worksFor C'),
    ('a post left', "{N}, who resigned as the board's chair, is an associate professor at the {V}.",
     'N worksFor V'),
    ('still in post', '{N}, president of the {G}, left the meeting early.',
     'N leads G'),
    ('inquiry done', "The {B} completed that review of the {A}'s tender process in February.",
     'B investigates A'),
    ('inquiry done', "The {B} has completed its review of the {A}'s vendor contracts.",
     'B investigates A'),
    ('inquiry done', "In March the {B} conducted an audit of the {A}'s overtime payments.",
     'B investigates A'),
    ('inspection at premises', 'On 14 January 2025 the {B} carried out an on-site inspection at the premises of {C} in Riga.',
     'B investigates C'),
    ('inspection at premises', 'The {B} carried out an inspection at the premises of {C}.',
     'B investigates C'),
    ('no inquiry done', '{C} carried out the installation at the premises of the {A}.',
     ''),
    ('its own thing', '{C} has supplied {P}, its rating and billing system, to the {A} since 2009.',
     'C develops P; C supplies A'),
    ('its own thing', '{C} ranked first with {P}, its noise and flight-track monitoring platform, which includes a public complaints portal.',
     'C develops P'),
    ('its own thing', 'The mosaic is built under a contract with us by {C}, using {P}, its processing software.',
     'C develops P'),
    ('its own thing', 'At the fair we met {C}, a unit of {D}, and saw {P}, its missing-persons alert platform.',
     'C develops P; C partOf D'),
    ('its own thing, made elsewhere', '{C} resells {P}, its licensed records system, under a licence from {D}.',
     ''),
    ('records it obtained', 'The {M} ran three front-page stories last month built on flight logs it obtained from the {A}.',
     'M investigates A'),
    ('records it obtained', 'The {G} published contract documents that it obtained from the {A} through a public records request.',
     'G investigates A'),
    ('records released to', 'Documents the {A} released to the {G} under the Access to Information Act show that meters were cut off.',
     'G investigates A'),
    ('staff at work in a thing', '{P} is a registry platform.\nStaff in the {A}, who approve every transfer above 50,000 credits in {P}, flagged the first suspicious batch on 14 August.',
     'A uses P'),
    ('staff at work in a thing', '{P} is a radiation monitoring system.\nDuty officers in the {A} watch {P} readings on a wall screen in the operations room.',
     'A uses P'),
    ('staff at work in a thing', "{P} is a case management app.\n{G} caseworkers have recorded every family's case in {P} since the trial began.",
     'G uses P'),
    ('staff at work in a thing', 'Analysts at the {A}, led by Director {N}, have processed every application in {P} since 2023.',
     'A uses P; N leads A'),
    ('no staff at work', '{P} is a case management app.\n{C} engineers have found two faults in {P}.',
     'C employees worksFor C'),
    ('no unit of a post', "The {A}'s Data Protection Officer advised against switching the module on.",
     ''),
    ('no unit of a place', "Officers at the {A}'s Lac Sauvin detachment wore {P} cameras during a six-month pilot.",
     ''),
    ('no unit of a document', "We obtained the {A}'s Data Protection Impact Assessment through a records request.",
     ''),
    ('a unit of its owner', "The {A}'s Clinical Hub answers every call.",
     'Clinical Hub partOf A'),
    ("an officer's office", 'The Office of the Chief Medical Examiner uses {P}, made by {C}.',
     'Office of the Chief Medical Examiner uses P; C develops P'),
    ("an officer's office", '{P} is a case management system.\nThe Harlow County Office of the Medical Examiner has used {P} since 2021.',
     'Harlow County Office of the Medical Examiner uses P'),
    ("an officer's office", '{N} is a reporter at the Aldwick Examiner.',
     'N worksFor Aldwick Examiner'),
    ('a title is no person', 'The Accounting Officer leads the {C} finance team and signed the statement.',
     ''),
    ('a title is no person', 'The County Executive Committee Member for Finance works for the {A} and spoke on Tuesday.',
     ''),
    ('a title is no person', 'The Internal Auditor leads the {A} Audit Committee review.',
     ''),
    ('challenge in court', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Survey vehicles\nWinner: {C}\nReview procedure: {D} has filed a pre-contractual action before the administrative court asking for the award of Lot 1 to be annulled. The action does not suspend the contract.',
     'C supplies A; D opposes A'),
    ('challenge in court', 'CONTRACT AWARD NOTICE\nContracting authority: {A}\nLot 1 – Interpreting\nWinner: {C}\nReview procedure: {D} has issued proceedings in the High Court asking for the award of Lot 1 to be set aside.',
     'C supplies A; D opposes A'),
    ('challenge in court', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Waste characterisation\nWinner: {C}\n{D} has applied to the preliminary relief judge of the District Court asking for the award of Lot 1 to be suspended.',
     'C supplies A; D opposes A'),
    ('challenge in court', 'Contract award notice\nImplementing agency: {A}, an autonomous body under the Ministry of Digital Affairs\nLot 1 – Registry platform\nWinner: {C}\nOn 12 September 2025 {D} filed an application with the Review Committee asking it to annul the award of Lot 1.',
     'C supplies A; D opposes A; A partOf Ministry of Digital Affairs'),
    ('no challenge made', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Survey vehicles\nWinner: {C}\nReview procedure: any tenderer may bring proceedings in the High Court asking for the award to be set aside.',
     'C supplies A'),
    ('no challenge made', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Survey vehicles\nWinner: {C}\nReview procedure: {D} has not filed an action asking for the award of Lot 1 to be annulled.',
     'C supplies A'),
    ('court asked', 'The {A} awarded the contract to {C} in May. Losing bidder {D} has asked the High Court to set the award aside.',
     'C supplies A; D opposes A'),
    ('court asked', 'The {A} awarded the contract to {C} in May. {D}, which came second in the tender, has asked the procurement appeals court to annul the award.',
     'C supplies A; D opposes A'),
    ('plea to put off', 'The {G} has asked the {A} to postpone its plans until the inquiry is finished.',
     'G opposes A'),
    ('plea to put off', 'The {G} urged the {A} to defer charging the new fees.',
     'G opposes A'),
    ('plea to put off', 'The {G} urged the {A} not to delay its plans.',
     ''),
    ('plea to put off', 'The {G} filed a complaint with the {A} last week, asking the agency to postpone it until staffing improved.',
     'G opposes A'),
    ('plea to put off', 'The {G} has asked the {A} to pause it while the review runs.',
     'G opposes A'),
    ('contracted work', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nResponsive repairs and void works are carried out by {C} under a five-year contract that began in January 2023.',
     'C supplies A'),
    ('contracted work', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Air ambulance services\nWinner: {C}\nLot 1 services are currently provided by {D} under a contract that expires on 31 March 2026.',
     'C supplies A; D supplies A'),
    ('contracted work', 'CONTRACT AWARD NOTICE\nOfficial name: {A}\nLot 1 – Waste characterisation\nWinner: {C}\nCharacterisation of operational waste is currently carried out by {D} under a contract that expires on 31 March 2026.',
     'C supplies A; D supplies A'),
    ('contracted work', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nOur apprenticeship courses are delivered by Fenwold College under a four-year contract that began in April 2024.',
     'Fenwold College supplies A'),
    ('work for another', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nWe inspect police forces. The {B} bought new cameras. Its cameras are supplied by {C} under a five-year agreement signed in 2022.',
     ''),
    ('work for another', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nVeterinary care at the zoo is provided by {C} under a service contract with {D}.',
     'C supplies D'),
    ('independent observer', 'The {A} awarded the contract to {C}. The evaluation of Lots 1 and 2 was reviewed before award by {D}, engaged by the {A} as independent procurement auditor.',
     'C supplies A; D supplies A; D investigates A'),
    ('independent observer', 'The {A} held the auction in May. {D}, engaged by the {A} as independent auction observer, reviewed the bid logs of all 41 rounds.',
     'D supplies A; D investigates A'),
    ('independent observer', 'The {A} has engaged {D} as independent probity adviser under a separate contract, and {D} reviewed the tender documents before publication.',
     'D supplies A; D investigates A'),
    ('independent observer', 'The {A} has engaged {D} as independent probity adviser.',
     'D supplies A'),
    ('hired to look into', 'The {A} has also engaged {D} to audit pedestrian timing settings at 60 intersections.',
     'D supplies A; D investigates A'),
    ('hired to look into', 'In 2024 the {A} engaged {D} to carry out an independent security assessment of its payments portal.',
     'D supplies A; D investigates A'),
    ('contract held by', "{P} is built by {C}. We don't have a contract with {D} ourselves; that sits with {C}.",
     'C develops P; D supplies C'),
    ('contract held by', "{P} runs on {D}'s Manila region. The city doesn't have a contract with {D} itself; that sits with {C}.",
     'D hosts P; D supplies C'),
    ('hosting agreement between', "{P} runs on servers at {D}'s facility in Amherst Point, under a hosting agreement between {D} and {C}.",
     'D hosts P; D supplies C'),
    ('hosting agreement between', "{P} viewer data is stored in Coolamon Cloud's Sydney region under a contract between Coolamon Cloud and the {A}.",
     'Coolamon Cloud supplies A'),
    ('hosting agreement between', '{P} is hosted in a Tier III data centre in Selangor operated by {D}, under a hosting contract between {D} and {C}.',
     'D hosts P; D supplies C'),
    ('no host named', 'The {A} signed an agreement between {C} and {D} in May.',
     ''),
    ('backs a plan', "The {A} runs {P}. The {G} has backed the {A}'s decision to go on to the second stage.",
     'A uses P; G supports A'),
    ('backs a plan', "The Town of Kelvane runs {P}. The {G} has backed the town's decision to go on to the second stage.",
     'Town of Kelvane uses P; G supports Town of Kelvane'),
    ('backs a plan', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nThe {G} has backed our plan to publish trade prices weekly from early 2026.',
     'G supports A'),
    ('backs a plan', '{A}\nMinutes of the Licensing Committee\n4.2 Mr Tom Eccles, chair of the {G}, spoke in support of the extension.',
     'Tom Eccles leads G; G supports A'),
    ('backs a plan', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nThe {G} has written in support of the plan.',
     'G supports A'),
    ('backs the body named', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nThe {G} has written in support of the department, arguing that the tool helps screeners.',
     'G supports A'),
    ('plea to a meeting', 'Kelvane City Council\nMinutes of the Digital Services Committee\n4.1 Ms Rhian Dafydd-Osei, coordinator of the {G}, asked the Committee to reject the proposal in item 5.',
     'Rhian Dafydd-Osei worksFor G; G opposes Kelvane City Council'),
    ('plea to a meeting', 'Kelvane County Council\nMinutes of the Highways Committee\nMr Colin Hardacre, chair of the {G}, asked the Committee to recommend that the Council drop the automatic closure of pothole reports in {P}.',
     'Colin Hardacre leads G; G opposes Kelvane County Council'),
    ('plea to a meeting', 'Kelvane Metropolitan Borough Council uses {P}. The {G} has asked the Council to suspend automated flagging until an independent audit is complete.',
     'Kelvane Metropolitan Borough Council uses P; G opposes Kelvane Metropolitan Borough Council'),
    ("plea to refuse another's", 'Kelvane County Council\nMinutes of the Planning Committee\nMr Donal Brophy, spokesperson for the {G}, asked the Committee to refuse the application.',
     'Donal Brophy worksFor G'),
    ('plea to a firm', 'The {G} has asked Kelvane Games Organising Committee Ltd to drop the cashless-only requirement.',
     'G opposes Kelvane Games Organising Committee Ltd'),
    ('its unit', 'The {A} dispatches all trains on the line through {P}, a train control system that its ICT Directorate built in-house in 2010.',
     'ICT Directorate partOf A; ICT Directorate develops P; A uses P'),
    ('its unit', 'II.3) Background: The {A} currently records all waste packages in {P}, the waste register that its Radiation Protection Department built in-house in 2012.',
     'Radiation Protection Department partOf A; Radiation Protection Department develops P; A uses P'),
    ('its unit', '{C} sells {P}, the platform that its Research Division built in 2019.',
     'C develops P; Research Division develops P'),
    ("group's request", 'The {A} runs {P}. The {G} has asked the {A} to drop the productivity scores for crane operators.',
     'A uses P; G opposes A'),
    ("group's request", '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nIn May the {G} asked us to keep a freephone number for repairs for tenants who do not use the internet.',
     'G opposes A'),
    ("group's request", '{A}\nPrivacy notice\nIn this notice "we" means the {A}.\nThe {G} wrote to us in May 2024 asking us to stop scanning volunteers\' ID cards.',
     'G opposes A'),
    ("group's request", 'The {A} runs {P}. The {G}, which represents 64 running clubs, has asked the {A} to suspend registration for the 2026 race until the inquiry is complete.',
     'A uses P; G opposes A'),
    ('request naming another', 'The {G} has asked the {A} to drop its contract with {C}.',
     'C supplies A; G opposes A'),
    ('name of two fields', 'The Kelvane Department of Employment and Fair Work uses {P}. The {G} has criticised the Kelvane Department of Employment and Fair Work.',
     'Kelvane Department of Employment and Fair Work uses P; G opposes Kelvane Department of Employment and Fair Work'),
    ('name of two fields', 'The Joint Committee on Motor Vehicles and Digital Credentials has launched an inquiry into the {A}.',
     'Joint Committee on Motor Vehicles and Digital Credentials investigates A'),
    ('name of two places', 'Lagan and Mourne Health and Social Care Trust licenses {P} from {C}.',
     'C supplies Lagan and Mourne Health and Social Care Trust; Lagan and Mourne Health and Social Care Trust uses P'),
    ('name of two places', 'Brackenridge and Tamsey Partnership NHS Foundation Trust has used {P} since 2019.',
     'Brackenridge and Tamsey Partnership NHS Foundation Trust uses P'),
    ('members of two trades', "The Civil and Public Workers' Alliance has asked the {A} to drop {P}.",
     "Civil and Public Workers' Alliance opposes A"),
    ('two names', 'The {G} and {H} have criticised the {A}.',
     'G opposes A; H opposes A'),
    ('work in its unit', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nOur Licensing Division, headed by Director Ruth Okafor-Lind, assigns each inspection in {P}, a case management system from {C}, and checks the results.',
     'Ruth Okafor-Lind leads Licensing Division; Licensing Division partOf A; Licensing Division uses P; A uses P; C develops P'),
    ('reviews its output', "The {A} uses {P}, a case management system from {C}. The {A}'s Permit Processing Division reviews every renewal application that {P} flags for a mismatch.",
     'A uses P; C develops P; Permit Processing Division partOf A; Permit Processing Division uses P'),
    ('reviews its output', '{P}, a fraud detection tool from {C}, scores every refund claim. The {A} reviews every claim that {P} flags before any refund is paid.',
     'C develops P; A uses P'),
    ('reviews its output', "The {A} uses {P}, a security monitoring platform from {C}. The {A}'s Cyber Security Cell at its head office reviews every alert raised in {P}.",
     'A uses P; C develops P; Cyber Security Cell uses P'),
    ('reviews its output', '{P}, a fraud detection tool from {C}, scores every refund claim. The {A} does not review the alerts that {P} flags.',
     'C develops P'),
    ('funds its user', "The {A} uses {P}, a case management system from {C}. The {A}'s Safety Division reviews every report in {P}. {P} was paid for with a grant from the {f}.",
     'A uses P; C develops P; Safety Division partOf A; Safety Division uses P; f funds A'),
    ('staff label', 'Kelvane City Council\nMinutes of the Licensing Committee\nOfficers: Tom Eccles (Parking Services Manager); Ruth Okafor-Lind, Democratic Services Officer\n1. The Committee noted the report on {P}.\nMinutes taken by: Ruth Okafor-Lind, Democratic Services Officer',
     'Tom Eccles worksFor Kelvane City Council; Ruth Okafor-Lind worksFor Kelvane City Council'),
    ('staff label', 'Kelvane City Council\nMinutes of the Licensing Committee\nOfficers: Tom Eccles, Head of Licensing; Ruth Okafor-Lind, Licensing Officer\n1. The Committee noted the report.',
     'Ruth Okafor-Lind worksFor Kelvane City Council'),
    ('staff label', 'Office of the Kelvane Auditor-General\nReport 4 of 2025\nAudit team: Tom Eccles, Audit Manager; Ruth Okafor-Lind\nAudit director: Dr Anna Brooke-Vale',
     'Tom Eccles worksFor Office of the Kelvane Auditor-General; Anna Brooke-Vale worksFor Office of the Kelvane Auditor-General'),
    ('staff label', '{A}\nAnnual Report 2024\nIn this report "we" means the {A}.\nWe use {P} for every licence.\nAudit team: Tom Eccles, Internal Auditor',
     'A uses P'),
    ('complaint about', "The {G} lodged a complaint with the state's Housing Ombudsman in June about the {A}'s handling of the skipped applications.",
     'G opposes A'),
    ('complaint about', "The inspection followed a complaint to our office in 2024 from the {G} about delays in the {A}'s decisions on claims.",
     'G opposes A'),
    ('complaint about', "{C} complained to us in July 2024 about the {A}'s decision to impose a late-filing penalty.",
     'C opposes A'),
    ('complaint about', "The {G} brought this complaint to us on Mr Dunne's behalf about the {A}'s refusal of his claim.",
     'G opposes A'),
    ('no complaint', "The {G} has not complained about the {A}'s decision.",
     ''),
    ("group's request", 'The City of Kelvane uses {P}. In March the {G} asked the city to stop publishing pages without human review.',
     'City of Kelvane uses P; G opposes City of Kelvane'),
    ("group's request", 'The {A} has received a letter from the {G} asking it to keep paper cheques for landlords.',
     'G opposes A'),
    ("group's request", "The {G} has asked the province's {A} to drop the proposed requirement that plans be filed online.",
     'G opposes A'),
    ('their product', 'The {A} licenses {P} from {C}. It is their flagship product.',
     'A uses P; C supplies A; C develops P'),
    ('their product', "The {A} logs every inspection in {P}. The {A} licenses it from {C}. It's their product, not the {A}'s.",
     'A uses P; C supplies A; C develops P'),
    ('their product', 'The {A} licenses {P} from {C}. It is their biggest contract.',
     'A uses P; C supplies A'),
    ("minister's post", 'The Kelvane Ministry of Workforce and Labour Relations uses {P}.\nAnswer by: Hon. Rahimah Kassim-Lee, Minister of Workforce and Labour Relations',
     'Kelvane Ministry of Workforce and Labour Relations uses P; Rahimah Kassim-Lee leads Kelvane Ministry of Workforce and Labour Relations'),
    ("minister's post", 'The Department of Health, Wellbeing and Ageing funds the {A}. Health, Wellbeing and Ageing Minister Rhys Tandberg-Lowe said he had asked the department for a full account.',
     'Department of Health, Wellbeing and Ageing funds A; Rhys Tandberg-Lowe leads Department of Health, Wellbeing and Ageing'),
    ("minister's post", 'The Department of Roads and Traffic Operations uses {P}.\nMs Karen Liang-Holloway (Mount Kerrin) to the Minister for Roads and Traffic Operations:',
     'Department of Roads and Traffic Operations uses P'),
    ("minister's post", 'The Ministry of Commerce uses {P}. The company is chaired by Harriet Lomax, a former deputy commerce minister.',
     'Ministry of Commerce uses P'),
    ('complaint received', 'Office of the Kelvane Ombudsman\nAnnual Report 2024\nWe received a complaint from the {G} alleging that the {A} had charged fees twice.',
     'G opposes A'),
    ('complaint received', 'Office of the Kelvane Ombudsman\nCase note 14/2025\nIn this note "we" means the Office of the Kelvane Ombudsman.\nWe investigated the {A}\'s handling of Ms T\'s refund.\nThe {G} brought the complaint to us on Ms T\'s behalf in September 2024.',
     'Office of the Kelvane Ombudsman investigates A; G opposes A'),
    ('complaint received', 'Office of the Kelvane Ombudsman\nAnnual Report 2024\nWe received a complaint from the {G} about delays in payments, and we are looking into it.',
     ''),
    ("customer's work in", "{C}, the maker of {P}, has signed a contract with the {A}. {C}'s first customer, the {B}, has monitored its bridges with {P} since 2022.",
     'C develops P; C supplies A; C supplies B; B uses P'),
    ("customer's work in", '{C}, the maker of {P}, has signed a contract with the {A}. Its largest customer, the {B}, has processed every permit through {P} since 2021.',
     'C develops P; C supplies A; C supplies B; B uses P'),
    ("customer's work in", "{C}, the maker of {P}, has signed a contract with the {A}. The {B} became {C}'s first customer in 2022 and has collected property tax through {P} across all 64 wards since 2023.",
     'C develops P; C supplies A; C supplies B; B uses P'),
    ('stores data in a place', "{C} develops {P}. {P} stores inspection photographs in Kembang Cloud's Singapore region.",
     'C develops P; Kembang Cloud hosts P'),
    ('stores data in a place', "{C} develops {P}. {P} scores are calculated and stored on Maplecrest Cloud's Canada West region.",
     'C develops P; Maplecrest Cloud hosts P'),
    ('served from a place', "{C} develops {P}. {P}'s African customers are served from Volta Cloud's Accra region.",
     'C develops P; Volta Cloud hosts P'),
    ('stores data in a place', "{C} develops {P}. {P} will store its records in Kembang Cloud's Singapore region from next year.",
     'C develops P'),
    ('contracted work', '{A}\nTender clarification log\nIn this log "we" means the {A}.\nWe record every case in {P}, a system built by {C}.\n{P} is supported by {C} under a support contract that ends on 30 September 2025.',
     'C develops P; A uses P; C supplies A'),
    ('which X heads', "The {A}'s Emergency Planning Service, which Mr Simon Haldane heads, prepares the off-site plan.",
     'Emergency Planning Service partOf A; Simon Haldane leads Emergency Planning Service'),
    ('which X heads', "The {A}'s Licensing Division, which Dr Ruth Okafor-Lind now leads, issues every permit.",
     'Licensing Division partOf A; Ruth Okafor-Lind leads Licensing Division'),
    ('which X heads', "The {A}'s Licensing Division, which Dr Ruth Okafor-Lind headed until 2023, issues every permit.",
     'Licensing Division partOf A'),
    ('backs a plan', 'Kelvane County Council\nMinutes of the Highways Committee\nThe Chair read a letter from Hartsdown Parish Council in support of the proposed priority gritting network set out in item 6.',
     'Hartsdown Parish Council supports Kelvane County Council'),
    ('backs a plan', "The {A} uses {P}. A written statement from the {G}, read out by the clerk, supported the {A}'s proposal to buy credits.",
     'A uses P; G supports A'),
    ('backs a plan', 'Kelvane City Council\nMinutes of the Licensing Committee\n5.3 The {G} has written in support of phase 2, provided that carers can still ask for paper copies.',
     'G supports Kelvane City Council'),
    ('records released to', 'The {A} released its full contract with {C} to the {G} in August.',
     'C supplies A; G investigates A'),
    ('records released to', 'Records the {A} released to the {G} under the Freedom of Information Act in June show that the system failed twice.',
     'G investigates A'),
    ("show's host", "Hold the Line\nEpisode 41 transcript\nDANA: Hi, I'm Dana Whitcombe-Reyes, and this is Hold the Line from Porchlight Audio LLC. Today: the {A} and {P}.",
     'Dana Whitcombe-Reyes worksFor Porchlight Audio LLC'),
    ("show's host", "Episode 12 transcript\nHOST: I'm Tom Eccles, and this is the Nine O'Clock Report. The {A} uses {P}.",
     'A uses P'),
    ('legal status', 'Contract award notice\nSection I: Contracting authority\nOfficial name: Kelvane Road Safety Agency (KRSA)\nLegal status: Decentralised public service under the Ministry of Health Networks\nAddress: 12 Main Street, Kelvane\nSection II: Object of the contract\nTitle: Supply of {P}',
     'Kelvane Road Safety Agency partOf Ministry of Health Networks'),
    ('legal status', 'Contract award notice\nSection I: Contracting authority\nOfficial name: Kelvane Road Safety Agency (KRSA)\nLegal status: body governed by public law\nAddress: 12 Main Street, Kelvane\nSection II: Object of the contract\nTitle: Supply of {P}',
     ''),
    ('short product', 'The {A} runs Brenwick Dispatch, the dispatch platform from {C}. Brenwick now handles every call.',
     'C develops Brenwick Dispatch; A uses Brenwick Dispatch'),
    ('short product', 'The {A} and the {B} book rooms through Hollard Go and Hollard Connect, the apps of the city. Hollard Go went live in May.',
     'A uses Hollard Go; A uses Hollard Connect; B uses Hollard Go; B uses Hollard Connect'),
    ('short product', 'Tarvick Vision Ltd makes Tarvick Recall. The {A} uses Tarvick Recall.',
     'Tarvick Vision Ltd develops Tarvick Recall; A uses Tarvick Recall'),
    ('notice lots', 'CONTRACT AWARD NOTICE\nSection I: Contracting authority\nI.1 Official name: Brenmoor Roads Agency (BRA)\nLegal status: Government agency within the area of government of the Ministry of Ports and Roads\nII.8 Funding: 70 % Road Safety Fund of the Ministry of Ports and Roads; 30 % BRA own budget\nSection V: Award of contract\nLot No: 1 – Cameras\nV.2.3) Winner: {C}, Leeds, United Kingdom – Contract signed\nSolution offered: {P}, developed by the winner\nThe winner is part of a group. Parent company: Hollvane Group plc, London\nSubcontractor authorised by BRA: Tessmoor Installations Ltd (site works)\nSubcontractor proposed; not approved by BRA: Quarran Civil Ltd\nLot No: 2 – Hosting\nLot cancelled: no compliant tenders received.',
     'Brenmoor Roads Agency partOf Ministry of Ports and Roads; Ministry of Ports and Roads funds Brenmoor Roads Agency; C supplies Brenmoor Roads Agency; C develops P; C partOf Hollvane Group plc; Tessmoor Installations Ltd supplies C'),
    ('notice buyer', 'CONTRACT AWARD NOTICE\nSection I: Contracting authority\nI.1 Official name: Riigi teedeamet (State Roads Office, RTA)\nContact person: Mari Kask, Head of Procurement, RTA\nSection V: Award of contract\nLot 1 – Sensors\nWinner: {C}, Tallinn\nValue: EUR 2,100,000',
     'C supplies Riigi teedeamet; Mari Kask worksFor Riigi teedeamet'),
    ('notice buyer', 'CONTRACT AWARD NOTICE\nSection I: Contracting authority\nOfficial name: Servicio Nacional de Caminos ante Desastres (SENCAD)\nLegal status: Decentralised public service under the Ministry of Public Works\nSection III: Award by lot\nLot 1 – Radios\nWinner: {C}, Santiago\nValue: CLP 2,100,000',
     'Servicio Nacional de Caminos ante Desastres partOf Ministry of Public Works; C supplies Servicio Nacional de Caminos ante Desastres'),
    ('notice buyer', 'Award summary\nContracting authority: Priya Olmsted-Vane, Senior Procurement Officer, the {A}\nLot | Supplier | Value\n1 | {C} | 2,100,000',
     'Priya Olmsted-Vane worksFor A'),
    ('screen work', '{P} is a fare system from {C}. Officers in the {A}\'s Revenue Protection Unit, who review refund claims in {P}\'s back-office console, first flagged the problem on 19 February.',
     'C develops P; Revenue Protection Unit uses P; A uses P; Revenue Protection Unit partOf A'),
    ('screen work', '{P} is a monitoring platform. Officers in the {A}\'s Regional Compliance Unit, who issue directions to mines from {P}\'s alert console, relied on the readings.',
     'Regional Compliance Unit uses P; A uses P; Regional Compliance Unit partOf A'),
    ('screen work', '{P} is a registry system. The {A}\'s Registry Operations Unit reviews every transfer flagged for manual checking in {P}\'s review queue.',
     'Registry Operations Unit uses P; A uses P; Registry Operations Unit partOf A'),
    ('screen work', '{P} is a digitisation platform. Staff of the {A} have published every scanned volume through {P}\'s curator workspace since 2021.',
     'A uses P'),
    ('screen work', '{P} is a claims system. Officers in the {A}\'s Fraud Unit, who review flagged claims, said {C}\'s support team fixed the fault from {P}\'s vendor console.',
     'Fraud Unit partOf A'),
    ('press contact', 'The {G} published its annual report today.\nMedia contact: Jordan Pell, Office of Communications, the {G}',
     'Jordan Pell worksFor G'),
    ('press contact', 'The {V} published its annual report today.\nMedia contact: Gemma Tolland-Achebe, Press Office, {V}',
     'Gemma Tolland-Achebe worksFor V'),
    ('press contact', 'The {G} published its annual report today.\nMedia contact: Callum Strachan-Reid, Policy Officer, the {G} – press@example.org',
     'Callum Strachan-Reid worksFor G'),
    ('contract signed with', 'The {A} has paid every claim through {P} since 2023. {P} was built by {C} under a $14 million contract signed with the agency in 2023.',
     'A uses P; C develops P; C supplies A'),
    ('contract signed with', '{P} was built by {C} under a contract concluded with the {A} in 2021.',
     'C develops P; C supplies A'),
    ('stance on a use', '{P} is a tool. The Corvale Police Department uses {P}. The {G} has backed the department\'s use of {P}.',
     'Corvale Police Department uses P; G supports Corvale Police Department'),
    ('stance on a use', '{P} is a tool. The Corvale Police Department uses {P}. The {G} criticised the department\'s deployment of {P} at the port.',
     'Corvale Police Department uses P; G opposes Corvale Police Department'),
    ('common word staff', 'Exporters told us the old export process was slow. The {A} uses {P} for every export permit.',
     'A uses P'),
    ('common word staff', 'Workers in warehousing say their work is now measured minute by minute. Work rates at the {C} site are set by {P}, and the {A} has opened an inquiry into the {C}.',
     'A investigates C'),
    ('common word staff', 'The Norrvik Agency for Customs and Export Control uses {P}, the export-licensing platform of {C}.\n"Exporters told us the old process was slow and hard to follow," said the director.\n"Export control is a security job and a trade job at the same time," said the chief executive of {C}.',
     'C develops P; Norrvik Agency for Customs and Export Control uses P'),
    ('not its product', '{P} is a case management platform from {D}. The {A} examined {C}\'s management of the {P} contract.',
     'D develops P; A investigates C'),
    ('not its product', '{P} is a tracking platform from {D}. {C}\'s instance of {P} runs on servers in Ohio.',
     'D develops P'),
    ('reported to', 'The {G} said it had reported the flaw to the {A} in February and received no reply.',
     ''),
    ('press reports', 'The {G} is aware of press reports that {C} is in talks to be acquired.',
     ''),
    ('press reports', 'The {G} reported that the {A} had paid {C} $2 million for the cameras.',
     'G investigates A; C supplies A'),
    # a subcontractor doing the work, told in the passive with words between the verb and "by"
    ("subcontract", "Text alerts are sent to patients by {C} under a subcontract with {D}.", "C supplies D"),
    ("subcontract", "Fitting will be carried out this summer by {C} under a subcontract with {D}.", "C supplies D"),
    ("subcontract", "Listing data is collected for {D} by {C} under a subcontract with {D}.", "C supplies D"),
    ("subcontract", "The records were moved from {P} by {C} under a subcontract with {D} signed in May.", "C supplies D"),
    # ... in a relative clause after its name, or as the sentence's subject
    ("subcontract", "{D} hired {C}, which will scan and index the files under a subcontract with {D}.", "C supplies D"),
    ("subcontract", "{D}'s implementation partner, {C}, is converting the city's card files under a subcontract with {D}.", "C supplies D"),
    ("subcontract", "{C} is the implementation partner, under a subcontract with {D}.", "C supplies D"),
    # a source the sentence opens with is no party to the work it reports
    ("subcontract", "According to the {A}, the outage began during an upgrade carried out by {C}, which handles database work for {P} under a subcontract with {D}.", "C supplies D"),
    # guards: one who reports the work is not the one doing it
    ("subcontract", "{C} said the cabling was fitted under a subcontract with {D}.", ""),
    # a thing kept in its host's own region or data centre, however the clause tells it
    ("hosting", "The {A} said that {P}, and the donor records it holds, runs on {C}'s UK South region.", "C hosts P"),
    ("hosting", "{P}'s records are held in {C}'s Auckland region.", "C hosts P"),
    ("hosting", "During the pilot {P} ran on {C}'s New Zealand region.", "C hosts P"),
    ("hosting", "{P}'s analytics engine and log archive run on {C}'s India West region under {D}'s own agreement with {C}.", "C hosts P; C supplies D"),
    ("hosting", "The data end up on {P}'s dashboard, which runs on {C}'s Canada Central region.", "C hosts P"),
    ("hosting", "{P} is hosted for all customers on {C}'s UK South region.", "C hosts P"),
    # guards: the maker a clause names is not what is hosted, nor a party to a contract
    ("hosting", "{P} was developed by {D}, which maintains it under a contract with the {A}, and runs on {C}'s Sydney region.", "D develops P; D supplies A; C hosts P"),
    ("hosting", "{P} was built by {D} under a contract with the {A} and runs on {C}'s Texas region.", "D develops P; D supplies A; C hosts P"),
    ("hosting", "{P} will run on {C}'s Sydney region from next year.", ""),
    # a hosting contract said to be another's
    ("contract held by", "{P} runs on {C}'s Sydney region. We do not hold a hosting contract with {C} ourselves; that agreement sits with {D}.", "C hosts P; C supplies D"),
    ("contract held by", "We don't have a contract with {C} ourselves; that one is between {D} and them.", "C supplies D"),
    # a sentence's "It" kept in a host's place is the thing named before, not the sentence's subject
    ("hosting", "The {A} uses {P}. It runs on {C}'s US-East region.", "A uses P; C hosts P"),
    ("hosting", "{D} makes {P}. It is hosted by {C} in its Amsterdam data centre.", "D develops P; C hosts P"),
    # a body's possessive before a firm-like name is its unit, not a vendor
    ("possessive", "Staff in the {A}'s Enrolment Services Group have reviewed rejected applications since June.", "Enrolment Services Group partOf A"),
    ("possessive", "The contract is managed by the {A}'s Undersecretariat of Information Technology.", "Undersecretariat of Information Technology partOf A"),
    # a body's account on a thing is no use of it
    ("possessive", "The {A}'s {P} account would be set up after contract signature.", ""),
    # the head of a field the text names one unit of leads that unit
    ("head of a field", "The {A}'s Highways and Transport Directorate uses {P}.\nOfficers: {N}, Director of Highways and Transport; {K}, Democratic Services Officer", "Highways and Transport Directorate uses P; A uses P; Highways and Transport Directorate partOf A; N leads Highways and Transport Directorate"),
    ("head of a field", "The {A}'s Youth Service runs {P}.\nOfficers in attendance: {N}, Head of Youth Service", "A uses P; Youth Service uses P; Youth Service partOf A; N leads Youth Service"),
    ("head of a field", "The Department of Public Works of the {A} uses {P}, said {N}, director of public works for the {A}.", "Department of Public Works uses P; A uses P; N leads Department of Public Works; N worksFor A"),
    # no unit of that field named: no head of one
    ("head of a field", "{N}, Director of Services, Housing, said the {A} would review {P}.", ""),
    # a letter asking for a thing to be done is a plea, no inquiry; one asking for answers inquires
    ("wrote to", "The {G} has written to the {A} asking it to delay the go-live of {P} until the spring.", ""),
    ("wrote to", "The {G} wrote to the {A} in March setting out its concerns and asking for a meeting.", ""),
    ("wrote to", "The {G} wrote to the {A} demanding a list of every agency that bought {P}.", "G investigates A"),
    # a body described twice before the body it sits under, or as a society or undertaking under it
    ("unit of", "The {A} is the national licensing agency, a statutory body under the {B}.", "A partOf B"),
    ("unit of", "The {A}, a registered society functioning under the {B}, runs {P}.", "A partOf B; A uses P"),
    ("unit of", "The {A}, a State Government undertaking under the {B}, runs {P}.", "A partOf B; A uses P"),
    # business angels by any name; a round described before who led it
    ("financing round", "{C} has closed a $9 million Series A round led by {W}, with participation from the Zanzi Angels Network.", "W funds C; Zanzi Angels Network funds C"),
    ("financing round", "{C} closed a seed round led by {W}, with participation from Kestrel Angel Collective.", "W funds C; Kestrel Angel Collective funds C"),
    ("financing round", "{C}'s $9 million Series A round, completed in 2024, was led by {W}.", "W funds C"),
    # a head's deputy, or a head before, leads no unit
    ("head of a field", "The {A}'s Youth Service runs {P}.\nDeputy Head of Youth Service {N} presented the report.", "A uses P; Youth Service uses P; Youth Service partOf A"),
    ("head of a field", "The {A}'s Youth Service runs {P}.\nFormer Head of Youth Service {N} presented the report.", "A uses P; Youth Service uses P; Youth Service partOf A"),
    # a named example of a kind of user does what the kind does in the thing
    ("example of users", "The {A} runs {P}. Clearing agents, including {C}, currently lodge import documents through {P}.", "A uses P; C uses P"),
    ("example of users", "The {A} runs {P}. Licensed dealers, among them {C}, record each sale in {P}.", "A uses P; C uses P"),
    # a unit named for two fields the text also writes as common words is one unit
    ("possessive", "The {A}'s Recalls and Hazards Branch issues recall notices through {P}. Most recalls follow reports of electrical hazards.", "Recalls and Hazards Branch partOf A; Recalls and Hazards Branch uses P; A uses P"),
    ("possessive", "Our Inventory and Reporting Branch entered every source in {P} this year. The inventory covers 214 sources.\nIssued by the {A}.", "Inventory and Reporting Branch uses P"),
    # records had from a body under an access law are an inquiry, whatever the sentence also asks
    ("records from", "{G} got the {P} contract from the {A} under the Freedom of Information Act, and has written to the {A} asking it to suspend {P}.", "G investigates A; G opposes A"),
    # a host's question puts "your" to the guest it names, or to the next speaker: their body's
    ("question put", "Guests: {N}, chief executive, {A}; {K}, organiser, {G}\nHOST: The {B} looked at your licensing files last year, didn't it?\n{N}: It did.", "N leads A; K worksFor G; B investigates A"),
    ("question put", "Guests: {N}, chief executive, {A}; {K}, organiser, {G}\nHOST: {K}, your group has asked the {A} to suspend {P}.\n{K}: We have.", "N leads A; K worksFor G; G opposes A"),
    # a question put to a guest by name is no fact of the guest
    ("question put", "Guests: {N}, chief executive, {A}; {K}, organiser, {G}\nHOST: {K}, who pays for your monitoring?\n{K}: The {B} does.", "N leads A; K worksFor G"),
    # work a body's own report says is done in a thing, by no one named, is the body's use of it
    ("kept in", "Annual Report 2024-25\n{A}\nAnnual Report 2024-25\nEvery new licence application is processed in {P}, a case management system developed by {C}.", "A uses P; C develops P"),
    ("kept in", "Annual Report 2024-25\n{A}\nAnnual Report 2024-25\nSince August 2021 the burial register has been managed in {P}, an interment records system.", "A uses P"),
    # not where another body is named with the thing, nor what will be kept there
    ("kept in", "Annual Report 2024-25\n{A}\nAnnual Report 2024-25\nPayroll is still processed in {P}, the system the {B} built in-house in 1999.", "B develops P; B uses P"),
    ("kept in", "Annual Report 2024-25\n{A}\nAnnual Report 2024-25\nFrom next year every application will be processed in {P}.", ""),
    # a thing from a firm is its make; a firm awarded a contract for its thing makes it
    ("thing from its maker", "The {A} tested {P}, a risk-scoring tool, from {C} for three months in 2023.", "C develops P; A uses P"),
    ("thing from its maker", "The {A} piloted a similar tool, {P} from {C}, for eight months in 2022 but did not adopt it.", "C develops P; A uses P"),
    ("firm for its thing", "The {A} voted to award a three-year contract to {C} for its {P} platform.", "C develops P; C supplies A"),
    # not a thing bought from a firm, which may only sell it
    ("thing from its maker", "The {A} bought {P} cameras from {C} in 2022.", "C supplies A; A uses P cameras"),
    # a firm described at more length before "behind" makes the thing, however the thing is described
    ("company behind", "{C}, the St. Paul company behind the {P} child care management platform, has raised $6 million.", "C develops P"),
    ("company behind", "{C}, the Kestrel Coast University spin-out behind the {P} research-data platform, has raised $6 million.", "C develops P"),
    ("company behind", "{C}, the Calder Bend company behind the school bus routing software {P}, has raised $6 million.", "C develops P"),
    # a data centre told by where or whose it is: its operator hosts what is hosted there
    ("cloud it operates", "{P} is a licensing app. {P} is hosted at the provincial data centre, which the {A} operates.", "A hosts P"),
    ("cloud it operates", "{P} is a case system. {P} is hosted in a Tier III data centre in Okpara operated by {C}.", "C hosts P"),
    # a hub, a portal or a building paid for with another's money: the money funds its buyer
    ("paid for", "{C} built a new portal for the {A} in May. The portal was paid for with a $2 million grant from the {B}.", "C supplies A; B funds A"),
    ("paid for", "{C} sold the {A} a new hub in 2024. The hub was paid for in part with a $26 million grant from the {G}.", "C supplies A; G funds A"),
    # a law firm appearing for a party in a court's record supports the party
    ("counsel for a party", "The {G} appeals against a decision of the {A}.\nMr K. Mutua SC, instructed by {C}, for the {G}.", "G opposes A; C supports G"),
    ("counsel for a party", "The {G} appeals against a decision of the {A}.\nAppearances: For the {A}: Mr J. Kerr, advocate, instructed by {C}.", "G opposes A; C supports A"),
    # a judgment's heading gives a party its role, however written ("NAME\nAppellant", "NAME – Applicant"): "the Appellant" is that party
    ("court party", "DECISION OF THE TRIBUNAL\nin the appeal of\nKESTOVAR HOLDINGS LTD\nAppellant\nagainst the {A}\n1. Kestovar Holdings Ltd is a haulage firm.\n2. The Appellant has used {P} since 2019.", "Kestovar Holdings Ltd uses P"),
    ("court party", "IN THE HIGH COURT\nKESTOVAR HOLDINGS LTD – Applicant\n1. Kestovar Holdings Ltd is a haulage firm.\n2. The Applicant has used {P} since 2019.", "Kestovar Holdings Ltd uses P"),
    # money for work on a named thing, in a list's item or after a record's "says", is its user's;
    # money given a thing is its one user's, never the thing's (a firm's not, from public money)
    ("bullet paid", "{A} uses {P}, a system built by {C}.\n\n• {P} was paid for with a $2.4 million grant from the {f};", "A uses P; C develops P; f funds A"),
    ("work of paid", "{A} uses {P}, a system built by {C}. The 2022 rebuild of {P} was paid for from a grant from the {f}.", "A uses P; C develops P; f funds A"),
    ("work of paid", "{A} uses {P}, a system built by {C}. The upgrade of {P}'s mobile forms was funded by a €2.4 million allocation from the {f}.", "A uses P; C develops P; f funds A"),
    ("work of paid", "{A} uses {P}, a system built by {C}. The extension of {P} to 22 new sensors in the north was funded by a grant from the {f}.", "A uses P; C develops P; f funds A"),
    ("sum build paid", "{A} uses {P}, a system built by {C}. {P}'s $6.1 million build was paid for by the {f}.", "A uses P; C develops P; f funds A"),
    ("record says paid", "{A} uses {P}, a system built by {C}. A paper released with them says {P}'s build was paid for by the {f}.", "A uses P; C develops P; f funds A"),
    ("part-funded", "{A} uses {P}, a system built by {C}. The {P} build was part-funded by a $780,000 grant from the {f}.", "A uses P; C develops P; f funds A"),
    ("co-financed share", "{A} uses {P}, a system built by {C}. The development of {P} was co-financed (40 %) by the {f}.", "A uses P; C develops P; f funds A"),
    ("paid kiosks", "{A} bought 40 kiosks from {C} last year. The kiosks were paid for with a grant from the {f}.", "C supplies A; f funds A"),
    ("firm user", "{C} has used {P}, a system built by {D}, since 2021. The 2022 rebuild of {P} was paid for by a grant from the {B}.", "C uses P; D develops P"),
    ("work of planned", "{A} uses {P}, a system built by {C}. The upgrade of {P} will be paid for by a grant the {f} may give.", "A uses P; C develops P"),
    # a name with "and" is one where the text's acronym spells it, a word giving one letter or two
    ("acronym of two letters", "{N}, the general manager of the Kelvor State Noise and Air Control Agency, KESNACA, spoke first. KESNACA bought {P} from {C} in 2024.", "N leads Kelvor State Noise and Air Control Agency; C supplies KESNACA; KESNACA uses P"),
    # a firm taken on to watch a body's tender sells to it and examines it; an examination of a
    # thing examines its maker
    ("tender watched", "The {A} awarded the contract to {C}. The procurement auditor {D}, engaged by the {A} under a separate contract, reviewed the evaluation of Lots 1 and 2.", "C supplies A; D supplies A; D investigates A"),
    ("tender watched", "The {A} awarded the contract to {C}. The evaluation of Lots 1 to 3 was reviewed before award by the procurement auditor {D}, engaged by the {A} under a separate contract.", "C supplies A; D supplies A; D investigates A"),
    ("tender watched", "The {A} awarded the contract to {C}. {D}, appointed as probity adviser under a separate contract with the {A}, has reviewed the evaluation criteria.", "C supplies A; D supplies A; D investigates A"),
    ("tender watched", "The {A} awarded the contract to {C}. Independent procurement auditor engaged by the {A}: {D}, which reviewed the evaluation of all four lots.", "C supplies A; D supplies A; D investigates A"),
    ("tender watched", "The {A} awarded the contract to {C}. {D}, engaged by the {A} under a separate consultancy contract, has reviewed the tender documents.", "C supplies A; D supplies A; D investigates A"),
    ("examined thing", "{C} makes {P}. In January {P} completed a SOC 2 Type II examination carried out by {D}.", "C develops P; D investigates C"),
    ("examined thing", "{C} makes {P}. In March, {C} completed a SOC 2 Type II examination by {D}.", "C develops P; D investigates C"),
    ("examined thing", "{C} makes {P}. {P}'s detection module was certified against ISO/IEC 27001 in May by {D}.", "C develops P; D investigates C"),
    ("negation", "{C} makes {P}. {P} has not completed a SOC 2 Type II examination by {D}.", "C develops P"),
    # an inquiry into how a body did something, opened by one that says "it" did; a records
    # request answered names the body it was made for; a question's "you" who inspected is the
    # guest's body
    ("inquiry opened", "The {A} bought {P} from {C}. The {B} confirmed Wednesday that it has opened a review of how the {A} handled the complaints.", "C supplies A; A uses P; B investigates A"),
    ("request on behalf", "The {A} has granted your request, made on behalf of the {G}, in part.", "G investigates A"),
    ("request on behalf", "The {A} has refused your application for the {P} contract, made on behalf of the {G}.", "G investigates A"),
    ("request on behalf", "The {A} has granted the request {N} made on behalf of the {G} last year.", ""),
    ("question to you", "HOST: Welcome back. With me is {N}, director of the {A}.\n{N}: Thank you.\nHOST: You inspected {C}'s warehouse in May, didn't you?\n{N}: We did.", "N leads A; A investigates C"),
    # one who speaks for a group in minutes gives the group's support to the council whose plan it
    # is (a committee's minutes: the council they name), not their own
    ("spoke in support", "BRELVORN CITY COUNCIL\nMinutes of the meeting of the Council held on 4 March 2025.\n\n4.1 Mr {N}, speaking for the {G}, spoke in support of the proposed parking contract.", "G supports BRELVORN CITY COUNCIL"),
    ("spoke in support", "BRELVORN CITY COUNCIL\nMinutes of the meeting of the Council held on 4 March 2025.\n\n4.1 Ms {N}, chief executive, {G}, spoke in support of the renewal of the Council's advice grant.", "G supports BRELVORN CITY COUNCIL; N leads G"),
    ("spoke in support", "{A} bought {P} from {C}. Mr {N}, speaking for the {G}, spoke in support of the {A}'s proposed extension.", "C supplies A; A uses P; G supports A"),
    # a body advised in a matter by a firm has its support, as one represented in it
    ("advised by", "The {G} sued the {A} over its contract with {C}. The {G} is advised in this matter by {D}.", "G opposes A; C supplies A; D supports G"),
    # a judgment's heading names its parties with a legal form the text leaves off, dots written
    # as ellipses, or a union for its members ("obo")
    ("court heading", "TAX APPEALS TRIBUNAL\nKRELVOST FRESH FOODS (PTY) LTD, Appellant\nv\nTHE VARNOSK REVENUE AUTHORITY, Respondent\n\n1. The {G}, admitted as amicus curiae, filed submissions in support of the Appellant.", "G supports Krelvost Fresh Foods (PTY) LTD"),
    ("court heading", "APPEALS TRIBUNAL AT NAIROBI\nBRANDOSK QUARRIES LIMITED ………………………… APPELLANT\nVERSUS\nVARNOSK COMPLIANCE AUTHORITY ………………………… RESPONDENT\n\nThe {G}, admitted as an interested party, filed submissions in support of the Respondent.", "G supports Varnosk Compliance Authority"),
    # each founder a firm was founded by leads it, whatever title the list gives them, but not one
    # who left; a union named for its members in a judgment's heading is a party
    ("founded by", "{C} makes {P}. {C} was founded in 2019 by chief technology officer {K} and {L}, who left the company in 2021.", "C develops P; K leads C"),
    ("founded by", "{C} makes {P}. {C} was founded in 2020 by chief executive {N} and chief technology officer {K}.", "C develops P; N leads C; K leads C"),
    ("court heading", "THE LABOUR COURT\nBRELVASK FOOD WORKERS' UNION obo DANA SKORN AND 12 OTHERS, Applicants\nand\nVARNOSK LOGISTICS LIMITED, Respondent\n\n1. The {G} filed submissions in support of the Applicants.", "G supports BRELVASK FOOD WORKERS' UNION"),
    # a lawyer named with an honorific at the firm advising the writers works for it
    ("firm's lawyer", "We wrote to the {A} in June. We are advised in this matter by {D}, where Ms. {N} is assisting us.", "N worksFor D"),
    # a report's last line naming a head's title heads the body the report speaks as
    ("closing head", "{A}\nAnnual Report 2024, Chapter 5: Our systems\n\nThe {A} keeps its case records in {P}, a system built by {C}. We have used it since 2021.\n\nApproved for publication: Dr {N}, Director General", "C develops P; A uses P; N leads A"),
    ("closing head", "{A}\nAnnual Report 2024, Chapter 5: Our systems\n\nThe {A} keeps its case records in {P}, a system built by {C}. We have used it since 2021.\n\n{N}, Chief Financial Officer and Director", "C develops P; A uses P; N worksFor A"),
    ("closing head", "{A}\nAudit report, Part 2: Our findings\n\nWe examined how the {B} keeps its case records in {P}, a system built by {C}.\n\n{N}, Auditor General", "C develops P; B uses P; A investigates B; N leads A"),
]
# fmt: on
DRAWS = 4  # name sets per template


def _names(rng: random.Random, letters: set[str]) -> dict[str, str]:
    names, used = {}, set()
    for letter in sorted(letters):
        kind = SLOTS[letter]
        while True:
            w = word(rng)
            if w not in used:
                break
        used.add(w)
        pattern = rng.choice(KINDS[kind])
        names[letter] = pattern.format(w=w, g=rng.choice(_GIVEN))
    return names


_RELATIONS = frozenset(
    ("supplies", "develops", "uses", "hosts", "partOf", "leads", "worksFor", "opposes",
     "supports", "investigates", "funds")
)  # fmt: skip


def _filled(word: str, names: dict[str, str]) -> str:
    """A slot letter as its name ("C," as the name and its comma), any other word as written."""
    slot = word.rstrip(",")
    return names[slot] + word[len(slot) :] if slot in names else word


def _fact(fact: str, names: dict[str, str]) -> tuple[str, str, str]:
    """ "C supplies A" over slot letters; a slot may carry words around it ("C Ethics Board" is
    the board named after C's name, "C, Inc." C's name with its legal form, "Stadt Z" the
    city's government), and a side without a slot is a described entity."""
    toks = fact.split()
    cut = next(i for i, t in enumerate(toks) if t in _RELATIONS)

    def name(words: list[str]) -> str:  # words that are no slot are written out
        return " ".join(_filled(word, names) for word in words)

    return name(toks[:cut]), toks[cut], name(toks[cut + 1 :])


@cache
def cases() -> tuple[Case, ...]:
    """Every template, filled with DRAWS sets of invented names (fixed seed)."""
    rng = random.Random(20261130)
    out = []
    for shape, template, facts in TEMPLATES:
        letters = {part[1] for part in template.split("{")[1:] for part in ["{" + part]}
        for _ in range(DRAWS):
            names = _names(rng, letters)
            expected = set()
            for fact in filter(None, (f.strip() for f in facts.split(";"))):
                expected.add(_fact(fact, names))
            out.append(Case(template, template.format(**names), frozenset(expected), shape))
    return tuple(out)


def invented_words() -> set[str]:
    """The made-up words of every name the suite uses."""
    return {
        part
        for case in cases()
        for fact in case.expected
        for name in (fact[0], fact[2])
        for part in name.replace(",", " ").split()  # ("C, Inc.": C's own words)
        if part not in {g for g in _GIVEN}
        and part[0].isupper()
        and part.lower() != part
        and not any(part in pattern for patterns in KINDS.values() for pattern in patterns)
        and part.lower() not in case.template.lower()  # a template's own words: "ethics board"
    }


def stated(facts: str) -> set[tuple[str, str, str]]:
    """ "A supplies B; C uses D": facts with the names written out ("" for none)."""
    out = set()
    for fact in filter(None, (f.strip() for f in facts.split(";"))):
        relation = next(r for r in sorted(_RELATIONS) if f" {r} " in fact)
        subject, obj = fact.split(f" {relation} ")
        out.add((subject, relation, obj))
    return out


def read(text: str):
    """The candidates of one text, read as a plain-text article."""
    return candidates(None, document=text_document(text + "\n", "case.txt"), shown="case.txt")


def extracted(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in read(text)}
