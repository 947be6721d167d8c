"""Skema masukan dan pembaca sepakat; skema keluaran memuat setiap keluaran (isu 11 butir 2).

Uji properti hypothesis-jsonschema: setiap dokumen yang dibangkitkan dari skema masukan dibaca,
atau ditolak dengan ``BerkasTidakSah`` karena alasan yang memang tidak dapat dinyatakan JSON
Schema (:data:`ALASAN_DI_LUAR_SKEMA`, sama dengan daftar di ``docs/format-berkas.md``). Setiap
contoh bawaan dan setiap dokumen yang ditulis pembaca sah menurut skema masukan; setiap keluaran
JSON v1 sah menurut skema keluaran.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from kinerja import cli
from kinerja.galat import BerkasTidakSah
from kinerja.laporan.berkas import baca_laporan_teks, tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, muat_contoh
from kinerja.laporan.skema_keluaran import ID_KELUARAN, skema_keluaran
from kinerja.layanan.inti import ID_MASUKAN, dokumen_periksa, skema_masukan
from tests.strategies import laporan as laporan_acak

MASUKAN = jsonschema.Draft202012Validator(
    skema_masukan(), format_checker=jsonschema.FormatChecker()
)
KELUARAN = jsonschema.Draft202012Validator(skema_keluaran())

ALASAN_DI_LUAR_SKEMA: dict[str, str] = {
    "skala belum terdaftar (daftar skala bisa ditambah saat berjalan)": r"skala .* belum terdaftar",
    "lebih dari 34 digit bermakna": r"digit bermakna, lebih dari 34",
    "angka bukan nol terlalu kecil (digit pertama lewat desimal ke-24)": r"terlalu kecil: digit",
    "target rentang: atas harus lebih besar dari bawah": r"harus lebih besar dari .*target rentang",
    "nama kembar dalam satu daftar (desa, kegiatan)": r"tertulis dua kali|memuat nama kembar",
    "centang fasilitasi lebih banyak dari jumlah desa": r"centang, padahal ada",
    "dokumen desa: daftar desa atau jumlah_desa + tepat, salah satu": r"dokumen desa: isi",
    "dokumen desa: 'tepat' harus memuat ketiga dokumen": r"'tepat' belum memuat dokumen",
    "dokumen desa: 'tepat' melebihi jumlah desa": r"melebihi jumlah desa",
    # laporan tahunan (isu 9): syarat yang bergantung pada tahun laporan dan antarisian
    "realisasi_tahunan hanya di laporan tahunan": r"hanya untuk laporan tahunan",
    "tahun riwayat ganda": r"tahun \d+ ditulis dua kali",
    "tahun riwayat tidak sebelum tahun laporan": r"tidak sebelum tahun laporan",
    "periode Renstra memuat tahun laporan": r"periode Renstra .* tidak memuat tahun laporan",
    "realisasi Renstra sebelumnya di tahun pertama": r"adalah tahun pertama Renstra",
    "tahun_awal Renstra tidak sesudah tahun_akhir": r"tidak boleh sesudah 'tahun_akhir'",
    "realisasi_tahunan bersama realisasi_dari": r"'realisasi_tahunan' tidak bisa dipakai bersama",
    # tempat cetak dan Rencana Aksi (isu 13): keunikan dan rujukan antarunsur
    "tercetak_lain wajib menyebut tempat": r"harus menyebut 'tempat'",
    "anak Rencana Aksi merujuk baris yang ada, tanpa lingkaran": r"bukan uraian baris Rencana "
    r"Aksi|menjadi keturunannya sendiri",
    "nilai tercetak fasilitasi untuk kegiatan yang ada": r"tidak ada di rekap",
}
"""Alasan penolakan yang tidak dapat (atau tidak wajar) dinyatakan skema: antarisian, daftar
terdaftar saat berjalan, dan batas ketelitian ``Decimal``."""


def _alasan_dikenal(pesan: str) -> bool:
    return any(re.search(pola, pesan) for pola in ALASAN_DI_LUAR_SKEMA.values())


def test_id_skema_nyata_dan_skema_sah() -> None:
    for skema, id_ in ((skema_masukan(), ID_MASUKAN), (skema_keluaran(), ID_KELUARAN)):
        jsonschema.Draft202012Validator.check_schema(skema)
        assert skema["$id"] == id_
        assert id_.startswith("urn:kinerja:skema:")
        assert "example" not in skema["$id"]


@pytest.mark.parametrize("nama", ["masukan", "keluaran"])
def test_perintah_skema(nama: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["skema", nama]) == 0
    cetak = json.loads(capsys.readouterr().out)
    assert cetak == (skema_masukan() if nama == "masukan" else skema_keluaran())


@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(from_schema(skema_masukan()))
def test_dokumen_dari_skema_dibaca_atau_ditolak_dengan_alasan_terdaftar(data: Any) -> None:
    teks = json.dumps(data, ensure_ascii=False)
    try:
        lap = baca_laporan_teks(teks, "json")
    except BerkasTidakSah as galat:
        asing = [p for _, p in galat.rincian if not _alasan_dikenal(p)]
        assert asing == [], f"ditolak pembaca, tetapi sah menurut skema: {asing}"
        return
    # yang dibaca: ditulis kembali tetap sah, dan keluarannya sah menurut skema keluaran
    MASUKAN.validate(json.loads(tulis_laporan_teks(lap, "json")))
    KELUARAN.validate(json.loads(json.dumps(dokumen_periksa(lap))))


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_contoh_bawaan_sah(nama: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["contoh", nama, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    MASUKAN.validate(data)
    assert baca_laporan_teks(json.dumps(data), "json") == muat_contoh(nama)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laporan_acak())
def test_dokumen_tulisan_pembaca_sah(lap: Any) -> None:
    MASUKAN.validate(json.loads(tulis_laporan_teks(lap, "json")))


@pytest.mark.parametrize(
    "teks", ["66.7", "1.5", "19.7195.216", "1.000.00", "1,5,3", "--5", "1.500,00,-", "1.500,-%"]
)
def test_angka_yang_ditolak_pembaca_ditolak_skema(teks: str) -> None:
    # isu 11: skema lama menerima "66.7", "1.5" dan "19.7195.216", yang ditolak pembaca
    data = json.loads(tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json"))
    data["anggaran"][0]["pagu"] = teks
    assert not MASUKAN.is_valid(data)
    with pytest.raises(BerkasTidakSah):
        baca_laporan_teks(json.dumps(data), "json")


@pytest.mark.parametrize(
    "teks", ["1.780.578.508", "95,45", "Rp. 1.500", "-0,5", "12 %", "0", "Rp 22.571.000,-"]
)
def test_angka_yang_dibaca_pembaca_diterima_skema(teks: str) -> None:
    data = json.loads(tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json"))
    data["indikator"][0]["realisasi"]["tw1"] = teks
    assert MASUKAN.is_valid(data)
    baca_laporan_teks(json.dumps(data), "json")


def test_nilai_triwulan_null_diterima_keduanya() -> None:
    # isu 11: skema lama menolak null di nilai triwulan, yang diterima pembaca
    data = json.loads(tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json"))
    data["indikator"][0]["realisasi"]["tw2"] = None
    assert MASUKAN.is_valid(data)
    baca_laporan_teks(json.dumps(data), "json")
