"""Berkas survei IKM (TOML/JSON/CSV), tabel ``ikm``, periksa dan perintah ``kinerja``.

Nilai harapan dari contoh terhitung DOMAIN.md §13 (IKM 80,56; dengan bobot 0,11: 79,75) dan dari
slip yang ditanam: setiap angka tercetak yang digeser harus dilaporkan.
"""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kinerja.cli import main
from kinerja.galat import BerkasTidakSah
from kinerja.laporan.evaluasi import (
    SurveiIKM,
    baca_dokumen,
    baca_evaluasi_teks,
    hitung_evaluasi,
    muat_contoh_evaluasi,
    periksa_evaluasi,
    teks_contoh_evaluasi,
)
from kinerja.laporan.model import Laporan

CONTOH = "ikm-kecamatan-2024"
DASAR = """
jenis = "ikm"
unit = "Kecamatan X"
responden = 10
jumlah_per_unsur = [32, 30, 31, 35, 29, 33, 34, 30, 36]
"""


def _skema() -> jsonschema.Draft202012Validator:
    teks = (resources.files("kinerja.laporan") / "data" / "ikm.schema.json").read_text("utf-8")
    skema = json.loads(teks)
    jsonschema.Draft202012Validator.check_schema(skema)
    return jsonschema.Draft202012Validator(skema)


def _survei(tambahan: str = "") -> SurveiIKM:
    hasil = baca_evaluasi_teks(DASAR + tambahan, "toml")
    assert isinstance(hasil, SurveiIKM)
    return hasil


def test_contoh_sah_menurut_skema() -> None:
    assert list(_skema().iter_errors(tomllib.loads(teks_contoh_evaluasi(CONTOH)))) == []


def test_skema_menolak_bentuk_campuran() -> None:
    data = tomllib.loads(DASAR)
    data["jawaban"] = [[4, 3]]
    assert list(_skema().iter_errors(data))


def test_contoh_slip_bobot_terbulatkan() -> None:
    (t,) = periksa_evaluasi(muat_contoh_evaluasi(CONTOH))
    assert (t.kolom, t.tercetak, t.dihitung) == ("indeks", Decimal("79.75"), Decimal("80.56"))
    assert t.jenis == "bobot terbulatkan"
    assert "0,11" in t.alasan


def test_bobot_0_111_disebut() -> None:
    # 29 × 0,111 × 25 = 80,475 → tercetak 80,48
    (t,) = periksa_evaluasi(_survei('[tercetak]\nindeks = "80,48"\n'))
    assert "0,111" in t.alasan


def test_slip_lain_tanpa_sebab_bobot() -> None:
    (t,) = periksa_evaluasi(_survei('[tercetak]\nindeks = "81,56"\n'))
    assert t.jenis == "salah hitung"
    assert "terbulatkan" not in t.alasan


def test_tercetak_benar_tanpa_temuan() -> None:
    tercetak = '[tercetak]\nindeks = "80,56"\nnrr_tertimbang = "3,222"\nmutu = "b"\n'
    assert periksa_evaluasi(_survei(tercetak)) == []


@pytest.mark.parametrize(
    ("kunci", "nilai", "kolom"),
    [
        ("indeks", '"80,57"', "indeks"),
        ("indeks", '"80,5"', "indeks"),  # 80,5556 → 80,6
        ("nrr_tertimbang", '"3,223"', "NRR tertimbang"),
        ("mutu", '"A"', "mutu"),
        ("nrr", '["3,2", "3", "3,1", "3,5", "2,9", "3,3", "3,4", "3", "3,7"]', "NRR"),
    ],
)
def test_slip_tanam(kunci: str, nilai: str, kolom: str) -> None:
    (t,) = periksa_evaluasi(_survei(f"[tercetak]\n{kunci} = {nilai}\n"))
    assert t.kolom == kolom


def _geser(teks: str) -> str:
    x = Decimal(teks.replace(",", "."))
    langkah = Decimal(1).scaleb(int(x.as_tuple().exponent))
    return str(x + langkah).replace(".", ",")


