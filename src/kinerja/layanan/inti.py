"""Bersama perintah ``kinerja`` dan layanan HTTP: masukan dari bait, JSON v1, galat JSON, skema.

>>> from kinerja.laporan.contoh import teks_contoh
>>> lap = baca_bait(teks_contoh("kalaena-2024-tw1").encode(), None, "<stdin>")
>>> data = dokumen_periksa(lap)
>>> data["versi"], len(data["temuan"]), data["temuan"][-1]["tercetak"]["tercetak"]
(1, 6, '99,22')
>>> galat_data(BerkasTidakSah("x", rincian=(("periode.tahun", "wajib diisi"),)))
{'galat': [{'jalur': 'periode.tahun', 'pesan': 'wajib diisi'}]}
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, tampil_aman
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from kinerja.laporan.evaluasi import DokumenEvaluasi, hitung_evaluasi, periksa_evaluasi
from kinerja.laporan.evaluasi.berkas import JENIS_MASUKAN, JenisMasukan, baca_dokumen_bait
from kinerja.laporan.keluaran import dokumen, info_evaluasi
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa import periksa
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.laporan.tabel import hitung

__all__ = [
    "ID_MASUKAN",
    "JENIS_MASUKAN",
    "baca_aliran",
    "baca_bait",
    "dokumen_hitung",
    "dokumen_periksa",
    "galat_data",
    "skema",
    "skema_masukan",
    "tebak_jenis",
]

ID_MASUKAN = "urn:kinerja:skema:masukan:v1"
"""``$id`` skema masukan (sama dengan yang tertulis di ``data/laporan.schema.json``)."""


def tebak_jenis(isi: bytes) -> JenisMasukan:
    """``xlsx`` bila bait diawali tanda zip (``PK``), ``json`` bila karakter pertama yang bukan
    spasi adalah ``{``, selain itu ``toml``. CSV tidak ditebak: sebut ``jenis`` = ``csv``."""
    if isi[:4] == b"PK\x03\x04":
        return "xlsx"
    awal = isi.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "json" if awal == b"{" else "toml"


def baca_bait(
    isi: bytes, jenis: JenisMasukan | None, sumber: str, batas: BatasBerkas = BATAS_BAWAAN
) -> Laporan | DokumenEvaluasi:
    """Laporan (atau survei IKM / lembar kerja LKE bila berkasnya ber-``jenis``) dari bait;
    tanpa ``jenis`` (format), ditebak dari isinya (:func:`tebak_jenis`)."""
    return baca_dokumen_bait(isi, jenis or tebak_jenis(isi), sumber, batas)


def baca_aliran(
    aliran: BinaryIO, jenis: JenisMasukan | None, sumber: str, batas: BatasBerkas = BATAS_BAWAAN
) -> Laporan | DokumenEvaluasi:
    """Laporan (atau berkas evaluasi) dari aliran bait (stdin), paling banyak batas + 1 bait."""
    return baca_bait(aliran.read(batas.ukuran_bait + 1), jenis, sumber, batas)


def dokumen_hitung(laporan: Laporan | DokumenEvaluasi) -> dict[str, Any]:
    """JSON v1 semua tabel laporan (berkas evaluasi: tabel ``ikm`` atau ``lke``)."""
    if not isinstance(laporan, Laporan):
        tabel = hitung_evaluasi(laporan).ke_sajian()
        return dokumen(info_evaluasi(laporan.judul, tabel.id), [tabel])
    return dokumen(laporan, hitung(laporan).sajian())


def dokumen_periksa(laporan: Laporan | DokumenEvaluasi) -> dict[str, Any]:
    """JSON v1 semua tabel laporan dan temuan ``periksa`` (tabel dihitung sekali)."""
    if not isinstance(laporan, Laporan):
        tabel = hitung_evaluasi(laporan).ke_sajian()
        temuan = periksa_evaluasi(laporan)
        return dokumen(info_evaluasi(laporan.judul, tabel.id), [tabel], temuan)
    hasil = hitung(laporan)
    return dokumen(laporan, hasil.sajian(), periksa(laporan, hasil=hasil))


def galat_data(galat: KinerjaError) -> dict[str, list[dict[str, str]]]:
    """``{"galat": [{"jalur": …, "pesan": …}]}``; jalur ``""`` = seluruh berkas/permintaan."""
    pasangan = galat.rincian if isinstance(galat, BerkasTidakSah) else (("", str(galat)),)
    return {"galat": [{"jalur": j, "pesan": p} for j, p in pasangan]}


def skema_masukan() -> dict[str, Any]:
    """JSON Schema berkas laporan (``kinerja skema masukan``)."""
    from importlib import resources  # hanya bila diminta: perintah lain tidak memuatnya

    teks = (resources.files("kinerja.laporan") / "data" / "laporan.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(teks)
    return data


def skema(nama: str) -> dict[str, Any]:
    """Skema ``masukan`` atau ``keluaran``."""
    if nama == "masukan":
        return skema_masukan()
    if nama == "keluaran":
        return skema_keluaran()
    raise InputTidakSah(f"skema {tampil_aman(nama)} tidak dikenal; pilihan: masukan, keluaran")
