"""Layanan: antarmuka mesin kinerja — JSON v1 dan skemanya, layanan HTTP lokal, halaman web.

- :mod:`kinerja.layanan.inti` — yang dipakai bersama perintah ``kinerja`` dan layanan HTTP:
  membaca laporan dari bait (stdin, badan permintaan), dokumen JSON v1, galat sebagai JSON,
  skema masukan dan keluaran. Tanpa ketergantungan tambahan.
- :mod:`kinerja.layanan.aplikasi` — aplikasi ASGI (FastAPI) untuk ``kinerja layani``; butuh
  extra ``layanan``: ``pip install 'kinerja[layanan]'``.

Lapisan antarmuka (``docs/tata-letak.md``): boleh mengimpor semuanya, tidak diimpor siapa pun
kecuali ``kinerja.cli``.
"""
