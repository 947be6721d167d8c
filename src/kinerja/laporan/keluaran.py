"""Keluaran JSON v1: tabel dan temuan untuk program (e-SAKIP, halaman web), berskema.

Bentuknya dijelaskan di ``docs/keluaran-json.md`` dan diterbitkan sebagai JSON Schema
(``kinerja skema keluaran``, :func:`kinerja.laporan.skema_keluaran.skema_keluaran`):

- setiap tabel di bawah id tetapnya (``capaian``, ``keuangan``, ``cost_per_outcome``, ``pohon``,
  ``ringkasan``), kolom dengan kunci ``snake_case`` tetap;
- setiap angka sebagai ``{"tepat": "99.815", "tercetak": "99,82"}``: nilai tepat (teks bertitik
  desimal, semua digit) dan nilai sebagaimana dicetak tabel teks — dari pemformat yang sama
  (:mod:`kinerja.laporan.format_sel`), jadi halaman yang menampilkan ``tercetak`` tidak pernah
  membulatkan berbeda dari kinerja;
- pohon anggaran dengan ``kode``/``induk``/``tingkat``; catatan menempel pada barisnya;
- temuan ``periksa`` sebagai objek (lokasi, angka, tercetak, terhitung, selisih, aturan, dan sel
  tabel yang dimaksud bila ada).

>>> from kinerja.laporan.contoh import muat_contoh
>>> from kinerja.laporan.tabel import hitung
>>> data = tabel_data(hitung(muat_contoh("kalaena-2024-tw1")).keuangan.ke_sajian())
>>> data["id"], data["baris"][0]["capaian"]
('keuangan', {'tepat': '99.33087989294078287052525928404149', 'tercetak': '99,33'})
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.laporan import format_sel
from kinerja.laporan.daftar_tabel import DAFTAR_TABEL
from kinerja.laporan.model import Laporan
from kinerja.laporan.periksa.temuan import Temuan
from kinerja.laporan.sajian import KodePohon, Kolom, Sajian
from kinerja.laporan.sel_temuan import cari_sel
from kinerja.teks_angka import tulis_angka_tepat

__all__ = [
    "VERSI",
    "angka_data",
    "dokumen",
    "info_evaluasi",
    "info_laporan",
    "tabel_data",
    "temuan_data",
]

VERSI = 1
"""Versi mayor keluaran JSON. Tabel dan kunci baru boleh bertambah; mengganti atau menghapus
kunci menaikkan versi."""


def _tepat(nilai: Decimal) -> str:
    return format(nilai, "f")


def angka_data(nilai: Decimal | None, tercetak: str) -> dict[str, str] | None:
    """``{"tepat": …, "tercetak": …}`` untuk satu angka; ``None`` tetap ``None``."""
    if nilai is None:
        return None
    return {"tepat": _tepat(nilai), "tercetak": tercetak}


def _sel(s: Sajian, k: Kolom, nilai: object, baris: dict[str, Any]) -> None:
    if k.jenis == "kode":
        kode = nilai if isinstance(nilai, KodePohon) else None
        baris[k.kunci] = kode.kode if kode else (nilai or None)
        baris["induk"] = kode.induk if kode else None
        baris["tingkat"] = kode.tingkat if kode else None
    elif nilai is None:
        baris[k.kunci] = None
    elif k.jenis == "teks":
        baris[k.kunci] = format_sel.sel_angka(nilai)
    elif type(nilai) is Decimal or type(nilai) is int:
        angka = Decimal(nilai)
        baris[k.kunci] = {"tepat": _tepat(angka), "tercetak": format_sel.PEMFORMAT.get(
            k.jenis, format_sel.sel_angka)(angka)}  # fmt: skip
    else:
        raise InputTidakSah(
            f"tabel {s.id!r} kolom {k.kunci!r}: angka harus Decimal (diberikan "
            f"{tampil_aman(nilai)})"
        )


def tabel_data(s: Sajian) -> dict[str, Any]:
    """Satu tabel sebagai JSON v1; ``s.id`` dan kunci kolomnya harus terdaftar."""
    deklarasi = DAFTAR_TABEL.get(s.id)
    if deklarasi is None:
        raise InputTidakSah(
            f"tabel {s.judul!r}: id {s.id!r} tidak terdaftar di DAFTAR_TABEL "
            f"(pilihan: {', '.join(DAFTAR_TABEL)})"
        )
    terdaftar = {(k.kunci, k.jenis) for k in deklarasi.kolom}  # judul boleh bergantung laporan
    for k in s.kolom:
        if (k.kunci, k.jenis) not in terdaftar:
            raise InputTidakSah(f"tabel {s.id!r}: kolom {k!r} tidak ada di deklarasinya")
    catatan: dict[int, list[dict[str, str]]] = {}
    for c in s.catatan_baris:
        catatan.setdefault(c.baris, []).append({"kode": c.kode, "pesan": c.pesan})
    baris: list[dict[str, Any]] = []
    for i, isi in enumerate(s.baris):
        satu: dict[str, Any] = {"id": s.id_baris[i]} if s.id_baris else {}
        for k, nilai in zip(s.kolom, isi, strict=True):
            _sel(s, k, nilai, satu)
        satu["catatan"] = catatan.get(i, [])
        baris.append(satu)
    return {
        "id": s.id,
        "judul": s.judul,
        "kolom": [{"kunci": k.kunci, "judul": k.judul, "jenis": k.jenis} for k in s.kolom],
        "baris": baris,
        "catatan": list(s.catatan),
    }


def _nilai_temuan(nilai: Decimal | str | None) -> dict[str, str] | str | None:
    if isinstance(nilai, Decimal):
        return {"tepat": _tepat(nilai), "tercetak": tulis_angka_tepat(nilai)}
    return nilai


def temuan_data(t: Temuan, sajian: Sequence[Sajian] = ()) -> dict[str, Any]:
    """Satu temuan ``periksa`` sebagai objek JSON v1 (``sel``: tabel, baris, kunci atau null)."""
    return {
        "lokasi": {"tabel": t.tabel, "baris": t.baris},
        "angka": t.kolom,
        "tercetak": _nilai_temuan(t.tercetak),
        "terhitung": _nilai_temuan(t.dihitung),
        "selisih": _nilai_temuan(t.selisih),
        "aturan": t.alasan,
        "jenis": t.jenis,
        "pesan": str(t),
        "sel": cari_sel(t, sajian),
        "tempat": list(t.tempat),
        "sebaran": [{"tempat": tempat, "tercetak": _nilai_temuan(v)} for tempat, v in t.sebaran],
        "akibat": [temuan_data(a, sajian) for a in t.akibat],
    }


def info_laporan(laporan: Laporan) -> dict[str, Any]:
    """Unit dan periode laporan, dengan judul yang sama dengan keluaran teks."""
    unit, periode = laporan.unit, laporan.periode
    return {
        "judul": laporan.judul,
        "unit": unit.nama,
        "instansi": unit.instansi,
        "kabupaten": unit.kabupaten,
        "tahun": periode.tahun,
        "triwulan": None if periode.triwulan is None else periode.triwulan.value,
    }


def info_evaluasi(judul: str, jenis: str) -> dict[str, Any]:
    """Judul dan jenis (``ikm``/``lke``) berkas evaluasi, di tempat ``laporan``."""
    return {"judul": judul, "jenis": jenis}


def dokumen(
    laporan: Laporan | dict[str, Any],
    sajian: Iterable[Sajian],
    temuan: Sequence[Temuan] | None = None,
) -> dict[str, Any]:
    """Dokumen JSON v1: ``versi``, ``laporan``, ``tabel`` (id → tabel) dan, untuk ``periksa``,
    ``temuan``. Untuk berkas evaluasi, ``laporan`` adalah :func:`info_evaluasi`."""
    daftar = list(sajian)
    hasil: dict[str, Any] = {
        "versi": VERSI,
        "laporan": info_laporan(laporan) if isinstance(laporan, Laporan) else laporan,
        "tabel": {s.id: tabel_data(s) for s in daftar},
    }
    if temuan is not None:
        hasil["temuan"] = [temuan_data(t, daftar) for t in temuan]
    return hasil
