"""The columns of USAspending downloads that the usaspending extractor reads."""

from __future__ import annotations

import re

from ..exc import InputError, Notice
from ..names import has_legal_form
from .tables import Row, header_key
from .usaspending_agencies import LEVELS
from .usaspending_assistance import ASSISTANCE_COLUMNS, ASSISTANCE_OPTIONAL
from .usaspending_layouts import COLUMNS as OLDER_COLUMNS
from .usaspending_subgrants import LAST_REPORTED

PRIME_COLUMNS = [
    "contract_award_unique_key",
    "award_id_piid",
    "parent_award_id_piid",
    "total_obligated_amount",
    "potential_total_value_of_award",
    "award_base_action_date",
    "award_latest_action_date",
    "period_of_performance_start_date",
    "period_of_performance_current_end_date",
    "awarding_agency_name",
    "awarding_sub_agency_name",
    "awarding_office_name",
    "recipient_uei",
    "recipient_name",
    "recipient_parent_uei",
    "recipient_parent_name",
    "prime_award_base_transaction_description",
    "naics_code",
    "product_or_service_code",
    "usaspending_permalink",
]
SUB_COLUMNS = [
    "prime_award_unique_key",
    "prime_award_piid",
    "prime_awardee_uei",
    "prime_awardee_name",
    "subaward_number",
    "subaward_amount",
    "subaward_action_date",
    "subawardee_uei",
    "subawardee_name",
    "subawardee_parent_name",
    "usaspending_permalink",
]
# An assistance Subawards download (sub-grants): its prime award is a FAIN.
SUBGRANT_COLUMNS = ["prime_award_fain" if c == "prime_award_piid" else c for c in SUB_COLUMNS]


# The record's business-type columns ("t"/"f") say what kind of organisation a recipient is;
# checked in this order, so a state university is a university and a county a government.
RECIPIENT_TYPES = (
    (
        (
            "1862_land_grant_college",
            "1890_land_grant_college",
            "1994_land_grant_college",
            "private_university_or_college",
            "state_controlled_institution_of_higher_learning",
            "historically_black_college",
            "tribal_college",
            "minority_institution",
            "school_of_forestry",
            "veterinary_college",
        ),
        "ResearchOrganization",
    ),
    (
        (
            "us_federal_government",
            "federal_agency",
            "us_government_entity",
            "us_state_government",
            "us_local_government",
            "city_local_government",
            "county_local_government",
            "inter_municipal_local_government",
            "municipality_local_government",
            "school_district_local_government",
            "township_local_government",
            "us_tribal_government",
            "foreign_government",
            "council_of_governments",
            "interstate_entity",
            "planning_commission",
            "port_authority",
            "transit_authority",
            "airport_authority",
            "housing_authorities_public_tribal",
        ),
        "GovernmentAgency",
    ),
    (("for_profit_organization",), "Company"),
    (("educational_institution",), "ResearchOrganization"),
    (
        ("nonprofit_organization", "other_not_for_profit_organization", "foundation"),
        "AdvocacyGroup",
    ),
    (("individual",), "Person"),
)

_TRUE = {"t", "true", "y", "yes", "1"}  # a business-type cell that says yes
# The business-type columns of the official download (its column list holds no "individual",
# which a file may add), whose absence a user's deleting them explains.
_BUSINESS_TYPES = frozenset(c for columns, _ in RECIPIENT_TYPES for c in columns) - {"individual"}


def recipient_type(row: Row, lacking: frozenset[str] = frozenset()) -> str:
    """The entity type a prime award row's business-type columns give its recipient: the
    first kind one of whose columns says yes, a company where none does. Where the file lacks
    a column of a kind looked at before (`lacking`: a user deleted it), the row cannot say what
    the recipient is: an organisation (a university was a company, with exit 0)."""
    for columns, type_ in RECIPIENT_TYPES:
        if any((row.get(c) or "").strip().lower() in _TRUE for c in columns):
            return type_
        if lacking.intersection(columns):
            return "Organization"
    return "Company"


# A business type as a subawards file lists it ("FOR-PROFIT ORGANIZATION", "For Profit
# Organization", "HISTORICALLY BLACK COLLEGE OR UNIVERSITY"), compared without case, spaces or
# punctuation with the prime award columns it is (SAM's words are FPDS's).
_LISTED = {
    **{re.sub(r"[^A-Z0-9]", "", c.upper()): c for columns, _ in RECIPIENT_TYPES for c in columns},
    "HISTORICALLYBLACKCOLLEGEORUNIVERSITY": "historically_black_college",
}


def listed_type(text: str, name: str) -> str:
    """The entity type a subawards file's list of a party's business types (`text`: "FOR-PROFIT
    ORGANIZATION,LIMITED LIABILITY COMPANY") gives it, as a prime award row's columns do
    (`recipient_type`): the first kind one of its items is, a company where it lists none of
    them (a firm's other types: "S CORPORATION"). Read as a company whatever it listed, a
    university or a county subcontracting under an ICE award was a firm. A party whose types
    are not listed (most prime awardees of a real download) is a company where its `name`
    ends in a firm's legal form ("PERATON INC."), else an organisation ("BATTELLE MEMORIAL
    INSTITUTE", "REGENTS OF THE UNIVERSITY OF MINNESOTA")."""
    if not text.strip():
        return "Company" if has_legal_form(name) else "Organization"
    items = {_LISTED.get(re.sub(r"[^A-Z0-9]", "", item.upper())) for item in text.split(",")}
    return recipient_type(Row(0, dict.fromkeys(items - {None}, "t")))


