"""Jalur cepat: aturan yang sama atas jutaan baris, dengan numpy dan pandas.

Pasang dengan ``pip install 'kinerja[pandas]'``; inti kinerja tidak pernah mengimpor modul ini.
Jalur Decimal (``kinerja.capaian`` dkk.) tepat untuk satu laporan; jalur ini untuk data
sebesar provinsi atau nasional, dengan ``float64``.

Masukan boleh ``numpy.ndarray``, ``pandas.Series`` atau daftar angka; keluaran mengikuti
masukan (``Series`` dengan indeks yang sama bila masukannya ``Series``).

Baris tidak sah — target ≤ 0, pagu 0, realisasi di atas pagu, NaN atau tak hingga di masukan,
tidak ada nilai triwulan yang dilaporkan, nilai di luar skala — menjadi NaN (atau kategori
kosong pada predikat), **tidak pernah angka diam-diam**. Jumlahnya dilaporkan lewat peringatan
:class:`BarisTidakSah` (atribut ``jumlah`` dan ``alasan``), dan ``numpy.isnan(hasil)`` adalah
maskernya. Dengan ``strict=True`` baris tidak sah menjadi galat
:class:`~kinerja.galat.InputTidakSah` yang menyebut jumlah dan baris pertamanya.

Hasil yang dibulatkan dengan :func:`bulatkan` (setengah ke atas, 2 tempat) sama dengan jalur
Decimal yang dibulatkan sama, untuk angka laporan biasa (≤ 2 tempat desimal, target dan nilai
TW ≤ 10.000, capaian ≤ 10.000%): diuji sebagai properti hypothesis. Di luar itu float64 bisa
memutuskan seri 0,005 berbeda; pakai jalur Decimal.

>>> import numpy as np
>>> from kinerja import vektor
>>> vektor.bulatkan(vektor.capaian(np.array([95.45, 10.0]), np.array([95.27, 8.0]),
...                                polaritas=["positif", "negatif"]))
array([ 99.81, 120.  ])
"""

from __future__ import annotations

import functools
import warnings
from typing import Any, TypeAlias

from kinerja.galat import ExtraTidakTerpasang, InputTidakSah, TipeTidakSah

try:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd
except ImportError as _galat:  # pragma: no cover - diuji dengan menyembunyikan numpy
    raise ExtraTidakTerpasang(
        "kinerja.vektor butuh numpy dan pandas: pasang dengan pip install 'kinerja[pandas]'"
    ) from _galat

from kinerja.indikator import Kumulasi, Polaritas
from kinerja.periode import Triwulan
from kinerja.predikat import SkalaPredikat

__all__ = [
    "BarisTidakSah",
    "bulatkan",
    "capaian",
    "efisiensi",
    "predikat",
    "sampai_dengan",
    "serapan",
    "tambah_kolom_kinerja",
]

Larik: TypeAlias = npt.NDArray[np.float64]
Masukan: TypeAlias = "npt.ArrayLike | pd.Series[Any]"


class BarisTidakSah(UserWarning):
    """Peringatan: ada baris tidak sah yang hasilnya NaN; ``jumlah`` dan ``alasan`` terbaca."""

    def __init__(self, pesan: str, jumlah: int, alasan: str) -> None:
        super().__init__(pesan)
        self.jumlah = jumlah
        self.alasan = alasan


