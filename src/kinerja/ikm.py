"""Indeks Kepuasan Masyarakat (IKM / SKM, PermenPANRB 14/2017), tepat dengan Decimal.

Responden menilai setiap *unsur* pelayanan 1–4. Sembilan unsur regulasi adalah cakupan
minimumnya (urutannya: :data:`UNSUR_IKM`); unit boleh menambah, dan dengan n unsur setiap unsur
berbobot 1/n.

- **NRR per unsur** = Σ nilai unsur itu / banyaknya jawaban yang diberikan untuk unsur itu
  (sama dengan banyaknya responden bila tidak ada yang kosong).
- **IKM** = Σ NRRᵤ × bobot × 25 dengan bobot = 1/n tepat: rerata NRR × 25, antara 25 dan 100.
  Contoh terhitung regulasi mencetak bobot terbulatkan (1/9 = 0,11), dan banyak survei terbit
  menghitung dengan 0,11 atau 0,111; ``bobot=`` menghitung varian itu untuk dibandingkan
  (:mod:`kinerja.laporan` memakainya untuk menjelaskan angka tercetak), bawaannya 1/n tepat.
- **Mutu** pelayanan: :data:`~kinerja.skala_predikat.SKALA_IKM` (A Sangat Baik … D Tidak Baik),
  diputuskan atas indeks yang dibulatkan ke 2 tempat, seperti dicetak.

Sumber: PermenPANRB 14/2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit
Penyelenggara Pelayanan Publik (lampiran: unsur, rumus NRR dan nilai interval konversi),
ringkasan di DOMAIN.md §13; kata jawaban kuesioner di :mod:`kinerja.ikm_jawaban`.

Contoh terhitung (dikonstruksi, DOMAIN.md §13): 10 responden, jumlah per unsur 32, 30, 31,
35, 29, 33, 34, 30, 36:

>>> from kinerja import bulatkan, predikat, SKALA_IKM
>>> indeks = ikm(jumlah_per_unsur=[32, 30, 31, 35, 29, 33, 34, 30, 36], responden=10)
>>> bulatkan(indeks), predikat(indeks, SKALA_IKM).label
(Decimal('80.56'), 'B')
>>> nrr(jumlah_per_unsur=[32, 30, 31], responden=10)
(Decimal('3.2'), Decimal('3'), Decimal('3.1'))
>>> ikm(jawaban=[[4, 3, None], [3, 3, 2]])  # kosong tidak dihitung: NRR 3,5; 3; 2
Decimal('70.83333333333333333333333333333333')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from kinerja._isian import urutan
from kinerja.angka import AngkaMasukan, ke_desimal
from kinerja.besaran import bagi
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman

__all__ = ["NILAI_IKM_MAKSIMUM", "NILAI_IKM_MINIMUM", "UNSUR_IKM", "ikm", "nrr"]

UNSUR_IKM: tuple[str, ...] = (
    "Persyaratan",
    "Sistem, mekanisme dan prosedur",
    "Waktu penyelesaian",
    "Biaya/tarif",
    "Produk spesifikasi jenis pelayanan",
    "Kompetensi pelaksana",
    "Perilaku pelaksana",
    "Penanganan pengaduan, saran dan masukan",
    "Sarana dan prasarana",
)
"""Sembilan unsur SKM PermenPANRB 14/2017, urut seperti di regulasi (cakupan minimum)."""

NILAI_IKM_MINIMUM = 1
"""Nilai persepsi terendah satu jawaban."""
NILAI_IKM_MAKSIMUM = 4
"""Nilai persepsi tertinggi satu jawaban."""

_KONVERSI = 25  # nilai interval konversi: NRR 1–4 → indeks 25–100


def _bulat_positif(nilai: object, nama: str, *, nol_boleh: bool = False) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(f"'{nama}' harus bilangan bulat (diberikan {tampil_aman(nilai)})")
    if nilai < (0 if nol_boleh else 1):
        syarat = "≥ 0" if nol_boleh else "≥ 1"
        raise InputTidakSah(f"'{nama}' harus {syarat} (diberikan {tampil_aman(nilai)})")
    return nilai


def _nilai_jawaban(nilai: object, nama: str) -> int | None:
    """Satu jawaban: bilangan bulat 1–4, atau ``None`` (kosong)."""
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TipeTidakSah(
            f"'{nama}' harus bilangan bulat 1–4 atau None (diberikan {tampil_aman(nilai)})"
        )
    if not NILAI_IKM_MINIMUM <= nilai <= NILAI_IKM_MAKSIMUM:
        raise InputTidakSah(f"'{nama}' harus 1–4 (diberikan {nilai})")
    return nilai


def _dari_jawaban(jawaban: object) -> tuple[tuple[Decimal, int], ...]:
    """(Σ nilai, banyak jawaban) per unsur dari baris jawaban per responden."""
    baris = urutan(jawaban, "jawaban", "baris jawaban per responden")
    if not baris:
        raise InputTidakSah("'jawaban' kosong: survei tanpa responden tidak punya indeks")
    lebar: int | None = None
    total: list[int] = []
    banyak: list[int] = []
    for r, satu in enumerate(baris):
        nilai = urutan(satu, f"jawaban[{r}]", "jawaban per unsur")
        if lebar is None:
            lebar = len(nilai)
            if not lebar:
                raise InputTidakSah("'jawaban[0]' kosong: survei butuh sedikitnya satu unsur")
            total, banyak = [0] * lebar, [0] * lebar
        elif len(nilai) != lebar:
            raise InputTidakSah(
                f"'jawaban[{r}]' berisi {len(nilai)} jawaban, padahal baris pertama {lebar} "
                "unsur (jawaban kosong ditulis None)"
            )
        for u, x in enumerate(nilai):
            v = _nilai_jawaban(x, f"jawaban[{r}][{u}]")
            if v is not None:
                total[u] += v
                banyak[u] += 1
    return tuple((Decimal(t), n) for t, n in zip(total, banyak, strict=True))


def _dari_jumlah(jumlah_per_unsur: object, responden: object) -> tuple[tuple[Decimal, int], ...]:
    total = urutan(jumlah_per_unsur, "jumlah_per_unsur", "angka")
    if not total:
        raise InputTidakSah("'jumlah_per_unsur' kosong: survei butuh sedikitnya satu unsur")
    if isinstance(responden, Sequence) and not isinstance(responden, (str, bytes)):
        banyak = [
            _bulat_positif(n, f"responden[{i}]", nol_boleh=True) for i, n in enumerate(responden)
        ]
        if len(banyak) != len(total):
            raise InputTidakSah(
                f"'responden' berisi {len(banyak)} bilangan, padahal 'jumlah_per_unsur' "
                f"{len(total)} unsur"
            )
    else:
        banyak = [_bulat_positif(responden, "responden")] * len(total)
    hasil = []
    for u, (t, n) in enumerate(zip(total, banyak, strict=True)):
        x = ke_desimal(t, f"jumlah_per_unsur[{u}]")
        if x != x.to_integral_value():
            raise InputTidakSah(
                f"'jumlah_per_unsur[{u}]' harus bilangan bulat: jumlah nilai 1–4 (diberikan {x})"
            )
        if not n * NILAI_IKM_MINIMUM <= x <= n * NILAI_IKM_MAKSIMUM:
            raise InputTidakSah(
                f"'jumlah_per_unsur[{u}]' = {x} tidak mungkin dari {tampil_aman(n)} jawaban "
                f"bernilai 1–4 (harus {tampil_aman(n * NILAI_IKM_MINIMUM)}–"
                f"{tampil_aman(n * NILAI_IKM_MAKSIMUM)})"
            )
        hasil.append((x, n))
    return tuple(hasil)


def _per_unsur(
    jumlah_per_unsur: object, responden: object, jawaban: object
) -> tuple[tuple[Decimal, int], ...]:
    if jawaban is not None:
        if jumlah_per_unsur is not None or responden is not None:
            raise InputTidakSah(
                "isi 'jawaban' saja, atau 'jumlah_per_unsur' dengan 'responden'; bukan keduanya"
            )
        return _dari_jawaban(jawaban)
    if jumlah_per_unsur is None or responden is None:
        raise InputTidakSah(
            "butuh 'jawaban' (baris per responden), atau 'jumlah_per_unsur' dengan 'responden'"
        )
    return _dari_jumlah(jumlah_per_unsur, responden)


def _unsur(
    jumlah_per_unsur: object, responden: object, jawaban: object
) -> tuple[tuple[Decimal, int], ...]:
    per_unsur = _per_unsur(jumlah_per_unsur, responden, jawaban)
    for u, (_, banyak) in enumerate(per_unsur):
        if not banyak:
            raise InputTidakSah(
                f"unsur [{u}] tidak punya satu jawaban pun: NRR-nya tak terdefinisi"
            )
    return per_unsur


def _desimal(x: Fraction) -> Decimal:
    """Pecahan tepat → Decimal, dibulatkan sekali (34 digit): urutan unsur tak berpengaruh."""
    return bagi(Decimal(x.numerator), Decimal(x.denominator))


def nrr(
    *,
    jumlah_per_unsur: Sequence[AngkaMasukan] | None = None,
    responden: int | Sequence[int] | None = None,
    jawaban: Sequence[Sequence[int | None]] | None = None,
) -> tuple[Decimal, ...]:
    """Nilai rata-rata (NRR) per unsur, 1–4, tidak dibulatkan.

    Dari ``jawaban`` (satu baris per responden, satu nilai 1–4 per unsur, ``None`` = kosong),
    atau dari ``jumlah_per_unsur`` dengan ``responden`` (satu bilangan untuk semua unsur, atau
    satu per unsur: banyaknya jawaban yang diberikan). Unsur tanpa satu jawaban pun → galat.
    """
    per_unsur = _unsur(jumlah_per_unsur, responden, jawaban)
    return tuple(bagi(total, Decimal(banyak)) for total, banyak in per_unsur)


def ikm(
    *,
    jumlah_per_unsur: Sequence[AngkaMasukan] | None = None,
    responden: int | Sequence[int] | None = None,
    jawaban: Sequence[Sequence[int | None]] | None = None,
    bobot: AngkaMasukan | None = None,
) -> Decimal:
    """Indeks Kepuasan Masyarakat 25–100, tidak dibulatkan: Σ NRRᵤ × bobot × 25.

    Masukan sama dengan :func:`nrr`. ``bobot`` bawaan 1/n tepat (n = banyaknya unsur); bobot
    terbulatkan yang dicetak banyak survei (``"0,11"``, ``"0,111"``) bisa diberikan untuk
    menghitung ulang angka mereka — hasilnya bukan IKM yang benar (dengan 0,11 maksimumnya 99).
    Dihitung dengan pecahan tepat dan dibulatkan sekali ke 34 digit.

    >>> ikm(jumlah_per_unsur=[32, 30, 31, 35, 29, 33, 34, 30, 36], responden=10, bobot="0,11")
    Decimal('79.75')
    """
    per_unsur = _unsur(jumlah_per_unsur, responden, jawaban)
    if bobot is None:
        b = Fraction(1, len(per_unsur))
    else:
        bd = ke_desimal(bobot, "bobot")
        if not 0 < bd <= 1:
            raise InputTidakSah(f"'bobot' harus > 0 dan ≤ 1 (diberikan {bd})")
        b = Fraction(bd)
    total = sum((Fraction(t) / n for t, n in per_unsur), Fraction(0))
    return _desimal(total * b * _KONVERSI)
