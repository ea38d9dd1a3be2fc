import pytest

from tidings.events import cameo


def test_describe_gives_plover_quad_and_goldstein():
    visit = cameo.describe("042")
    assert (visit.root, visit.plover, visit.plover_mode, visit.quad_class) == ("04", "CONSULT", "visit", 1)
    assert visit.goldstein == pytest.approx(1.9)  # GDELT's value
    sanction = cameo.describe("163")
    assert (sanction.plover, sanction.quad_class) == ("COERCE", 4) and sanction.goldstein < -5
    threat = cameo.describe("1312")
    assert threat.plover == "THREATEN" and threat.quad_class == 3


def test_every_root_and_known_subcodes_present():
    table = cameo.table()
    assert {c.root for c in table.values()} == {f"{r:02d}" for r in range(1, 21)}
    assert len(table) > 300
    # sub-codes without a PLOVER line of their own inherit their parent's type
    assert cameo.describe("0311").plover == "AGREE"


def test_unknown_code_is_a_clear_error():
    with pytest.raises(cameo.UnknownCode):
        cameo.describe("999")
    assert not cameo.is_code("999")


def test_penta_classes():
    assert [cameo.penta(c) for c in ("010", "020", "042", "057", "061", "084", "112", "130", "145", "190")] == \
        [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
