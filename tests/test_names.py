"""Names: normalisation and the "did you mean" hint every misspelt name gets."""

from graphkit.names import close_names, did_you_mean, normalize


def test_normalize_folds_case_quotes_the_and_possessive():
    assert normalize("The Palantir\u2019s") == normalize("palantir")


def test_did_you_mean_names_the_closest_choice_or_nothing():
    relations = ["supplies", "uses", "hosts"]
    assert did_you_mean("suplies", relations) == "did you mean 'supplies'?"
    assert did_you_mean("xyzzy", relations) == ""
    assert did_you_mean("host", ["ghosts", "hosts"], limit=2) == "did you mean 'hosts' or 'ghosts'?"


def test_close_names_orders_best_first_and_respects_the_cutoff():
    assert close_names("amazn", ["amazon", "azure"], limit=2) == ["amazon"]
    assert close_names("amazn", ["amazon", "azure"], limit=2, cutoff=0.1) == ["amazon", "azure"]
