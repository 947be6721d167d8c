"""Berkas laporan TOML/JSON: bolak-balik tanpa kehilangan, galat berjalur, skema JSON."""

from __future__ import annotations

import datetime
import json
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.galat import BerkasTidakSah, InputTidakSah
from kinerja.laporan import BarisIndikator, Laporan, NilaiTriwulan, Unit
from kinerja.laporan.berkas import (
    baca_laporan,
    baca_laporan_teks,
    tulis_laporan,
    tulis_laporan_teks,
)
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.periode import Periode
from tests.strategies import desimal


def _skema() -> dict[str, Any]:
    teks = (resources.files("kinerja.laporan") / "data" / "laporan.schema.json").read_text("utf-8")
    skema: dict[str, Any] = json.loads(teks)
    return skema


def _validator() -> jsonschema.Draft202012Validator:
    skema = _skema()
    jsonschema.Draft202012Validator.check_schema(skema)
    return jsonschema.Draft202012Validator(skema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_contoh_bolak_balik_toml_dan_json(nama: str, tmp_path: Path) -> None:
    laporan = muat_contoh(nama)
    for akhiran in ("toml", "json"):
        jalur = tmp_path / f"laporan.{akhiran}"
        tulis_laporan(laporan, jalur)
        assert baca_laporan(jalur) == laporan
    dari_json = baca_laporan_teks(tulis_laporan_teks(laporan, "json"), "json")
    assert baca_laporan_teks(tulis_laporan_teks(dari_json, "toml"), "toml") == laporan


def _iso(nilai: object) -> str:
    if isinstance(nilai, datetime.date):
        return nilai.isoformat()
    raise TypeError(nilai)


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_contoh_sah_menurut_skema_json(nama: str) -> None:
    validator = _validator()
    data = json.loads(tulis_laporan_teks(muat_contoh(nama), "json"))
    assert list(validator.iter_errors(data)) == []
    # tanggal TOML (tanggal = 2024-01-03) adalah bentuk TOML dari teks tanggal JSON skema
    mentah = json.loads(json.dumps(tomllib.loads(teks_contoh(nama)), default=_iso))
    assert list(validator.iter_errors(mentah)) == []


def test_skema_menolak_berkas_cacat() -> None:
    validator = _validator()
    data = json.loads(tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json"))
    data["indikator"][0]["kumulasi"] = "jumlah"
    data["anggaran"][0]["pagu"] = "1,5 juta"
    data["tak_dikenal"] = 1
    assert len(list(validator.iter_errors(data))) == 3


def test_angka_json_dibaca_tepat_bukan_float() -> None:
    teks = json.dumps(
        {
            "unit": {"nama": "Seksi", "instansi": "Kecamatan X"},
            "periode": {"tahun": 2024, "triwulan": "TW I"},
            "anggaran": [{"uraian": "A", "pagu": 0.1, "realisasi_kumulatif": "0,1"}],
        }
    )
    laporan = baca_laporan_teks(teks, "json")
    assert laporan.anggaran[0].pagu == Decimal("0.1")
    assert laporan.anggaran[0].realisasi_kumulatif == Decimal("0.1")


def test_semua_kesalahan_dilaporkan_sekaligus_dengan_jalur() -> None:
    teks = """
[unit]
nama = "Seksi"
instansi = "Kecamatan X"
[periode]
tahun = 2024
triwulan = 5
[[indikator]]
nama = "A"
realisasi = { tw3 = "1.5" }
[[indikator]]
nama = "B"
kumulasi = "jumlah"
satuann = "Dokumen"
[[indikator]]
nama = "C"
realisasi = { tw1 = 1, tw2 = 2, tw3 = "x" }
"""
    with pytest.raises(BerkasTidakSah) as info:
        baca_laporan_teks(teks, "toml", "uji.toml")
    kesalahan = info.value.kesalahan
    assert str(info.value).startswith("uji.toml: ")
    # tempat terbaca orang: nomor dari 1, nama indikator, baris berkas (teks dimulai baris kosong)
    assert any(k.startswith("periode.triwulan (baris 7): ") and "5" in k for k in kesalahan)
    assert any(
        k.startswith('indikator ke-1 ("A").realisasi.tw3 (baris 10): ') and "'1.5'" in k
        for k in kesalahan
    )
    assert any(
        k.startswith("indikator ke-2 (\"B\") (baris 14): kunci tidak dikenal 'satuann'")
        and "maksud Anda 'satuan'?" in k
        for k in kesalahan
    )
    assert any(
        k.startswith('indikator ke-3 ("C").realisasi.tw3 (baris 17): ') and "'x'" in k
        for k in kesalahan
    )
    assert len(kesalahan) >= 4


@pytest.mark.parametrize(
    ("teks", "format", "pesan"),
    [
        ("[unit", "toml", "TOML tidak sah"),
        ("{", "json", "JSON tidak sah di baris 1"),
        ("[1, 2]", "json", "harus berupa tabel"),
        ('{"unit": {"nama": "a", "instansi": "b"}, "periode": {"tahun": NaN}}', "json", "NaN"),
        ('{"unit": {"nama": "a", "instansi": "b"}}', "json", "periode: wajib diisi"),
        ("[" * 100_000, "json", "terlalu dalam"),
    ],
)
def test_berkas_rusak_memberi_galat_jelas(teks: str, format: str, pesan: str) -> None:
    with pytest.raises(BerkasTidakSah, match=pesan):
        baca_laporan_teks(teks, format)  # type: ignore[arg-type]


def test_jalur_berkas(tmp_path: Path) -> None:
    with pytest.raises(BerkasTidakSah, match="tidak ditemukan"):
        baca_laporan(tmp_path / "tidak-ada.toml")
    with pytest.raises(InputTidakSah, match=r"akhiran harus \.toml, \.json atau \.xlsx"):
        baca_laporan(tmp_path / "laporan.yaml")
    rusak = tmp_path / "rusak.toml"
    rusak.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(BerkasTidakSah, match="UTF-8"):
        baca_laporan(rusak)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), desimal(0, 10**9, 3)),
            st.lists(st.one_of(st.none(), desimal(-(10**6), 10**9, 4)), min_size=4, max_size=4),
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["toml", "json"]),
)
def test_bolak_balik_tanpa_kehilangan_digit_dan_none(
    baris: list[tuple[Decimal | None, list[Decimal | None]]], format: str
) -> None:
    laporan = Laporan(
        Unit("Seksi", "Kecamatan X"),
        Periode(2024, 2),
        [
            BarisIndikator(nama=f"I{i}", target_tahunan=t, realisasi=NilaiTriwulan(*tw))
            for i, (t, tw) in enumerate(baris)
        ],
    )
    kembali = baca_laporan_teks(tulis_laporan_teks(laporan, format), format)  # type: ignore[arg-type]
    assert kembali == laporan
    for a, b in zip(laporan.indikator, kembali.indikator, strict=True):
        for x, y in zip(a.realisasi.sebagai_tuple(), b.realisasi.sebagai_tuple(), strict=True):
            assert (x is None and y is None) or (
                x is not None and y is not None and x.as_tuple() == y.as_tuple()
            )


