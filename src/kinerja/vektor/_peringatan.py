"""Baris tidak sah: NaN di hasil, dan satu peringatan :class:`BarisTidakSah` per panggilan.

Setiap aturan memberi masker per alasan (``target ≤ 0``, ``pagu 0`` …); :func:`tandai`
menjadikan barisnya NaN dan mencatat posisinya per alasan. Baris NaN yang tidak punya alasan lain
berasal dari sel kosong: alasannya :data:`KOSONG`. :func:`laporkan` lalu memperingatkan sekali
(atau, bila ``strict``, melempar :class:`~kinerja.galat.InputTidakSah`) dengan hitungan per
alasan dan label indeks beberapa baris pertama, menunjuk baris kode pemanggil. Di dalam
:class:`SatuPeringatan` (mis. ``tambah_kolom_kinerja``) catatan beberapa aturan digabung menjadi
satu peringatan.
"""

from __future__ import annotations

import contextvars
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
import pandas as pd

from kinerja.galat import InputTidakSah, tampil_aman
from kinerja.vektor._kolom import Larik, Masker
from kinerja.vektor._pemanggil import tingkat_pemanggil

KOSONG = "nilai kosong (NaN)"
"""Alasan baris NaN yang tidak punya alasan lain: sel kosong di masukan."""
_CONTOH = 5
Posisi = npt.NDArray[np.intp]


class BarisTidakSah(UserWarning):
    """Peringatan: ada baris tidak sah yang hasilnya NaN (null di polars/pyarrow).

    ``jumlah`` (baris berbeda), ``alasan`` (hitungan per alasan; satu baris bisa punya dua
    alasan), ``contoh`` (label indeks, atau posisi dari 0, beberapa baris pertama) dan
    :meth:`per_baris` (alasan tiap baris, untuk kolom atau masker) terbaca.

    Satu panggilan yang menilai dua hal (``agregat_kelompok``: baris masukan dan kelompok
    hasilnya) tetap memberi satu peringatan; ``bagian`` lalu memuat rincian per hal
    (``"baris"``, ``"kelompok"``) sebagai peringatan tersendiri, dan isian di atas milik bagian
    pertama. Untuk peringatan satu bagian ``bagian`` kosong.
    """

    __module__ = "kinerja.vektor"

    def __init__(
        self,
        pesan: str,
        panjang: int,
        posisi: Mapping[str, Posisi],
        contoh: tuple[object, ...],
        jumlah: int,
    ) -> None:
        super().__init__(pesan)
        self.panjang = panjang
        self.posisi = dict(posisi)
        self.alasan = {k: len(v) for k, v in posisi.items()}
        self.jumlah = jumlah
        self.contoh = contoh
        self.bagian: dict[str, BarisTidakSah] = {}

    def per_baris(self) -> npt.NDArray[np.object_]:
        """Alasan per baris (beberapa dipisah ``"; "``), None untuk baris yang sah."""
        return per_baris(self.panjang, self.posisi)


def per_baris(panjang: int, posisi: Mapping[str, Posisi]) -> npt.NDArray[np.object_]:
    """Larik teks alasan per baris (beberapa dipisah ``"; "``) dari posisi per alasan; None
    untuk baris sah."""
    hasil = np.full(panjang, None, dtype=object)
    for alasan, p in sorted(posisi.items()):  # urutan alfabet, seperti di pesan
        for i in p.tolist():
            hasil[i] = alasan if hasil[i] is None else f"{hasil[i]}; {alasan}"
    return hasil


def tandai(hasil: Larik, sebab: Mapping[str, Masker | Posisi | bool | None]) -> dict[str, Posisi]:
    """Jadikan NaN baris setiap ``sebab`` (masker, atau posisi bila dtype-nya bilangan bulat)
    dan semua baris tak hingga; kembalikan posisi per alasan.

    Baris NaN di ``hasil`` yang tidak tercakup alasan mana pun tercatat sebagai :data:`KOSONG`.
    Larik 2 dimensi (kumulasi) tidak: ``hasil`` selalu 1 dimensi.
    """
    posisi: dict[str, Posisi] = {}
    for alasan, masker in sebab.items():
        if masker is None or masker is False:
            continue
        if masker is True:
            p: Posisi = np.arange(len(hasil))
        elif masker.dtype.kind in "iu":
            p = masker.astype(np.intp, copy=False)
        else:
            p = np.flatnonzero(masker)
        if len(p):
            posisi[alasan] = p
            hasil[p] = np.nan
    hingga = np.isfinite(hasil)
    banyak_buruk = len(hasil) - int(np.count_nonzero(hingga))
    if not banyak_buruk:
        return posisi
    # baris yang sudah beralasan sudah NaN; cari baris lain hanya bila jumlahnya lebih
    tertanda = _unik(posisi.values()) if posisi else None
    if tertanda is not None and banyak_buruk == len(tertanda):
        return posisi
    sisa = np.flatnonzero(~hingga)
    hasil[sisa] = np.nan  # ±inf menjadi NaN
    if tertanda is not None:
        sisa = np.setdiff1d(sisa, tertanda, assume_unique=True)
    if len(sisa):
        posisi[KOSONG] = sisa
    return posisi


