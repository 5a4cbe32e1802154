"""Every pattern rule the sentence reader tries, from each module that writes some."""

from __future__ import annotations

from .counsel_rules import COUNSEL_RULES
from .customer_rules import CUSTOMER_RULES
from .example_rules import EXAMPLE_RULES
from .head_rules import HEAD_RULES
from .host_rules import HOST_RULES
from .inquiry_rules import INQUIRY_RULES
from .making_rules import MAKING_RULES
from .money_rules import MONEY_RULES
from .owner_rules import OWNER_RULES
from .phrase_rules import PHRASE_RULES
from .purchase_rules import PURCHASE_RULES
from .review_rules import REVIEW_RULES
from .rules import RULES
from .service_rules import SERVICE_RULES
from .stance_rules import STANCE_RULES
from .subcontract_rules import SUBCONTRACT_RULES
from .supply_rules import SUPPLY_RULES
from .unit_rules import UNIT_RULES
from .use_rules import USE_RULES

ALL_RULES = (
    *RULES,
    *PHRASE_RULES,
    *MONEY_RULES,
    *USE_RULES,
    *REVIEW_RULES,
    *EXAMPLE_RULES,
    *CUSTOMER_RULES,
    *SUPPLY_RULES,
    *SERVICE_RULES,
    *SUBCONTRACT_RULES,
    *PURCHASE_RULES,
    *STANCE_RULES,
    *INQUIRY_RULES,
    *OWNER_RULES,
    *MAKING_RULES,
    *HOST_RULES,
    *HEAD_RULES,
    *UNIT_RULES,
    *COUNSEL_RULES,
)
