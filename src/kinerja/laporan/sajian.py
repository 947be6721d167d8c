"""Sajian: tabel yang siap ditampilkan — teks terminal, Markdown, CSV, JSON, HTML, DataFrame.

Semua tabel laporan (capaian, keuangan, cost per outcome, pohon anggaran, ringkasan) berubah
menjadi :class:`Sajian` untuk ditampilkan. Di sinilah, dan hanya di sini, angka dibulatkan dan
diformat: persen "99,81", Rupiah "1.692.625.798", sel kosong "-". CSV memuat angka tercetak
(dan angka tepat di kolom tambahan bila diminta); JSON keluaran v1 (:mod:`kinerja.laporan.keluaran`)
memuat keduanya untuk setiap angka, dengan kunci ``snake_case`` dari :attr:`Kolom.kunci` dan
tabel di bawah :attr:`Sajian.id` (lihat ``docs/keluaran-json.md``).

>>> from decimal import Decimal
>>> s = Sajian("Contoh", (Kolom("Uraian"), Kolom("Capaian", "persen")),
...            (("Forum koordinasi", Decimal("99.3308")), ("Perdes", None)))
>>> print(s.ke_teks())
Contoh
Uraian           | Capaian
-----------------+--------
Forum koordinasi |   99,33
Perdes           |       -
"""

from __future__ import annotations

import csv
import io
import json
import operator
from decimal import Decimal
from itertools import repeat
from typing import Any, Literal

import attrs

from kinerja.galat import ExtraTidakTerpasang, InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan import format_sel

__all__ = ["BisaDisajikan", "CatatanBaris", "KodePohon", "Kolom", "Sajian"]

JenisKolom = Literal["teks", "angka", "persen", "rupiah", "kode"]
# kolom rata kiri (teks); yang lain angka, rata kanan
_KIRI = frozenset({"teks", "kode"})


@attrs.frozen
class Kolom:
    """Satu kolom sajian: judul, jenis isinya (menentukan format), dan kuncinya di JSON v1.

    ``kunci`` (``snake_case``, tetap) adalah nama kolom di keluaran JSON v1; judul boleh
    berubah, kunci tidak. Jenis ``kode`` berisi :class:`KodePohon` (kode, induk, tingkat).
    """

    judul: str
    jenis: JenisKolom = "teks"
    kunci: str = ""


@attrs.frozen
class KodePohon:
    """Kode rekening di pohon anggaran: kode, kode induknya, dan tingkatnya (akar = 0).

    Di tabel teks tampil menjorok dua spasi per tingkat; di JSON v1 menjadi ``kode``, ``induk``
    dan ``tingkat``.

    >>> str(KodePohon("7.01.01.2.01", "7.01.01", 1))
    '  7.01.01.2.01'
    """

    kode: str
    induk: str | None
    tingkat: int

    def __str__(self) -> str:
        return "  " * self.tingkat + self.kode


@attrs.frozen
class CatatanBaris:
    """Catatan yang menempel pada satu baris sajian: nomor baris (dari 0), kode, dan pesannya."""

    baris: int
    kode: str
    pesan: str


