"""Berkas laporan: TOML (ditulis tangan) dan JSON (pertukaran e-SAKIP), lewat satu konverter cattrs.

Format lengkapnya: ``docs/format-berkas.md``; skema JSON:
``kinerja/laporan/data/laporan.schema.json``.

Angka boleh ditulis sebagai bilangan (dibaca tepat sebagai ``Decimal``, tidak pernah lewat
``float``) atau teks bernotasi Indonesia (``"1.780.578.508"``, ``"95,45"``). Saat menulis,
kinerja selalu menulis angka sebagai teks bernotasi Indonesia dengan semua digitnya, sehingga
berkas → Laporan → berkas tidak kehilangan apa pun.

Kesalahan menyebut berkas, jalur di dalamnya (mis. ``indikator[2].realisasi.tw3``) dan nilainya;
semua kesalahan dalam satu berkas dilaporkan sekaligus (:class:`~kinerja.galat.BerkasTidakSah`).

>>> from kinerja.laporan.contoh import teks_contoh
>>> lap = baca_laporan_teks(teks_contoh("kalaena-2024-tw1"), "toml")
>>> str(lap.periode), lap.unit.instansi
('TW I 2024', 'Kecamatan Kalaena')
>>> baca_laporan_teks(tulis_laporan_teks(lap, "json"), "json") == lap
True
"""

from __future__ import annotations

import datetime
import json
import os
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import cattrs
import tomli_w
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kinerja.fasilitasi import RekapFasilitasi
from kinerja.galat import (
    BerkasTidakSah,
    InputTidakSah,
    KinerjaError,
    TipeTidakSah,
    tampil_aman,
)
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas, pengurai_angka, periksa_batas
from kinerja.laporan.kait_berkas import angka_berkas, pasang_kait_masukan
from kinerja.laporan.lokasi_galat import galat_json, galat_struktur, galat_toml
from kinerja.laporan.model import Laporan, pastikan_laporan
from kinerja.periode import Periode, Triwulan
from kinerja.teks_angka import tulis_angka_tepat

if TYPE_CHECKING:  # tomllib diimpor saat berkas TOML dibaca (_tomllib)
    import tomllib

__all__ = [
    "BATAS_BAWAAN",
    "KONVERTER",
    "BatasBerkas",
    "FormatBerkas",
    "baca_laporan",
    "baca_laporan_teks",
    "ke_data",
    "tulis_laporan",
    "tulis_laporan_teks",
]

FormatBerkas = Literal["toml", "json"]


_TANDA_CENTANG = frozenset("√✓✔vV1xX")
_TANDA_KOSONG = frozenset("-–0 .·")


def _struktur_teks(nilai: object, _: object) -> str:
    if not isinstance(nilai, str):
        raise TipeTidakSah(f"harus teks (diberikan {nilai!r})")
    return nilai


def _struktur_bulat(nilai: object, _: object) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(f"harus bilangan bulat (diberikan {nilai!r})")
    return nilai


def _struktur_bool(nilai: object, _: object) -> bool:
    if not isinstance(nilai, bool):
        raise TipeTidakSah(f"harus true/false (diberikan {nilai!r})")
    return nilai


def _struktur_tanggal(nilai: object, _: object) -> datetime.date:
    if isinstance(nilai, datetime.datetime):
        raise TipeTidakSah(f"harus tanggal tanpa jam, mis. 2024-12-30 (diberikan {nilai!r})")
    if isinstance(nilai, datetime.date):
        return nilai
    if isinstance(nilai, str):
        try:
            return datetime.date.fromisoformat(nilai)
        except ValueError as exc:
            raise InputTidakSah(
                f"tanggal harus berbentuk TTTT-BB-HH, mis. 2024-12-30 (diberikan {nilai!r})"
            ) from exc
    raise TipeTidakSah(f"harus tanggal TTTT-BB-HH (diberikan {nilai!r})")


def _struktur_daftar_teks(nilai: object, _: object) -> tuple[str, ...]:
    """Satu teks atau daftar teks (mis. rujukan 'anggaran' sebuah indikator)."""
    if isinstance(nilai, str):
        return (nilai,)
    if isinstance(nilai, list) and all(isinstance(v, str) for v in nilai):
        return tuple(nilai)
    raise TipeTidakSah(f"harus teks atau daftar teks (diberikan {nilai!r})")


def _struktur_triwulan(nilai: object, _: object) -> Triwulan:
    return Triwulan.dari(nilai)


def _baris_centang(nilai: object, nama: str) -> list[bool]:
    if isinstance(nilai, list):
        if not all(isinstance(v, bool) for v in nilai):
            raise TipeTidakSah(f"centang {nama!r} harus daftar true/false (diberikan {nilai!r})")
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
                    f"centang {nama!r}: tanda {tanda!r} tidak dikenal; pakai '√' untuk "
                    f"dicentang dan '-' untuk kosong (diberikan {nilai!r})"
                )
        return hasil
    raise TipeTidakSah(f"centang {nama!r} harus teks '√√-' atau daftar true/false")


