"""Uji kode rekening Kepmendagri 050-5889/2021."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja import KodeRekening, KodeRekeningSalah, TingkatKode, TipeTidakSah

# Kode dari tabel 3.2.2 LKj Klakah 2024
KODE_KLAKAH = [
    "7.01.01",
    "7.01.01.2.01",
    "7.01.01.2.01.0001",
    "7.01.01.2.09.0010",
    "7.01.02.2.04.0003",
    "7.01.03.2.01.0003",
]

segmen = st.tuples(
    st.sampled_from("0123456789X"),
    st.from_regex(r"[0-9]{2}|XX", fullmatch=True),
    st.from_regex(r"[0-9]{2}", fullmatch=True),
    st.from_regex(r"[0-9]\.[0-9]{2}", fullmatch=True),
    st.from_regex(r"[0-9]{4}", fullmatch=True),
)


@pytest.mark.parametrize("teks", KODE_KLAKAH)
def test_kode_klakah_terbaca_dan_kembali_sama(teks: str) -> None:
    assert str(KodeRekening.parse(teks)) == teks


@given(segmen, st.integers(min_value=1, max_value=5))
def test_parse_str_bolak_balik_dan_induk(seg: tuple[str, ...], tingkat: int) -> None:
    teks = ".".join(seg[:tingkat])
    kode = KodeRekening.parse(teks)
    assert str(kode) == teks
    assert kode.tingkat == TingkatKode(tingkat)
    if tingkat == 1:
        assert kode.induk is None
    else:
        assert kode.induk is not None
        assert kode.induk.tingkat == tingkat - 1
        assert kode.adalah_turunan_dari(kode.induk)
        assert str(kode).startswith(str(kode.induk) + ".")
    assert len(kode.leluhur()) == tingkat - 1


def test_tingkat() -> None:
    assert KodeRekening.parse("7").tingkat is TingkatKode.URUSAN
    assert KodeRekening.parse("7.01").tingkat is TingkatKode.BIDANG
    assert KodeRekening.parse("7.01.01").tingkat is TingkatKode.PROGRAM
    assert KodeRekening.parse("7.01.01.2.01").tingkat is TingkatKode.KEGIATAN
    assert KodeRekening.parse("7.01.01.2.01.0001").tingkat is TingkatKode.SUB_KEGIATAN
    assert str(TingkatKode.SUB_KEGIATAN) == "sub kegiatan"
    assert KodeRekening.parse("X.XX.01").tingkat is TingkatKode.PROGRAM


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("7.01.02.2.01.02", "sub kegiatan '02' harus 4 digit"),  # tercetak di LKj Klakah
        ("7.01.01.2", "jumlah segmen 4"),
        ("7.1.01", "bidang '1'"),
        ("7.01.01.2.1", "kegiatan '2.1'"),
        ("7.01.01.2.01.0001.5", "jumlah segmen 7"),
        ("", "kosong"),
        ("a.bb", "urusan 'A'"),
    ],
)
def test_kode_cacat_dilaporkan(teks: str, pesan: str) -> None:
    with pytest.raises(KodeRekeningSalah, match=pesan):
        KodeRekening.parse(teks)


def test_konstruksi_langsung_juga_divalidasi() -> None:
    with pytest.raises(KodeRekeningSalah):
        KodeRekening(("7", "1"))
    with pytest.raises(TipeTidakSah):
        KodeRekening("7.01")
    with pytest.raises(TipeTidakSah):
        KodeRekening.parse(701)  # type: ignore[arg-type]


def test_urutan_kode() -> None:
    kode = sorted(KodeRekening.parse(k) for k in reversed(KODE_KLAKAH))
    assert [str(k) for k in kode] == KODE_KLAKAH