@attrs.frozen
class Sajian:
    """Tabel siap tampil: judul, kolom, baris (nilai mentah), dan catatan kaki.

    ``id`` adalah nama tetap tabel di JSON v1 (``capaian``, ``keuangan``, …, terdaftar di
    :data:`kinerja.laporan.daftar_tabel.DAFTAR_TABEL`); ``catatan_baris`` menempelkan catatan
    pada barisnya, ``id_baris`` (opsional) memberi setiap baris nama tetap.
    """

    judul: str
    kolom: tuple[Kolom, ...]
    baris: tuple[tuple[object, ...], ...]
    catatan: tuple[str, ...] = ()
    id: str = attrs.field(default="", kw_only=True)
    catatan_baris: tuple[CatatanBaris, ...] = attrs.field(default=(), kw_only=True)
    id_baris: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    def sel(self) -> list[list[str]]:
        """Isi tabel sebagai teks terformat (angka dibulatkan setengah ke atas)."""
        pemformat = [format_sel.PEMFORMAT.get(k.jenis, format_sel.sel_angka) for k in self.kolom]
        return [[f(v) for v, f in zip(b, pemformat, strict=True)] for b in self.baris]

    def tanpa_kolom_kosong(self) -> Sajian:
        """Sajian yang sama tanpa kolom yang seluruh isinya kosong (``None``)."""
        # per kolom, satu lintasan di C: ada nilai yang bukan None?
        tetap = [
            i
            for i in range(len(self.kolom))
            if any(map(operator.is_not, map(operator.itemgetter(i), self.baris), repeat(None)))
        ]
        if len(tetap) == len(self.kolom):
            return self
        if len(tetap) > 1:
            baris = tuple(map(operator.itemgetter(*tetap), self.baris))
        else:  # itemgetter dengan satu indeks mengembalikan nilai, bukan tuple
            baris = tuple(tuple(b[i] for i in tetap) for b in self.baris)
        return attrs.evolve(self, kolom=tuple(self.kolom[i] for i in tetap), baris=baris)

    def ke_teks(self, lebar_teks: int = 60) -> str:
        """Tabel rata kolom untuk terminal; angka rata kanan, teks panjang dipotong dengan '…'."""
        if isinstance(lebar_teks, bool) or not isinstance(lebar_teks, int):
            raise TipeTidakSah(
                f"'lebar_teks' harus bilangan bulat (diberikan {tampil_aman(lebar_teks)})"
            )
        if lebar_teks < 1:
            raise InputTidakSah(f"'lebar_teks' harus ≥ 1 (diberikan {lebar_teks})")
        return "\n".join(self._baris_teks(lebar_teks))

    def _baris_teks(self, lebar_teks: int) -> list[str]:
        """Baris-baris :meth:`ke_teks` (tanpa pemisah baris), ``lebar_teks`` sudah diperiksa."""
        teks_kolom = [k.jenis in _KIRI for k in self.kolom]
        # per kolom, bukan per sel: satu pemformat dipetakan atas seluruh isi kolom
        pemformat = [
            format_sel.PEMFORMAT_KOLOM.get(k.jenis, format_sel.kolom_angka) for k in self.kolom
        ]
        nilai_kolom = zip(*self.baris, strict=True) if self.baris else [() for _ in self.kolom]
        isi_kolom: list[list[str]] = [
            f(nilai) for f, nilai in zip(pemformat, nilai_kolom, strict=True)
        ]
        for i, teks in enumerate(teks_kolom):
            # kolom teks yang muat seluruhnya (yang lazim) tidak disalin ulang
            if teks and max(map(len, isi_kolom[i]), default=0) > lebar_teks:
                isi_kolom[i] = [
                    s if len(s) <= lebar_teks else s[: lebar_teks - 1] + "…" for s in isi_kolom[i]
                ]
        judul = [k.judul for k in self.kolom]
        lebar = [
            max(len(j), max(map(len, isi), default=0))
            for j, isi in zip(judul, isi_kolom, strict=True)
        ]
        # rata per kolom dalam C (ljust: teks rata kiri, rjust: angka rata kanan), lalu baris
        # disambung " | " dan spasi di ujung dibuang — sama dengan satu pola "{:<w} | {:>w}…"
        rata = [
            list(map(str.ljust if t else str.rjust, isi, repeat(w)))
            for t, w, isi in zip(teks_kolom, lebar, isi_kolom, strict=True)
        ]
        judul_rata = [
            (j.ljust if t else j.rjust)(w) for j, t, w in zip(judul, teks_kolom, lebar, strict=True)
        ]
        garis = "-+-".join("-" * w for w in lebar)
        hasil = [self.judul, " | ".join(judul_rata).rstrip(), garis]
        if isi_kolom:
            hasil += map(str.rstrip, map(" | ".join, zip(*rata, strict=True)))
        else:  # tanpa kolom: satu baris kosong per baris data
            hasil += ["" for _ in self.baris]
        hasil += [f"* {c}" for c in self.catatan]
        return hasil

    def ke_markdown(self) -> str:
        """Tabel Markdown (untuk ditempel di laporan atau wiki)."""

        def aman(teks: str) -> str:
            return teks.replace("|", "\\|")

        rata = ["---" if k.jenis in _KIRI else "---:" for k in self.kolom]
        hasil = [f"### {self.judul}", ""]
        hasil.append("| " + " | ".join(aman(k.judul) for k in self.kolom) + " |")
        hasil.append("|" + "|".join(rata) + "|")
        hasil += ["| " + " | ".join([aman(s) for s in b]) + " |" for b in self.sel()]
        if self.catatan:
            hasil.append("")
            hasil += [f"- {c}" for c in self.catatan]
        return "\n".join(hasil)

    def ke_csv(self, *, tepat: bool = False) -> str:
        """CSV berpemisah titik koma (kebiasaan Excel berlokal Indonesia), angka tercetak.

        Angka ditulis seperti di tabel teks (dibulatkan setengah ke atas, notasi Indonesia),
        sel kosong kosong. ``tepat=True`` menambahkan, sesudah setiap kolom angka, kolom
        "JUDUL (tepat)" berisi semua digitnya tanpa pembulatan.
        """
        if not isinstance(tepat, bool):
            raise TipeTidakSah(f"'tepat' harus True atau False (diberikan {tampil_aman(tepat)})")
        keluaran = io.StringIO()
        penulis = csv.writer(keluaran, delimiter=";", lineterminator="\n")
        angka = [k.jenis not in _KIRI for k in self.kolom]
        judul: list[str] = []
        for k, a in zip(self.kolom, angka, strict=True):
            judul += [k.judul, f"{k.judul} (tepat)"] if tepat and a else [k.judul]
        penulis.writerow(judul)
        pemformat = [format_sel.PEMFORMAT.get(k.jenis, format_sel.sel_angka) for k in self.kolom]
        tulis = format_sel.tulis_desimal
        for b in self.baris:
            sel: list[object] = []
            for v, f, a in zip(b, pemformat, angka, strict=True):
                sel.append("" if v is None else f(v))
                if tepat and a:
                    sel.append(tulis(v) if isinstance(v, Decimal) else "" if v is None else v)
            penulis.writerow(sel)
        return keluaran.getvalue()

    def ke_data(self) -> dict[str, Any]:
        """Tabel sebagai JSON v1 (:func:`kinerja.laporan.keluaran.tabel_data`)."""
        from kinerja.laporan.keluaran import tabel_data

        return tabel_data(self)

    def ke_json(self) -> str:
        """JSON v1 satu tabel."""
        return json.dumps(self.ke_data(), ensure_ascii=False, indent=2)

    def _repr_html_(self) -> str:
        """Tabel HTML untuk Jupyter."""
        import html  # hanya untuk Jupyter: perintah `kinerja` tidak memuatnya

        kepala = "".join(f"<th>{html.escape(k.judul)}</th>" for k in self.kolom)
        badan = "".join(
            "<tr>"
            + "".join(
                f'<td style="text-align:{"left" if k.jenis in _KIRI else "right"}">'
                f"{html.escape(s)}</td>"
                for s, k in zip(b, self.kolom, strict=True)
            )
            + "</tr>"
            for b in self.sel()
        )
        catatan = "".join(f"<p><small>{html.escape(c)}</small></p>" for c in self.catatan)
        return (
            f"<p><b>{html.escape(self.judul)}</b></p><table><thead><tr>{kepala}</tr></thead>"
            f"<tbody>{badan}</tbody></table>{catatan}"
        )

    def ke_dataframe(self) -> Any:
        """``pandas.DataFrame`` berisi nilai mentah (angka ``Decimal`` tepat, tanpa pembulatan).

        Butuh extra ``pandas``: ``pip install 'kinerja[pandas]'``.
        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise ExtraTidakTerpasang(
                "ke_dataframe butuh pandas: pasang dengan pip install 'kinerja[pandas]'"
            ) from exc
        return pd.DataFrame([list(b) for b in self.baris], columns=[k.judul for k in self.kolom])


class BisaDisajikan:
    """Dasar kecil tabel laporan: yang punya ``ke_sajian()`` tampil di Jupyter dan pandas."""

    __slots__ = ()

    def ke_sajian(self) -> Sajian:  # pragma: no cover - ditimpa setiap tabel
        """Sajian siap tampil (ditimpa setiap tabel)."""
        raise NotImplementedError

    def ke_dataframe(self) -> Any:
        """``pandas.DataFrame`` dengan angka tepat (butuh extra ``pandas``)."""
        return self.ke_sajian().ke_dataframe()

    def _repr_html_(self) -> str:
        return self.ke_sajian()._repr_html_()