def _struktur_fasilitasi(nilai: object, _: object) -> RekapFasilitasi:
    if not isinstance(nilai, Mapping):
        raise TipeTidakSah(f"'fasilitasi' harus tabel dengan 'desa' dan 'kegiatan' ({nilai!r})")
    lebih = set(nilai) - {"desa", "kegiatan"}
    if lebih:
        raise InputTidakSah(f"kunci tidak dikenal di 'fasilitasi': {', '.join(sorted(lebih))}")
    kegiatan = nilai.get("kegiatan")
    if not isinstance(kegiatan, list):
        raise TipeTidakSah("'fasilitasi.kegiatan' harus daftar tabel {nama, centang}")
    centang: dict[str, list[bool]] = {}
    for i, k in enumerate(kegiatan):
        if not isinstance(k, Mapping) or set(k) != {"nama", "centang"}:
            raise InputTidakSah(
                f"'fasilitasi.kegiatan[{i}]' harus berisi tepat 'nama' dan 'centang'"
            )
        nama = _struktur_teks(k["nama"], None)
        if nama in centang:
            raise InputTidakSah(f"'fasilitasi.kegiatan[{i}]': kegiatan {nama!r} tertulis dua kali")
        centang[nama] = _baris_centang(k["centang"], nama)
    return RekapFasilitasi(desa=nilai.get("desa"), centang=centang)


