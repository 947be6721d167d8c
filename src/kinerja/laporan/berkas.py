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

import contextlib
import datetime
import json
import types
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kinerja.galat import (
    BerkasTidakSah,
    InputTidakSah,
    KinerjaError,
    TipeTidakSah,
    tampil_aman,
)
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas, pengurai_angka, periksa_batas
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.konverter import KONVERTER, KONVERTER_CEPAT
from kinerja.laporan.model import Laporan, pastikan_laporan

if TYPE_CHECKING:  # tomllib diimpor saat berkas TOML dibaca (_tomllib)
    import tomllib

    from kinerja.laporan.lokasi_galat import Tempat

__all__ = [
    "BATAS_BAWAAN",
    "KONVERTER",
    "BatasBerkas",
    "FormatBerkas",
    "baca_laporan",
    "baca_laporan_bait",
    "baca_laporan_teks",
    "ke_data",
    "teks_dari_bait",
    "tulis_laporan",
    "tulis_laporan_teks",
]

FormatBerkas = Literal["toml", "json"]


def _dari_data(
    data: object, sumber: str, teks: str | None = None, *, tempat: Tempat | None = None
) -> Laporan:
    """Data bertipe dasar (dari TOML, JSON atau buku kerja Excel) → Laporan, lewat KONVERTER.

    ``tempat`` (buku kerja) memberi sel untuk jalur sebuah kesalahan, mis. ``Indikator!D7``.
    """
    if not isinstance(data, Mapping):
        raise BerkasTidakSah(f"{sumber}: isi berkas harus berupa tabel/objek laporan")
    # Jalur cepat: kait dan pemeriksaan yang sama tanpa validasi rinci cattrs. Galat apa pun di
    # sana → konverter rinci mengulang dari awal (konversi tanpa efek samping), agar galat dan
    # tempatnya sama persis dengan membaca lewat KONVERTER saja.
    with contextlib.suppress(Exception):
        cepat: Laporan = KONVERTER_CEPAT.structure(data, Laporan)
        return cepat
    try:
        laporan: Laporan = KONVERTER.structure(data, Laporan)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as galat:
        # hanya bila ada galat: modul pesan galat tidak dimuat untuk berkas yang sah
        from kinerja.laporan.lokasi_galat import berkas_tidak_sah, galat_struktur_rinci
        from kinerja.laporan.syarat_tahun_berkas import kesalahan_tahun_sebagian

        rinci = galat_struktur_rinci(galat, data, teks, tempat) + kesalahan_tahun_sebagian(
            galat, data, teks
        )
        raise berkas_tidak_sah(sumber, rinci) from galat
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
    return _dari_data(urai_teks(teks, format, sumber, batas), sumber, teks)


def urai_teks(teks: str, format: FormatBerkas, sumber: str, batas: BatasBerkas) -> object:
    """Teks TOML/JSON → data bertipe dasar (angka pecahan sebagai Decimal), batas diperiksa."""
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
        from kinerja.laporan.galat_sintaks import galat_toml

        pesan = galat_toml(galat, teks)
        pemisah = " " if pesan.startswith("baris ") else ": "
        raise BerkasTidakSah(f"{sumber}{pemisah}{pesan}") from galat
    except json.JSONDecodeError as galat:
        from kinerja.laporan.galat_sintaks import galat_json

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
    return data


def _tolak_konstanta(nama: str) -> object:
    raise InputTidakSah(f"{nama} bukan angka yang sah dalam laporan")


def _format_dari_nama(jalur: Path) -> FormatBerkas:
    akhiran = jalur.suffix.lower()
    if akhiran == ".toml":
        return "toml"
    if akhiran == ".json":
        return "json"
    raise InputTidakSah(f"berkas {str(jalur)!r}: akhiran harus .toml, .json atau .xlsx")


def _periksa_jenis_batas(batas: object) -> None:
    if not isinstance(batas, BatasBerkas):
        raise TipeTidakSah(f"'batas' harus BatasBerkas (diberikan {tampil_aman(batas)})")


def _jenis(jenis: object) -> FormatBerkas:
    if jenis == "toml" or jenis == "json":
        return jenis
    raise InputTidakSah(f"'jenis' harus 'toml' atau 'json' (diberikan {tampil_aman(jenis)})")


def baca_laporan(
    jalur: str | Path, *, batas: BatasBerkas = BATAS_BAWAAN, jenis: FormatBerkas | None = None
) -> Laporan:
    """Baca berkas laporan ``.toml``, ``.json`` atau ``.xlsx`` (ukurannya diperiksa dulu).

    ``jenis`` (``"toml"``/``"json"``) menyebut formatnya untuk berkas tanpa akhiran yang dikenal
    (mis. berkas unggahan sementara); tanpa ``jenis``, format dari akhiran nama.
    """
    _periksa_jenis_batas(batas)
    p = jalur_berkas(jalur)
    if jenis is None and p.suffix.lower() == ".xlsx":  # buku kerja isian (extra excel)
        from kinerja.laporan.excel_masuk import baca_excel

        return baca_excel(p, batas=batas)
    format = _format_dari_nama(p) if jenis is None else _jenis(jenis)
    return baca_laporan_teks(baca_teks_berkas(p, batas), format, str(p), batas=batas)


def baca_teks_berkas(p: Path, batas: BatasBerkas) -> str:
    """Isi berkas teks UTF-8, ukurannya diperiksa sebelum dibaca; galat menyebut berkasnya."""
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
    return teks_dari_bait(isi, f"berkas {nama!r}", batas)


def baca_laporan_bait(
    isi: bytes, jenis: FormatBerkas, sumber: str = "<bait>", *, batas: BatasBerkas = BATAS_BAWAAN
) -> Laporan:
    """Baca laporan dari bait UTF-8 (stdin, badan permintaan HTTP); ukurannya diperiksa dulu."""
    _periksa_jenis_batas(batas)
    if not isinstance(isi, bytes):
        raise TipeTidakSah(f"'isi' harus bytes (diberikan {type(isi).__name__})")
    if not isinstance(sumber, str):
        raise TipeTidakSah(f"'sumber' harus str (diberikan {tampil_aman(sumber)})")
    format = _jenis(jenis)
    return baca_laporan_teks(teks_dari_bait(isi, sumber, batas), format, sumber, batas=batas)


def teks_dari_bait(isi: bytes, sebutan: str, batas: BatasBerkas) -> str:
    """Teks UTF-8 dari bait, ukurannya diperiksa dulu; galat menyebut ``sebutan``."""
    if len(isi) > batas.ukuran_bait:
        raise BerkasTidakSah(f"{sebutan}: lebih dari batas {batas.ukuran_bait} bait")
    try:
        return isi.decode("utf-8")
    except UnicodeDecodeError as galat:
        raise BerkasTidakSah(f"{sebutan} bukan teks UTF-8") from galat


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
        import tomli_w  # hanya untuk menulis TOML

        return tomli_w.dumps(data)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_bawaan) + "\n"
    raise InputTidakSah(f"'format' harus 'toml' atau 'json' (diberikan {tampil_aman(format)})")


def tulis_laporan(laporan: Laporan, jalur: str | Path) -> None:
    """Tulis laporan ke berkas ``.toml``, ``.json`` atau ``.xlsx`` (format dari akhiran nama)."""
    p = jalur_berkas(jalur)
    if p.suffix.lower() == ".xlsx":
        from kinerja.laporan.excel_isian import tulis_buku_isian

        tulis_buku_isian(laporan, p)
        return
    p.write_text(tulis_laporan_teks(laporan, _format_dari_nama(p)), encoding="utf-8")
