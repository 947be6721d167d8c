"""Konverter cattrs satu-satunya untuk berkas laporan (TOML dan JSON): kait masuk dan keluar.

Nilai berkas (teks, bilangan, tanggal, centang fasilitasi) diubah menjadi nilai attrs laporan
di sini, sekali, di tepi masuk; :mod:`kinerja.laporan.berkas` memakainya untuk membaca dan
menulis. Pesan galatnya disusun :mod:`kinerja.laporan.lokasi_galat`.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import cattrs

from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan.kait_berkas import angka_berkas, pasang_kait_masukan
from kinerja.periode import Periode, Triwulan
from kinerja.teks_angka import tulis_angka_tepat

__all__ = ["KONVERTER", "KONVERTER_CEPAT", "buat_konverter"]


_TANDA_CENTANG = frozenset("√✓✔vV1xX")
_TANDA_KOSONG = frozenset("-–0 .·")
_KUNCI_KEGIATAN = frozenset({"nama", "centang", "nilai"})


def _struktur_teks(nilai: object, _: object) -> str:
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"harus teks (diberikan {tampil_aman(nilai)})")
    return nilai


def _struktur_bulat(nilai: object, _: object) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(f"harus bilangan bulat (diberikan {tampil_aman(nilai)})")
    return nilai


def _struktur_bool(nilai: object, _: object) -> bool:
    if not isinstance(nilai, bool):
        raise TipeTidakSah(f"harus true/false (diberikan {tampil_aman(nilai)})")
    return nilai


def _struktur_tanggal(nilai: object, _: object) -> datetime.date:
    if isinstance(nilai, datetime.datetime):
        raise TipeTidakSah(
            f"harus tanggal tanpa jam, mis. 2024-12-30 (diberikan {tampil_aman(nilai)})"
        )
    if isinstance(nilai, datetime.date):
        return nilai
    if isinstance(nilai, str):
        try:
            return datetime.date.fromisoformat(nilai)
        except ValueError as exc:
            raise InputTidakSah(
                "tanggal harus berbentuk TTTT-BB-HH, mis. 2024-12-30 (diberikan "
                f"{tampil_aman(nilai)})"
            ) from exc
    raise TipeTidakSah(f"harus tanggal TTTT-BB-HH (diberikan {tampil_aman(nilai)})")


def _struktur_daftar_teks(nilai: object, _: object) -> tuple[str, ...]:
    """Satu teks atau daftar teks (mis. rujukan 'anggaran' sebuah indikator)."""
    if isinstance(nilai, str):
        return (nilai,)
    if isinstance(nilai, list) and all(isinstance(v, str) for v in nilai):
        return tuple(nilai)
    raise TipeTidakSah(f"harus teks atau daftar teks (diberikan {tampil_aman(nilai)})")


def _struktur_triwulan(nilai: object, _: object) -> Triwulan:
    return Triwulan.dari(nilai)


def _baris_centang(nilai: object, nama: str) -> list[bool]:
    if isinstance(nilai, list):
        if not all(isinstance(v, bool) for v in nilai):
            raise TipeTidakSah(
                f"centang {tampil_aman(nama)} harus daftar true/false (diberikan "
                f"{tampil_aman(nilai)})"
            )
        return list(nilai)
    if isinstance(nilai, str):
        hasil = []
        for tanda in nilai:
            if tanda in _TANDA_CENTANG:
                hasil.append(True)
            elif tanda in _TANDA_KOSONG:
                hasil.append(False)
            else:
                raise InputTidakSah(
                    f"centang {tampil_aman(nama)}: tanda {tampil_aman(tanda)} tidak dikenal; "
                    "pakai '√' untuk "
                    f"dicentang dan '-' untuk kosong (diberikan {tampil_aman(nilai)})"
                )
        return hasil
    raise TipeTidakSah(f"centang {tampil_aman(nama)} harus teks '√√-' atau daftar true/false")


def _struktur_fasilitasi(nilai: object, _: object) -> RekapFasilitasi:
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(
            f"'fasilitasi' harus tabel dengan 'desa' dan 'kegiatan' ({tampil_aman(nilai)})"
        )
    lebih = set(nilai) - {"desa", "kegiatan"}
    if lebih:
        raise InputTidakSah(f"kunci tidak dikenal di 'fasilitasi': {', '.join(sorted(lebih))}")
    kegiatan = nilai.get("kegiatan")
    if not isinstance(kegiatan, list):
        raise TipeTidakSah("'fasilitasi.kegiatan' harus daftar tabel {nama, centang}")
    centang: dict[str, list[bool]] = {}
    tercetak: dict[str, Decimal] = {}
    for i, k in enumerate(kegiatan):
        if not isinstance(k, Mapping) or not {"nama", "centang"} <= set(k) <= _KUNCI_KEGIATAN:
            raise InputTidakSah(
                f"'fasilitasi.kegiatan[{i}]' harus berisi 'nama' dan 'centang' (dan boleh "
                "'nilai': nilai baris sebagaimana tercetak)"
            )
        nama = _struktur_teks(k["nama"], None)
        if nama in centang:
            raise InputTidakSah(
                f"'fasilitasi.kegiatan[{i}]': kegiatan {tampil_aman(nama)} tertulis dua kali"
            )
        centang[nama] = _baris_centang(k["centang"], nama)
        if "nilai" in k:
            tercetak[nama] = angka_berkas(k["nilai"], Decimal)
    return RekapFasilitasi(desa=nilai.get("desa"), centang=centang, nilai_tercetak=tercetak)


def _urai_fasilitasi(rekap: RekapFasilitasi) -> dict[str, Any]:
    return {
        "desa": list(rekap.desa),
        "kegiatan": [
            {"nama": nama, "centang": "".join("√" if c else "-" for c in baris)}
            | (
                {"nilai": tulis_angka_tepat(rekap.nilai_tercetak[nama])}
                if nama in rekap.nilai_tercetak
                else {}
            )
            for nama, baris in rekap.centang.items()
        ],
    }


def _urai_periode(periode: Periode) -> dict[str, Any]:
    hasil: dict[str, Any] = {"tahun": periode.tahun}
    if periode.triwulan is not None:
        hasil["triwulan"] = periode.triwulan.value
    return hasil


def _opsional(jenis: Any) -> bool:
    """``X | None`` (juga ``Optional[X]``) dengan tepat satu jenis selain ``None``."""
    argumen = typing.get_args(jenis)
    return (
        typing.get_origin(jenis) in (typing.Union, types.UnionType)
        and len(argumen) == 2
        and type(None) in argumen
    )


def _pabrik_opsional(jenis: Any, konverter: cattrs.Converter) -> Callable[[object, object], Any]:
    """Kait ``X | None`` yang memilih kait ``X`` sekali, saat dibuat.

    Kait bawaan cattrs untuk ``X | None`` mencari kait ``X`` pada *setiap* nilai; untuk berkas
    90.000 baris itu ratusan ribu pencarian. Hasil dan galatnya sama: ``None`` tetap ``None``,
    selain itu kait ``X`` yang sama dipanggil dengan ``X``.
    """
    (dalam,) = (a for a in typing.get_args(jenis) if a is not type(None))
    kait = konverter.get_structure_hook(dalam)

    def struktur(nilai: object, _: object) -> Any:
        return None if nilai is None else kait(nilai, dalam)

    return struktur


def buat_konverter(*, kait_opsional: bool = True, rinci: bool = True) -> cattrs.Converter:
    """Konverter berkas; ``kait_opsional=False`` memakai kait ``X | None`` bawaan cattrs
    (pembanding di uji).

    ``rinci=False``: kait dan pemeriksaan yang sama, tanpa validasi rinci cattrs (galat pertama
    dilempar apa adanya, tanpa daftar galat dan tempatnya) — untuk :data:`KONVERTER_CEPAT`.
    """
    konverter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=rinci
    )
    pasang_kait_masukan(konverter)
    # satu aturan angka (ke_desimal, lewat angka_berkas yang menambah saran untuk salah tulis
    # umum) untuk bilangan dan teks, agar berkas yang ditulis kinerja (tulis_angka_tepat, termasuk
    # hasil hitungan 34 digit) selalu terbaca kembali
    konverter.register_structure_hook(Decimal, angka_berkas)
    konverter.register_structure_hook(str, _struktur_teks)
    konverter.register_structure_hook(int, _struktur_bulat)
    konverter.register_structure_hook(bool, _struktur_bool)
    konverter.register_structure_hook(datetime.date, _struktur_tanggal)
    konverter.register_structure_hook(Triwulan, _struktur_triwulan)
    konverter.register_structure_hook_func(
        lambda jenis: jenis == tuple[str, ...], _struktur_daftar_teks
    )
    konverter.register_structure_hook(RekapFasilitasi, _struktur_fasilitasi)
    konverter.register_unstructure_hook(Decimal, tulis_angka_tepat)
    konverter.register_unstructure_hook(datetime.date, lambda d: d)
    konverter.register_unstructure_hook(RekapFasilitasi, _urai_fasilitasi)
    konverter.register_unstructure_hook(Periode, _urai_periode)
    konverter.register_unstructure_hook(
        MappingProxyType,
        lambda m: {konverter.unstructure(k): konverter.unstructure(v) for k, v in m.items()},
    )
    if kait_opsional:
        konverter.register_structure_hook_factory(_opsional, _pabrik_opsional)
    if not rinci:
        # baris anggaran dan nilai triwulan berbentuk lazim tanpa pengubah attrs kedua kali
        from kinerja.laporan.baris_cepat import pasang_kait_baris_cepat

        pasang_kait_baris_cepat(konverter)
    return konverter


KONVERTER = buat_konverter()
"""Satu-satunya konverter cattrs untuk berkas laporan (TOML dan JSON)."""

KONVERTER_CEPAT = buat_konverter(rinci=False)
"""Konverter yang sama tanpa validasi rinci: jalur cepat baca berkas yang sah.

Kait, pengubah isian dan pemeriksaannya sama dengan :data:`KONVERTER`, jadi menerima dan
menolak hal yang sama; bila ia menolak apa pun, :data:`KONVERTER` mengulanginya dari awal untuk
galat lengkap beserta tempatnya (``baca_laporan``). Validasi rinci cattrs (satu ``try`` dan
catatan per isian dan per baris) hanya dibayar bila berkas memang salah.
"""