def _unik(posisi: Iterable[Posisi]) -> Posisi:
    """Posisi berbeda dari beberapa larik posisi, terurut naik (hasilnya sama dengan
    ``np.unique``, tetapi lewat pengurutan: untuk segelintir posisi jauh lebih murah)."""
    semua = np.sort(np.concatenate(list(posisi)))
    if len(semua) < 2:
        return semua
    beda = np.empty(len(semua), dtype=np.bool_)
    beda[0] = True
    np.not_equal(semua[1:], semua[:-1], out=beda[1:])
    hasil: Posisi = semua[beda]
    return hasil


def _gabung(catatan: list[dict[str, Posisi]]) -> dict[str, Posisi]:
    """Posisi per alasan dari beberapa aturan atas baris yang sama; KOSONG hanya sisanya."""
    gabungan: dict[str, Posisi] = {}
    for c in catatan:
        for alasan, p in c.items():
            gabungan[alasan] = np.union1d(gabungan[alasan], p) if alasan in gabungan else p
    if KOSONG in gabungan and len(gabungan) > 1:
        lain = np.concatenate([p for k, p in gabungan.items() if k != KOSONG])
        sisa = np.setdiff1d(gabungan.pop(KOSONG), lain)
        if len(sisa):
            gabungan[KOSONG] = sisa
    return gabungan


_KUMPULAN: contextvars.ContextVar[list[dict[str, Posisi]] | None] = contextvars.ContextVar(
    "kinerja_vektor_kumpulan", default=None
)


Label: TypeAlias = "pd.Index[Any] | Mapping[int, object]"
"""Label baris untuk pesan: indeks pandas (per posisi), atau label beberapa posisi saja."""
Penerus: TypeAlias = Callable[[dict[str, Posisi], int, "Label | None"], None]
_PENERUS: contextvars.ContextVar[Penerus | None] = contextvars.ContextVar(
    "kinerja_vektor_penerus", default=None
)


@contextmanager
def alihkan(penerus: Penerus) -> Iterator[None]:
    """Di dalam blok, peringatan (bukan galat ``strict``) diteruskan ke ``penerus`` sebagai
    ``(posisi, panjang, indeks)`` alih-alih diperingatkan: dipakai partisi dask, yang
    peringatannya digabung menjadi satu per panggilan (:mod:`kinerja.vektor._dask`)."""
    token = _PENERUS.set(penerus)
    try:
        yield
    finally:
        _PENERUS.reset(token)


def laporkan(
    posisi: dict[str, Posisi], panjang: int, strict: bool, indeks: pd.Index[Any] | None
) -> None:
    """Peringatkan (atau, bila ``strict``, tolak) baris tidak sah; diam bila tidak ada.

    Di dalam :class:`SatuPeringatan` catatan ini hanya dikumpulkan.
    """
    kumpulan = _KUMPULAN.get()
    if kumpulan is not None:
        kumpulan.append(posisi)
        return
    umumkan(posisi, panjang, strict, indeks)


_KATA = {
    "baris": ("baris tidak sah", "baris"),
    "kelompok": ("kelompok tanpa angka agregat", "kelompok"),
}
"""Kata pesan per hal yang dinilai: baris masukan/hasil, atau kelompok hasil agregat."""


def _polos(label: object) -> object:
    return label.item() if isinstance(label, np.generic) else label