def test_target_rentang_di_berkas() -> None:
    # DOMAIN §2: positif 60–75: R = 48 → 80, R = 90 → 120, di dalam rentang → 100
    teks = """
[unit]
nama = "Seksi"
instansi = "Kecamatan X"
[periode]
tahun = 2024
[[indikator]]
nama = "A"
target_tahunan = 60
target_tahunan_atas = 75
realisasi = { tw4 = 48 }
[[indikator]]
nama = "B"
target_tahunan = 60
target_tahunan_atas = 75
realisasi = { tw4 = 90 }
[[indikator]]
nama = "C"
target_tahunan = 60
target_tahunan_atas = 75
realisasi = { tw4 = 70 }
[[indikator]]
nama = "D"
polaritas = "negatif"
kumulasi = "akhir"
target_tahunan = 10
target_tahunan_atas = 12
realisasi = { tw4 = 9 }
target = { tw4 = 11 }
"""
    lap = baca_laporan_teks(teks, "toml")
    from kinerja.laporan.periksa import periksa
    from kinerja.laporan.tabel import hitung

    baris = hitung(lap).capaian.baris
    assert [b.capaian for b in baris[:3]] == [Decimal(80), Decimal(120), Decimal(100)]
    assert (baris[0].target, baris[0].target_atas) == (Decimal(60), Decimal(75))
    assert periksa(lap) == []  # TW IV 11 berada di dalam rentang 10–12
    assert baca_laporan_teks(tulis_laporan_teks(lap, "toml"), "toml") == lap
    with pytest.raises(BerkasTidakSah, match="target_tahunan_atas"):
        baca_laporan_teks(
            teks.replace("target_tahunan_atas = 75", "target_tahunan_atas = 50"), "toml"
        )
