from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from graphkit.exc import NOWHERE, InputError, Location
from graphkit.model import Fact, PartialDate, changed, parse_amount


@pytest.mark.parametrize(
    ("text", "shown", "precision"),
    [
        ("2018", "2018", "year"),
        (2018, "2018", "year"),
        ("2018-06", "2018-06", "month"),
        ("2018-06-20", "2018-06-20", "day"),
        (date(2019, 7, 18), "2019-07-18", "day"),
    ],
)
def test_dates_keep_the_precision_they_were_given(text, shown, precision):
    value = PartialDate.parse(text)
    assert str(value) == shown
    assert value.precision == precision


@pytest.mark.parametrize("text", ["2018-13", "2019-02-30", "June 2018", "18", "2018/06", ""])
def test_impossible_or_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19400000", Decimal("19400000")),
        ("19,400,000", Decimal("19400000")),
        ("$224,000.50", Decimal("224000.50")),
        (41734.68, Decimal("41734.68")),
    ],
)
def test_amounts_are_exact_decimals(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["about 5 million", "NaN", "Infinity", ""])
def test_amounts_that_are_not_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_a_location_reads_as_file_colon_line_and_makes_errors_there():
    where = Location("data/facts.yaml", 12)
    assert str(where) == "data/facts.yaml:12"
    assert Location.parse("data/facts.yaml:12") == where
    assert Location.parse("C:/facts.yaml") == Location("C:/facts.yaml")
    assert not NOWHERE and where
    error = InputError.at(where.at("amount"), "not a number")
    assert (error.path, error.line, error.field) == ("data/facts.yaml", 12, "amount")
    assert str(error) == "data/facts.yaml:12 [amount]: not a number"


def test_facts_given_file_line_text_hold_a_location():
    fact = Fact("a", "supplies", "b", where="f.yaml:3")
    assert fact.where == Location("f.yaml", 3)


def test_a_changed_fact_is_a_copy_and_refuses_what_is_no_field():
    fact = Fact("Palantir", "supplies", "ICE", where="facts.yaml:3")
    copy = changed(fact, subject="palantir", where="facts.yaml:4")
    assert (copy.subject, copy.where) == ("palantir", Location("facts.yaml", 4))
    assert (fact.subject, fact.where) == ("Palantir", Location("facts.yaml", 3))
    assert copy == replace(fact, subject="palantir", where="facts.yaml:4")
    with pytest.raises(TypeError, match="subjekt"):
        changed(fact, subjekt="palantir")
