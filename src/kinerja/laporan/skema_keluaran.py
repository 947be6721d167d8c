"""Skema JSON keluaran v1, dibangun dari :data:`~kinerja.laporan.daftar_tabel.DAFTAR_TABEL`.

Satu skema untuk keluaran ``kinerja hitung``/``periksa --format json`` dan layanan HTTP
(``POST /hitung``, ``POST /periksa``): setiap tabel terdaftar menjadi satu properti ``tabel``
dengan baris yang kuncinya persis kunci kolom deklarasinya — tabel baru yang terdaftar langsung
masuk skema, tanpa menulis skema tangan.

>>> skema = skema_keluaran()
>>> skema["$id"] == ID_KELUARAN, sorted(skema["properties"]["tabel"]["properties"])[:2]
(True, ['capaian', 'cost_per_outcome'])
"""

from __future__ import annotations

from typing import Any

from kinerja.laporan.daftar_tabel import DAFTAR_TABEL
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.keluaran import VERSI

__all__ = ["ID_KELUARAN", "skema_keluaran"]

ID_KELUARAN = "urn:kinerja:skema:keluaran:v1"
"""``$id`` skema keluaran: nama tetap (URN) yang tidak bergantung pada alamat web mana pun."""

_TEKS_ATAU_NULL = {"type": ["string", "null"]}
_ANGKA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["tepat", "tercetak"],
    "properties": {
        "tepat": {
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": 'nilai tepat, semua digit, titik desimal (mis. "99.815")',
        },
        "tercetak": {
            "type": "string",
            "description": "nilai sebagaimana dicetak tabel kinerja: dibulatkan setengah ke "
            'atas, notasi Indonesia (mis. "99,82", "1.895.403.508")',
        },
    },
}
_CATATAN_BARIS = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["kode", "pesan"],
        "properties": {"kode": {"type": "string"}, "pesan": {"type": "string"}},
    },
}


def _skema_baris(d: DeklarasiTabel) -> dict[str, Any]:
    sifat: dict[str, Any] = {}
    for k in d.kolom:
        if k.jenis == "kode":
            sifat[k.kunci] = _TEKS_ATAU_NULL
            sifat["induk"] = _TEKS_ATAU_NULL
            sifat["tingkat"] = {"type": ["integer", "null"], "minimum": 0}
        elif k.jenis == "teks":
            sifat[k.kunci] = _TEKS_ATAU_NULL
        else:
            sifat[k.kunci] = {"oneOf": [{"$ref": "#/$defs/angka"}, {"type": "null"}]}
    sifat["catatan"] = {"$ref": "#/$defs/catatan_baris"}
    wajib = list(sifat)
    sifat["id"] = {"type": "string", "description": "id tetap baris (bila tabel memilikinya)"}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": wajib,
        "properties": sifat,
    }


def _skema_tabel(d: DeklarasiTabel) -> dict[str, Any]:
    return {
        "description": d.uraian,
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "judul", "kolom", "baris", "catatan"],
        "properties": {
            "id": {"const": d.id},
            "judul": {"type": "string"},
            "kolom": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kunci", "judul", "jenis"],
                    "properties": {
                        "kunci": {"enum": [k.kunci for k in d.kolom]},
                        "judul": {"type": "string"},
                        "jenis": {"enum": ["teks", "angka", "persen", "rupiah", "kode"]},
                    },
                },
            },
            "baris": {"type": "array", "items": _skema_baris(d)},
            "catatan": {"type": "array", "items": {"type": "string"}},
        },
    }


def _skema_temuan() -> dict[str, Any]:
    nilai = {"oneOf": [{"$ref": "#/$defs/angka"}, {"type": "string"}, {"type": "null"}]}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "lokasi",
            "angka",
            "tercetak",
            "terhitung",
            "selisih",
            "aturan",
            "jenis",
            "pesan",
            "sel",
            "tempat",
            "sebaran",
            "akibat",
        ],
        "properties": {
            "lokasi": {
                "type": "object",
                "additionalProperties": False,
                "required": ["tabel", "baris"],
                "properties": {"tabel": {"type": "string"}, "baris": {"type": "string"}},
            },
            "angka": {"type": "string", "description": "angka (kolom) yang diperiksa"},
            "tercetak": nilai,
            "terhitung": nilai,
            "selisih": nilai,
            "aturan": {"type": "string"},
            "jenis": {"type": "string"},
            "pesan": {"type": "string"},
            "tempat": {"type": "array", "items": {"type": "string"}},
            "sebaran": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["tempat", "tercetak"],
                    "properties": {"tempat": {"type": "string"}, "tercetak": nilai},
                },
            },
            "akibat": {"type": "array", "items": {"$ref": "#/$defs/temuan"}},
            "sel": {
                "oneOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["tabel", "baris", "kunci"],
                        "properties": {
                            "tabel": {"enum": list(DAFTAR_TABEL)},
                            "baris": {"type": "integer", "minimum": 0},
                            "kunci": {"type": "string"},
                        },
                    },
                ]
            },
        },
    }


def skema_keluaran() -> dict[str, Any]:
    """JSON Schema (draf 2020-12) keluaran JSON v1 (``kinerja skema keluaran``)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ID_KELUARAN,
        "title": "Keluaran kinerja v1",
        "description": "Tabel (dan temuan periksa) sebuah Laporan Kinerja. Lihat "
        "docs/keluaran-json.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["versi", "laporan", "tabel"],
        "$defs": {"angka": _ANGKA, "catatan_baris": _CATATAN_BARIS, "temuan": _skema_temuan()},
        "properties": {
            "versi": {"const": VERSI},
            "laporan": {
                "oneOf": [
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["judul", "unit", "instansi", "kabupaten", "tahun", "triwulan"],
                        "properties": {
                            "judul": {"type": "string"},
                            "unit": {"type": "string"},
                            "instansi": {"type": "string"},
                            "kabupaten": _TEKS_ATAU_NULL,
                            "tahun": {"type": "integer"},
                            "triwulan": {"enum": [1, 2, 3, 4, None]},
                        },
                    },
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["judul", "jenis"],
                        "description": "berkas evaluasi (survei IKM, lembar kerja LKE)",
                        "properties": {
                            "judul": {"type": "string"},
                            "jenis": {"enum": ["ikm", "lke"]},
                        },
                    },
                ]
            },
            "tabel": {
                "type": "object",
                "additionalProperties": False,
                "properties": {i: _skema_tabel(d) for i, d in DAFTAR_TABEL.items()},
            },
            "temuan": {"type": "array", "items": {"$ref": "#/$defs/temuan"}},
        },
    }