def _letak_tercetak() -> list[tuple[str, int | None, str]]:
    data = tomllib.loads(teks_contoh_evaluasi(CONTOH))["tercetak"]
    letak: list[tuple[str, int | None, str]] = [("nrr", i, "NRR") for i in range(len(data["nrr"]))]
    return [*letak, ("indeks", None, "indeks")]


@pytest.mark.parametrize(("kunci", "i", "kolom"), _letak_tercetak())
def test_slip_tanam_setiap_angka_contoh(kunci: str, i: int | None, kolom: str) -> None:
    data = tomllib.loads(teks_contoh_evaluasi(CONTOH))
    awal = {(t.baris, t.kolom, t.tercetak) for t in periksa_evaluasi(_dari(data))}
    if i is None:
        data["tercetak"][kunci] = _geser(data["tercetak"][kunci])
    else:
        data["tercetak"][kunci][i] = _geser(data["tercetak"][kunci][i])
    sesudah = {(t.baris, t.kolom, t.tercetak) for t in periksa_evaluasi(_dari(data))}
    (baru,) = sesudah - awal
    assert baru[1] == kolom
    assert {t[1] for t in awal - sesudah} <= {kolom}


def test_mutu_contoh_salah_dilaporkan() -> None:
    data = tomllib.loads(teks_contoh_evaluasi(CONTOH))
    data["tercetak"]["mutu"] = "C"
    temuan = [t for t in periksa_evaluasi(_dari(data)) if t.kolom == "mutu"]
    assert [(t.tercetak, t.dihitung) for t in temuan] == [("C", "B")]


def _dari(data: dict[str, Any]) -> SurveiIKM:
    hasil = baca_evaluasi_teks(json.dumps(data), "json")
    assert isinstance(hasil, SurveiIKM)
    return hasil


def test_csv_batas_baris() -> None:
    from kinerja.laporan.batas_berkas import BatasBerkas
    from kinerja.laporan.evaluasi.csv_ikm import survei_dari_csv

    with pytest.raises(BerkasTidakSah, match="batas 2"):
        survei_dari_csv("A\n4\n4\n4\n", "s.csv", batas=BatasBerkas(jumlah_baris=2))


def test_tabel_ikm() -> None:
    tabel = hitung_evaluasi(_survei())
    assert tabel.id == "ikm"
    akhir = tabel.baris[-1]
    assert akhir[0] == "IKM unit layanan"
    assert akhir[-1] == "B (Baik)"
    assert Decimal(str(akhir[4])).quantize(Decimal("0.01")) == Decimal("80.56")
    assert tabel.baris[0][:4] == ("Persyaratan", 10, Decimal(32), Decimal("3.2"))
    df = tabel.ke_dataframe()
    assert list(df.columns) == ["Unsur", "Jawaban", "Σ nilai", "NRR", "Indeks", "Mutu"]
    assert len(df) == 10


def test_json_dengan_null_dan_kata_jawaban(tmp_path: Path) -> None:
    data = {
        "jenis": "ikm",
        "unit": "Puskesmas X",
        "jawaban": [[4, "Sangat sesuai", None], [2, "kurang sesuai", 3]],
    }
    jalur = tmp_path / "survei.json"
    jalur.write_text(json.dumps(data), encoding="utf-8")
    assert list(_skema().iter_errors(data)) == []
    s = baca_dokumen(jalur)
    assert isinstance(s, SurveiIKM)
    assert s.nrr() == (Decimal(3), Decimal(3), Decimal(3))
    assert s.indeks() == 75


GOOGLE_FORMS = (
    "Timestamp;Nama;1. Persyaratan;2. Prosedur;3. Biaya\n"
    "2024/07/01 08:00:00;Ani;Sangat sesuai;Mudah;Gratis\n"
    "2024/07/01 09:00:00;Budi;Sesuai;Kurang mudah;\n"
    "2024/07/02 10:00:00;Citra;2;3;Murah\n"
)


