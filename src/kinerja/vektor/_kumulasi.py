"""Nilai "s.d. TW n" per baris: aturan :func:`kinerja.sampai_dengan` atas larik (n, 4)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.galat import InputTidakSah, TipeTidakSah
from kinerja.indikator import Kumulasi
from kinerja.periode import Triwulan
from kinerja.vektor._kolom import (
    LUAR_BATAS,
    Larik,
    di_luar_batas,
    enum_per_baris,
    indeks_sama,
    keluaran,
    larik,
    masker_anggota,
    terapkan,
)
from kinerja.vektor._peringatan import laporkan, tandai
from kinerja.vektor._pustaka import bingkai_asing


def _larik_tw(nilai_tw: object) -> tuple[Larik, object | None]:
    """Nilai TW I–IV berbentuk (n, 4) menjadi float64, dan bingkai asalnya (untuk keluaran).

    Bingkai pandas, polars atau pyarrow dibaca per kolom seperti larik (teks juga).
    """
    asing = bingkai_asing(nilai_tw)
    if isinstance(nilai_tw, pd.DataFrame) or asing is not None:
        bentuk = nilai_tw.shape if asing is None else asing.shape  # type: ignore[attr-defined]
        if bentuk[1] != 4:
            raise InputTidakSah(f"'nilai_tw' harus berbentuk (n, 4) (diberikan {bentuk})")
        if asing is None:
            seri = [nilai_tw.iloc[:, j] for j in range(4)]  # type: ignore[attr-defined]
        else:
            seri = [asing.get_column(k).to_native() for k in asing.columns]
        kolom = [larik(x, f"nilai_tw[{Triwulan(j + 1)}]") for j, x in enumerate(seri)]
        asal = nilai_tw if asing is None else seri[0]
        return (np.column_stack(kolom) if bentuk[0] else np.empty((0, 4))), asal
    try:
        mentah: npt.NDArray[Any] = np.asarray(nilai_tw)
        if mentah.dtype.kind not in "fiub":
            mentah = np.array(nilai_tw, dtype=object)
    except (TypeError, ValueError) as exc:
        raise TipeTidakSah("'nilai_tw' harus larik angka berbentuk (n, 4)") from exc
    if mentah.ndim != 2 or mentah.shape[1] != 4:
        raise InputTidakSah(f"'nilai_tw' harus berbentuk (n, 4) (diberikan {mentah.shape})")
    if mentah.dtype.kind in "fiu":
        return mentah.astype(np.float64, copy=False), None
    kolom = [larik(mentah[:, j], f"nilai_tw[{Triwulan(j + 1)}]") for j in range(4)]
    return (np.column_stack(kolom) if len(mentah) else np.empty((0, 4))), None


def sampai_dengan(
    nilai_tw: npt.ArrayLike | pd.DataFrame | Sequence[Sequence[object]],
    kumulasi: object,
    triwulan: Triwulan | int | str,
    *,
    strict: bool = False,
) -> Any:
    """Nilai "s.d. TW n" per baris dari larik (n, 4); NaN berarti triwulan itu tidak dilaporkan.

    ``kumulasi`` boleh satu nilai atau satu per baris. Baris tanpa satu nilai pun sampai TW n,
    atau dengan nilai tak hingga atau ``|x| ≥ 10²⁴`` di TW mana pun → NaN (atau galat bila
    ``strict``).
    """
    indeks_sama(nilai_tw=nilai_tw, kumulasi=kumulasi)
    tw = Triwulan.dari(triwulan)
    larik_tw, asal = _larik_tw(nilai_tw)
    n = len(larik_tw)
    jenis = enum_per_baris(kumulasi, n, "kumulasi", Kumulasi.dari)
    bagian = larik_tw[:, : tw.value]
    ada = ~np.isnan(bagian)
    jumlah_ada = ada.sum(axis=1)
    hasil = np.full(n, np.nan)
    kumulatif = masker_anggota(jenis, Kumulasi.KUMULATIF)
    rata_rata = masker_anggota(jenis, Kumulasi.RATA_RATA)
    akhir = masker_anggota(jenis, Kumulasi.AKHIR)
    if kumulatif is not False or rata_rata is not False:
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            jumlah = np.where(ada, bagian, 0.0).sum(axis=1)
            terapkan(hasil, kumulatif, jumlah)
            terapkan(hasil, rata_rata, jumlah / jumlah_ada)
    if akhir is not False:
        terakhir = np.full(n, np.nan)
        for kolom in range(tw.value):
            np.copyto(terakhir, bagian[:, kolom], where=ada[:, kolom])  # yang terakhir dilaporkan
        terapkan(hasil, akhir, terakhir)
    sebab = {
        f"tidak ada nilai dilaporkan sampai {tw}": jumlah_ada == 0,
        LUAR_BATAS: di_luar_batas(larik_tw),
    }
    laporkan(tandai(hasil, sebab), n, strict, None if asal is None else _indeks(asal))
    return keluaran(hasil, asal, f"sd_{tw.name}")


def _indeks(asal: object) -> pd.Index[Any] | None:
    return asal.index if isinstance(asal, (pd.DataFrame, pd.Series)) else None
