"""Berkas lembar kerja LKE (TOML/JSON), tabel ``lke``, periksa dan perintah ``kinerja``.

Slip yang ditanam: setiap skor tercetak contoh bawaan digeser satu per satu (satu satuan pada
tempat desimal terakhir, dan +37), lalu ``periksa`` harus melaporkan tepat angka itu. Nilai
harapan lain dari DOMAIN.md §14 (23,1; predikat BB untuk 75).
"""

from __future__ import annotations

import copy
import json
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kinerja.angka import ke_desimal
from kinerja.cli import main
from kinerja.galat import BerkasTidakSah
from kinerja.laporan.evaluasi import (
    BerkasLKE,
    baca_dokumen,
    baca_evaluasi_teks,
    hitung_evaluasi,
    muat_contoh_evaluasi,
    periksa_evaluasi,
    teks_contoh_evaluasi,
)
from kinerja.laporan.evaluasi.model import BerkasLKE as _Berkas
from kinerja.laporan.periksa.temuan import Temuan

CONTOH = "lke-opd-2024"
DATA: dict[str, Any] = tomllib.loads(teks_contoh_evaluasi(CONTOH))


def _skema() -> jsonschema.Draft202012Validator:
    teks = (resources.files("kinerja.laporan") / "data" / "lke.schema.json").read_text("utf-8")
    skema = json.loads(teks)
    jsonschema.Draft202012Validator.check_schema(skema)
    return jsonschema.Draft202012Validator(skema)


def _baca(data: dict[str, Any]) -> _Berkas:
    hasil = baca_evaluasi_teks(json.dumps(data), "json")
    assert isinstance(hasil, BerkasLKE)
    return hasil


def _kunci(t: Temuan) -> tuple[str, str, str, object]:
    return (t.baris, t.kolom, t.jenis, t.tercetak)


def test_contoh_sah_menurut_skema() -> None:
    assert list(_skema().iter_errors(DATA)) == []


def test_contoh_slip_dan_kerangka_logis() -> None:
    temuan = periksa_evaluasi(muat_contoh_evaluasi(CONTOH))
    assert [(t.baris, t.kolom, t.jenis) for t in temuan] == [
        ("Pelaporan kinerja", "skor", "salah hitung"),
        ("1.c.1 Renstra dimanfaatkan untuk penyusunan Renja", "jawaban", "kerangka logis"),
    ]
    assert temuan[0].tercetak == Decimal("13.5")
    assert "1.a.1" in temuan[1].alasan


def test_contoh_tabel() -> None:
    b = muat_contoh_evaluasi(CONTOH)
    assert isinstance(b, BerkasLKE)
    tabel = hitung_evaluasi(b)
    assert tabel.id == "lke"
    # pengukuran kinerja: A, BB, B → 5,4 + 7,2 + 10,5 = 23,1 (DOMAIN.md §14)
    jumlah = {r[1]: r[-1] for r in tabel.baris if r[0] == ""}
    assert jumlah["Jumlah Pengukuran kinerja"] == Decimal("23.1")
    assert tabel.baris[-1][3] == "BB (Sangat Baik)"
    assert b.lembar.total == Decimal(75)
    # pemanfaatan perencanaan tanpa nilai evaluator: saran dari 3/4 kriteria terpenuhi = CC
    assert tabel.baris[2][3:5] == ("CC", "CC")
    assert len(tabel.ke_dataframe()) == len(tabel.baris)


def _skor_tercetak(data: dict[str, Any]) -> list[tuple[list[Any], str]]:
    """Letak setiap skor tercetak: (jalur kunci di data, baris temuan yang harus disebut)."""
    letak: list[tuple[list[Any], str]] = []
    for i, k in enumerate(data["komponen"]):
        for j, s in enumerate(k["subkomponen"]):
            kode = f"{i + 1}.{'abc'[j]}"
            letak.append(
                (["komponen", i, "subkomponen", j, "skor_tercetak"], f"{kode} {s['nama']}")
            )
        letak.append((["komponen", i, "skor_tercetak"], k["nama"]))
    letak.append((["tercetak", "nilai"], "Nilai evaluasi"))
    return letak


def _geser(teks: str, besar: bool) -> str:
    x = ke_desimal(teks)
    langkah = Decimal(37) if besar else Decimal(1).scaleb(x.as_tuple().exponent)  # type: ignore[arg-type]
    return str(x + langkah).replace(".", ",")


