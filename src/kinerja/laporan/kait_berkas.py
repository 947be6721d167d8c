"""Kait cattrs berkas laporan untuk masukan yang ditulis orang: angka, label enum, desa, skala.

Setiap kait menolak masukan yang salah dengan galat kinerja yang menunjukkan cara menulisnya
yang benar; tempatnya di berkas ditambahkan oleh :mod:`kinerja.laporan.lokasi_galat`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs

from kinerja.angka import DIGIT_BULAT_MAKSIMUM, baca_angka, ke_desimal
from kinerja.besaran import desimal_sah
from kinerja.desa import DokumenDesa
from kinerja.galat import FormatAngkaSalah, InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.indikator import Kumulasi, Polaritas
from kinerja.laporan.desa import TanggalDokumenDesa
from kinerja.skala_predikat import SkalaPredikat
from kinerja.skala_terdaftar import nama_skala, skala
from kinerja.teks_angka import tulis_angka_tepat
from kinerja.urai_angka import desimal_cepat

__all__ = ["angka_berkas", "pasang_kait_masukan"]


_KOSONG = frozenset({"", "-", "–", "—", "--"})


def _angka_inggris(teks: str) -> Decimal | None:
    try:
        return baca_angka(teks, notasi="en")
    except KinerjaError:
        return None


_BATAS_BULAT = 10**DIGIT_BULAT_MAKSIMUM


def angka_berkas(nilai: object, _jenis: object = None) -> Decimal:
    """Angka dari berkas, dengan pesan untuk salah tulis yang umum ("-", notasi Inggris).

    Jalur cepat untuk bentuk yang paling sering (teks "1.234.567,89", bilangan bulat dan
    Decimal yang jelas dalam batas besaran); selain itu, dan setiap nilai yang mungkin ditolak,
    lewat jalur umum yang sama dengan :func:`kinerja.angka.ke_desimal`. Keduanya menerima dan
    menolak hal yang sama dengan hasil yang sama (uji properti ``tests/test_skala_baca.py``).
    ``_jenis`` diabaikan: fungsi ini juga kait cattrs untuk ``Decimal``.
    """
    if type(nilai) is str:
        cepat = desimal_cepat(nilai)
        if cepat is not None:
            return cepat
    elif type(nilai) is int:
        if -_BATAS_BULAT < nilai < _BATAS_BULAT:
            return Decimal(nilai)
    elif desimal_sah(nilai):
        return nilai
    return _angka_berkas_umum(nilai)


def _angka_berkas_umum(nilai: object) -> Decimal:
    if isinstance(nilai, str) and nilai.strip() in _KOSONG:
        raise InputTidakSah(
            f"{tampil_aman(nilai)} bukan angka: untuk nilai yang kosong hapus kuncinya "
            "(triwulan yang tidak "
            "dilaporkan tidak ditulis sama sekali)"
        )
    try:
        return ke_desimal(nilai, "angka")
    except FormatAngkaSalah as galat:
        # pengelompokan Inggris ("1,000,000", "1,234.5"); "1.5" tetap mendapat saran aslinya
        inggris = _angka_inggris(nilai) if isinstance(nilai, str) and "," in nilai else None
        if inggris is None:
            raise FormatAngkaSalah(str(galat).removeprefix("'angka': "), galat.saran) from galat
        raise FormatAngkaSalah(
            f"angka {tampil_aman(nilai)} bernotasi Inggris; berkas laporan memakai notasi "
            "Indonesia: tulis "
            f'"{tulis_angka_tepat(inggris)}". Bila laporan memang mencetaknya '
            f"{tampil_aman(nilai)}, "
            "tulis nilai yang benar di sini dan teks cetakannya di tercetak.teks baris ini, mis. "
            f'tercetak = {{ teks = {{ <isian> = "{nilai}" }} }}, agar periksa melaporkannya'
        ) from galat
    except KinerjaError as galat:
        # nama parameter internal ('angka') tidak berarti bagi penulis berkas: jalurnya disebut
        pesan = str(galat).removeprefix("'angka': ").removeprefix("'angka' ")
        raise type(galat)(pesan) from galat


def _struktur_polaritas(nilai: object, _: object) -> Polaritas:
    return Polaritas.dari(nilai)


def _struktur_kumulasi(nilai: object, _: object) -> Kumulasi:
    return Kumulasi.dari(nilai)


def _struktur_jumlah_tepat(nilai: object, _: object) -> object:
    """Kunci dokumen diteruskan apa adanya: KetepatanDokumenDesa menolak kunci ganda."""
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            f"harus tabel, mis. {{ RKPDes = 12, APBDes = 12, LPPDes = 12 }} ({tampil_aman(nilai)})"
        )
    return nilai


def _struktur_skala(nilai: object, _: object) -> str:
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"harus teks, nama skala terdaftar (diberikan {tampil_aman(nilai)})")
    skala(nilai)  # nama tak terdaftar ditolak di sini, agar galatnya menyebut baris 'skala'
    return nilai


def _urai_skala(nilai: SkalaPredikat) -> str:
    nama = nama_skala(nilai)
    if nama is None:
        raise InputTidakSah(
            f"skala {tampil_aman(nilai.nama)} tidak terdaftar, jadi tidak bisa ditulis ke berkas; "
            "daftarkan dulu dengan daftarkan_skala(nama, skala)"
        )
    return nama


def _harus_tabel(cl: type, nilai: object) -> None:
    if isinstance(nilai, Mapping):
        return
    if cl is TanggalDokumenDesa:
        raise TipeTidakSah(
            f"{tampil_aman(nilai)} hanya nama desa: tulis desa dengan tanggal penetapan "
            "dokumennya, mis. "
            f'{{ nama = "{nilai}", rkpdes = 2023-09-28, apbdes = 2023-12-30, '
            "lppdes = 2024-03-15 } (dokumen yang belum ditetapkan tidak ditulis); bila laporan "
            "hanya mencetak hitungannya, hapus 'desa' dan isi jumlah_desa dan tepat"
        )
    kunci = ", ".join(f.name for f in attrs.fields(cl))
    raise TipeTidakSah(f"harus tabel dengan kunci {kunci} (diberikan {tampil_aman(nilai)})")


def _pabrik_attrs(konverter: cattrs.Converter) -> Any:
    def pabrik(cl: type) -> Any:
        dasar: Any = konverter.gen_structure_attrs_fromdict(cl)
        if not konverter.detailed_validation:
            # Konverter cepat (KONVERTER_CEPAT): pesan tidak dibutuhkan, karena galat apa pun
            # diulang oleh konverter rinci. Yang bukan tabel tetap ditolak di sini — fungsi
            # cattrs mengambil kunci (o['nama'], o.keys()) — jadi tanpa pemeriksaan tambahan.
            return dasar

        def struktur(nilai: object, jenis_: object) -> object:
            if type(nilai) is not dict:  # dict (JSON/TOML) tanpa pemeriksaan ABC Mapping
                _harus_tabel(cl, nilai)
            return dasar(nilai, jenis_)

        return struktur

    return pabrik


def pasang_kait_masukan(konverter: cattrs.Converter) -> None:
    """Pasang kait masukan pada konverter berkas (dipanggil sekali, sebelum kait lain)."""
    konverter.register_structure_hook_factory(attrs.has, _pabrik_attrs(konverter))
    konverter.register_structure_hook(Polaritas, _struktur_polaritas)
    konverter.register_structure_hook(Kumulasi, _struktur_kumulasi)
    konverter.register_structure_hook_func(
        lambda jenis: jenis == Mapping[DokumenDesa, int], _struktur_jumlah_tepat
    )
    konverter.register_structure_hook_func(
        lambda jenis: jenis == (str | SkalaPredikat), _struktur_skala
    )
    konverter.register_unstructure_hook(SkalaPredikat, _urai_skala)
