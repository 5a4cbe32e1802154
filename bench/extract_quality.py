"""Quality and speed of the article extractor: corpus P/R/F1, behaviour suite, words per second.

Usage:
  python bench/extract_quality.py                  # every figure (the README's table)
  python bench/extract_quality.py --show A         # misses and extras of half A only
  python bench/extract_quality.py --show unseen    # misses and extras of our own unseen texts
  python bench/extract_quality.py --show unseen2   # the same for the second set
  python bench/extract_quality.py --show unseen3   # the same for the third set
  python bench/extract_quality.py --show unseen4   # the same for the fourth set (and unseen5)

The corpus (`../shared/corpus`) is split in two fixed halves by position in name order: half A
holds the texts at odd positions, half B those at even positions. The extractor was developed
against half A; half B shows what text it was not tuned on gets. Scores use the corpus scorer's
own name folding and aliases (`../shared/tools/score_extraction.py`).

"Own unseen texts" are ten invented news texts with gold facts, written without looking at the
extractor (`tests/fixtures/unseen-articles/`); they are scored with the same folding
(`tests/article_scoring.py`) and need no `../shared`, so without the corpus the script still
scores them. The kinds of fact the extractor missed there were then built as general readings,
so the set now measures what it was developed against. The "second set"
(`tests/fixtures/unseen-articles-2/`), ten more such texts, measured that generalisation and was
then used the same way. The "third set" (`tests/fixtures/unseen-articles-3/`), written after the
first two had been used, was the clean figure for unseen writing until it too was used for
development from 2026-12-01 (P 0.81 R 0.44 F1 0.57 before that). So is the "fourth set"
(`tests/fixtures/unseen-articles-4/`), from 2026-12-01 too (P 0.69 R 0.37 F1 0.48 before that),
and the "fifth set" (`tests/fixtures/unseen-articles-5/`), for names, places and funding, from
2026-12-01 (P 0.47 R 0.23 F1 0.31 before that). The "sixth set"
(`tests/fixtures/unseen-articles-6/`), written after the fifth was used, is the clean measure of
unseen writing: it is reported here only, with no `--show`, so that nothing is built from what
it misses (P 0.68 R 0.42 F1 0.52 on the code before this set was written).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

import article_scoring  # noqa: E402  (tests/article_scoring.py)
from article_scoring import prf  # noqa: E402

from graphkit.extractors.article import candidates  # noqa: E402
from graphkit.sources.registry import Registry  # noqa: E402

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8)
# Our own invented texts by --show name: (folder, table label, row label).
OWN_SETS = {
    "unseen": (article_scoring.UNSEEN, "unseen", "own unseen texts"),
    "unseen2": (
        article_scoring.UNSEEN.parent / "unseen-articles-2",
        "unseen, second set",
        "own unseen texts, second set (developed on since)",
    ),
    "unseen3": (
        article_scoring.UNSEEN.parent / "unseen-articles-3",
        "unseen, third set",
        "own unseen texts, third set (developed on since)",
    ),
    "unseen4": (
        article_scoring.UNSEEN.parent / "unseen-articles-4",
        "unseen, fourth set",
        "own unseen texts, fourth set (developed on since 2026-12-01)",
    ),
    "unseen5": (
        article_scoring.UNSEEN.parent / "unseen-articles-5",
        "unseen, fifth set",
        "own unseen texts, fifth set (developed on since 2026-12-01)",
    ),
    "unseen6": (
        article_scoring.UNSEEN.parent / "unseen-articles-6",
        "unseen, sixth set",
        "own unseen texts, sixth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen7": (
        article_scoring.UNSEEN.parent / "unseen-articles-7",
        "unseen, seventh set",
        "own unseen texts, seventh set (developed on since 2026-12-01)",
    ),
    "unseen8": (
        article_scoring.UNSEEN.parent / "unseen-articles-8",
        "unseen, eighth set",
        "own unseen texts, eighth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen9": (
        article_scoring.UNSEEN.parent / "unseen-articles-9",
        "unseen, ninth set",
        "own unseen texts, ninth set (developed on since 2026-12-01)",
    ),
    "unseen10": (
        article_scoring.UNSEEN.parent / "unseen-articles-10",
        "unseen, tenth set",
        "own unseen texts, tenth set (developed on since 2026-12-01)",
    ),
    "unseen11": (
        article_scoring.UNSEEN.parent / "unseen-articles-11",
        "unseen, eleventh set",
        "own unseen texts, eleventh set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen12": (
        article_scoring.UNSEEN.parent / "unseen-articles-12",
        "unseen, twelfth set",
        "own unseen texts, twelfth set (developed on since 2026-12-02)",
    ),
    "unseen13": (
        article_scoring.UNSEEN.parent / "unseen-articles-13",
        "unseen, thirteenth set",
        "own unseen texts, thirteenth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen14": (
        article_scoring.UNSEEN.parent / "unseen-articles-14",
        "unseen, fourteenth set",
        "own unseen texts, fourteenth set (developed on since 2026-12-02)",
    ),
    "unseen15": (
        article_scoring.UNSEEN.parent / "unseen-articles-15",
        "unseen, fifteenth set",
        "own unseen texts, fifteenth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen16": (
        article_scoring.UNSEEN.parent / "unseen-articles-16",
        "unseen, sixteenth set",
        "own unseen texts, sixteenth set (developed on since 2026-12-02)",
    ),
    "unseen17": (
        article_scoring.UNSEEN.parent / "unseen-articles-17",
        "unseen, seventeenth set",
        "own unseen texts, seventeenth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen18": (
        article_scoring.UNSEEN.parent / "unseen-articles-18",
        "unseen, eighteenth set",
        "own unseen texts, eighteenth set (developed on since 2026-12-02)",
    ),
    "unseen19": (
        article_scoring.UNSEEN.parent / "unseen-articles-19",
        "unseen, nineteenth set",
        "own unseen texts, nineteenth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen20": (
        article_scoring.UNSEEN.parent / "unseen-articles-20",
        "unseen, twentieth set",
        "own unseen texts, twentieth set (developed on since 2026-12-02)",
    ),
    "unseen21": (
        article_scoring.UNSEEN.parent / "unseen-articles-21",
        "unseen, twenty-first set",
        "own unseen texts, twenty-first set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen22": (
        article_scoring.UNSEEN.parent / "unseen-articles-22",
        "unseen, twenty-second set",
        "own unseen texts, twenty-second set (developed on since 2026-12-02)",
    ),
    "unseen23": (
        article_scoring.UNSEEN.parent / "unseen-articles-23",
        "unseen, twenty-third set",
        "own unseen texts, twenty-third set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen24": (
        article_scoring.UNSEEN.parent / "unseen-articles-24",
        "unseen, twenty-fourth set",
        "own unseen texts, twenty-fourth set (developed on since 2026-12-02)",
    ),
    "unseen25": (
        article_scoring.UNSEEN.parent / "unseen-articles-25",
        "unseen, twenty-fifth set",
        "own unseen texts, twenty-fifth set (developed on, pooled, since 2026-12-02)",
    ),
    "unseen26": (
        article_scoring.UNSEEN.parent / "unseen-articles-26",
        "unseen, twenty-sixth set",
        "own unseen texts, twenty-sixth set (developed on since 2026-12-02)",
    ),
    "unseen27": (
        article_scoring.UNSEEN.parent / "unseen-articles-27",
        "unseen, twenty-seventh set",
        "own unseen texts, twenty-seventh set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen28": (
        article_scoring.UNSEEN.parent / "unseen-articles-28",
        "unseen, twenty-eighth set",
        "own unseen texts, twenty-eighth set (developed on since 2026-12-02)",
    ),
    "unseen29": (
        article_scoring.UNSEEN.parent / "unseen-articles-29",
        "unseen, twenty-ninth set",
        "own unseen texts, twenty-ninth set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen30": (
        article_scoring.UNSEEN.parent / "unseen-articles-30",
        "unseen, thirtieth set",
        "own unseen texts, thirtieth set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen31": (
        article_scoring.UNSEEN.parent / "unseen-articles-31",
        "unseen, thirty-first set",
        "own unseen texts, thirty-first set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen32": (
        article_scoring.UNSEEN.parent / "unseen-articles-32",
        "unseen, thirty-second set",
        "own unseen texts, thirty-second set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen33": (
        article_scoring.UNSEEN.parent / "unseen-articles-33",
        "unseen, thirty-third set",
        "own unseen texts, thirty-third set (developed on, second pool, since 2026-12-02)",
    ),
    "unseen34": (
        article_scoring.UNSEEN.parent / "unseen-articles-34",
        "unseen, thirty-fourth set",
        "own unseen texts, thirty-fourth set (developed on since 2026-12-02)",
    ),
    "unseen35": (
        article_scoring.UNSEEN.parent / "unseen-articles-35",
        "unseen, thirty-fifth set",
        "own unseen texts, thirty-fifth set (developed on since 2026-12-02)",
    ),
    "unseen36": (
        article_scoring.UNSEEN.parent / "unseen-articles-36",
        "unseen, thirty-sixth set",
        "own unseen texts, thirty-sixth set (developed on since 2026-12-02)",
    ),
    "unseen37": (
        article_scoring.UNSEEN.parent / "unseen-articles-37",
        "unseen, thirty-seventh set",
        "own unseen texts, thirty-seventh set (developed on since 2026-12-02)",
    ),
    "unseen38": (
        article_scoring.UNSEEN.parent / "unseen-articles-38",
        "unseen, thirty-eighth set",
        "own unseen texts, thirty-eighth set (developed on since 2026-12-02)",
    ),
    "unseen39": (
        article_scoring.UNSEEN.parent / "unseen-articles-39",
        "unseen, thirty-ninth set",
        "own unseen texts, thirty-ninth set (developed on since 2026-12-02)",
    ),
    "unseen40": (
        article_scoring.UNSEEN.parent / "unseen-articles-40",
        "unseen, fortieth set",
        "own unseen texts, fortieth set (developed on since 2026-12-03)",
    ),
    "unseen41": (
        article_scoring.UNSEEN.parent / "unseen-articles-41",
        "unseen, forty-first set",
        "own unseen texts, forty-first set (developed on since 2026-12-03)",
    ),
    "unseen42": (
        article_scoring.UNSEEN.parent / "unseen-articles-42",
        "unseen, forty-second set",
        "own unseen texts, forty-second set (developed on since 2026-12-03)",
    ),
    "unseen43": (
        article_scoring.UNSEEN.parent / "unseen-articles-43",
        "unseen, forty-third set",
        "own unseen texts, forty-third set (developed on since 2026-12-03)",
    ),
    "unseen44": (
        article_scoring.UNSEEN.parent / "unseen-articles-44",
        "unseen, forty-fourth set",
        "own unseen texts, forty-fourth set (developed on since 2026-12-03)",
    ),
    "unseen45": (
        article_scoring.UNSEEN.parent / "unseen-articles-45",
        "unseen, forty-fifth set",
        "own unseen texts, forty-fifth set (developed on since 2026-12-03)",
    ),
    "unseen46": (
        article_scoring.UNSEEN.parent / "unseen-articles-46",
        "unseen, forty-sixth set",
        "own unseen texts, forty-sixth set (developed on since 2026-12-03)",
    ),
    "unseen47": (
        article_scoring.UNSEEN.parent / "unseen-articles-47",
        "unseen, forty-seventh set",
        "own unseen texts, forty-seventh set (developed on since 2026-12-03)",
    ),
    "unseen48": (
        article_scoring.UNSEEN.parent / "unseen-articles-48",
        "unseen, forty-eighth set",
        "own unseen texts, forty-eighth set (developed on since 2026-12-03)",
    ),
    "unseen49": (
        article_scoring.UNSEEN.parent / "unseen-articles-49",
        "unseen, forty-ninth set",
        "own unseen texts, forty-ninth set (developed on since 2026-12-03)",
    ),
    "unseen50": (
        article_scoring.UNSEEN.parent / "unseen-articles-50",
        "unseen, fiftieth set",
        "own unseen texts, fiftieth set (developed on since 2026-12-03)",
    ),
    "unseen51": (
        article_scoring.UNSEEN.parent / "unseen-articles-51",
        "unseen, fifty-first set",
        "own unseen texts, fifty-first set (developed on since 2026-12-03)",
    ),
    "unseen52": (
        article_scoring.UNSEEN.parent / "unseen-articles-52",
        "unseen, fifty-second set",
        "own unseen texts, fifty-second set (developed on since 2026-12-03)",
    ),
    "unseen53": (
        article_scoring.UNSEEN.parent / "unseen-articles-53",
        "unseen, fifty-third set",
        "own unseen texts, fifty-third set (developed on since 2026-12-03)",
    ),
    "unseen54": (
        article_scoring.UNSEEN.parent / "unseen-articles-54",
        "unseen, fifty-fourth set",
        "own unseen texts, fifty-fourth set (developed on since 2026-12-03)",
    ),
    "unseen55": (
        article_scoring.UNSEEN.parent / "unseen-articles-55",
        "unseen, fifty-fifth set",
        "own unseen texts, fifty-fifth set (developed on since 2026-12-03)",
    ),
    "unseen56": (
        article_scoring.UNSEEN.parent / "unseen-articles-56",
        "unseen, fifty-sixth set",
        "own unseen texts, fifty-sixth set (developed on since 2026-12-03)",
    ),
    "unseen57": (
        article_scoring.UNSEEN.parent / "unseen-articles-57",
        "unseen, fifty-seventh set",
        "own unseen texts, fifty-seventh set (developed on since 2026-12-03)",
    ),
    "unseen58": (
        article_scoring.UNSEEN.parent / "unseen-articles-58",
        "unseen, fifty-eighth set",
        "own unseen texts, fifty-eighth set (developed on since 2026-12-03)",
    ),
    "unseen59": (
        article_scoring.UNSEEN.parent / "unseen-articles-59",
        "unseen, fifty-ninth set",
        "own unseen texts, fifty-ninth set (developed on since 2026-12-03)",
    ),
    "unseen60": (
        article_scoring.UNSEEN.parent / "unseen-articles-60",
        "unseen, sixtieth set",
        "own unseen texts, sixtieth set (developed on since 2026-12-03)",
    ),
    "unseen61": (
        article_scoring.UNSEEN.parent / "unseen-articles-61",
        "unseen, sixty-first set",
        "own unseen texts, sixty-first set (developed on since 2026-12-03)",
    ),
    "unseen62": (
        article_scoring.UNSEEN.parent / "unseen-articles-62",
        "unseen, sixty-second set",
        "own unseen texts, sixty-second set (developed on since 2026-12-03)",
    ),
    "unseen63": (
        article_scoring.UNSEEN.parent / "unseen-articles-63",
        "unseen, sixty-third set",
        "own unseen texts, sixty-third set (developed on since 2026-12-03)",
    ),
    "unseen64": (
        article_scoring.UNSEEN.parent / "unseen-articles-64",
        "unseen, sixty-fourth set",
        "own unseen texts, sixty-fourth set (developed on since 2026-12-04)",
    ),
    "unseen65": (
        article_scoring.UNSEEN.parent / "unseen-articles-65",
        "unseen, sixty-fifth set",
        "own unseen texts, sixty-fifth set (developed on since 2026-12-04)",
    ),
    "unseen66": (
        article_scoring.UNSEEN.parent / "unseen-articles-66",
        "unseen, sixty-sixth set",
        "own unseen texts, sixty-sixth set (developed on since 2026-12-04)",
    ),
    "unseen67": (
        article_scoring.UNSEEN.parent / "unseen-articles-67",
        "unseen, sixty-seventh set",
        "own unseen texts, sixty-seventh set (developed on since 2026-12-04)",
    ),
    "unseen68": (
        article_scoring.UNSEEN.parent / "unseen-articles-68",
        "unseen, sixty-eighth set",
        "own unseen texts, sixty-eighth set (developed on since 2026-12-04)",
    ),
    "unseen69": (
        article_scoring.UNSEEN.parent / "unseen-articles-69",
        "unseen, sixty-ninth set",
        "own unseen texts, sixty-ninth set (developed on since 2026-12-04)",
    ),
    "unseen70": (
        article_scoring.UNSEEN.parent / "unseen-articles-70",
        "unseen, seventieth set",
        "own unseen texts, seventieth set (developed on since 2026-12-04)",
    ),
    "unseen71": (
        article_scoring.UNSEEN.parent / "unseen-articles-71",
        "unseen, seventy-first set",
        "own unseen texts, seventy-first set (developed on since 2026-12-04)",
    ),
    "unseen72": (
        article_scoring.UNSEEN.parent / "unseen-articles-72",
        "unseen, seventy-second set",
        "own unseen texts, seventy-second set (developed on since 2026-12-04)",
    ),
    "unseen73": (
        article_scoring.UNSEEN.parent / "unseen-articles-73",
        "unseen, seventy-third set",
        "own unseen texts, seventy-third set (developed on since 2026-12-04)",
    ),
    "unseen74": (
        article_scoring.UNSEEN.parent / "unseen-articles-74",
        "unseen, seventy-fourth set",
        "own unseen texts, seventy-fourth set (developed on since 2026-12-04)",
    ),
    "unseen75": (
        article_scoring.UNSEEN.parent / "unseen-articles-75",
        "unseen, seventy-fifth set",
        "own unseen texts, seventy-fifth set (developed on since 2026-12-04)",
    ),
    "unseen76": (
        article_scoring.UNSEEN.parent / "unseen-articles-76",
        "unseen, seventy-sixth set",
        "own unseen texts, seventy-sixth set (developed on since 2026-12-04)",
    ),
    "unseen77": (
        article_scoring.UNSEEN.parent / "unseen-articles-77",
        "unseen, seventy-seventh set",
        "own unseen texts, seventy-seventh set (developed on since 2026-12-04)",
    ),
    "unseen78": (
        article_scoring.UNSEEN.parent / "unseen-articles-78",
        "unseen, seventy-eighth set",
        "own unseen texts, seventy-eighth set (developed on since 2026-12-04)",
    ),
    "unseen79": (
        article_scoring.UNSEEN.parent / "unseen-articles-79",
        "unseen, seventy-ninth set",
        "own unseen texts, seventy-ninth set (developed on since 2026-12-04)",
    ),
    "unseen80": (
        article_scoring.UNSEEN.parent / "unseen-articles-80",
        "unseen, eightieth set",
        "own unseen texts, eightieth set (developed on since 2026-12-04)",
    ),
    "unseen81": (
        article_scoring.UNSEEN.parent / "unseen-articles-81",
        "unseen, eighty-first set",
        "own unseen texts, eighty-first set (developed on since 2026-12-04)",
    ),
    "unseen82": (
        article_scoring.UNSEEN.parent / "unseen-articles-82",
        "unseen, eighty-second set",
        "own unseen texts, eighty-second set (developed on since 2026-12-04)",
    ),
    "unseen83": (
        article_scoring.UNSEEN.parent / "unseen-articles-83",
        "unseen, eighty-third set",
        "own unseen texts, eighty-third set (developed on since 2026-12-04)",
    ),
    "unseen84": (
        article_scoring.UNSEEN.parent / "unseen-articles-84",
        "unseen, eighty-fourth set",
        "own unseen texts, eighty-fourth set (developed on since 2026-12-04)",
    ),
    "unseen85": (
        article_scoring.UNSEEN.parent / "unseen-articles-85",
        "unseen, eighty-fifth set",
        "own unseen texts, eighty-fifth set (developed on since 2026-12-05)",
    ),
    "unseen86": (
        article_scoring.UNSEEN.parent / "unseen-articles-86",
        "unseen, eighty-sixth set",
        "own unseen texts, eighty-sixth set (developed on since 2026-12-05)",
    ),
    "unseen87": (
        article_scoring.UNSEEN.parent / "unseen-articles-87",
        "unseen, eighty-seventh set",
        "own unseen texts, eighty-seventh set (developed on since 2026-12-05)",
    ),
    "unseen88": (
        article_scoring.UNSEEN.parent / "unseen-articles-88",
        "unseen, eighty-eighth set",
        "own unseen texts, eighty-eighth set (developed on since 2026-12-05)",
    ),
    "unseen89": (
        article_scoring.UNSEEN.parent / "unseen-articles-89",
        "unseen, eighty-ninth set",
        "own unseen texts, eighty-ninth set (developed on since 2026-12-05)",
    ),
    "unseen90": (
        article_scoring.UNSEEN.parent / "unseen-articles-90",
        "unseen, ninetieth set",
        "own unseen texts, ninetieth set (developed on since 2026-12-05)",
    ),
    "unseen91": (
        article_scoring.UNSEEN.parent / "unseen-articles-91",
        "unseen, ninety-first set",
        "own unseen texts, ninety-first set (developed on since 2026-12-05)",
    ),
    "unseen92": (
        article_scoring.UNSEEN.parent / "unseen-articles-92",
        "unseen, ninety-second set",
        "own unseen texts, ninety-second set (developed on since 2026-12-05)",
    ),
    "unseen93": (
        article_scoring.UNSEEN.parent / "unseen-articles-93",
        "unseen, ninety-third set",
        "own unseen texts, ninety-third set (developed on since 2026-12-05)",
    ),
    "unseen94": (
        article_scoring.UNSEEN.parent / "unseen-articles-94",
        "unseen, ninety-fourth set",
        "own unseen texts, ninety-fourth set (developed on since 2026-12-05)",
    ),
    "unseen95": (
        article_scoring.UNSEEN.parent / "unseen-articles-95",
        "unseen, ninety-fifth set",
        "own unseen texts, ninety-fifth set (developed on since 2026-12-05)",
    ),
    "unseen96": (
        article_scoring.UNSEEN.parent / "unseen-articles-96",
        "unseen, ninety-sixth set",
        "own unseen texts, ninety-sixth set (developed on since 2026-12-05)",
    ),
    "unseen97": (
        article_scoring.UNSEEN.parent / "unseen-articles-97",
        "unseen, ninety-seventh set",
        "own unseen texts, ninety-seventh set (developed on since 2026-12-05)",
    ),
    "unseen98": (
        article_scoring.UNSEEN.parent / "unseen-articles-98",
        "unseen, ninety-eighth set",
        "own unseen texts, ninety-eighth set (developed on since 2026-12-05)",
    ),
    "unseen99": (
        article_scoring.UNSEEN.parent / "unseen-articles-99",
        "unseen, ninety-ninth set",
        "own unseen texts, ninety-ninth set (developed on since 2026-12-05)",
    ),
    "unseen100": (
        article_scoring.UNSEEN.parent / "unseen-articles-100",
        "unseen, hundredth set",
        "own unseen texts, hundredth set (developed on since 2026-12-05)",
    ),
    "unseen101": (
        article_scoring.UNSEEN.parent / "unseen-articles-101",
        "unseen, hundred-and-first set",
        "own unseen texts, hundred-and-first set (developed on since 2026-12-05)",
    ),
    "unseen102": (
        article_scoring.UNSEEN.parent / "unseen-articles-102",
        "unseen, hundred-and-second set",
        "own unseen texts, hundred-and-second set (developed on since 2026-12-05)",
    ),
    "unseen103": (
        article_scoring.UNSEEN.parent / "unseen-articles-103",
        "unseen, hundred-and-third set",
        "own unseen texts, hundred-and-third set (developed on since 2026-12-05)",
    ),
    "unseen104": (
        article_scoring.UNSEEN.parent / "unseen-articles-104",
        "unseen, hundred-and-fourth set",
        "own unseen texts, hundred-and-fourth set (developed on since 2026-12-05)",
    ),
    "unseen105": (
        article_scoring.UNSEEN.parent / "unseen-articles-105",
        "unseen, hundred-and-fifth set",
        "own unseen texts, hundred-and-fifth set (developed on since 2026-12-05)",
    ),
    "unseen106": (
        article_scoring.UNSEEN.parent / "unseen-articles-106",
        "unseen, hundred-and-sixth set",
        "own unseen texts, hundred-and-sixth set (developed on since 2026-12-05)",
    ),
    "unseen107": (
        article_scoring.UNSEEN.parent / "unseen-articles-107",
        "unseen, hundred-and-seventh set",
        "own unseen texts, hundred-and-seventh set (developed on since 2026-12-05)",
    ),
    "unseen108": (
        article_scoring.UNSEEN.parent / "unseen-articles-108",
        "unseen, hundred-and-eighth set",
        "own unseen texts, hundred-and-eighth set (developed on since 2026-12-05)",
    ),
    "unseen109": (
        article_scoring.UNSEEN.parent / "unseen-articles-109",
        "unseen, hundred-and-ninth set",
        "own unseen texts, hundred-and-ninth set (developed on since 2026-12-05)",
    ),
    "unseen110": (
        article_scoring.UNSEEN.parent / "unseen-articles-110",
        "unseen, hundred-and-tenth set",
        "own unseen texts, hundred-and-tenth set (developed on since 2026-12-05)",
    ),
    "unseen111": (
        article_scoring.UNSEEN.parent / "unseen-articles-111",
        "unseen, hundred-and-eleventh set",
        "own unseen texts, hundred-and-eleventh set (developed on since 2026-12-05)",
    ),
    "unseen112": (
        article_scoring.UNSEEN.parent / "unseen-articles-112",
        "unseen, hundred-and-twelfth set",
        "own unseen texts, hundred-and-twelfth set (developed on since 2026-12-06)",
    ),
    "unseen113": (
        article_scoring.UNSEEN.parent / "unseen-articles-113",
        "unseen, hundred-and-thirteenth set",
        "own unseen texts, hundred-and-thirteenth set (developed on since 2026-12-06)",
    ),
    "unseen114": (
        article_scoring.UNSEEN.parent / "unseen-articles-114",
        "unseen, hundred-and-fourteenth set",
        "own unseen texts, hundred-and-fourteenth set (developed on since 2026-12-06)",
    ),
    "unseen115": (
        article_scoring.UNSEEN.parent / "unseen-articles-115",
        "unseen, hundred-and-fifteenth set",
        "own unseen texts, hundred-and-fifteenth set (developed on since 2026-12-06)",
    ),
    "unseen116": (
        article_scoring.UNSEEN.parent / "unseen-articles-116",
        "unseen, hundred-and-sixteenth set",
        "own unseen texts, hundred-and-sixteenth set (developed on since 2026-12-06)",
    ),
    "unseen117": (
        article_scoring.UNSEEN.parent / "unseen-articles-117",
        "unseen, hundred-and-seventeenth set",
        "own unseen texts, hundred-and-seventeenth set (developed on since 2026-12-06)",
    ),
    "unseen118": (
        article_scoring.UNSEEN.parent / "unseen-articles-118",
        "unseen, hundred-and-eighteenth set",
        "own unseen texts, hundred-and-eighteenth set (developed on since 2026-12-06)",
    ),
    "unseen119": (
        article_scoring.UNSEEN.parent / "unseen-articles-119",
        "unseen, hundred-and-nineteenth set",
        "own unseen texts, hundred-and-nineteenth set (developed on since 2026-12-06)",
    ),
    "unseen120": (
        article_scoring.UNSEEN.parent / "unseen-articles-120",
        "unseen, hundred-and-twentieth set",
        "own unseen texts, hundred-and-twentieth set (developed on since 2026-12-06)",
    ),
    "unseen121": (
        article_scoring.UNSEEN.parent / "unseen-articles-121",
        "unseen, hundred-and-twenty-first set",
        "own unseen texts, hundred-and-twenty-first set (developed on since 2026-12-06)",
    ),
    "unseen122": (
        article_scoring.UNSEEN.parent / "unseen-articles-122",
        "unseen, hundred-and-twenty-second set",
        "own unseen texts, hundred-and-twenty-second set (developed on since 2026-12-06)",
    ),
    "unseen123": (
        article_scoring.UNSEEN.parent / "unseen-articles-123",
        "unseen, hundred-and-twenty-third set",
        "own unseen texts, hundred-and-twenty-third set (developed on since 2026-12-06)",
    ),
    "unseen124": (
        article_scoring.UNSEEN.parent / "unseen-articles-124",
        "unseen, hundred-and-twenty-fourth set",
        "own unseen texts, hundred-and-twenty-fourth set (developed on since 2026-12-06)",
    ),
    "unseen125": (
        article_scoring.UNSEEN.parent / "unseen-articles-125",
        "unseen, hundred-and-twenty-fifth set",
        "own unseen texts, hundred-and-twenty-fifth set (developed on since 2026-12-06)",
    ),
    "unseen126": (
        article_scoring.UNSEEN.parent / "unseen-articles-126",
        "unseen, hundred-and-twenty-sixth set",
        "own unseen texts, hundred-and-twenty-sixth set (developed on since 2026-12-06)",
    ),
    "unseen127": (
        article_scoring.UNSEEN.parent / "unseen-articles-127",
        "unseen, hundred-and-twenty-seventh set",
        "own unseen texts, hundred-and-twenty-seventh set (developed on since 2026-12-06)",
    ),
    "unseen128": (
        article_scoring.UNSEEN.parent / "unseen-articles-128",
        "unseen, hundred-and-twenty-eighth set",
        "own unseen texts, hundred-and-twenty-eighth set (developed on since 2026-12-06)",
    ),
    "unseen129": (
        article_scoring.UNSEEN.parent / "unseen-articles-129",
        "unseen, hundred-and-twenty-ninth set",
        "own unseen texts, hundred-and-twenty-ninth set (developed on since 2026-12-06)",
    ),
    "unseen130": (
        article_scoring.UNSEEN.parent / "unseen-articles-130",
        "unseen, hundred-and-thirtieth set",
        "own unseen texts, hundred-and-thirtieth set (developed on since 2026-12-06)",
    ),
    "unseen131": (
        article_scoring.UNSEEN.parent / "unseen-articles-131",
        "unseen, hundred-and-thirty-first set",
        "own unseen texts, hundred-and-thirty-first set (developed on since 2026-12-06)",
    ),
    "unseen132": (
        article_scoring.UNSEEN.parent / "unseen-articles-132",
        "unseen, hundred-and-thirty-second set",
        "own unseen texts, hundred-and-thirty-second set (developed on since 2026-12-06)",
    ),
    "unseen133": (
        article_scoring.UNSEEN.parent / "unseen-articles-133",
        "unseen, hundred-and-thirty-third set",
        "own unseen texts, hundred-and-thirty-third set (developed on since 2026-12-06)",
    ),
    "unseen134": (
        article_scoring.UNSEEN.parent / "unseen-articles-134",
        "unseen, hundred-and-thirty-fourth set",
        "own unseen texts, hundred-and-thirty-fourth set (developed on since 2026-12-06)",
    ),
    "unseen135": (
        article_scoring.UNSEEN.parent / "unseen-articles-135",
        "unseen, hundred-and-thirty-fifth set",
        "own unseen texts, hundred-and-thirty-fifth set (developed on since 2026-12-06)",
    ),
    "unseen136": (
        article_scoring.UNSEEN.parent / "unseen-articles-136",
        "unseen, hundred-and-thirty-sixth set",
        "own unseen texts, hundred-and-thirty-sixth set (developed on since 2026-12-06)",
    ),
    "unseen137": (
        article_scoring.UNSEEN.parent / "unseen-articles-137",
        "unseen, hundred-and-thirty-seventh set",
        "own unseen texts, hundred-and-thirty-seventh set (developed on since 2026-12-06)",
    ),
    "unseen138": (
        article_scoring.UNSEEN.parent / "unseen-articles-138",
        "unseen, hundred-and-thirty-eighth set",
        "own unseen texts, hundred-and-thirty-eighth set (developed on since 2026-12-06)",
    ),
    "unseen139": (
        article_scoring.UNSEEN.parent / "unseen-articles-139",
        "unseen, hundred-and-thirty-ninth set",
        "own unseen texts, hundred-and-thirty-ninth set (developed on since 2026-12-07)",
    ),
    "unseen140": (
        article_scoring.UNSEEN.parent / "unseen-articles-140",
        "unseen, hundred-and-fortieth set",
        "own unseen texts, hundred-and-fortieth set (developed on since 2026-12-07)",
    ),
    "unseen141": (
        article_scoring.UNSEEN.parent / "unseen-articles-141",
        "unseen, hundred-and-forty-first set",
        "own unseen texts, hundred-and-forty-first set (developed on since 2026-12-07)",
    ),
    "unseen142": (
        article_scoring.UNSEEN.parent / "unseen-articles-142",
        "unseen, hundred-and-forty-second set",
        "own unseen texts, hundred-and-forty-second set (developed on since 2026-12-07)",
    ),
    "unseen143": (
        article_scoring.UNSEEN.parent / "unseen-articles-143",
        "unseen, hundred-and-forty-third set",
        "own unseen texts, hundred-and-forty-third set (developed on since 2026-12-07)",
    ),
    "unseen144": (
        article_scoring.UNSEEN.parent / "unseen-articles-144",
        "unseen, hundred-and-forty-fourth set",
        "own unseen texts, hundred-and-forty-fourth set (developed on since 2026-12-07)",
    ),
    "unseen145": (
        article_scoring.UNSEEN.parent / "unseen-articles-145",
        "unseen, hundred-and-forty-fifth set",
        "own unseen texts, hundred-and-forty-fifth set (developed on since 2026-12-07)",
    ),
    "unseen146": (
        article_scoring.UNSEEN.parent / "unseen-articles-146",
        "unseen, hundred-and-forty-sixth set",
        "own unseen texts, hundred-and-forty-sixth set (developed on since 2026-12-07)",
    ),
    "unseen147": (
        article_scoring.UNSEEN.parent / "unseen-articles-147",
        "unseen, hundred-and-forty-seventh set",
        "own unseen texts, hundred-and-forty-seventh set (developed on since 2026-12-07)",
    ),
    "unseen148": (
        article_scoring.UNSEEN.parent / "unseen-articles-148",
        "unseen, hundred-and-forty-eighth set",
        "own unseen texts, hundred-and-forty-eighth set (developed on since 2026-12-07)",
    ),
    "unseen149": (
        article_scoring.UNSEEN.parent / "unseen-articles-149",
        "unseen, hundred-and-forty-ninth set",
        "own unseen texts, hundred-and-forty-ninth set (developed on since 2026-12-07)",
    ),
    "unseen150": (
        article_scoring.UNSEEN.parent / "unseen-articles-150",
        "unseen, hundred-and-fiftieth set",
        "own unseen texts, hundred-and-fiftieth set (developed on since 2026-12-07)",
    ),
    "unseen151": (
        article_scoring.UNSEEN.parent / "unseen-articles-151",
        "unseen, hundred-and-fifty-first set",
        "own unseen texts, hundred-and-fifty-first set (developed on since 2026-12-07)",
    ),
    "unseen152": (
        article_scoring.UNSEEN.parent / "unseen-articles-152",
        "unseen, hundred-and-fifty-second set",
        "own unseen texts, hundred-and-fifty-second set (developed on since 2026-12-07)",
    ),
    "unseen153": (
        article_scoring.UNSEEN.parent / "unseen-articles-153",
        "unseen, hundred-and-fifty-third set",
        "own unseen texts, hundred-and-fifty-third set (developed on since 2026-12-07)",
    ),
    "unseen154": (
        article_scoring.UNSEEN.parent / "unseen-articles-154",
        "unseen, hundred-and-fifty-fourth set",
        "own unseen texts, hundred-and-fifty-fourth set (never developed on: report only)",
    ),
    "unseen155": (
        article_scoring.UNSEEN.parent / "unseen-articles-155",
        "unseen, hundred-and-fifty-fifth set",
        "own unseen texts, hundred-and-fifty-fifth set (never developed on: report only)",
    ),
    "unseen156": (
        article_scoring.UNSEEN.parent / "unseen-articles-156",
        "unseen, hundred-and-fifty-sixth set",
        "own unseen texts, hundred-and-fifty-sixth set (never developed on: report only)",
    ),
}
# The clean measures: scored, never listed (--show), so no reading is fitted to them.
REPORT_ONLY = ("unseen154", "unseen155", "unseen156")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def halves() -> dict[str, list[Path]]:
    texts = sorted((CORPUS / "articles").glob("*.txt"))
    return {"A": texts[1::2], "B": texts[0::2], "all": texts}


def predictions(texts: list[Path]) -> dict[Path, list]:
    found, failures = article_scoring.predictions(texts)
    for path, error in failures.items():
        print(f"! {path.name}: {type(error).__name__}: {error}", file=sys.stderr)
    return found


def score(found: dict[Path, list], floor: float = 0.0, show: bool = False):
    """(tp, fp, fn) overall and per relation on the corpus, as the corpus scorer counts them."""
    return article_scoring.score(found, CORPUS, scorer(), floor, show)


def own_texts(name: str) -> list[Path]:
    return sorted(OWN_SETS[name][0].glob("*.txt"))


def score_own(name: str, found: dict[Path, list], show: bool = False):
    """One set of our own invented texts, scored with the same folding (kept in
    tests/article_scoring.py, so that no `../shared` is needed)."""
    return article_scoring.score(found, OWN_SETS[name][0], article_scoring, show=show)


def _row(scores: tuple[float, float, float]) -> str:
    return "{:.2f} | {:.2f} | {:.2f} |".format(*scores)


def behaviour() -> tuple[float, float, float, int]:
    from article_behaviour import cases, extracted  # tests/article_behaviour.py

    counts = Counter()
    all_cases = cases()
    for case in all_cases:
        got = extracted(case.text)
        counts["tp"] += len(got & case.expected)
        counts["fp"] += len(got - case.expected)
        counts["fn"] += len(case.expected - got)
    return (*prf(counts), len(all_cases))


def throughput(texts: list[Path], rounds: int = 3, runs: int = 5) -> float:
    """Words per second on one core: the best of several runs, as load on a shared machine
    only ever slows a run down."""
    registry = Registry()
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in texts) * rounds
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(rounds):
            for path in texts:
                candidates(path, registry)
        best = min(best, time.perf_counter() - start)
    return words / best


def own_row(name: str, found: dict[Path, list]) -> str:
    total, _ = score_own(name, found)
    return f"| {OWN_SETS[name][2]} ({len(found)}) | {total['tp'] + total['fn']} | " + _row(
        prf(total)
    )


def report_own(name: str, found: dict[Path, list]) -> None:
    _folder, table, label = OWN_SETS[name]
    total, by_rel = score_own(name, found)
    print(f"\n{label} ({len(found)}): {total['tp'] + total['fn']} facts, "
          + "P={:.2f} R={:.2f} F1={:.2f}".format(*prf(total)))  # fmt: skip
    print(f"\n| relation ({table}) | gold | P | R | F1 |\n|---|--:|--:|--:|--:|")
    for relation, counts in sorted(by_rel.items()):
        print(f"| {relation} | {counts['tp'] + counts['fn']} | " + _row(prf(counts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show",
        choices=("A", "B", "all", *(name for name in OWN_SETS if name not in REPORT_ONLY)),
        help="list misses and extras",
    )
    args = parser.parse_args()
    if args.show in OWN_SETS:
        total, _ = score_own(args.show, predictions(own_texts(args.show)), show=True)
        print("P={:.3f} R={:.3f} F1={:.3f}".format(*prf(total)), dict(total))
        return
    own = {name: predictions(own_texts(name)) for name in OWN_SETS} if not args.show else {}
    if not (CORPUS / "articles").is_dir():
        if args.show:
            sys.exit(f"no corpus at {CORPUS}")
        print(f"no corpus at {CORPUS}: scoring our own unseen texts only")
        print("| texts | facts | P | R | F1 |\n|---|--:|--:|--:|--:|")
        for name, found in own.items():
            print(own_row(name, found))
        for name, found in own.items():
            report_own(name, found)
        return
    parts = halves()
    if args.show:
        total, _ = score(predictions(parts[args.show]), show=True)
        print("P={:.3f} R={:.3f} F1={:.3f}".format(*prf(total)), dict(total))
        return
    found = {name: predictions(texts) for name, texts in parts.items()}
    print("| texts | facts | P | R | F1 |\n|---|--:|--:|--:|--:|")
    for name, label in (("all", "whole corpus"), ("A", "half A (developed on)"),
                        ("B", "half B (held out)")):  # fmt: skip
        total, _ = score(found[name])
        print(f"| {label} ({len(parts[name])}) | {total['tp'] + total['fn']} | "
              + _row(prf(total)))  # fmt: skip
    for name, found_own in own.items():
        print(own_row(name, found_own))
    total, by_rel = score(found["all"])
    print("\n| relation | gold | P | R | F1 |\n|---|--:|--:|--:|--:|")
    for relation, counts in sorted(by_rel.items()):
        print(f"| {relation} | {counts['tp'] + counts['fn']} | " + _row(prf(counts)))
    for name, found_own in own.items():
        report_own(name, found_own)
    print("\n| --min-confidence | P | R | F1 | facts kept |\n|--:|--:|--:|--:|--:|")
    for floor in THRESHOLDS:
        total, _ = score(found["all"], floor)
        print(f"| {floor:.2f} | " + _row(prf(total)) + f" {total['tp'] + total['fp']} |")
    p, r, f1, n = behaviour()
    print(f"\nbehaviour suite: {n} sentences, P={p:.3f} R={r:.3f} F1={f1:.3f}")
    print(f"throughput: {throughput(parts['all']):,.0f} words per second (one core)")


if __name__ == "__main__":
    main()
