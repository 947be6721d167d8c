"""Dari kolom masukan ke larik ``float64``: angka apa adanya, teks lewat ``kinerja.angka``.

Teks dibaca sel demi sel dengan :func:`~kinerja.angka.ke_desimal` (aturan
:func:`~kinerja.angka.baca_angka`: "1.000" adalah seribu) lalu dijadikan float; teks yang ditolak
``baca_angka`` ditolak dengan galat yang sama, ditambah kolom dan barisnya. Tidak ada pengurai
kedua. Nilai yang ditolak jalur Decimal karena besarnya (≥ 10²⁴) atau tak hingga menjadi baris
tidak sah (lihat :func:`di_luar_batas`); sel kosong (``None``, NaN, ``pd.NA``) menjadi NaN.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeAlias, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.angka import DIGIT_BULAT_MAKSIMUM, DIGIT_PECAHAN_MAKSIMUM, ke_desimal
from kinerja.galat import FormatAngkaSalah, InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.vektor._pustaka import ke_numpy, seri_seperti

Larik: TypeAlias = npt.NDArray[np.float64]
Masker: TypeAlias = npt.NDArray[np.bool_]
Masukan: TypeAlias = "npt.ArrayLike | pd.Series[Any] | Sequence[object]"
"""Kolom: larik numpy, ``Series``, atau daftar angka, teks angka dan sel kosong."""
E = TypeVar("E", bound=enum.Enum)

BATAS = float(10**DIGIT_BULAT_MAKSIMUM)
"""Nilai dengan ``|x| ≥ 10²⁴`` ditolak ``ke_desimal``; di jalur cepat barisnya tidak sah."""
BATAS_KECIL = 10.0**-DIGIT_PECAHAN_MAKSIMUM
"""Nilai bukan nol dengan ``|x| < 10⁻²⁴`` juga ditolak ``ke_desimal``; di sini pun tidak sah."""
LUAR_BATAS = "tak hingga atau di luar batas angka (|x| >= 1e24, 0 < |x| < 1e-24)"
"""Alasan baris tidak sah untuk nilai yang ditolak ``ke_desimal`` karena besarnya."""


def nama_baris(posisi: int, indeks: pd.Index[Any] | None) -> str:
    """Baris untuk pesan galat: urutan dari 0, dan label indeksnya bila ada."""
    if indeks is None or isinstance(indeks, pd.RangeIndex):
        return f"baris {posisi}"
    return f"baris {posisi} (indeks {tampil_aman(indeks[posisi])})"


def _tolak_bool(nama: str, contoh: object) -> TipeTidakSah:
    return TipeTidakSah(f"'{nama}' harus angka, bukan bool (diberikan {tampil_aman(contoh)})")


def _sel(x: object, nama: str, cache: dict[str, float]) -> float:
    """Satu sel kolom campuran menjadi float; ``None``/NaN/``pd.NA`` berarti kosong (NaN)."""
    if isinstance(x, str):
        if x not in cache:
            cache[x] = float(ke_desimal(x, nama))
        return cache[x]
    if isinstance(x, (bool, np.bool_)):
        raise _tolak_bool(nama, x)
    if isinstance(x, (float, np.floating)):
        return float(x)  # jalur float: float diterima apa adanya (NaN = kosong)
    if isinstance(x, (int, np.integer)):
        bulat = int(x)  # bilangan bulat numpy adalah bilangan bulat tepat
        return float(bulat) if abs(bulat) < 10**DIGIT_BULAT_MAKSIMUM else np.copysign(np.inf, bulat)
    if isinstance(x, Decimal):
        return float(x) if not x.is_snan() else np.nan  # NaN/tak hingga → baris tidak sah
    if x is None or x is pd.NA or x is pd.NaT:
        return np.nan
    raise TipeTidakSah(
        f"'{nama}' harus angka atau teks angka (diberikan {type(x).__name__} {tampil_aman(x)})"
    )


def _dari_objek(sel: npt.NDArray[Any], nama: str, indeks: pd.Index[Any] | None) -> Larik:
    hasil = np.empty(len(sel), dtype=np.float64)
    cache: dict[str, float] = {}  # teks yang sama dibaca sekali
    for posisi, x in enumerate(sel):
        try:
            hasil[posisi] = _sel(x, nama, cache)
        except FormatAngkaSalah as exc:
            raise FormatAngkaSalah(f"{exc}; {nama_baris(posisi, indeks)}", exc.saran) from exc
        except KinerjaError as exc:
            raise type(exc)(f"{exc}; {nama_baris(posisi, indeks)}") from exc
    return hasil


def larik(nilai: object, nama: str) -> Larik:
    """Kolom (``Series`` pandas/polars, kolom pyarrow, larik, daftar) menjadi float64 1 dimensi."""
    nilai = ke_numpy(nilai)
    indeks = nilai.index if isinstance(nilai, pd.Series) else None
    if isinstance(nilai, pd.Series):
        if pd.api.types.is_bool_dtype(nilai.dtype):
            raise _tolak_bool(nama, nilai.dtype)
        if nilai.dtype == np.float64:
            hasil: Larik = nilai.to_numpy()  # tanpa salinan (hanya dibaca)
            return hasil
        if (
            pd.api.types.is_numeric_dtype(nilai.dtype)
            and not pd.api.types.is_complex_dtype(nilai.dtype)
            and not isinstance(nilai.dtype, pd.CategoricalDtype)
        ):
            return nilai.to_numpy(dtype=np.float64, na_value=np.nan)  # Int64/Float64 dgn NA
        mentah: npt.NDArray[Any] = nilai.to_numpy(dtype=object)
    elif isinstance(nilai, (str, bytes)):
        raise TipeTidakSah(
            f"'{nama}' harus larik angka, bukan satu teks (diberikan {tampil_aman(nilai)})"
        )
    else:
        try:
            mentah = np.asarray(nilai)
            if not isinstance(nilai, np.ndarray) and mentah.dtype.kind not in "fiub":
                mentah = np.array(nilai, dtype=object)  # jangan jadikan 5.0 teks "5.0"
        except (TypeError, ValueError) as exc:
            raise TipeTidakSah(
                f"'{nama}' harus larik angka (diberikan {type(nilai).__name__})"
            ) from exc
    if mentah.ndim != 1:
        raise InputTidakSah(f"'{nama}' harus larik 1 dimensi (diberikan bentuk {mentah.shape})")
    jenis = mentah.dtype.kind
    if jenis == "b":
        raise _tolak_bool(nama, mentah.dtype)
    if jenis in "fiu":
        return mentah.astype(np.float64, copy=False)
    if jenis in "OU":
        return _dari_objek(mentah, nama, indeks)
    raise TipeTidakSah(f"'{nama}' harus larik angka (diberikan larik berjenis {mentah.dtype})")


_POTONGAN = 1 << 18
"""Baris per potongan pemeriksaan: penyangga maskernya 256 KB, bukan n bait."""


def _mungkin_luar(x: Larik, dua_sisi: bool) -> bool:
    """Apakah ``x`` mungkin punya nilai di luar batas, tanpa larik sepanjang ``x``.

    Per potongan (yang sesudah perbandingan pertama sudah ada di cache): reduksi maks untuk
    ``x ≥ 10²⁴`` dan ``+∞``, lalu satu perbandingan ``x < 10⁻²⁴`` ke penyangga masker yang
    dipakai ulang; hanya calonnya (nol, negatif, yang kecil — biasanya segelintir) yang diambil
    dan diperiksa penuh, termasuk ``x ≤ −10²⁴`` dan ``−∞`` (yang juga calon). NaN tidak pernah
    menjadi calon. ``dua_sisi=False``: hanya sisi atas.
    """
    if not dua_sisi:
        return bool(np.fmax.reduce(x, axis=None) >= BATAS)
    penyangga = np.empty((min(len(x), _POTONGAN), *x.shape[1:]), dtype=np.bool_)
    for awal in range(0, len(x), _POTONGAN):
        potongan = x[awal : awal + _POTONGAN]
        if np.fmax.reduce(potongan, axis=None) >= BATAS:
            return True
        calon = penyangga[: len(potongan)]
        np.less(potongan, BATAS_KECIL, out=calon)
        if calon.any():
            nilai = potongan[calon]
            if np.any((nilai <= -BATAS) | ((nilai > -BATAS_KECIL) & (nilai != 0.0))):
                return True
    return False


def di_luar_batas(*semua: Larik, dua_sisi: bool = True) -> Masker | None:
    """Masker baris yang salah satu nilainya tak hingga, ``|x| ≥ 10²⁴`` atau bukan nol dengan
    ``|x| < 10⁻²⁴`` (batas ``ke_desimal``); None bila tidak ada.

    Larik 2 dimensi diperiksa per baris. NaN tidak termasuk (NaN berarti kosong dan menjalar ke
    hasil). Pemeriksaan awalnya (:func:`_mungkin_luar`) tidak membuat larik sepanjang masukan,
    sehingga larik yang sah tidak membayar masker. ``dua_sisi=False`` hanya memeriksa sisi
    atas, untuk larik yang pemanggilnya sudah menandai setiap nilai ``< 10⁻²⁴`` (termasuk nol
    dan negatif) tidak sah: target (``t < 10⁻²⁴``), penyebut, batas atas rentang (``> t``),
    pagu.
    """
    masker: Masker | None = None
    for x in semua:
        if not x.size or not _mungkin_luar(x, dua_sisi):
            continue
        with np.errstate(invalid="ignore"):
            mutlak = np.abs(x)
            luar: Masker = np.greater_equal(mutlak, BATAS)
            luar |= (mutlak < BATAS_KECIL) & (mutlak != 0.0)
        if luar.ndim == 2:
            luar = np.logical_or.reduce(luar, axis=1)
        masker = luar if masker is None else masker | luar
    return masker


def terapkan(hasil: Larik, masker: bool | Masker, nilai: Larik) -> None:
    """Salin ``nilai`` ke ``hasil`` pada baris ``masker`` (``True`` = semua baris)."""
    if masker is True:
        hasil[:] = nilai
    elif masker is not False:
        np.copyto(hasil, nilai, where=masker)


def indeks_dari(*masukan: object) -> pd.Index[Any] | None:
    """Indeks ``Series`` masukan pertama, bila ada."""
    for m in masukan:
        if isinstance(m, pd.Series):
            return m.index
    return None


def keluaran(hasil: Larik, asal: object | None, nama: str) -> Any:
    """Larik, ``Series`` berindeks sama dengan masukannya, atau kolom pustaka asalnya."""
    if asal is None:
        return hasil
    if isinstance(asal, (pd.Series, pd.DataFrame)):
        return pd.Series(hasil, index=asal.index, name=nama)
    return seri_seperti(asal, nama, hasil)


def gabung_masker(masker: Sequence[Masker | None]) -> Masker | None:
    """Gabungan (atau) masker yang ada; None bila tidak ada satu pun."""
    hasil: Masker | None = None
    for m in masker:
        if m is not None:
            hasil = m if hasil is None else hasil | m
    return hasil


def indeks_sama(**masukan: object) -> None:
    """``Series``/``DataFrame`` pandas yang dihitung bersama harus berindeks sama (baris
    dipasangkan menurut posisi, pandas menurut label); galat yang menyebut keduanya."""
    pertama: tuple[str, pd.Index[Any]] | None = None
    for nama, m in masukan.items():
        if not isinstance(m, (pd.Series, pd.DataFrame)):
            continue
        if pertama is None:
            pertama = (nama, m.index)
        elif not m.index.equals(pertama[1]):
            raise InputTidakSah(
                f"indeks '{nama}' berbeda dengan indeks '{pertama[0]}': baris dipasangkan menurut "
                f"posisi, bukan label; selaraskan dulu, mis. "
                f"{nama}.reindex({pertama[0]}.index), atau berikan .to_numpy()"
            )


def samakan_panjang(**larik_: object) -> int:
    """Panjang bersama semua larik; galat bila berbeda."""
    panjang = {k: len(v) for k, v in larik_.items()}  # type: ignore[arg-type]
    if len(set(panjang.values())) > 1:
        raise InputTidakSah(f"panjang larik harus sama (diberikan {panjang})")
    return next(iter(panjang.values()))


def enum_per_baris(
    nilai: object, n: int, nama: str, dari: Callable[[object], E], kosong: E | None = None
) -> E | tuple[npt.NDArray[np.intp], tuple[E, ...]]:
    """Satu anggota enum untuk semua baris, atau (kode per baris, anggota per kode).

    Setiap label berbeda dibaca sekali oleh konverter enum itu sendiri (``Polaritas.dari``
    dkk.); label yang ditolak menjadi galat yang menyebut baris pertamanya dan nilainya. Sel
    kosong (``None``, NaN) menjadi ``kosong`` bila diberikan, selain itu ditolak seperti label
    lain.
    """
    if isinstance(nilai, (enum.Enum, str)):
        return dari(nilai)
    nilai = ke_numpy(nilai)
    indeks = nilai.index if isinstance(nilai, pd.Series) else None
    if isinstance(nilai, pd.Series):
        nilai = nilai.to_numpy(dtype=object)
    try:
        larik_enum = np.array(nilai, dtype=object)
        if larik_enum.ndim != 1 or len(larik_enum) != n:
            raise InputTidakSah(f"'{nama}' harus satu nilai atau larik sepanjang {n} baris")
        kode, unik = pd.factorize(larik_enum, use_na_sentinel=False)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, KinerjaError):
            raise
        raise TipeTidakSah(f"'{nama}' harus satu nilai atau larik label per baris") from exc
    anggota = []
    for k, label_asli in enumerate(unik):
        # bilangan bulat numpy (dari factorize) adalah bilangan bulat tepat
        label = int(label_asli) if isinstance(label_asli, np.integer) else label_asli
        try:
            anggota.append(kosong if kosong is not None and _kosong(label) else dari(label))
        except KinerjaError as exc:
            posisi = int(np.argmax(kode == k))
            raise type(exc)(f"kolom '{nama}', {nama_baris(posisi, indeks)}: {exc}") from exc
    return kode, tuple(anggota)


def masker_anggota(
    per_baris: E | tuple[npt.NDArray[np.intp], tuple[E, ...]], anggota: E
) -> bool | Masker:
    """``True``/``False`` untuk semua baris, atau masker baris yang bernilai ``anggota``."""
    if isinstance(per_baris, enum.Enum):
        return per_baris is anggota
    kode, daftar = per_baris
    cocok = np.array([a is anggota for a in daftar], dtype=np.bool_)
    if cocok.all():
        return True
    if not cocok.any():
        return False
    hasil: Masker = cocok[kode]
    return hasil


def _kosong(x: object) -> bool:
    return x is None or x is pd.NA or (isinstance(x, (float, np.floating)) and bool(np.isnan(x)))
