"""Pesan galat sintaks berkas TOML dan JSON dalam Bahasa Indonesia, dengan nomor barisnya.

Dipakai saat pengurai menolak teks berkas (sebelum strukturnya dibaca); pesan galat struktur
ada di :mod:`kinerja.laporan.lokasi_galat`. Angka bernotasi Indonesia yang tidak berkutip
(kesalahan paling umum) mendapat cara menulisnya dengan nilai pengguna sendiri.

>>> import tomllib
>>> try:
...     tomllib.loads("[indikator]\\nrealisasi = { tw4 = 66,7 }\\n")
... except tomllib.TOMLDecodeError as galat:
...     print(galat_toml(galat, "[indikator]\\nrealisasi = { tw4 = 66,7 }\\n"))
baris 2: angka bernotasi Indonesia ditulis sebagai teks berkutip: tw4 = "66,7" (bukan tw4 = 66,7)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # tomllib diimpor hanya saat berkas TOML dibaca
    import tomllib

__all__ = ["galat_json", "galat_toml"]

_POSISI_TOML = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_ANGKA_INDONESIA = re.compile(
    r"(?P<kunci>[A-Za-z_][\w-]*)\s*=\s*(?P<angka>[+-]?\d[\d.]*,\d+|[+-]?\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?)"
)
_PESAN_TOML = {
    # semua pesan tomllib (Python 3.11–3.13), dicocokkan dari awalnya
    "Illegal character": "karakter tidak sah (teks yang belum ditutup kutipnya?)",
    "Expected '=' after a key": "sesudah kunci harus ada '=' (teks harus berkutip)",
    "Invalid value": 'nilai tidak sah: teks ditulis berkutip, mis. nama = "…"',
    "Expected newline or end of document": "sesudah satu nilai harus ganti baris",
    "Unclosed array": "daftar [ … ] tidak ditutup dengan ']'",
    "Unclosed inline table": "tabel { … } tidak ditutup dengan '}' (harus dalam satu baris)",
    "Unclosed": "kurung atau kutip tidak ditutup",
    "Unterminated string": "teks tidak ditutup kutipnya",
    "Cannot overwrite a value": "kunci ditulis dua kali",
    "Cannot declare": "tabel ditulis dua kali",
    "Cannot redefine namespace": "tabel ditulis dua kali",
    "Cannot mutate immutable namespace": "tabel sebaris { … } tak boleh ditambah kunci sesudahnya",
    "Duplicate inline table key": "kunci ditulis dua kali di tabel { … }",
    "Expected ']' at the end of a table declaration": "nama tabel [ … ] harus ditutup ']'",
    "Expected ']]' at the end of an array declaration": "nama tabel [[ … ]] harus ditutup ']]'",
    "Expected": "tanda yang diharapkan tidak ada",
    "Found invalid character": "karakter tidak sah",
    "Invalid date or datetime": "tanggal tidak sah (tulis TTTT-BB-HH dengan tanggal yang ada, "
    "mis. 2024-02-29)",
    "Invalid hex value": "kode heksadesimal tidak sah",
    "Invalid initial character for a key part": "kunci harus diawali huruf, angka, '_' atau '-'",
    "Invalid statement": "baris ini bukan kunci = nilai, [tabel], atau [[daftar tabel]]",
    "Escaped character is not a Unicode scalar value": "kode \\u di teks tidak sah",
    "Unescaped '\\' in a string": "garis miring terbalik di teks harus ditulis '\\\\'",
}
_PESAN_JSON = {
    "Expecting property name enclosed in double quotes": "nama kunci harus berkutip ganda "
    '("kunci"); koma sesudah unsur terakhir tidak boleh',
    "Expecting value": "nilai tidak ada atau tidak sah (teks berkutip ganda, angka, true/false, "
    "null, [ … ] atau { … })",
    "Expecting ',' delimiter": "koma antar-unsur tidak ada",
    "Expecting ':' delimiter": "titik dua sesudah nama kunci tidak ada",
    "Extra data": "ada isi lagi sesudah objek JSON selesai",
    "Unterminated string starting at": "teks tidak ditutup kutipnya",
    "Invalid control character at": "karakter kendali (mis. ganti baris) di dalam teks",
    "Invalid \\escape": "garis miring terbalik di teks harus ditulis '\\\\'",
    "Invalid \\uXXXX escape": "kode \\u di teks tidak sah",
}


def galat_json(pesan: str) -> str:
    """Pesan ``json.JSONDecodeError`` dalam Bahasa Indonesia (pesan asing tetap disebut)."""
    for awal, terjemahan in _PESAN_JSON.items():
        if pesan.startswith(awal):
            return terjemahan
    return f"pesan pengurai: {pesan}"


def galat_toml(galat: tomllib.TOMLDecodeError, teks: str) -> str:
    """Pesan galat pengurai TOML dengan nomor baris, dan cara menulis angka Indonesia."""
    asli = str(galat)
    posisi = _POSISI_TOML.search(asli)
    inti = asli[: posisi.start()] if posisi else asli
    if posisi is None:
        tempat = " di akhir berkas" if inti.endswith("(at end of document)") else ""
        inti = inti.removesuffix(" (at end of document)")
        return f"TOML tidak sah{tempat}: {_terjemah(inti)}"
    nomor = int(posisi.group(1))
    baris = teks.splitlines()[nomor - 1] if 0 < nomor <= len(teks.splitlines()) else ""
    angka = _ANGKA_INDONESIA.search(baris)
    if angka is not None:
        kunci, nilai = angka.group("kunci"), angka.group("angka")
        return (
            f"baris {nomor}: angka bernotasi Indonesia ditulis sebagai teks berkutip: "
            f'{kunci} = "{nilai}" (bukan {kunci} = {nilai})'
        )
    return (
        f"baris {nomor} kolom {posisi.group(2)}: TOML tidak sah: {_terjemah(inti)}: {baris.strip()}"
    )


def _terjemah(pesan: str) -> str:
    for awal, terjemahan in _PESAN_TOML.items():
        if pesan.startswith(awal):
            return terjemahan
    return f"pesan pengurai: {pesan}"