@pytest.mark.parametrize("besar", [False, True])
@pytest.mark.parametrize(
    ("jalur", "baris"), _skor_tercetak(DATA), ids=[b for _, b in _skor_tercetak(DATA)]
)
def test_slip_tanam(jalur: list[Any], baris: str, besar: bool) -> None:
    awal = {_kunci(t) for t in periksa_evaluasi(_baca(DATA))}
    data = copy.deepcopy(DATA)
    tempat = data
    for k in jalur[:-1]:
        tempat = tempat[k]
    tempat[jalur[-1]] = baru_teks = _geser(tempat[jalur[-1]], besar)
    sesudah = {_kunci(t) for t in periksa_evaluasi(_baca(data))}
    kolom = "nilai" if jalur[0] == "tercetak" else "skor"
    assert sesudah - awal == {(baris, kolom, "salah hitung", ke_desimal(baru_teks))}
    # yang hilang hanya temuan lama tentang angka yang sama (slip asli contoh)
    assert {t[:2] for t in awal - sesudah} <= {(baris, kolom)}


def test_predikat_tercetak_salah() -> None:
    data = copy.deepcopy(DATA)
    data["tercetak"]["predikat"] = "A"
    temuan = [t for t in periksa_evaluasi(_baca(data)) if t.kolom == "predikat"]
    assert [(t.tercetak, t.dihitung) for t in temuan] == [("A", "BB")]


def test_bobot_2015_dan_bobot_tertulis() -> None:
    data = {
        "jenis": "lke",
        "unit": "X",
        "metode": "rerata",
        "bobot": "2015",
        "komponen": [
            {
                "nama": "Pengukuran kinerja",
                "subkomponen": [
                    {"nama": "Pemenuhan", "kriteria": [{"uraian": "a", "jawaban": "Y"}]},
                    {"nama": "Kualitas", "kriteria": [{"uraian": "b", "jawaban": "B"}]},
                    {"nama": "Lain", "bobot": "2,5", "kriteria": [{"uraian": "c", "jawaban": "C"}]},
                ],
            },
            {
                "nama": "Pengukuran kinerja",
                "subkomponen": [{"nama": "x", "kriteria": [{"uraian": "d", "jawaban": "A"}]}],
            },
        ],
    }
    assert list(_skema().iter_errors(data)) == []
    b = _baca(data)
    # komponen pertama memakai bobot perencanaan 12/2015 (urutan): 6 × 1 + 15 × 0,75 + 2,5 × 0,5
    assert b.lembar.skor_komponen(b.lembar.komponen[0]) == Decimal("18.5")
    # komponen kedua: pengukuran 12/2015 urutan kedua, sub pertama = pemenuhan 5
    assert b.lembar.total == Decimal("23.5")


def test_berkas_json(tmp_path: Path) -> None:
    jalur = tmp_path / "lke.json"
    jalur.write_text(json.dumps(DATA), encoding="utf-8")
    b = baca_dokumen(jalur)
    assert isinstance(b, BerkasLKE)
    assert b.lembar.total == 75


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        (lambda d: d.update(bobot="2020"), "bobot"),
        (lambda d: d.update(metode="2015"), "metode"),
        (lambda d: d.update(skala="ae"), "skala jawaban 'ae'"),
        (lambda d: d["komponen"][0]["subkomponen"][0].update(nilai="Z"), "'Z'"),
        (
            lambda d: d["komponen"][0]["subkomponen"].append({"nama": "Ekstra", "nilai": "A"}),
            "Ekstra",
        ),
        (lambda d: d["kerangka_logis"][0].update(kode="9.z.9"), "9.z.9"),
        (lambda d: d.update(lain=1), "lain"),
        (lambda d: d.pop("komponen"), "komponen"),
    ],
)
def test_galat_berkas(ubah: Any, pesan: str) -> None:
    data = copy.deepcopy(DATA)
    ubah(data)
    with pytest.raises(BerkasTidakSah, match=pesan):
        _baca(data)


@pytest.mark.parametrize("format", ["teks", "markdown", "json", "csv"])
def test_cli(capsys: pytest.CaptureFixture[str], format: str) -> None:
    assert main(["hitung", "--contoh", CONTOH, "--format", format, "--tabel", "lke"]) == 0
    keluaran = capsys.readouterr().out
    assert "Nilai evaluasi AKIP" in keluaran
    assert main(["periksa", "--contoh", CONTOH, "--format", format]) == 1
    assert "Pelaporan kinerja" in capsys.readouterr().out
