"""Keluaran JSON v1 (isu 11 butir 1): kunci tetap, angka tepat + tercetak, pohon, catatan, temuan.

Nilai harapan dari laporan (Kalaena TW I 2024: capaian keuangan tercetak 99,22, seharusnya
4.453.500 / 4.483.500 × 100), rujukan ``fractions.Fraction`` dengan pembulatan setengah ke atas
yang ditulis di sini, dan sifat (kode anak berawalan kode induknya; "tercetak" = sel tabel teks).
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

import jsonschema
import pytest

from kinerja import cli
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.keluaran import dokumen, tabel_data
from kinerja.laporan.periksa import periksa
from kinerja.laporan.ringkasan import TABEL_RINGKASAN
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.laporan.tabel import hitung

VALIDATOR = jsonschema.Draft202012Validator(skema_keluaran())


def _cli_json(capsys: pytest.CaptureFixture[str], *argumen: str) -> tuple[int, Any]:
    status = cli.main(list(argumen))
    return status, json.loads(capsys.readouterr().out)


def _setengah_ke_atas(nilai: Fraction, tempat: int) -> str:
    """Rujukan pembulatan setengah ke atas dengan Fraction, ditulis notasi Indonesia."""
    skala = 10**tempat
    bulat = (abs(nilai) * skala + Fraction(1, 2)).__floor__()
    tanda = "-" if nilai < 0 and bulat else ""
    utuh, pecahan = divmod(bulat, skala)
    return f"{tanda}{utuh:,}".replace(",", ".") + (f",{pecahan:0{tempat}d}" if tempat else "")


def test_skema_keluaran_sah() -> None:
    jsonschema.Draft202012Validator.check_schema(skema_keluaran())


@pytest.mark.parametrize("nama", sorted(CONTOH))
@pytest.mark.parametrize("perintah", ["hitung", "periksa"])
def test_setiap_keluaran_contoh_sah_menurut_skema(
    nama: str, perintah: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data = _cli_json(capsys, perintah, "--contoh", nama, "--format", "json")
    assert status in (0, 1)
    VALIDATOR.validate(data)
    assert data["versi"] == 1
    assert next(iter(data["tabel"])) == "capaian"
    assert ("temuan" in data) == (perintah == "periksa")


@pytest.mark.parametrize("nama", sorted(CONTOH))
@pytest.mark.parametrize("tabel", ["capaian", "keuangan", "cost-per-outcome", "pohon", "ringkasan"])
def test_satu_tabel_sah_menurut_skema(
    nama: str, tabel: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, data = _cli_json(capsys, "hitung", "--contoh", nama, "--tabel", tabel, "--format", "json")
    VALIDATOR.validate(data)
    assert set(data["tabel"]) <= {tabel.replace("-", "_")}


def test_capaian_keuangan_kalaena_tepat_dan_tercetak(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = _cli_json(capsys, "hitung", "--contoh", "kalaena-2024-tw1", "--format", "json")
    baris = data["tabel"]["keuangan"]["baris"][0]
    rujukan = Fraction(4_453_500 * 100, 4_483_500)
    assert Fraction(Decimal(baris["capaian"]["tepat"])) == pytest.approx(rujukan, abs=1e-30)
    assert baris["capaian"]["tercetak"] == _setengah_ke_atas(rujukan, 2) == "99,33"
    assert baris["pagu"] == {"tepat": "22571000", "tercetak": "22.571.000"}
    assert baris["kode"] is None
    assert set(baris) == {k["kunci"] for k in data["tabel"]["keuangan"]["kolom"]} | {"catatan"}


@pytest.mark.parametrize(
    ("tepat", "tercetak"),
    [("99.815", "99,82"), ("99.825", "99,83"), ("-0.004", "0,00"), ("46.145", "46,15")],
)
def test_tercetak_setengah_ke_atas_bukan_setengah_genap(tepat: str, tercetak: str) -> None:
    # Isu 11: halaman yang membulatkan "99.815" sendiri (float) bisa menulis 99,81.
    assert _setengah_ke_atas(Fraction(tepat), 2) == tercetak
    s = TABEL_RINGKASAN.sajian("R", [("x", Decimal(tepat))], id_baris=["x"])
    nilai = tabel_data(s)["baris"][0]["nilai"]
    assert nilai == {"tepat": tepat, "tercetak": tercetak}


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_tercetak_sama_dengan_sel_tabel_teks(nama: str) -> None:
    # satu tempat pembulatan: setiap "tercetak" adalah sel yang dicetak tabel teks
    for s in hitung(muat_contoh(nama)).sajian():
        data = tabel_data(s)
        for sel, baris in zip(s.sel(), data["baris"], strict=True):
            for k, teks in zip(s.kolom, sel, strict=True):
                nilai = baris[k.kunci]
                if isinstance(nilai, dict):
                    assert nilai["tercetak"] == teks
                    assert Decimal(nilai["tepat"]) == baris_mentah(s, data, baris, k.kunci)
                elif k.jenis != "kode":
                    assert (nilai if nilai is not None else "-") == teks


def baris_mentah(s: Any, data: dict[str, Any], baris: dict[str, Any], kunci: str) -> Any:
    i = data["baris"].index(baris)
    return s.baris[i][[k.kunci for k in s.kolom].index(kunci)]


def test_pohon_kode_induk_tingkat_klakah() -> None:
    s = hitung(muat_contoh("klakah-2024-tw4")).sajian_satu("pohon")
    baris = tabel_data(s)["baris"]
    kode = {b["kode"]: b for b in baris if b["kode"]}
    assert baris[0]["kode"] == "7.01.01"
    assert baris[0]["induk"] is None
    assert baris[0]["tingkat"] == 0
    anak = [b for b in baris if b["induk"] is not None]
    assert anak
    for b in anak:
        induk = kode[b["induk"]]
        assert b["kode"].startswith(induk["kode"] + ".")
        assert b["tingkat"] == induk["tingkat"] + 1
    # baris JUMLAH: tanpa kode
    assert baris[-1]["uraian"] == "JUMLAH"
    assert baris[-1]["kode"] is None
    # teks tetap menjorok dua spasi per tingkat
    teks = s.ke_teks().splitlines()
    assert teks[4].startswith("  7.01.01.2.01 ")


def test_catatan_menempel_pada_barisnya() -> None:
    data = dokumen(muat_contoh("klakah-2024-tw4"), hitung(muat_contoh("klakah-2024-tw4")).sajian())
    keuangan = data["tabel"]["keuangan"]["baris"]
    bercatatan = [b for b in keuangan if b["catatan"]]
    assert bercatatan
    for b in bercatatan:
        assert b["pagu"]["tepat"] == "0"
        assert b["serapan"] is None
        assert b["catatan"][0]["kode"] == "serapan_tak_terhitung"
        assert "serapan tidak terdefinisi" in b["catatan"][0]["pesan"]
    capaian = data["tabel"]["capaian"]["baris"][0]
    assert capaian["realisasi"] is None
    assert capaian["catatan"] == [
        {"kode": "keterangan_capaian", "pesan": "realisasi belum dilaporkan (triwulan)"}
    ]


def test_ringkasan_berid_tetap() -> None:
    data = tabel_data(hitung(muat_contoh("kalaena-2024-tw1")).ringkasan.ke_sajian())
    per_id = {b["id"]: b["nilai"]["tercetak"] for b in data["baris"]}
    assert per_id["rata_rata_capaian_kinerja"] == "75,00"  # (100 + 50) / 2
    assert per_id["capaian_keuangan_agregat"] == "46,14"  # docs/periksa.md


def test_temuan_kalaena_terstruktur_dan_bersel(capsys: pytest.CaptureFixture[str]) -> None:
    status, data = _cli_json(capsys, "periksa", "--contoh", "kalaena-2024-tw1", "--format", "json")
    assert status == 1
    (t,) = [t for t in data["temuan"] if t["angka"] == "capaian keuangan"]
    assert t["tercetak"] == {"tepat": "99.22", "tercetak": "99,22"}
    assert t["terhitung"] == {"tepat": "99.33", "tercetak": "99,33"}
    assert t["selisih"] == {"tepat": "-0.11", "tercetak": "-0,11"}
    assert t["lokasi"]["tabel"] == "realisasi keuangan"
    assert t["aturan"].startswith("capaian keuangan = realisasi / target keuangan")
    assert t["sel"] == {"tabel": "keuangan", "baris": 0, "kunci": "capaian"}
    sel = data["tabel"]["keuangan"]["baris"][t["sel"]["baris"]][t["sel"]["kunci"]]
    assert sel["tercetak"] == "99,33"
    # predikat Sangat Baik (l. 134) mengikuti target 7 yang diperselisihkan: akibat temuan target
    target = next(t for t in data["temuan"] if t["angka"] == "target")
    predikat = next(a for a in target["akibat"] if a["angka"] == "predikat")
    assert predikat["tercetak"] == "Sangat Baik"
    assert predikat["terhitung"] == "Sangat Kurang"
    assert predikat["jenis"] == "akibat"
    assert target["tempat"][0] == "Bab III, tabel capaian (l. 95)"
    assert target["sebaran"] == [
        {"tempat": "Rencana Aksi, tabel 2.3 (l. 84)", "tercetak": {"tepat": "14", "tercetak": "14"}}
    ]


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_sel_temuan_menunjuk_kolom_yang_sama(nama: str) -> None:
    lap = muat_contoh(nama)
    data = dokumen(lap, hitung(lap).sajian(), periksa(lap))
    for t in data["temuan"]:
        if t["sel"] is None:
            continue
        tabel = data["tabel"][t["sel"]["tabel"]]
        assert t["sel"]["kunci"] in {k["kunci"] for k in tabel["kolom"]}
        assert 0 <= t["sel"]["baris"] < len(tabel["baris"])


def test_csv_tercetak_dan_nilai_tepat(capsys: pytest.CaptureFixture[str]) -> None:
    argumen = ["hitung", "--contoh", "kalaena-2024-tw1", "--tabel", "keuangan", "--format", "csv"]
    cli.main(argumen)
    biasa = capsys.readouterr().out.splitlines()
    assert biasa[0] == "Kode;Uraian;Pagu;Target;Realisasi;Capaian (%);Serapan (%);Sisa"
    assert biasa[1].split(";")[5] == "99,33"
    cli.main([*argumen, "--nilai-tepat"])
    tepat = capsys.readouterr().out.splitlines()
    kepala = tepat[0].split(";")
    assert kepala[:4] == ["Kode", "Uraian", "Pagu", "Pagu (tepat)"]
    sel = dict(zip(kepala, tepat[1].split(";"), strict=True))
    assert sel["Capaian (%)"] == "99,33"
    assert sel["Capaian (%) (tepat)"] == "99,33087989294078287052525928404149"
    assert sel["Kode"] == ""
    assert "Kode (tepat)" not in sel
