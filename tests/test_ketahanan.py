"""Ketahanan: fuzzing setiap pengurai dan pemuat, batas sumber daya, bolak-balik tanpa kehilangan.

Hanya turunan ``KinerjaError`` yang boleh keluar, untuk masukan apa pun. Jumlah contoh per uji
mengikuti profil hypothesis: ``ci`` (300) di .ci/run, ``teliti`` (5000) bila diminta::

    HYPOTHESIS_PROFILE=teliti .venv/bin/python -m pytest tests/test_ketahanan.py
"""

from __future__ import annotations

import contextlib
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja import (
    BerkasTidakSah,
    InputTidakSah,
    KinerjaError,
    KodeRekening,
    Laporan,
    baca_angka,
    hitung,
    periksa,
    tulis_angka_tepat,
)
from kinerja.angka import DIGIT_BULAT_MAKSIMUM
from kinerja.cli import main
from kinerja.laporan.berkas import (
    BatasBerkas,
    baca_laporan,
    baca_laporan_teks,
    ke_data,
    tulis_laporan_teks,
)
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from tests.strategies import laporan

angka_mirip = st.text(alphabet="0123456789.,-+ %Rrp\u00a0eE", max_size=30)
kode_mirip = st.text(alphabet="0123456789.Xx -", max_size=25)


@given(st.one_of(st.text(max_size=60), angka_mirip))
def test_fuzz_baca_angka(teks: str) -> None:
    try:
        hasil = baca_angka(teks)
    except KinerjaError:
        return
    assert hasil.is_finite()
    assert baca_angka(tulis_angka_tepat(hasil)) == hasil


@given(st.one_of(st.text(max_size=40), kode_mirip))
def test_fuzz_kode_rekening(teks: str) -> None:
    try:
        kode = KodeRekening.parse(teks)
    except KinerjaError:
        return
    assert str(kode) == teks.strip().upper()
    assert KodeRekening.parse(str(kode)) == kode


json_acak = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.text(max_size=10),
        st.floats(allow_nan=False, allow_infinity=False),
    ),
    lambda anak: st.one_of(
        st.lists(anak, max_size=4), st.dictionaries(st.text(max_size=10), anak, max_size=4)
    ),
    max_leaves=20,
)  # fmt: skip

KUNCI_LAPORAN = ["unit", "periode", "indikator", "anggaran", "dokumen_desa", "fasilitasi",
                 "tercetak", "skala", "nama", "instansi", "tahun", "triwulan", "pagu",
                 "uraian", "kode", "realisasi", "tw1", "desa", "kegiatan", "centang"]  # fmt: skip


@given(json_acak, st.sampled_from(["json", "toml"]))
def test_fuzz_berkas_data_acak(data: Any, format: str) -> None:
    teks = json.dumps(data) if format == "json" else json.dumps(data).replace(":", "=")
    with contextlib.suppress(KinerjaError):
        baca_laporan_teks(teks, format)  # type: ignore[arg-type]


def _mutasi(data: Any, jalur: list[int], ganti: Any) -> Any:
    """Ganti/hapus satu simpul di struktur data (jalur: indeks pilihan di tiap tingkat)."""
    if not jalur or not isinstance(data, (dict, list)) or not data:
        return ganti
    if isinstance(data, dict):
        kunci = sorted(data)[jalur[0] % len(data)]
        salinan = dict(data)
        if len(jalur) == 1 and ganti == "__hapus__":
            del salinan[kunci]
        else:
            salinan[kunci] = _mutasi(data[kunci], jalur[1:], ganti)
        return salinan
    i = jalur[0] % len(data)
    return [*data[:i], _mutasi(data[i], jalur[1:], ganti), *data[i + 1 :]]


@given(
    st.sampled_from(sorted(CONTOH)),
    st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=6),
    st.one_of(json_acak, st.just("__hapus__"), st.sampled_from(KUNCI_LAPORAN)),
    st.sampled_from(["json", "toml"]),
)
def test_fuzz_berkas_contoh_yang_dimutasi(
    nama: str, jalur: list[int], ganti: Any, format: str
) -> None:
    data = json.loads(json.dumps(ke_data(muat_contoh(nama)), default=str))
    rusak = _mutasi(data, jalur, ganti)
    try:
        teks = json.dumps(rusak)
        lap = baca_laporan_teks(teks, "json")
    except KinerjaError:
        return
    # berkas yang masih sah harus bisa dihitung dan diperiksa tanpa galat asing
    hitung(lap)
    periksa(lap)
    assert baca_laporan_teks(tulis_laporan_teks(lap, format), format) == lap  # type: ignore[arg-type]


@given(
    st.sampled_from(sorted(CONTOH)),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3), st.text(max_size=3)), max_size=5),
)
def test_fuzz_teks_toml_yang_dirusak(nama: str, suntikan: list[tuple[int, int, str]]) -> None:
    teks = teks_contoh(nama)
    for posisi, hapus, sisip in suntikan:
        i = posisi % (len(teks) + 1)
        teks = teks[:i] + sisip + teks[i + hapus :]
    try:
        lap = baca_laporan_teks(teks, "toml")
    except KinerjaError:
        return
    hitung(lap)
    periksa(lap)


