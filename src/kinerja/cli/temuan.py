"""Keluaran ``kinerja periksa`` untuk orang: teks, Markdown dan CSV daftar temuan.

Temuan yang menjadi akibat sebuah perselisihan ditampilkan di bawah temuannya (``↳ akibat``,
nomor ``1a``, ``1b``), dan hitungan di akhir menyebut keduanya. JSON v1 untuk program dibuat
oleh :mod:`kinerja.laporan.keluaran`.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from kinerja.laporan.periksa.temuan import Temuan, bernomor

__all__ = ["TANPA_TEMUAN", "jumlah_temuan", "temuan_csv", "temuan_data", "temuan_markdown",
           "temuan_teks"]  # fmt: skip

TANPA_TEMUAN = "Tidak ada temuan: semua angka tercetak sesuai aturan."


def temuan_data(t: Temuan) -> dict[str, Any]:
    """Satu temuan sebagai kamus sederhana (CSV; JSON berkas evaluasi IKM/LKE)."""

    def nilai(x: object) -> object:
        return None if x is None else str(x)

    return {
        "tabel": t.tabel,
        "baris": t.baris,
        "kolom": t.kolom,
        "tercetak": nilai(t.tercetak),
        "dihitung": nilai(t.dihitung),
        "selisih": nilai(t.selisih),
        "jenis": t.jenis,
        "alasan": t.alasan,
        "tempat": list(t.tempat),
        "sebaran": [{"tempat": tempat, "tercetak": nilai(v)} for tempat, v in t.sebaran],
        "akibat": [temuan_data(a) for a in t.akibat],
    }


def jumlah_temuan(temuan: list[Temuan]) -> str:
    """Hitungan di akhir daftar: temuan, dan akibat yang dikelompokkan di bawahnya."""
    akibat = sum(t.jumlah - 1 for t in temuan)
    if akibat:
        return (
            f"{len(temuan)} temuan (ditambah {akibat} akibat yang mengikuti angka yang "
            "diperselisihkan, dikelompokkan di bawah temuannya)."
        )
    return f"{len(temuan)} temuan."


def temuan_csv(temuan: list[Temuan]) -> str:
    """CSV (pemisah ``;``) satu baris per temuan dan per akibat (nomor 1, 1a, 1b, 2, …)."""
    keluaran = io.StringIO()
    kolom = ["no", *(k for k in temuan_data(Temuan("", "", "", None, None, None, ""))
                     if k not in ("sebaran", "akibat"))]  # fmt: skip
    penulis = csv.DictWriter(keluaran, fieldnames=kolom, delimiter=";", lineterminator="\n",
                             extrasaction="ignore")  # fmt: skip
    penulis.writeheader()
    for no, t in bernomor(temuan):
        data = temuan_data(t) | {"no": no, "tempat": "; ".join(t.tempat)}
        if t.sebaran:
            data["alasan"] = str(t).split(": ", 1)[1]
        penulis.writerow(data)
    return keluaran.getvalue()


def temuan_markdown(judul: str, temuan: list[Temuan]) -> str:
    """Tabel Markdown temuan (akibat diberi tanda ``↳ akibat``)."""
    baris = [f"## Temuan: {judul}", ""]
    if not temuan:
        return "\n".join([*baris, TANPA_TEMUAN])
    baris += ["| No | Tabel | Baris | Kolom | Temuan |", "|---:|---|---|---|---|"]
    baris += [
        f"| {no} | {t.tabel} | {t.baris} | {t.kolom} | "
        + ("↳ akibat: " if t.jenis == "akibat" else "")
        + str(t).split(": ", 1)[1].replace("|", "\\|")
        + " |"
        for no, t in bernomor(temuan)
    ]
    return "\n".join([*baris, "", jumlah_temuan(temuan)])


def temuan_teks(judul: str, temuan: list[Temuan]) -> str:
    """Daftar bernomor untuk terminal, akibat di bawah temuannya."""
    baris = [judul, ""]
    for i, t in enumerate(temuan, 1):
        baris.append(f"{i:>3}. {t}")
        baris += [f"       ↳ akibat: {a}" for a in t.akibat]
    baris.append("\n" + jumlah_temuan(temuan) if temuan else TANPA_TEMUAN)
    return "\n".join(baris)
