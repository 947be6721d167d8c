"""``urai_baku`` (jalur baris berkas) = ``KodeRekening.parse`` dengan galat menjadi ``None``."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given

from kinerja.galat import KodeRekeningSalah
from kinerja.kode_rekening import KodeRekening, urai_baku
from kinerja.laporan.baris import BarisAnggaran, baku_kode

# teks baku: huruf besar tanpa spasi, kebanyakan mirip kode
kode_mirip = st.text(alphabet="0123456789.X", min_size=1, max_size=22)
kode_lain = st.text(alphabet="0123456789.XAB-٣", max_size=45)


def _rujukan(teks: str) -> KodeRekening | None:
    try:
        return KodeRekening.parse(teks)
    except KodeRekeningSalah:
        return None


@given(st.one_of(kode_mirip, kode_lain))
@example("7.01.01.2.01.0001")
@example("X.XX.01")
@example("7.01.02.2.01.02")
@example("")
@example("7" * 41)
def test_urai_baku_sama_dengan_parse(teks: str) -> None:
    hasil, rujukan = urai_baku(teks), _rujukan(teks)
    assert (hasil is None) == (rujukan is None)
    if hasil is not None and rujukan is not None:
        assert hasil == rujukan
        assert hasil.segmen == rujukan.segmen
        assert str(hasil) == str(rujukan)
        assert hasil._teks == rujukan._teks  # teks galat sama


@given(st.text(alphabet="0123456789.Xx \t", min_size=1, max_size=22))
@example(" x. xx.01 ")
def test_kode_rekening_baris_sama_dengan_parse_kode_baku(teks: str) -> None:
    if not teks.strip():
        return  # uraian/kode kosong ditolak pengubah teks, bukan urusan kode rekening
    baris = BarisAnggaran("Rapat", 1, kode=teks)
    assert baris.kode is not None
    assert baris.kode_rekening == _rujukan(baku_kode(baris.kode))