def _larik(nilai: object, nama: str) -> Larik:
    if isinstance(nilai, pd.Series):
        nilai = nilai.to_numpy()
    try:
        hasil = np.asarray(nilai, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TipeTidakSah(
            f"'{nama}' harus larik angka (diberikan {type(nilai).__name__})"
        ) from exc
    if hasil.ndim != 1:
        raise InputTidakSah(f"'{nama}' harus larik 1 dimensi (diberikan bentuk {hasil.shape})")
    return hasil


def _indeks(*masukan: object) -> pd.Index[Any] | None:
    for m in masukan:
        if isinstance(m, pd.Series):
            return m.index
    return None


def _keluaran(hasil: Larik, indeks: pd.Index[Any] | None, nama: str) -> Any:
    return hasil if indeks is None else pd.Series(hasil, index=indeks, name=nama)


def _samakan_panjang(**larik: Larik) -> int:
    panjang = {k: len(v) for k, v in larik.items()}
    if len(set(panjang.values())) > 1:
        raise InputTidakSah(f"panjang larik harus sama (diberikan {panjang})")
    return next(iter(panjang.values()))


def _laporkan(tidak_sah: npt.NDArray[np.bool_], alasan: str, strict: bool) -> None:
    jumlah = int(np.count_nonzero(tidak_sah))
    if not jumlah:
        return
    pertama = int(np.argmax(tidak_sah))
    pesan = f"{jumlah} baris tidak sah ({alasan}); baris pertama: {pertama}"
    if strict:
        raise InputTidakSah(pesan)
    warnings.warn(BarisTidakSah(pesan + "; hasilnya NaN", jumlah, alasan), stacklevel=3)


def _tidak_hingga(hasil: Larik, tidak_sah: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Jadikan NaN baris ``tidak_sah`` dan semua baris tak hingga; kembalikan masker gabungannya.

    Setelah baris tidak sah menjadi NaN, masker gabungan persis baris yang tidak hingga, jadi
    larik ``tidak_sah`` dipakai ulang sebagai tempatnya (tanpa alokasi tambahan).
    """
    hasil[tidak_sah] = np.nan
    np.isfinite(hasil, out=tidak_sah)
    np.logical_not(tidak_sah, out=tidak_sah)
    hasil[tidak_sah] = np.nan  # ±inf menjadi NaN
    return tidak_sah


def _negatif(polaritas: object, n: int) -> bool | npt.NDArray[np.bool_]:
    """Masker polaritas negatif: satu nilai untuk semua baris, atau satu per baris."""
    if isinstance(polaritas, (Polaritas, str)):
        return Polaritas.dari(polaritas) is Polaritas.NEGATIF
    if isinstance(polaritas, pd.Series):
        polaritas = polaritas.to_numpy()
    larik = np.asarray(polaritas)
    if larik.ndim != 1 or len(larik) != n:
        raise InputTidakSah(f"'polaritas' harus satu nilai atau larik sepanjang {n} baris")
    if larik.dtype == np.bool_:
        return larik
    teks_larik = np.char.lower(np.char.strip(larik.astype(str)))
    nilai_dikenal = np.isin(
        teks_larik, ["positif", "negatif", "polaritas.positif", "polaritas.negatif"]
    )
    if not nilai_dikenal.all():
        contoh = larik[int(np.argmin(nilai_dikenal))]
        raise InputTidakSah(f"'polaritas' harus 'positif' atau 'negatif' (diberikan {contoh!r})")
    return np.char.endswith(teks_larik, "negatif")


def capaian(
    target: Masukan,
    realisasi: Masukan,
    polaritas: object = Polaritas.POSITIF,
    *,
    strict: bool = False,
) -> Any:
    """Capaian per baris dalam persen: ``R/T×100`` atau ``(2T−R)/T×100`` untuk negatif.

    Target ≤ 0 dan NaN/tak hingga → NaN (atau galat bila ``strict``).
    """
    t = _larik(target, "target")
    r = _larik(realisasi, "realisasi")
    n = _samakan_panjang(target=t, realisasi=r)
    negatif = _negatif(polaritas, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        hasil = np.divide(r, t)
        hasil *= 100.0
    if negatif is True:
        np.subtract(200.0, hasil, out=hasil)
    elif negatif is not False:
        np.subtract(200.0, hasil, out=hasil, where=negatif)
    tidak_sah = _tidak_hingga(hasil, np.less_equal(t, 0.0))
    _laporkan(tidak_sah, "target <= 0, NaN atau tak hingga", strict)
    return _keluaran(hasil, _indeks(target, realisasi), "capaian")


def serapan(pagu: Masukan, realisasi: Masukan, *, strict: bool = False) -> Any:
    """Serapan per baris: ``realisasi / pagu × 100``.

    Pagu 0, nilai negatif, realisasi di atas pagu, dan NaN → NaN (atau galat bila ``strict``).
    """
    p = _larik(pagu, "pagu")
    r = _larik(realisasi, "realisasi")
    _samakan_panjang(pagu=p, realisasi=r)
    with np.errstate(divide="ignore", invalid="ignore"):
        hasil = np.divide(r, p)
        hasil *= 100.0
    lebih = np.greater(r, p)
    lebih |= r < 0
    tidak_sah = _tidak_hingga(hasil, lebih)
    _laporkan(tidak_sah, "pagu 0, negatif, realisasi di atas pagu, NaN atau tak hingga", strict)
    return _keluaran(hasil, _indeks(pagu, realisasi), "serapan")


def efisiensi(capaian_kinerja: Masukan, serapan_anggaran: Masukan, *, strict: bool = False) -> Any:
    """Efisiensi per baris dalam poin persen: capaian kinerja − serapan anggaran."""
    c = _larik(capaian_kinerja, "capaian_kinerja")
    s = _larik(serapan_anggaran, "serapan_anggaran")
    _samakan_panjang(capaian_kinerja=c, serapan_anggaran=s)
    hasil = np.subtract(c, s)
    tidak_sah = _tidak_hingga(hasil, np.zeros(len(hasil), dtype=np.bool_))
    _laporkan(tidak_sah, "NaN atau tak hingga", strict)
    return _keluaran(hasil, _indeks(capaian_kinerja, serapan_anggaran), "efisiensi")


def sampai_dengan(
    nilai_tw: npt.ArrayLike | pd.DataFrame,
    kumulasi: Kumulasi | str,
    triwulan: Triwulan | int | str,
    *,
    strict: bool = False,
) -> Any:
    """Nilai "s.d. TW n" per baris dari larik (n, 4); NaN berarti triwulan itu tidak dilaporkan.

    Baris tanpa satu nilai pun sampai TW n → NaN (atau galat bila ``strict``).
    """
    jenis = Kumulasi.dari(kumulasi)
    tw = Triwulan.dari(triwulan)
    indeks = nilai_tw.index if isinstance(nilai_tw, pd.DataFrame) else None
    try:
        larik = np.asarray(nilai_tw, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TipeTidakSah("'nilai_tw' harus larik angka berbentuk (n, 4)") from exc
    if larik.ndim != 2 or larik.shape[1] != 4:
        raise InputTidakSah(f"'nilai_tw' harus berbentuk (n, 4) (diberikan {larik.shape})")
    bagian = larik[:, : tw.value]
    ada = ~np.isnan(bagian)
    jumlah_ada = ada.sum(axis=1)
    if jenis is Kumulasi.AKHIR:
        hasil = np.full(len(larik), np.nan)
        for kolom in range(tw.value):
            np.copyto(hasil, bagian[:, kolom], where=ada[:, kolom])
    else:
        hasil = np.where(ada, bagian, 0.0).sum(axis=1)
        if jenis is Kumulasi.RATA_RATA:
            with np.errstate(divide="ignore", invalid="ignore"):
                hasil /= jumlah_ada
    tidak_sah = _tidak_hingga(hasil, jumlah_ada == 0)
    _laporkan(tidak_sah, f"tidak ada nilai dilaporkan sampai {tw}, atau tak hingga", strict)
    return _keluaran(hasil, indeks, f"sd_{tw.name}")


@functools.lru_cache(maxsize=32)
def _jenis_kategori(skala: SkalaPredikat) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(pd.Index([p.label for p in skala.pita]), ordered=True)


@functools.lru_cache(maxsize=32)
def _ambang(skala: SkalaPredikat) -> tuple[Larik, npt.NDArray[np.bool_]]:
    """Batas antar-pita dan apakah batas itu milik pita di atasnya (disimpan per skala)."""
    # SkalaPredikat menjamin hanya pita pertama yang boleh tak terbatas di bawah
    batas = np.array([float(p.bawah or 0) for p in skala.pita[1:]], dtype=np.float64)
    milik_atas = np.array([p.termasuk_bawah for p in skala.pita[1:]], dtype=np.bool_)
    return batas, milik_atas


def _lewati(x: Larik, batas: float, termasuk: bool) -> npt.NDArray[np.bool_]:
    hasil: npt.NDArray[np.bool_] = (np.greater_equal if termasuk else np.greater)(x, batas)
    return hasil


def predikat(nilai: Masukan, skala: SkalaPredikat, *, strict: bool = False) -> Any:
    """Predikat per baris sebagai ``pandas.Categorical`` berlabel pita (urut naik).

    NaN dan nilai di luar skala → kategori kosong (NaN), atau galat bila ``strict``.
    Untuk masukan ``Series`` hasilnya ``Series`` berjenis kategori.
    """
    if not isinstance(skala, SkalaPredikat):
        raise TipeTidakSah(f"'skala' harus SkalaPredikat (diberikan {skala!r})")
    x = _larik(nilai, "nilai")
    batas, milik_atas = _ambang(skala)
    # Kode pita = banyaknya batas yang sudah dilewati: k perbandingan berurutan ke int8, jauh
    # lebih cepat dari searchsorted untuk skala kecil (5–7 pita).
    if len(skala.pita) > 127:
        raise InputTidakSah(f"skala {skala.nama!r} punya lebih dari 127 pita")
    if len(batas):
        # perbandingan pertama langsung menjadi larik kode (bool dan int8 sama-sama 1 bait)
        kode: npt.NDArray[np.int8] = _lewati(x, batas[0], bool(milik_atas[0])).view(np.int8)
    else:
        kode = np.zeros(len(x), dtype=np.int8)
    lewat = np.empty(len(x), dtype=np.bool_)
    for b, atas in zip(batas[1:], milik_atas[1:], strict=True):
        (np.greater_equal if atas else np.greater)(x, b, out=lewat)
        kode += lewat.view(np.int8)
    tidak_sah = np.isnan(x)
    bawah, atas_skala = skala.pita[0], skala.pita[-1]
    if bawah.bawah is not None:
        tidak_sah |= (x < float(bawah.bawah)) if bawah.termasuk_bawah else (x <= float(bawah.bawah))
    if atas_skala.atas is not None:
        tidak_sah |= (
            (x > float(atas_skala.atas))
            if atas_skala.termasuk_atas
            else (x >= float(atas_skala.atas))
        )
    kode[tidak_sah] = -1
    _laporkan(tidak_sah, f"NaN atau di luar skala {skala.nama!r}", strict)
    kategori = pd.Categorical.from_codes(kode, dtype=_jenis_kategori(skala), validate=False)
    indeks = _indeks(nilai)
    if indeks is None:
        return kategori
    return pd.Series(kategori, index=indeks, name="predikat")


def bulatkan(nilai: Masukan, tempat: int = 2) -> Any:
    """Bulatkan setengah ke atas (menjauhi nol) seperti ``kinerja.bulatkan``, untuk float.

    Nilai diskalakan lalu dirapikan ke 7 desimal dulu, agar galat biner float (mis.
    1,005 yang tersimpan 1,00499999…) tidak membalik seri 0,005.
    """
    if isinstance(tempat, bool) or not isinstance(tempat, int) or not 0 <= tempat <= 10:
        raise InputTidakSah(f"'tempat' harus bilangan bulat 0–10 (diberikan {tempat!r})")
    x = _larik(nilai, "nilai")
    skala = 10.0**tempat
    s = np.round(x * skala, 7)
    hasil = np.copysign(np.floor(np.abs(s) + 0.5), s) / skala
    return _keluaran(hasil, _indeks(nilai), getattr(nilai, "name", None) or "nilai")


def _kolom(df: pd.DataFrame, nama: str, peran: str) -> pd.Series[Any]:
    if nama not in df.columns:
        raise InputTidakSah(
            f"kolom {peran} {nama!r} tidak ada di DataFrame (kolom: {list(df.columns)})"
        )
    return df[nama]


def tambah_kolom_kinerja(
    df: pd.DataFrame,
    *,
    target: str = "target",
    realisasi: str = "realisasi",
    polaritas: str | Polaritas = Polaritas.POSITIF,
    pagu: str | None = None,
    realisasi_anggaran: str | None = None,
    skala: SkalaPredikat | None = None,
    strict: bool = False,
) -> pd.DataFrame:
    """Salinan ``df`` dengan kolom ``capaian``, ``predikat`` dan (bila ada pagu) ``serapan``.

    ``polaritas`` adalah nama kolom polaritas, atau satu nilai untuk semua baris.
    ``skala`` bawaan: :data:`~kinerja.predikat.SKALA_LKJ`.
    """
    from kinerja.predikat import SKALA_LKJ

    if not isinstance(df, pd.DataFrame):
        raise TipeTidakSah(f"'df' harus pandas.DataFrame (diberikan {type(df).__name__})")
    if isinstance(polaritas, str) and polaritas in df.columns:
        arah: object = df[polaritas]
    else:
        arah = polaritas
    hasil = df.copy()
    hasil["capaian"] = capaian(
        _kolom(df, target, "target"), _kolom(df, realisasi, "realisasi"), arah, strict=strict
    )
    hasil["predikat"] = predikat(hasil["capaian"], skala or SKALA_LKJ, strict=strict)
    if (pagu is None) != (realisasi_anggaran is None):
        raise InputTidakSah("'pagu' dan 'realisasi_anggaran' harus diberikan bersama")
    if pagu is not None and realisasi_anggaran is not None:
        hasil["serapan"] = serapan(
            _kolom(df, pagu, "pagu"),
            _kolom(df, realisasi_anggaran, "realisasi_anggaran"),
            strict=strict,
        )
    return hasil