TOKEN = ["hitung", "periksa", "contoh", "batas-waktu", "--format", "teks", "json", "csv",
         "markdown", "xml", "--contoh", "kalaena-2024-tw1", "ranuyoso-2022-tw4", "bogor",
         "--tabel", "pohon", "ringkasan", "2024", "2099", "-1", "I", "V", "4", "--hari-kerja",
         "0", "7", "tidak-ada.toml", "--kalender-tak-lengkap", "--versi", "", "--"]  # fmt: skip


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKEN), max_size=6))
def test_fuzz_baris_perintah(argumen: list[str]) -> None:
    keluaran, galat = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(keluaran), contextlib.redirect_stderr(galat):
        try:
            status: int | str | None = main(argumen)
        except SystemExit as keluar:
            status = keluar.code
    assert status in (0, 1, 2)
    assert "Traceback" not in galat.getvalue()


@given(st.binary(max_size=300), st.sampled_from([".toml", ".json"]))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzz_berkas_biner_lewat_perintah(tmp_path: Path, isi: bytes, akhiran: str) -> None:
    berkas = tmp_path / f"acak{akhiran}"
    berkas.write_bytes(isi)
    galat = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(galat):
        status = main(["periksa", str(berkas)])
    assert status in (0, 1, 2)
    if status == 2:
        assert galat.getvalue().startswith("kinerja: galat: ")


# ---------------------------------------------------------------- batas sumber daya


def test_berkas_1_gb_ditolak_tanpa_dibaca(tmp_path: Path) -> None:
    besar = tmp_path / "besar.json"
    with besar.open("wb") as f:
        f.truncate(10**9)  # berkas jarang (sparse): 1 GB tanpa memakan disk
    # pesan yang menyebut ukuran berkas hanya datang dari pemeriksaan ukuran sebelum dibaca;
    # lamanya diukur di benchmarks/bench_ketahanan.py, bukan di sini
    with pytest.raises(BerkasTidakSah, match="1000000000 bait, lebih dari batas 10000000 bait"):
        baca_laporan(besar)


@pytest.mark.parametrize(
    ("teks", "format", "pesan"),
    [
        ('{"a": ' + "9" * 10**6 + "}", "json", "lebih dari 100 karakter"),
        ('{"a": 1.' + "9" * 10**6 + "}", "json", "lebih dari 100 karakter"),
        ("a = " + "9" * 5000, "toml", "bilangan bulat lebih dari 100 digit"),
        ("a = 1." + "9" * 10**6, "toml", "lebih dari 100 karakter"),
        ("[" * 40 + "]" * 40, "json", "terlalu dalam"),
        ('{"a": 7e99999999999999999999}', "json", "di luar jangkauan"),  # temuan atheris
        ("a = 7e99999999999999999999", "toml", "di luar jangkauan"),
        ("a = " + "[" * 5000 + "]" * 5000, "toml", "terlalu dalam"),
    ],
)
def test_angka_raksasa_dan_susunan_dalam_ditolak(teks: str, format: str, pesan: str) -> None:
    # lamanya (rasio terhadap membaca laporan biasa) diukur di benchmarks/bench_ketahanan.py
    with pytest.raises(BerkasTidakSah, match=pesan):
        baca_laporan_teks(teks, format)  # type: ignore[arg-type]


def test_teks_angka_raksasa_ditolak() -> None:
    with pytest.raises(KinerjaError, match="terlalu panjang"):
        baca_angka("9" * 10**6)
    with pytest.raises(InputTidakSah, match="terlalu besar"):
        baca_angka("1" + "0" * DIGIT_BULAT_MAKSIMUM)
    with pytest.raises(InputTidakSah, match="tempat desimal"):
        baca_angka("0," + "0" * 25 + "1")


def test_batas_baris_dan_batas_sendiri() -> None:
    data = ke_data(muat_contoh("klakah-2024-tw4"))
    teks = json.dumps(data, default=str)
    with pytest.raises(BerkasTidakSah, match="lebih dari batas 50 baris"):
        baca_laporan_teks(teks, "json", batas=BatasBerkas(jumlah_baris=50))
    assert baca_laporan_teks(teks, "json", batas=BatasBerkas(jumlah_baris=200)) is not None
    with pytest.raises(BerkasTidakSah, match="lebih dari batas 100 bait"):
        baca_laporan_teks(teks, "json", batas=BatasBerkas(ukuran_bait=100))
    with pytest.raises(InputTidakSah, match="batas harus bilangan bulat >= 1"):
        BatasBerkas(kedalaman=0)


# ---------------------------------------------------------------- bolak-balik tanpa kehilangan


def _angka_tepat(a: Any, b: Any) -> None:
    """Setiap Decimal sama sampai ke eksponennya (95,30 tetap dua desimal)."""
    if isinstance(a, Decimal):
        assert isinstance(b, Decimal)
        assert a.as_tuple() == b.as_tuple()
    elif isinstance(a, dict):
        assert a.keys() == b.keys()
        for k in a:
            _angka_tepat(a[k], b[k])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _angka_tepat(x, y)


@given(laporan())
def test_bolak_balik_toml_dan_json(lap: Laporan) -> None:
    dari_toml = baca_laporan_teks(tulis_laporan_teks(lap, "toml"), "toml")
    dari_json = baca_laporan_teks(tulis_laporan_teks(lap, "json"), "json")
    assert dari_toml == lap
    assert dari_json == lap
    json_ke_toml = baca_laporan_teks(tulis_laporan_teks(dari_json, "toml"), "toml")
    assert tulis_laporan_teks(json_ke_toml, "json") == tulis_laporan_teks(lap, "json")
    _angka_tepat(ke_data(lap), ke_data(dari_toml))
