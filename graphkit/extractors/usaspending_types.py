"""What a USAspending assistance award is, by its assistance type, and what the graph says of it.

An assistance download mixes grants with loans, loan guarantees, insurance and payments
(`assistance_type_code`, as FABS codes it, with `assistance_type_description` beside it: "04",
"PROJECT GRANT (B)"). A grant, a cooperative agreement or a direct payment is money the agency
gives: it `funds` the recipient, with the award's obligated amount. A direct loan is money it
lends: it `funds` the recipient as its lender, without an amount (its face value is repaid,
and FABS leaves a loan's obligation blank). A guaranteed or insured loan is a lender's loan the
agency backs, insurance a risk it covers, "other financial assistance" as often property,
services or training as money: the agency pays the recipient nothing the ontology can state,
so such a row is passed over with a warning naming its type. Read as grants, each was the
agency funding the recipient with a figure it never gave.
"""

from __future__ import annotations

from ..exc import InputError, Notice
from .tables import Row

GRANT, PAYMENT, LOAN = "grant", "direct payment", "direct loan"
GUARANTEE, INSURANCE, OTHER = "loan guarantee", "insurance", "other assistance"
# What the agency does in a type the graph states nothing of, said in the warning that passes
# its row over ({0}: the recipient).
_PASSED = {
    GUARANTEE: "a guaranteed or insured loan: the agency backs a lender's loan to {0}, paying "
    "it nothing",
    INSURANCE: "insurance: the agency covers a risk of {0}, paying it nothing unless it claims",
    OTHER: "other financial assistance, as often property, services or training given {0} as money",
}

# FABS's assistance types. Codes outside this table (FABS adds new ones) are read by their
# description.
_CODES = {
    "02": GRANT,  # block grant
    "03": GRANT,  # formula grant
    "04": GRANT,  # project grant
    "05": GRANT,  # cooperative agreement
    "06": PAYMENT,  # direct payment for specified use
    "07": LOAN,
    "08": GUARANTEE,
    "09": INSURANCE,
    "10": PAYMENT,  # direct payment with unrestricted use
    "11": OTHER,
}
# A description's words, in this order ("GUARANTEED/INSURED LOAN" is no direct loan).
_WORDS = (
    ("GUARANTEE", GUARANTEE),
    ("INSURED", GUARANTEE),
    ("INSURANCE", INSURANCE),
    ("LOAN", LOAN),
    ("GRANT", GRANT),
    ("COOPERATIVE AGREEMENT", GRANT),
    ("DIRECT PAYMENT", PAYMENT),
    ("OTHER", OTHER),
)


def _described(text: str) -> str | None:
    upper = text.upper()
    return next((kind for words, kind in _WORDS if words in upper), None)


def assistance_kind(row: Row, shown: str, recipient: str) -> str:
    """GRANT, PAYMENT or LOAN: what the row's award is. Raises a Notice for a type the graph
    states nothing of (the row is passed over, nothing in it being wrong), and an InputError
    for a row without a type, of a type not known, or whose code and description disagree."""
    code = row.get("assistance_type_code").upper()
    code = code.zfill(2) if code.isdigit() else code  # "4" as a spreadsheet saves "04"
    description = row.get("assistance_type_description")
    written = f"{code!r}" + (f" ({description})" if description else "")
    kinds = {k for k in (_CODES.get(code), _described(description) if description else None) if k}
    if not code and not description:
        raise InputError(
            "missing assistance type: a grant funds its recipient, a loan guarantee pays it "
            "nothing; the row is skipped",
            path=shown,
            line=row.line,
            field="assistance_type_code",
        )
    if len(kinds) != 1:
        why = (
            f": its code and its description are of two kinds ({' and '.join(sorted(kinds))})"
            if kinds
            else " is not one this importer knows"
        )
        raise InputError(
            f"assistance type {written}{why}; the row is skipped",
            path=shown,
            line=row.line,
            field="assistance_type_code",
        )
    [kind] = kinds
    if kind in _PASSED:
        does = _PASSED[kind].format(repr(recipient))
        raise Notice(
            f"assistance type {written} is {does}; no relation of the graph states it (read "
            "as a grant, the agency gave the award's figure); the row is passed over",
            path=shown,
            line=row.line,
            field="assistance_type_code",
        )
    return kind