def test_csv_google_forms(tmp_path: Path) -> None:
    jalur = tmp_path / "survei.csv"
    jalur.write_text("\ufeff" + GOOGLE_FORMS, encoding="utf-8")
    s = baca_dokumen(jalur)
    assert isinstance(s, SurveiIKM)
    assert s.unsur == ("1. Persyaratan", "2. Prosedur", "3. Biaya")
    # (4+3+2)/3 = 3; (3+2+3)/3 = 8/3; (4+3)/2 = 3,5 → (3 + 8/3 + 3,5)/3 × 25
    harapan = (Decimal(3) + Decimal(8) / 3 + Decimal("3.5")) / 3 * 25
    assert abs(s.indeks() - harapan) < Decimal("1e-25")


def test_csv_jawaban_salah_menyebut_baris_dan_kolom() -> None:
    teks = GOOGLE_FORMS.replace("Kurang mudah", "Agak mudah")
    with pytest.raises(BerkasTidakSah, match=r"baris 3 kolom '2. Prosedur'.*'Agak mudah'"):
        baca_evaluasi_teks(teks, "csv", "s.csv")


def test_csv_panjang_baris_salah() -> None:
    with pytest.raises(BerkasTidakSah, match="baris 2"):
        baca_evaluasi_teks("A,B\n4\n", "csv", "s.csv")


@pytest.mark.parametrize(
    ("tambahan", "pesan"),
    [
        ("tambahan = 1\n", "tambahan"),
        ('[tercetak]\nnrr = ["3"]\n', "tercetak.nrr"),
        ('unsur = ["a"]\n', "unsur"),
    ],
)
def test_galat_berkas(tambahan: str, pesan: str) -> None:
    with pytest.raises(BerkasTidakSah, match=pesan):
        _survei(tambahan)


def test_galat_jumlah_mustahil_dan_jenis() -> None:
    with pytest.raises(BerkasTidakSah, match="jumlah_per_unsur"):
        baca_evaluasi_teks(DASAR.replace("[32,", "[42,"), "toml")
    with pytest.raises(BerkasTidakSah, match="jenis"):
        baca_evaluasi_teks(DASAR.replace('"ikm"', '"skm"'), "toml")


def test_laporan_tetap_laporan(tmp_path: Path) -> None:
    from kinerja.laporan.contoh import teks_contoh

    jalur = tmp_path / "l.toml"
    jalur.write_text(teks_contoh("kalaena-2024-tw1"), encoding="utf-8")
    assert isinstance(baca_dokumen(jalur), Laporan)


def _jalankan(capsys: pytest.CaptureFixture[str], *argumen: str) -> tuple[int, str]:
    status = main(list(argumen))
    return status, capsys.readouterr().out


@pytest.mark.parametrize("format", ["teks", "markdown", "json", "csv"])
def test_cli(capsys: pytest.CaptureFixture[str], format: str) -> None:
    status, keluaran = _jalankan(capsys, "hitung", "--contoh", CONTOH, "--format", format)
    assert status == 0
    assert "80,56" in keluaran or "80.5555" in keluaran or "80,5555" in keluaran
    status, keluaran = _jalankan(capsys, "periksa", "--contoh", CONTOH, "--format", format)
    assert status == 1
    assert "79" in keluaran


def test_cli_berkas_dan_tabel(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    jalur = tmp_path / "s.csv"
    jalur.write_text(GOOGLE_FORMS, encoding="utf-8")
    status, keluaran = _jalankan(capsys, "hitung", str(jalur), "--tabel", "ikm")
    assert status == 0
    assert "IKM unit layanan" in keluaran
    assert main(["hitung", str(jalur), "--tabel", "capaian"]) == 2
    assert "ikm" in capsys.readouterr().err
    status, keluaran = _jalankan(capsys, "contoh", CONTOH)
    assert status == 0
    data: dict[str, Any] = tomllib.loads(keluaran)
    assert data["jenis"] == "ikm"