def _teks(
    kata: str, posisi: dict[str, Posisi], indeks: Label | None
) -> tuple[str, tuple[object, ...], int]:
    """Pesan satu hal (tanpa "hasilnya NaN"), label beberapa yang pertama, dan banyaknya."""
    semua = _unik(posisi.values())
    rincian = ", ".join(f"{alasan}: {len(p)}" for alasan, p in sorted(posisi.items()))
    pertama = [int(i) for i in semua[:_CONTOH]]
    if indeks is None or (
        isinstance(indeks, pd.RangeIndex) and indeks.start == 0 and indeks.step == 1
    ):
        contoh: tuple[object, ...] = tuple(pertama)
        daftar = ", ".join(str(i) for i in pertama)
    else:
        # skalar numpy (label indeks bilangan bulat) sebagai angka Python: 102, bukan np.int64(102)
        contoh = tuple(_polos(indeks[i]) for i in pertama)
        daftar = ", ".join(
            tampil_aman(v) if kata == "kelompok" else f"{i} (indeks {tampil_aman(v)})"
            for i, v in zip(pertama, contoh, strict=True)
        )
    lanjut = ", …" if len(semua) > _CONTOH else ""
    judul, benda = _KATA[kata]
    return (
        f"{len(semua)} {judul} ({rincian}); {benda} pertama: {daftar}{lanjut}",
        contoh,
        len(semua),
    )


def umumkan(
    posisi: dict[str, Posisi],
    panjang: int,
    strict: bool,
    indeks: Label | None,
    kata: str = "baris",
) -> None:
    """Satu peringatan (atau galat) untuk posisi per alasan yang sudah digabung.

    ``indeks`` boleh pemetaan posisi → label (cukup untuk beberapa baris pertama); ``kata``
    ``"baris"`` atau ``"kelompok"`` (kelompok hasil :func:`agregat_kelompok`).
    """
    if not posisi:
        return
    penerus = _PENERUS.get()
    if penerus is not None and not strict:
        penerus(posisi, panjang, indeks)
        return
    pesan, contoh, jumlah = _teks(kata, posisi, indeks)
    if strict:
        raise InputTidakSah(pesan)
    peringatan = BarisTidakSah(f"{pesan}; hasilnya NaN", panjang, posisi, contoh, jumlah)
    warnings.warn(peringatan, stacklevel=tingkat_pemanggil())


Bagian: TypeAlias = "tuple[str, dict[str, Posisi], int, Label | None]"
"""Satu hal yang dinilai satu panggilan: (kata, posisi per alasan, panjang, label)."""


def umumkan_bagian(bagian: list[Bagian]) -> None:
    """Satu peringatan untuk beberapa hal yang dinilai satu panggilan (bukan ``strict``: galat
    ``strict`` sudah dilempar saat hal pertama dinilai); hal tanpa catatan dilewati."""
    ada = [b for b in bagian if b[1]]
    if len(ada) <= 1 or _PENERUS.get() is not None:
        for kata, posisi, panjang, indeks in ada:
            umumkan(posisi, panjang, False, indeks, kata)
        return
    teks: list[str] = []
    rincian: dict[str, BarisTidakSah] = {}
    for kata, posisi, panjang, indeks in ada:
        pesan, contoh, jumlah = _teks(kata, posisi, indeks)
        teks.append(pesan)
        rincian[kata] = BarisTidakSah(f"{pesan}; hasilnya NaN", panjang, posisi, contoh, jumlah)
    utama = rincian[ada[0][0]]
    peringatan = BarisTidakSah(
        "; ".join(teks) + "; hasilnya NaN", utama.panjang, utama.posisi, utama.contoh, utama.jumlah
    )
    peringatan.bagian = rincian
    warnings.warn(peringatan, stacklevel=tingkat_pemanggil())


class SatuPeringatan:
    """Kumpulkan catatan semua aturan di dalam blok ``with`` menjadi satu peringatan.

    Sesudah blok, :attr:`posisi` berisi posisi per alasan yang sudah digabung (untuk kolom
    alasan). Blok bersarang meneruskan gabungannya ke blok terluar, yang memperingatkan sekali.
    """

    def __init__(self, panjang: int, strict: bool, indeks: pd.Index[Any] | None) -> None:
        self.panjang, self.strict, self.indeks = panjang, strict, indeks
        self.posisi: dict[str, Posisi] = {}
        self._kumpulan: list[dict[str, Posisi]] = []
        self._luar: list[dict[str, Posisi]] | None = None
        self._token: contextvars.Token[list[dict[str, Posisi]] | None] | None = None

    def __enter__(self) -> SatuPeringatan:
        self._luar = _KUMPULAN.get()
        self._token = _KUMPULAN.set(self._kumpulan)
        return self

    def __exit__(
        self,
        jenis: type[BaseException] | None,
        galat: BaseException | None,
        jejak: TracebackType | None,
    ) -> None:
        if self._token is not None:
            _KUMPULAN.reset(self._token)
        if jenis is not None:
            return
        self.posisi = _gabung(self._kumpulan)
        if self._luar is not None:
            self._luar.append(self.posisi)
        else:
            umumkan(self.posisi, self.panjang, self.strict, self.indeks)
