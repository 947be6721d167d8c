"""Kolom sebuah bingkai pandas, polars atau pyarrow: dicari tanpa peka huruf besar/kecil.

:class:`Bingkai` membaca kolom sebagai kolom pustaka asalnya (``pandas.Series``,
``polars.Series``, ``pyarrow.ChunkedArray``) — aturan menerimanya langsung — dan membuat salinan
bingkai dengan kolom hasil, dalam pustaka yang sama. Pustaka selain pandas lewat ``narwhals``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import narwhals as nw
import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.galat import InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.vektor._pustaka import (
    bingkai_asing,
    kategori_seperti,
    ke_numpy,
    seri_asing,
    seri_seperti,
)

Posisi = npt.NDArray[np.intp]


class Bingkai:
    """Satu bingkai masukan: kolomnya, panjangnya, indeksnya (pandas) dan salinan berkolom baru."""

    def __init__(self, df: object) -> None:
        self.asli = df
        self.asing = bingkai_asing(df)
        if isinstance(df, pd.DataFrame):
            self.kolom: list[object] = list(df.columns)
            self.panjang = len(df)
            self.indeks: pd.Index[Any] | None = df.index
        elif self.asing is not None:
            self.kolom = list(self.asing.columns)
            self.panjang = len(self.asing)
            self.indeks = None
        else:
            raise TipeTidakSah(
                "'df' harus DataFrame pandas atau polars, Table pyarrow, atau DataFrame dask "
                f"(diberikan {type(df).__name__})"
            )

    def _ambil_asli(self, nama: object) -> Any:
        if self.asing is None:
            return self.asli[nama]  # type: ignore[index]
        return self.asing.get_column(str(nama)).to_native()

    def cari(self, nama: str) -> object | None:
        """Nama kolom yang sama dengan ``nama`` tanpa peka huruf besar/kecil, atau None.

        Dua kolom yang hanya beda huruf besar/kecil (``polaritas`` dan ``Polaritas``) ditolak:
        memilih salah satunya diam-diam bisa mengabaikan yang dimaksud.
        """
        lipat = nama.casefold()
        cocok = [k for k in self.kolom if isinstance(k, str) and k.casefold() == lipat]
        if len(cocok) > 1:
            raise InputTidakSah(
                f"kolom {tampil_aman(cocok)} hanya beda huruf besar/kecil, padahal nama kolom "
                "dibaca tanpa peka huruf besar/kecil: ganti nama atau buang salah satunya"
            )
        return cocok[0] if cocok else None

    def ambil(self, nama: str, peran: str) -> Any:
        """Kolom wajib ``nama``; galat yang menyebut kolom yang ada bila tidak ditemukan."""
        if not isinstance(nama, str):
            raise TipeTidakSah(
                f"nama kolom {peran} harus teks "
                f"(diberikan {type(nama).__name__} {tampil_aman(nama)})"
            )
        ada = self.cari(nama)
        if ada is None:
            raise InputTidakSah(
                f"kolom {peran} {tampil_aman(nama)} tidak ada di bingkai "
                f"(kolom: {tampil_aman(self.kolom)})"
            )
        return self._ambil_asli(ada)

    def opsional(self, nama: str | None, bawaan: str) -> Any:
        """Kolom yang disebut, kolom bernama ``bawaan`` bila ada, atau None."""
        if nama is None and self.cari(bawaan) is None:
            return None
        return self.ambil(bawaan if nama is None else nama, bawaan)

    def opsi(self, nilai: object, nama: str, dari: Callable[[object], object]) -> object | None:
        """Opsi per baris: kolom ``nama`` bila ada, kolom lain yang disebut, atau satu nilai.

        Satu nilai untuk semua baris padahal kolom ``nama`` ada ditolak: salah satunya pasti
        diabaikan, dan itu tidak boleh terjadi diam-diam.
        """
        ada = self.cari(nama)
        if nilai is None:
            kolom: object = None if ada is None else self._ambil_asli(ada)
            return kolom
        if isinstance(nilai, str) and (lain := self.cari(nilai)) is not None:
            kolom_lain: object = self._ambil_asli(lain)
            return kolom_lain
        if ada is not None:
            raise InputTidakSah(
                f"{nama}={tampil_aman(nilai)} untuk semua baris, padahal bingkai punya kolom "
                f"{tampil_aman(ada)}: sebut kolomnya ({nama}={tampil_aman(ada)}) atau buang "
                "kolom itu"
            )
        try:
            hasil: object = dari(nilai)
        except KinerjaError as exc:
            if not isinstance(nilai, str):
                raise
            raise InputTidakSah(
                f"{nama}={tampil_aman(nilai)} bukan nama kolom (kolom: {tampil_aman(self.kolom)}) "
                f"dan bukan nilai yang sah: {exc}"
            ) from exc
        return hasil

    def dengan(self, baru: Mapping[str, Any]) -> Any:
        """Salinan bingkai dengan kolom ``baru`` (larik, ``Series`` atau kolom sepustaka)."""
        if self.asing is None:
            hasil = self.asli.copy()  # type: ignore[attr-defined]
            for nama, nilai in baru.items():
                hasil[nama] = nilai
            return hasil
        pertama = self._ambil_asli(self.kolom[0]) if self.kolom else None
        seri = []
        for nama, nilai in baru.items():
            if isinstance(nilai, pd.Categorical):  # predikat dari kolom numpy (s.d. TW n)
                nilai = kategori_seperti(pertama, nama, nilai)
            elif seri_asing(nilai) is None:
                nilai = seri_seperti(pertama, nama, np.asarray(nilai))
            seri.append(nw.from_native(nilai, series_only=True).alias(nama))
        return self.asing.with_columns(seri).to_native()

    def kelompokkan(self, kunci: str | Sequence[str]) -> tuple[Posisi, dict[str, Any], Any]:
        """Kode kelompok per baris, nilai kunci per kelompok (urut kemunculan) dan labelnya.

        Sel kosong di kunci menjadi kelompoknya sendiri; labelnya ``pandas.Index`` (atau
        ``MultiIndex``) untuk pesan peringatan.
        """
        daftar = [kunci] if isinstance(kunci, str) else kunci
        if (
            not isinstance(daftar, (list, tuple))
            or not daftar
            or not all(isinstance(k, str) for k in daftar)
        ):
            raise TipeTidakSah(
                "'kelompok' harus nama kolom atau daftar nama kolom "
                f"(diberikan {tampil_aman(kunci)})"
            )
        nama = [self.cari(k) for k in daftar]
        kolom = [np.asarray(ke_numpy(self.ambil(k, "kelompok"))) for k in daftar]
        kode = np.zeros(self.panjang, dtype=np.int64)
        for k, x in zip(daftar, kolom, strict=True):  # kode gabungan kolom demi kolom
            try:  # (hash per kolom, bukan per tuple)
                if x.ndim != 1:
                    raise ValueError(f"larik {x.ndim} dimensi")
                kode_x, unik_x = pd.factorize(x, use_na_sentinel=False)
            except (TypeError, ValueError) as galat:  # daftar/struktur: tidak bisa di-hash
                raise TipeTidakSah(
                    f"kolom kelompok {tampil_aman(k)} harus berisi nilai tunggal (teks, angka, "
                    f"tanggal), bukan daftar atau struktur ({galat})"
                ) from galat
            kode = kode * max(len(unik_x), 1) + kode_x
        kode_akhir, unik = pd.factorize(kode)
        pertama = np.empty(len(unik), dtype=np.intp)  # baris pertama tiap kelompok
        pertama[kode_akhir[::-1]] = np.arange(self.panjang)[::-1]
        nilai = {str(n): x[pertama] for n, x in zip(nama, kolom, strict=True)}
        label: Any = (
            pd.Index(kolom[0][pertama])
            if len(kolom) == 1
            else pd.MultiIndex.from_arrays([x[pertama] for x in kolom])
        )
        return kode_akhir.astype(np.intp), nilai, label

    def bingkai_baru(self, kolom: Mapping[str, Any]) -> Any:
        """Bingkai baru sepustaka dengan kolom ``kolom`` (mis. satu baris per kelompok)."""
        if self.asing is None:
            return pd.DataFrame({k: np.asarray(v) for k, v in kolom.items()})
        pertama = self._ambil_asli(self.kolom[0])
        seri = {k: seri_seperti(pertama, k, np.asarray(v)) for k, v in kolom.items()}
        data = {k: nw.from_native(s, series_only=True) for k, s in seri.items()}
        return nw.from_dict(data, backend=self.asing.implementation).to_native()
