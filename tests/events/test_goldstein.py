"""The packaged CAMEO table carries GDELT's Goldstein values ("as distributed with GDELT")."""

from pathlib import Path

import pytest

from tidings.events import cameo

GDELT = Path(__file__).resolve().parents[2].parent / "shared" / "ref" / "gdelt_goldstein.tsv"


def test_spot_values_are_gdelts():
    # taken from GDELT's CAMEO.goldsteinscale.txt; the old table had 018 -4.5, 042 3.0, 190 -8
    expected = {"016": -2.0, "018": 3.4, "042": 1.9, "0233": 3.4, "1711": -9.2, "183": -10.0,
                "190": -10.0}
    assert {code: cameo.describe(code).goldstein for code in expected} == expected


@pytest.mark.skipif(not GDELT.exists(), reason="../shared/ref/gdelt_goldstein.tsv not present")
def test_every_code_gdelt_has_equals_gdelts_value():
    gdelt = {}
    for line in GDELT.read_text(encoding="utf-8").splitlines():
        code, _, value = line.partition("\t")
        if code.isdigit():
            gdelt[code] = float(value)
    assert len(gdelt) > 300  # the file was read (311 codes)
    table = cameo.table()
    assert sorted(set(gdelt) - set(table)) == []
    assert {c: table[c].goldstein for c in gdelt if table[c].goldstein != gdelt[c]} == {}