def _urai_fasilitasi(rekap: RekapFasilitasi) -> dict[str, Any]:
    return {
        "desa": list(rekap.desa),
        "kegiatan": [
            {"nama": nama, "centang": "".join("√" if c else "-" for c in baris)}
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


def _buat_konverter(*, kait_opsional: bool = True) -> cattrs.Converter:
    """Konverter berkas; ``kait_opsional=False`` memakai kait ``X | None`` bawaan cattrs
    (pembanding di uji)."""
    konverter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
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
    return konverter


KONVERTER = _buat_konverter()
"""Satu-satunya konverter cattrs untuk berkas laporan (TOML dan JSON)."""


def _dari_data(data: object, sumber: str, teks: str | None = None) -> Laporan:
    if not isinstance(data, Mapping):
        raise BerkasTidakSah(f"{sumber}: isi berkas harus berupa tabel/objek laporan")
    try:
        laporan: Laporan = KONVERTER.structure(data, Laporan)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as galat:
        kesalahan = galat_struktur(galat, data, teks)
        ringkas = "; ".join(kesalahan[:5]) + (" …" if len(kesalahan) > 5 else "")
        raise BerkasTidakSah(
            f"{sumber}: {len(kesalahan)} kesalahan: {ringkas}", kesalahan
        ) from galat
    except KinerjaError as galat:
        raise BerkasTidakSah(f"{sumber}: {galat}", (str(galat),)) from galat
    return laporan


def baca_laporan_teks(
    teks: str, format: FormatBerkas, sumber: str = "<teks>", *, batas: BatasBerkas = BATAS_BAWAAN
) -> Laporan:
    """Baca laporan dari teks TOML atau JSON; ``sumber`` dipakai di pesan galat."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'teks' harus str (diberikan {type(teks).__name__})")
    _periksa_jenis_batas(batas)
    if not isinstance(sumber, str):
        raise TipeTidakSah(f"'sumber' harus str (diberikan {tampil_aman(sumber)})")
    if len(teks) > batas.ukuran_bait:
        raise BerkasTidakSah(
            f"{sumber}: {len(teks)} karakter, lebih dari batas {batas.ukuran_bait} bait"
        )
    # Pustaka tidak mengubah keadaan proses (GC): perintah `kinerja` yang mematikan GC siklik
    # selama satu perintah (cli.py), bukan fungsi yang bisa dipanggil beberapa thread sekaligus.
    return _baca_data(teks, format, sumber, batas)


def _tomllib() -> types.ModuleType:
    """``tomllib``, diimpor saat pertama dibutuhkan: perintah atas berkas JSON tidak memuatnya."""
    import tomllib

    return tomllib


def _galat_toml() -> type[tomllib.TOMLDecodeError]:
    # dievaluasi hanya bila ada galat yang sampai ke klausa except-nya
    galat: type[tomllib.TOMLDecodeError] = _tomllib().TOMLDecodeError
    return galat


def _baca_data(teks: str, format: FormatBerkas, sumber: str, batas: BatasBerkas) -> Laporan:
    try:
        if format == "toml":
            data: object = _tomllib().loads(teks, parse_float=pengurai_angka(batas, Decimal))
        elif format == "json":
            data = json.loads(
                teks,
                parse_float=pengurai_angka(batas, Decimal),
                parse_int=pengurai_angka(batas, int),
                parse_constant=_tolak_konstanta,
            )
        else:
            raise InputTidakSah(f"'format' harus 'toml' atau 'json' (diberikan {format!r})")
    except _galat_toml() as galat:
        pesan = galat_toml(galat, teks)
        pemisah = " " if pesan.startswith("baris ") else ": "
        raise BerkasTidakSah(f"{sumber}{pemisah}{pesan}") from galat
    except json.JSONDecodeError as galat:
        raise BerkasTidakSah(
            f"{sumber}: JSON tidak sah di baris {galat.lineno} kolom {galat.colno}: "
            f"{galat_json(galat.msg)}"
        ) from galat
    except RecursionError as galat:
        raise BerkasTidakSah(f"{sumber}: susunan terlalu dalam") from galat
    except KinerjaError as galat:
        raise BerkasTidakSah(f"{sumber}: {galat}") from galat
    except ValueError as galat:  # tomllib: bilangan bulat melebihi batas digit Python
        raise BerkasTidakSah(
            f"{sumber}: bilangan bulat lebih dari {batas.panjang_angka} digit"
        ) from galat
    periksa_batas(data, batas, sumber)
    return _dari_data(data, sumber, teks)


def _tolak_konstanta(nama: str) -> object:
    raise InputTidakSah(f"{nama} bukan angka yang sah dalam laporan")


def _jalur(nilai: object) -> Path:
    if not isinstance(nilai, (str, os.PathLike)):
        raise TipeTidakSah(f"'jalur' harus str atau Path (diberikan {tampil_aman(nilai)})")
    return Path(nilai)


def _format_dari_nama(jalur: Path) -> FormatBerkas:
    akhiran = jalur.suffix.lower()
    if akhiran == ".toml":
        return "toml"
    if akhiran == ".json":
        return "json"
    raise InputTidakSah(f"berkas {str(jalur)!r}: akhiran harus .toml atau .json")


def _periksa_jenis_batas(batas: object) -> None:
    if not isinstance(batas, BatasBerkas):
        raise TipeTidakSah(f"'batas' harus BatasBerkas (diberikan {tampil_aman(batas)})")


def baca_laporan(jalur: str | Path, *, batas: BatasBerkas = BATAS_BAWAAN) -> Laporan:
    """Baca berkas laporan ``.toml`` atau ``.json`` (ukurannya diperiksa sebelum dibaca)."""
    _periksa_jenis_batas(batas)
    p = _jalur(jalur)
    format = _format_dari_nama(p)
    nama = str(p)
    try:
        with p.open("rb") as berkas:
            if p.is_file() and p.stat().st_size > batas.ukuran_bait:
                raise BerkasTidakSah(
                    f"berkas {nama!r}: {p.stat().st_size} bait, lebih dari batas "
                    f"{batas.ukuran_bait} bait"
                )
            isi = berkas.read(batas.ukuran_bait + 1)  # juga aman untuk pipa/perangkat
    except FileNotFoundError as galat:
        raise BerkasTidakSah(f"berkas {nama!r} tidak ditemukan") from galat
    except IsADirectoryError as galat:
        raise BerkasTidakSah(f"{nama!r} adalah folder, bukan berkas laporan") from galat
    except OSError as galat:
        raise BerkasTidakSah(f"berkas {nama!r} tidak bisa dibaca: {galat.strerror}") from galat
    if len(isi) > batas.ukuran_bait:
        raise BerkasTidakSah(f"berkas {nama!r}: lebih dari batas {batas.ukuran_bait} bait")
    try:
        teks = isi.decode("utf-8")
    except UnicodeDecodeError as galat:
        raise BerkasTidakSah(f"berkas {nama!r} bukan teks UTF-8") from galat
    return baca_laporan_teks(teks, format, nama, batas=batas)


def _json_bawaan(nilai: object) -> object:
    if isinstance(nilai, datetime.date):
        return nilai.isoformat()
    raise TypeError(f"tidak bisa ditulis ke JSON: {nilai!r}")  # pragma: no cover


def ke_data(laporan: Laporan) -> dict[str, Any]:
    """Laporan sebagai struktur data bertipe dasar (angka sebagai teks notasi Indonesia)."""
    data: dict[str, Any] = KONVERTER.unstructure(pastikan_laporan(laporan))
    return data


def tulis_laporan_teks(laporan: Laporan, format: FormatBerkas) -> str:
    """Tulis laporan sebagai teks TOML atau JSON."""
    if not isinstance(laporan, Laporan):
        raise TipeTidakSah(f"'laporan' harus Laporan (diberikan {type(laporan).__name__})")
    data = ke_data(laporan)
    if format == "toml":
        return tomli_w.dumps(data)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_bawaan) + "\n"
    raise InputTidakSah(f"'format' harus 'toml' atau 'json' (diberikan {tampil_aman(format)})")


def tulis_laporan(laporan: Laporan, jalur: str | Path) -> None:
    """Tulis laporan ke berkas ``.toml`` atau ``.json`` (format dari akhiran nama)."""
    p = _jalur(jalur)
    p.write_text(tulis_laporan_teks(laporan, _format_dari_nama(p)), encoding="utf-8")
