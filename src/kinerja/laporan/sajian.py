"""Sajian: tabel yang siap ditampilkan — teks terminal, Markdown, CSV, JSON, HTML, DataFrame.

Semua tabel laporan (capaian, keuangan, cost per outcome, pohon anggaran, ringkasan) berubah
menjadi :class:`Sajian` untuk ditampilkan. Di sinilah, dan hanya di sini, angka dibulatkan dan
diformat: persen "99,81", Rupiah "1.692.625.798", sel kosong "-". JSON dan CSV memuat angka
tepat tanpa pembulatan (JSON: teks angka bertitik desimal, CSV: notasi Indonesia), agar bisa
diolah ulang.

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

__all__ = ["BisaDisajikan", "Kolom", "Sajian"]

JenisKolom = Literal["teks", "angka", "persen", "rupiah"]


@attrs.frozen
class Kolom:
    """Satu kolom sajian: judul dan jenis isinya (menentukan format)."""

    judul: str
    jenis: JenisKolom = "teks"


def _json_nilai(nilai: object) -> Any:
    if isinstance(nilai, Decimal):
        return str(nilai)
    return nilai


@attrs.frozen
class Sajian:
    """Tabel siap tampil: judul, kolom, baris (nilai mentah), dan catatan kaki."""

    judul: str
    kolom: tuple[Kolom, ...]
    baris: tuple[tuple[object, ...], ...]
    catatan: tuple[str, ...] = ()

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
        return Sajian(self.judul, tuple(self.kolom[i] for i in tetap), baris, self.catatan)

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
        teks_kolom = [k.jenis == "teks" for k in self.kolom]
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
        # satu pola format per baris: "{:<w}" (teks, rata kiri) atau "{:>w}" (angka, rata kanan)
        pola = " | ".join(
            f"{{:{'<' if t else '>'}{w}}}" for t, w in zip(teks_kolom, lebar, strict=True)
        )
        garis = "-+-".join("-" * w for w in lebar)
        hasil = [self.judul, pola.format(*judul).rstrip(), garis]
        if isi_kolom:
            hasil += [b.rstrip() for b in map(pola.format, *isi_kolom)]
        else:  # tanpa kolom: satu baris kosong per baris data
            hasil += ["" for _ in self.baris]
        hasil += [f"* {c}" for c in self.catatan]
        return hasil

    def ke_markdown(self) -> str:
        """Tabel Markdown (untuk ditempel di laporan atau wiki)."""

        def aman(teks: str) -> str:
            return teks.replace("|", "\\|")

        rata = ["---" if k.jenis == "teks" else "---:" for k in self.kolom]
        hasil = [f"### {self.judul}", ""]
        hasil.append("| " + " | ".join(aman(k.judul) for k in self.kolom) + " |")
        hasil.append("|" + "|".join(rata) + "|")
        hasil += ["| " + " | ".join([aman(s) for s in b]) + " |" for b in self.sel()]
        if self.catatan:
            hasil.append("")
            hasil += [f"- {c}" for c in self.catatan]
        return "\n".join(hasil)

    def ke_csv(self) -> str:
        """CSV berpemisah titik koma (kebiasaan Excel berlokal Indonesia), angka tepat."""
        keluaran = io.StringIO()
        penulis = csv.writer(keluaran, delimiter=";", lineterminator="\n")
        penulis.writerow([k.judul for k in self.kolom])
        tulis = format_sel.tulis_desimal
        for b in self.baris:
            penulis.writerow(
                ["" if v is None else tulis(v) if isinstance(v, Decimal) else v for v in b]
            )
        return keluaran.getvalue()

    def ke_data(self) -> dict[str, Any]:
        """Struktur siap JSON: angka sebagai teks tepat bertitik desimal (mis. "99.33")."""
        return {
            "judul": self.judul,
            "kolom": [k.judul for k in self.kolom],
            "baris": [
                {k.judul: _json_nilai(v) for k, v in zip(self.kolom, b, strict=True)}
                for b in self.baris
            ],
            "catatan": list(self.catatan),
        }

    def ke_json(self) -> str:
        """JSON satu tabel."""
        return json.dumps(self.ke_data(), ensure_ascii=False, indent=2)

    def _repr_html_(self) -> str:
        """Tabel HTML untuk Jupyter."""
        import html  # hanya untuk Jupyter: perintah `kinerja` tidak memuatnya

        kepala = "".join(f"<th>{html.escape(k.judul)}</th>" for k in self.kolom)
        badan = "".join(
            "<tr>"
            + "".join(
                f'<td style="text-align:{"left" if k.jenis == "teks" else "right"}">'
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
