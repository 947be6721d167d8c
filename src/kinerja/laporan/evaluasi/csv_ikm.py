"""Jawaban mentah survei IKM dari CSV: satu baris per responden, satu kolom per unsur.

Bentuknya seperti ekspor Google Forms (atau formulir sejenis): baris judul, lalu satu baris per
responden. Pemisah koma, titik koma atau tab (dikenali ``csv.Sniffer``). Isi sel: 1–4, kata
jawaban kuesioner PermenPANRB 14/2017 ("Sangat sesuai", "Cukup mahal", …;
:func:`kinerja.ikm_jawaban.nilai_jawaban_ikm`), atau kosong (tidak dijawab).

Kolom identitas yang lazim di formulir daring tidak dihitung, menurut judulnya (tanpa beda
huruf): :data:`KOLOM_BUKAN_UNSUR` — cap waktu, nama, umur, jenis kelamin, pendidikan,
pekerjaan, surel, jenis layanan. Setiap kolom lain adalah unsur, urut dari kiri; isian yang
bukan jawaban menjadi galat yang menyebut baris dan kolomnya (tidak pernah diabaikan diam-diam).
Berkas CSV tidak membawa angka tercetak: tulis survei sebagai TOML untuk itu.

>>> teks = "Timestamp,Persyaratan,Biaya\\n2024-01-02,4,Gratis\\n2024-01-03,3,"
>>> s = survei_dari_csv(teks, "x.csv")
>>> s.unsur, s.jawaban
(('Persyaratan', 'Biaya'), ((4, 4), (3, None)))
"""

from __future__ import annotations

import csv
import re

from kinerja._isian import seragam
from kinerja.galat import BerkasTidakSah, KinerjaError
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from kinerja.laporan.evaluasi.model import SurveiIKM

__all__ = ["KOLOM_BUKAN_UNSUR", "survei_dari_csv"]

KOLOM_BUKAN_UNSUR = frozenset(
    seragam(k)
    for k in (
        "Timestamp", "Stempel waktu", "Cap waktu", "Waktu", "Tanggal", "No", "Nomor",
        "Nama", "Nama responden", "Umur", "Usia", "Jenis kelamin", "Pendidikan",
        "Pendidikan terakhir", "Pekerjaan", "Email", "Alamat email", "Email address",
        "Jenis layanan", "Layanan",
    )
)  # fmt: skip
"""Judul kolom (bentuk baku, tanpa beda huruf) yang bukan unsur dan tidak dihitung."""


def survei_dari_csv(
    teks: str, sumber: str, unit: str | None = None, *, batas: BatasBerkas = BATAS_BAWAAN
) -> SurveiIKM:
    """Survei IKM dari teks CSV jawaban mentah; ``unit`` bawaan nama berkasnya.

    Responden paling banyak ``batas.jumlah_baris`` (bawaan 100.000).
    """
    baris_teks = teks.lstrip("\ufeff").splitlines()
    if not baris_teks:
        raise BerkasTidakSah(f"{sumber}: CSV kosong")
    if len(baris_teks) - 1 > batas.jumlah_baris:
        raise BerkasTidakSah(
            f"{sumber}: {len(baris_teks) - 1} baris responden, lebih dari batas "
            f"{batas.jumlah_baris} (BatasBerkas.jumlah_baris)"
        )
    try:
        dialek: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(baris_teks[0], ",;\t")
    except csv.Error:
        dialek = csv.excel  # satu kolom, atau tanpa pemisah yang jelas
    try:
        baris = list(csv.reader(baris_teks, dialek))
    except csv.Error as galat:
        raise BerkasTidakSah(f"{sumber}: CSV tidak sah: {galat}") from galat
    judul, isi = baris[0], [b for b in baris[1:] if any(s.strip() for s in b)]
    unsur = [i for i, j in enumerate(judul) if seragam(j or "-") not in KOLOM_BUKAN_UNSUR]
    if not unsur:
        raise BerkasTidakSah(f"{sumber}: tidak ada kolom unsur (semua kolom identitas)")
    jawaban = []
    for r, b in enumerate(isi, 2):
        if len(b) != len(judul):
            raise BerkasTidakSah(
                f"{sumber}: baris {r} berisi {len(b)} kolom, padahal judul {len(judul)}"
            )
        jawaban.append([b[i].strip() or None for i in unsur])
    try:
        return SurveiIKM(
            jenis="ikm",
            unit=unit or sumber,
            unsur=tuple(judul[i].strip() or f"Unsur {n}" for n, i in enumerate(unsur, 1)),
            jawaban=jawaban,
            sumber=f"jawaban mentah {sumber}",
        )
    except KinerjaError as galat:
        # jawaban[r][u] → baris dan judul kolom di berkas
        pesan = re.sub(
            r"jawaban\[(\d+)\]\[(\d+)\]",
            lambda m: f"baris {int(m[1]) + 2} kolom {judul[unsur[int(m[2])]].strip()!r}",
            str(galat),
        )
        raise BerkasTidakSah(f"{sumber}: {pesan}", (pesan,)) from galat
