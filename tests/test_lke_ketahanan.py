"""Ketahanan berkas evaluasi (IKM dan LKE): contoh yang dimutasi dan CSV acak.

Masukan apa pun hanya boleh memunculkan galat pustaka (``KinerjaError``); berkas yang masih sah
setelah dimutasi harus bisa dihitung dan diperiksa tanpa galat asing.
"""

from __future__ import annotations

import contextlib
import json
import tomllib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kinerja.galat import KinerjaError
from kinerja.laporan.evaluasi import (
    CONTOH_EVALUASI,
    baca_evaluasi_teks,
    hitung_evaluasi,
    periksa_evaluasi,
    teks_contoh_evaluasi,
)
from tests.test_ketahanan import _mutasi, json_acak

KUNCI = ["jenis", "unit", "jawaban", "responden", "nilai", "bobot", "kode", "skala", "metode"]


@given(
    st.sampled_from(sorted(CONTOH_EVALUASI)),
    st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=6),
    st.one_of(json_acak, st.just("__hapus__"), st.sampled_from(KUNCI)),
)
def test_contoh_evaluasi_yang_dimutasi(nama: str, jalur: list[int], ganti: Any) -> None:
    data = tomllib.loads(teks_contoh_evaluasi(nama))
    rusak = _mutasi(data, jalur, ganti)
    try:
        dokumen = baca_evaluasi_teks(json.dumps(rusak, default=str), "json")
    except KinerjaError:
        return
    hitung_evaluasi(dokumen).ke_sajian().ke_teks()
    periksa_evaluasi(dokumen)


sel = st.one_of(
    st.sampled_from(["1", "2", "3", "4", "", "5", "Sangat sesuai", "Gratis", "x", "0"]),
    st.text(max_size=5),
)


@given(
    st.lists(st.sampled_from(["Timestamp", "Nama", "U1", "U2", ""]), min_size=1, max_size=4),
    st.lists(st.lists(sel, min_size=0, max_size=5), max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_csv_acak(judul: list[str], baris: list[list[str]], pemisah: str) -> None:
    teks = "\n".join(pemisah.join(b) for b in [judul, *baris])
    with contextlib.suppress(KinerjaError):
        dokumen = baca_evaluasi_teks(teks, "csv", "acak.csv")
        hitung_evaluasi(dokumen).ke_sajian().ke_csv()
        periksa_evaluasi(dokumen)


@given(st.text(max_size=200))
def test_teks_acak(teks: str) -> None:
    for format in ("csv", "toml", "json"):
        with contextlib.suppress(KinerjaError):
            baca_evaluasi_teks(teks, format)
