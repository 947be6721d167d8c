"""Excel masuk: sel rumus tanpa nilai tersimpan.

Buku kerja dibaca dengan nilai terakhir yang disimpan Excel untuk setiap sel rumus (openpyxl
``data_only=True``). Rumus yang ditulis program (openpyxl, pandas) belum pernah dihitung: sel
itu tidak punya nilai tersimpan, dan openpyxl membacanya kosong — isian yang diam-diam tidak
diisi. Modul ini menemukan sel seperti itu dari XML lembarnya, agar pembaca isian
(:mod:`kinerja.laporan.excel_masuk`) menolaknya dengan galat yang menyebut selnya.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from kinerja.galat import InputTidakSah

__all__ = ["RumusTanpaNilai", "rumus_tanpa_nilai"]

_NS_UTAMA = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PAKET = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RUMUS = re.compile(rb"<f[\s>/]")
_SEL_AWAL = re.compile(rb'<c\s[^>]*?\br="([A-Z]{1,3})([0-9]+)"')
_ISI_RUMUS = re.compile(rb"<f[^>]*>(.*?)</f>", re.S)
_NILAI = re.compile(rb"<v>\s*[^<\s]")
_ADA_V = re.compile(rb"<v[\s/>]")
_JENIS_TEKS = re.compile(rb'\bt="str"')
"""Sel rumus berhasil teks: Excel menyimpan hasil teks kosong (``=IF(B3="";"";B3)``) sebagai
``<c t="str"><f>…</f><v></v></c>``; openpyxl menulis rumus yang belum dihitung tanpa ``t``."""


class RumusTanpaNilai:
    """Isi sel rumus yang tidak punya nilai tersimpan (menggantikan ``None`` dari openpyxl)."""

    __slots__ = ("rumus",)

    def __init__(self, rumus: str) -> None:
        self.rumus = rumus

    def galat(self) -> InputTidakSah:
        """Galat untuk sel ini: nilainya belum pernah dihitung."""
        rumus = f"rumus '={self.rumus}'" if self.rumus else "rumus"
        return InputTidakSah(
            f"{rumus} tanpa nilai tersimpan (buku kerja ditulis program dan belum dihitung "
            "Excel); buka dan simpan berkasnya di Excel, atau tulis nilainya langsung"
        )


def rumus_tanpa_nilai(p: Path) -> dict[str, dict[tuple[int, int], RumusTanpaNilai]]:
    """Sel rumus tanpa nilai tersimpan per lembar: ``{lembar: {(baris, kolom): isi}}``.

    Lembar tanpa rumus tidak diurai (satu pencarian bait). Ukuran isi zip sudah dibatasi
    pemanggil sebelum berkas dibuka.
    """
    from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]  # extra excel

    try:
        return _semua_lembar(p, fromstring)
    except Exception:  # XML atau zip rusak: openpyxl yang membukanya sesudah ini melaporkannya
        return {}


def _semua_lembar(p: Path, fromstring: Any) -> dict[str, dict[tuple[int, int], RumusTanpaNilai]]:
    hasil: dict[str, dict[tuple[int, int], RumusTanpaNilai]] = {}
    with zipfile.ZipFile(p) as arsip:
        nama_isi = set(arsip.namelist())
        if "xl/workbook.xml" not in nama_isi or "xl/_rels/workbook.xml.rels" not in nama_isi:
            return hasil  # bukan tata letak biasa: openpyxl yang menilai
        tujuan = {
            r.get("Id"): r.get("Target", "")
            for r in fromstring(arsip.read("xl/_rels/workbook.xml.rels")).iter(
                f"{_NS_PAKET}Relationship"
            )
        }
        for lembar in fromstring(arsip.read("xl/workbook.xml")).iter(f"{_NS_UTAMA}sheet"):
            target = tujuan.get(lembar.get(f"{_NS_REL}id"), "")
            jalur = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            if jalur not in nama_isi:
                continue
            sel = _di_lembar(arsip.read(jalur))
            if sel:
                hasil[str(lembar.get("name"))] = sel
    return hasil


def _di_lembar(xml: bytes) -> dict[tuple[int, int], RumusTanpaNilai]:
    from openpyxl.utils import column_index_from_string  # extra excel, seperti excel_lembar

    sel: dict[tuple[int, int], RumusTanpaNilai] = {}
    for m in _RUMUS.finditer(xml):
        awal = xml.rfind(b"<c ", 0, m.start())
        akhir = xml.find(b"</c>", m.start())
        kepala = _SEL_AWAL.match(xml, awal) if awal >= 0 else None
        if kepala is None or akhir < 0 or _NILAI.search(xml, m.start(), akhir):
            continue
        tag_awal = xml[awal : xml.find(b">", awal) + 1]
        if _JENIS_TEKS.search(tag_awal) and _ADA_V.search(xml, m.start(), akhir):
            continue  # hasil teks kosong yang sudah dihitung Excel
        kolom = column_index_from_string(kepala.group(1).decode("ascii"))
        isi = _ISI_RUMUS.match(xml, m.start(), akhir + 4)
        teks = unescape(isi.group(1).decode("utf-8", "replace")) if isi else ""
        sel[(int(kepala.group(2)), kolom)] = RumusTanpaNilai(teks)
    return sel
