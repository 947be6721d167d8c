"""Pesan galat struktur berkas laporan yang bisa ditemukan orang di berkasnya.

Setiap kesalahan menyebut tempatnya seperti orang membacanya — nomor indikator dihitung dari 1
beserta namanya (``indikator ke-2 ("Jumlah desa")``), dan nomor baris bila bisa ditemukan —,
apa yang diizinkan, dan kunci atau nilai sah terdekat (``maksud Anda 'satuan'?``). Galat
sintaks TOML/JSON (sebelum strukturnya dibaca): :mod:`kinerja.laporan.galat_sintaks`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

import attrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kinerja._isian import saran
from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, TahunTidakSah, tampil_aman

__all__ = [
    "Tempat",
    "berkas_tidak_sah",
    "galat_struktur",
    "galat_struktur_rinci",
    "jalur_mesin",
]

_Jalur = tuple[str | int, ...]
Tempat = Callable[[_Jalur], "str | None"]
"""Sel buku kerja untuk jalur sebuah kesalahan (mis. ``Indikator!D7``), bila diketahui."""

# isian yang menamai unsur sebuah daftar, dan sebutan unsurnya
_NAMA_UNSUR = {
    "indikator": ("nama", "indikator"),
    "anggaran": ("uraian", "anggaran"),
    "desa": ("nama", "desa"),
    "kegiatan": ("nama", "kegiatan"),
}

_Leluhur = tuple[tuple[_Jalur, type], ...]


def _telusuri(
    galat: BaseException, jalur: _Jalur, leluhur: _Leluhur = ()
) -> Iterator[tuple[_Jalur, BaseException, _Leluhur]]:
    """Galat daun dengan jalurnya dan kelas-kelas (beserta jalurnya) yang memuatnya."""
    if isinstance(galat, IterableValidationError):
        dengan, tanpa = galat.group_exceptions()
        for sub, catatan in dengan:
            yield from _telusuri(sub, (*jalur, catatan.index), leluhur)
        for sub in tanpa:
            yield jalur, sub, leluhur
    elif isinstance(galat, ClassValidationError):
        leluhur = (*leluhur, (jalur, galat.cl))
        dengan_, tanpa_ = galat.group_exceptions()
        for sub, catatan_ in dengan_:
            yield from _telusuri(sub, (*jalur, catatan_.name), leluhur)
        for sub in tanpa_:
            yield from _telusuri(sub, jalur, leluhur)
    elif isinstance(galat, TahunTidakSah):  # syarat tahun laporan: satu kesalahan per jalur
        for tempat, pesan in galat.kesalahan:
            yield tempat, InputTidakSah(pesan), leluhur
    else:
        yield jalur, galat, leluhur


def _petunjuk_urutan(kunci: str, jalur: _Jalur, leluhur: _Leluhur, cari: _Pencari) -> str:
    """Petunjuk bila ``kunci`` milik tabel di atasnya: di TOML kunci sesudah ``[tabel]``
    masuk ke tabel itu, jadi kunci yang ditulis di bawah kepala tabel berpindah tempat."""
    if not jalur:
        return ""
    nama_tabel = ".".join(str(seg) for seg in jalur if isinstance(seg, str))
    kepala = f"[[{nama_tabel}]]" if isinstance(jalur[-1], int) else f"[{nama_tabel}]"
    if not cari.ada_kepala(kepala):
        return ""  # bukan TOML (JSON menulis sarangnya sendiri)
    for jalur_induk, kelas in reversed(leluhur[:-1]):
        if attrs.has(kelas) and kunci in {f.name for f in attrs.fields(kelas)}:
            tempat = "tingkat atas laporan" if not jalur_induk else f"tabel {jalur_induk[0]}"
            sebelum = "sebelum tabel pertama" if not jalur_induk else "sebelum sub-tabelnya"
            return (
                f"; {tampil_aman(kunci)} adalah kunci {tempat}: di TOML setiap kunci sesudah "
                f"kepala {kepala} masuk ke tabel itu, jadi tulis {kunci} = … di atas, {sebelum}"
            )
    return ""


class _Pencari:
    """Nomor baris di teks berkas (perkiraan terbaik: TOML dan JSON yang ditulis orang)."""

    def __init__(self, teks: str | None) -> None:
        self.baris = [] if teks is None else teks.splitlines()

    def unsur(self, jalur_tabel: str, indeks: int, nama: str | None, mulai: int) -> int | None:
        pola = re.compile(rf"^\s*\[\[\s*{re.escape(jalur_tabel)}\s*\]\]")
        kepala = [i for i, b in enumerate(self.baris) if pola.match(b)]
        if indeks < len(kepala):
            return kepala[indeks]
        if nama is not None:
            return self._cari(re.compile(re.escape(f'"{nama}"')), mulai)
        return None

    def kunci(self, kunci: str, mulai: int) -> int | None:
        return self._cari(re.compile(rf'(^|[\s{{,"]){re.escape(kunci)}"?\s*[=:]'), mulai)

    def tabel(self, jalur_tabel: str) -> int | None:
        return self._cari(re.compile(rf"^\s*\[\s*{re.escape(jalur_tabel)}\s*\]"), 0)

    def ada_kepala(self, kepala: str) -> bool:
        return any(b.strip() == kepala for b in self.baris)

    def _cari(self, pola: re.Pattern[str], mulai: int) -> int | None:
        for i in range(max(mulai, 0), len(self.baris)):
            if pola.search(self.baris[i]):
                return i
        return None


def _lokasi(jalur: _Jalur, data: object, cari: _Pencari) -> tuple[list[str], int | None]:
    """Bagian tempat yang terbaca orang, dan indeks baris (dari 0) terdekat bila ditemukan."""
    bagian: list[str] = []
    simpul: object = data
    baris: int | None = None
    kunci_tabel: list[str] = []
    for seg in jalur:
        if isinstance(seg, int) and isinstance(simpul, Sequence) and not isinstance(simpul, str):
            unsur = simpul[seg] if 0 <= seg < len(simpul) else None
            induk = bagian.pop() if bagian else "unsur"
            isian, sebutan = _NAMA_UNSUR.get(induk, ("nama", induk))
            nama = unsur.get(isian) if isinstance(unsur, Mapping) else unsur
            nama = nama if isinstance(nama, str) else None
            bagian.append(f"{sebutan} ke-{seg + 1}" + (f' ("{nama}")' if nama else ""))
            ketemu = cari.unsur(".".join(kunci_tabel), seg, nama, baris or 0)
            baris = ketemu if ketemu is not None else baris
            simpul = unsur
        elif isinstance(simpul, Mapping) and seg in simpul:
            bagian.append(f"[{seg!r}]" if not _adalah_isian(seg) else str(seg))
            if isinstance(seg, str):
                kunci_tabel.append(seg)
                tabel = cari.tabel(".".join(kunci_tabel)) if baris is None else None
                ketemu = cari.kunci(seg, baris or 0) if tabel is None else tabel
                baris = ketemu if ketemu is not None else baris
            simpul = simpul[seg]
        else:
            bagian.append(str(seg))
            simpul = None
    return bagian, baris


def _adalah_isian(seg: object) -> bool:
    return isinstance(seg, str) and seg.isidentifier()


def _pesan(galat: BaseException) -> Iterator[tuple[str | None, str]]:
    """(kunci yang bermasalah bila diketahui, pesan) untuk satu galat daun."""
    if isinstance(galat, ForbiddenExtraKeysError):
        sah = [f.name for f in attrs.fields(galat.cl)] if attrs.has(galat.cl) else []
        for kunci in sorted(galat.extra_fields):
            dekat = saran(kunci, sah).removeprefix("; ")
            sebutan = f"kunci tidak dikenal {kunci!r}" + (f" ({dekat})" if dekat else "")
            yield kunci, f"{sebutan}; kunci yang sah di sini: {', '.join(sah)}"
    elif isinstance(galat, KeyError):
        yield None, "wajib diisi"
    elif isinstance(galat, KinerjaError):
        yield None, str(galat)
    else:
        yield None, f"nilai tidak sah: {galat}"


def _kunci_teks_tercetak(jalur: _Jalur) -> str | None:
    """Kunci ``tercetak.teks`` untuk isian di jalur (mis. ``realisasi.tw4``), bila ada barisnya."""
    unsur = max((i for i, seg in enumerate(jalur) if isinstance(seg, int)), default=None)
    if unsur is None:
        return None
    sisa = [str(seg) for seg in jalur[unsur + 1 :]]
    if sisa[:1] == ["tercetak"]:
        sisa = sisa[1:]
    return ".".join(sisa) or None


def _isi_kunci_tercetak(pesan: str, jalur: _Jalur) -> str:
    if "<isian>" not in pesan:
        return pesan
    kunci = _kunci_teks_tercetak(jalur)
    if kunci is None:  # angka ringkasan: tidak punya tercetak.teks
        return pesan.split(". Bila laporan", 1)[0]
    return pesan.replace("<isian>", f'"{kunci}"' if "." in kunci else kunci)


def jalur_mesin(jalur: Sequence[object]) -> str:
    """Jalur untuk program: ``indikator[0].realisasi.tw3`` (indeks dari 0, kunci aneh dikutip).

    >>> jalur_mesin(("indikator", 0, "realisasi", "tw3")), jalur_mesin(("a b", 1))
    ('indikator[0].realisasi.tw3', '["a b"][1]')
    """
    hasil = ""
    for seg in jalur:
        if isinstance(seg, int):
            hasil += f"[{seg}]"
        elif _adalah_isian(seg):
            hasil += f".{seg}" if hasil else str(seg)
        else:
            hasil += f"[{json.dumps(str(seg), ensure_ascii=False)}]"
    return hasil


_ISIAN_DI_PESAN = re.compile(r"'([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)'")
"""Nama isian yang mengawali pesan aturan (``'pagu' harus >= 0 …``)."""


def _jalur_sel(jalur: _Jalur, kunci: str | None, pesan: str) -> _Jalur:
    """Jalur untuk mencari sel: kunci yang bermasalah, atau isian yang disebut di awal pesan
    galat aturan baris (pagu negatif: sel pagu, bukan seluruh baris); sel yang tidak tercatat
    jatuh ke sel/baris awalan terpanjang."""
    if kunci is not None:
        return (*jalur, kunci)
    if m := _ISIAN_DI_PESAN.match(pesan):
        return (*jalur, *m.group(1).split("."))
    return jalur


def galat_struktur_rinci(
    galat: BaseException, data: object, teks: str | None, tempat_sel: Tempat | None = None
) -> tuple[tuple[str, str, str], ...]:
    """Setiap kesalahan struktur: (jalur untuk program, tempat untuk orang, pesan).

    ``tempat_sel`` (buku kerja Excel) memberi sel untuk jalur kesalahan; sel itu mengawali
    tempatnya (mis. ``Indikator!D7: indikator ke-1 …``).
    """
    cari = _Pencari(teks)
    hasil: list[tuple[str, str, str]] = []
    for jalur, daun, leluhur in _telusuri(galat, ()):
        bagian, baris = _lokasi(jalur, data, cari)
        for kunci, pesan_daun in _pesan(daun):
            pesan = pesan_daun
            if kunci is not None and isinstance(daun, ForbiddenExtraKeysError):
                pesan += _petunjuk_urutan(kunci, jalur, leluhur, cari)
            baris_kunci = cari.kunci(kunci, baris or 0) if kunci is not None else None
            nomor = baris_kunci if baris_kunci is not None else baris
            tempat = ".".join(bagian) or "laporan"
            if nomor is not None:
                tempat += f" (baris {nomor + 1})"
            sel = None if tempat_sel is None else tempat_sel(_jalur_sel(jalur, kunci, pesan_daun))
            if sel:
                tempat = f"{sel}: {tempat}"
            mesin = jalur_mesin((*jalur, kunci) if kunci is not None else jalur)
            hasil.append((mesin, tempat, _isi_kunci_tercetak(pesan, jalur)))
    return tuple(hasil)


def berkas_tidak_sah(sumber: str, rinci: tuple[tuple[str, str, str], ...]) -> BerkasTidakSah:
    """Satu :class:`~kinerja.galat.BerkasTidakSah` untuk semua kesalahan struktur berkas
    (:func:`galat_struktur_rinci`): ringkasan lima pertama, setiap kesalahan, dan pasangan
    (jalur, pesan) untuk program."""
    kesalahan = tuple(f"{letak}: {pesan}" for _, letak, pesan in rinci)
    ringkas = "; ".join(kesalahan[:5]) + (" …" if len(kesalahan) > 5 else "")
    return BerkasTidakSah(
        f"{sumber}: {len(kesalahan)} kesalahan: {ringkas}",
        kesalahan,
        tuple((jalur, f"{letak}: {pesan}") for jalur, letak, pesan in rinci),
    )


def galat_struktur(
    galat: BaseException, data: object, teks: str | None, tempat_sel: Tempat | None = None
) -> tuple[str, ...]:
    """Semua kesalahan struktur berkas, masing-masing dengan tempat yang bisa ditemukan orang."""
    return tuple(
        f"{tempat}: {pesan}"
        for _, tempat, pesan in galat_struktur_rinci(galat, data, teks, tempat_sel)
    )