def lacking_types(header: list[str], shown: str, line: int) -> tuple[frozenset[str], list]:
    """The business-type columns a prime award file lacks, and a Notice saying so once."""
    lacking = _BUSINESS_TYPES.difference(header)
    if not lacking:
        return lacking, []
    named = ", ".join(repr(c) for c in sorted(lacking)[:3]) + (", …" if len(lacking) > 3 else "")
    message = (
        f"the file lacks {len(lacking)} of the columns that say what kind of organisation a "
        f"recipient is ({named}): a recipient whose row does not show it a university, a "
        "government, a firm or a non-profit by the columns it has is typed an organisation, "
        "not a company (download the file again to have them all)"
    )
    return lacking, [Notice(message, path=shown, line=line)]


def lacking_lists(header: list[str], shown: str, line: int) -> list[Notice]:
    """A Notice, where a subawards file lacks the columns that list its parties' business
    types, saying that those parties are typed organisations."""
    lacking = [
        c for c in ("prime_awardee_business_types", "subawardee_business_types") if c not in header
    ]
    if not lacking:
        return []
    message = (
        f"the file lacks {' and '.join(lacking)}, which say what kind of organisation each "
        "party is: such a party is a company where its name ends in a firm's legal form "
        '("Inc.", "LLC"), else an organisation (download the file again to have them)'
    )
    return [Notice(message, path=shown, line=line, field=lacking[0])]


# A Prime Transactions download ("Download → Transactions", Contracts_PrimeTransactions_*.csv
# or Assistance_PrimeTransactions_*.csv) is known by its transaction key, or where a user
# deleted it, by a transaction's own obligation and modification number.
_TRANSACTION_KEYS = {
    header_key("contract_transaction_unique_key"): "contracts",
    header_key("assistance_transaction_unique_key"): "assistance",
}
_TRANSACTION_COLUMNS = {header_key(c) for c in ("federal_action_obligation", "modification_number")}


def refuse_transactions(header: list[str], shown: str, line: int) -> None:
    """InputError at the header's `line` if the file is a Prime Transactions download: one row
    per action on an award (its base award and each modification), each with that action's
    obligation and the award's running totals, and only the actions dated within the period
    the download asked for. Read as awards (it was refused as missing award_base_action_date),
    each award would be stated once per modification and its figures added up or disputed,
    and an award whose earlier actions fall outside the period would be given the sum of its
    later ones: no sum of its rows is the award's figure."""
    keys = {header_key(cell) for cell in header}
    found = [kind for key, kind in _TRANSACTION_KEYS.items() if key in keys]
    if not found and not keys >= _TRANSACTION_COLUMNS:
        return
    kind = f" ({found[0]})" if found else ""
    raise InputError(
        f"not a USAspending Prime Award Summaries download: this is a Prime Transactions"
        f"{kind} download, one row per action on an award (its base award and each "
        "modification, with that action's federal_action_obligation), holding only the actions "
        "dated within the period it was asked for, so that no sum of its rows is an award's "
        "figure; the file is skipped (download the Prime Award Summaries instead: on "
        "USAspending.gov's Award Search, Download → Awards, not Transactions; one row per "
        "award, with its total obligated amount)",
        path=shown,
        line=line,
    )


# Every column either kind of file is read by, so that one given twice is refused rather than
# one of its cells silently kept (a column no one reads may repeat: it changes nothing).
COLUMNS_READ = frozenset(
    [
        *PRIME_COLUMNS,
        *SUB_COLUMNS,
        *ASSISTANCE_COLUMNS,
        *ASSISTANCE_OPTIONAL,
        *SUBGRANT_COLUMNS,
        *OLDER_COLUMNS,  # a download's before April 2022 (usaspending_layouts.py)
        "prime_awardee_business_types",
        "subawardee_business_types",
        *(column for columns, _ in RECIPIENT_TYPES for column in columns),
        # the units that award and fund an award, and a subaward's prime award's
        *(
            f"{role}_{level}_{part}"
            for role in ("awarding", "funding", "prime_award_awarding", "prime_award_funding")
            for level in LEVELS
            for part in ("name", "code")
        ),
        # prime award rows
        "award_type",
        "cage_code",
        "naics_description",
        "product_or_service_code_description",
        "recipient_parent_uei",
        # subaward rows
        "prime_award_parent_piid",
        "prime_award_base_transaction_description",
        "prime_award_naics_code",
        "prime_award_naics_description",
        "prime_award_base_action_date",
        "prime_award_latest_action_date",
        "prime_award_period_of_performance_start_date",
        "prime_award_period_of_performance_current_end_date",
        "prime_awardee_duns",
        "subaward_fsrs_report_id",
        "subaward_sam_report_id",
        *LAST_REPORTED,
        "subawardee_duns",
        "subawardee_parent_uei",
    ]
)

# The columns read by their headers as compared (tables.header_key): a spreadsheet user's
# "Recipient Name", "recipient name " or "RECIPIENT_NAME" is recipient_name. No two columns of
# a download are one column so (tests hold it), so none is read for another; two headers of a
# file that are one column so are refused (tables.refuse_repeated_columns).
COLUMNS_BY_KEY = {header_key(column): column for column in COLUMNS_READ}
