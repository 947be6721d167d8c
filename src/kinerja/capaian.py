"""Capaian: realisasi diukur terhadap target, dalam persen.

- Polaritas positif (makin tinggi makin baik): ``capaian = R / T × 100``.
- Polaritas negatif (makin rendah makin baik): ``capaian = (2T − R) / T × 100``, rumus
  PermenPANRB 8/2021 (:attr:`RumusNegatif.SELISIH`, bawaan). Sebagian sistem memakai
  ``T / R × 100`` (:attr:`RumusNegatif.RASIO`): hanya bila diminta, tidak pernah diam-diam.
- Target rentang ``a–b``: R di dalam ``[a, b]`` → 100; di atas b memakai b, di bawah a memakai a,
  dengan polaritas indikator.
- Tanpa batas atas/bawah secara bawaan: capaian lebih (225, 150, 111,11) ditampilkan apa
  adanya. ``maksimum``/``minimum`` adalah pilihan eksplisit pemanggil.
- T = 0 tidak punya capaian: :class:`~kinerja.galat.TargetNol`, bukan 0 dan bukan tak hingga.
- Satuan T dan R harus sama; "target 100%, realisasi 3 Desa" hanya bisa dihitung bila
  penyebutnya diberikan (``Realisasi(3, "Desa", dari=12)`` → 25%).

Banyak indikator: *rata-rata capaian* (rerata nilai capaian) berbeda dari *capaian agregat*
(Σ R / Σ T × 100); keduanya sama-sama disebut "rata-rata" di laporan, di sini namanya dibedakan.

>>> from kinerja import bulatkan
>>> bulatkan(capaian(Target("95,45"), Realisasi("95,27")))
Decimal('99.81')
>>> capaian(10, 8, polaritas=Polaritas.NEGATIF)
Decimal('120')
>>> bulatkan(capaian_agregat(target=["4.483.500", "5.969.000"],
...                          realisasi=["4.453.500", "369.500"]))
Decimal('46.14')
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal, DecimalException

from kinerja._isian import EnumKinerja, pilihan_enum, urutan
from kinerja.angka import AngkaMasukan, jumlah, ke_desimal
from kinerja.besaran import bagi, kali, kurang, persen_teruji
from kinerja.galat import (
    DataTidakAda,
    InputTidakSah,
    RealisasiNol,
    SatuanTidakCocok,
    TargetNol,
    tampil_aman,
)
from kinerja.indikator import Polaritas, Realisasi, Target, sama_satuan
from kinerja.persen import persen, persen_hitungan

__all__ = [
    "RumusNegatif",
    "capaian",
    "capaian_agregat",
    "rata_rata_capaian",
    "rata_rata_tertimbang",
]

_SERATUS = Decimal(100)
_NOL = Decimal(0)
_POSITIF = Polaritas.POSITIF  # nama modul: jalur singkat tanpa pencarian atribut enum per panggilan


class RumusNegatif(enum.Enum, metaclass=EnumKinerja):
    """Rumus capaian untuk indikator berpolaritas negatif."""

    SELISIH = "selisih"
    """``(2T − R) / T × 100`` — PermenPANRB 8/2021 (bawaan)."""
    RASIO = "rasio"
    """``T / R × 100`` — dipakai sebagian sistem; hanya bila diminta."""

    def __str__(self) -> str:
        return self.value

    @classmethod
    def dari(cls, nilai: object) -> RumusNegatif:
        """Rumus dari enum-nya atau teks "selisih"/"rasio" (tanpa beda huruf).

        >>> RumusNegatif.dari("Rasio")
        <RumusNegatif.RASIO: 'rasio'>
        """
        return pilihan_enum(cls, nilai, "rumus_negatif")


def _sebagai_target(nilai: object) -> Target:
    return nilai if isinstance(nilai, Target) else Target(ke_desimal(nilai, "target"))


def _sebagai_realisasi(nilai: object) -> Realisasi:
    return nilai if isinstance(nilai, Realisasi) else Realisasi(ke_desimal(nilai, "realisasi"))


def _nilai_realisasi(target: Target, realisasi: Realisasi) -> Decimal:
    """Nilai R dalam satuan target; memakai penyebut bila target dalam persen.

    Penyebut (``dari``) tidak pernah diabaikan diam-diam: dengan target dalam persen ia selalu
    dipakai (3 dari 12 Desa → 25), dengan target bersatuan sama ia keterangan saja (3 Desa
    terhadap 12 Desa), dan dengan target tanpa satuan maknanya tidak jelas → galat.
    """
    if realisasi.dari is not None and realisasi.satuan != "%":
        if target.satuan == "%":
            # Persen realisasi menggantikan realisasi sebagai masukan rumus: batas besaran yang
            # sama berlaku (ke_desimal) untuk setiap polaritas.
            return ke_desimal(realisasi.sebagai_persen(), "realisasi")
        if target.satuan is None:
            raise SatuanTidakCocok(
                f"realisasi {realisasi.nilai} dari {realisasi.dari} berpenyebut, tetapi satuan "
                "target tidak disebut: tulis satuan target '%' bila target dalam persen (realisasi "
                "dihitung sebagai persen dari penyebutnya), atau satuan yang sama dengan realisasi"
            )
    if sama_satuan(target.satuan, realisasi.satuan):
        return realisasi.nilai
    raise SatuanTidakCocok(
        f"satuan target ({tampil_aman(target.satuan)}) dan realisasi "
        f"({tampil_aman(realisasi.satuan)}) berbeda; "
        "samakan satuannya, atau berikan penyebut realisasi (mis. Realisasi(3, 'Desa', dari=12)) "
        "bila target dalam persen"
    )


def _opsional(nilai: object, nama: str) -> Decimal | None:
    return None if nilai is None else ke_desimal(nilai, nama)


def capaian(
    target: Target | AngkaMasukan,
    realisasi: Realisasi | AngkaMasukan,
    *,
    polaritas: Polaritas | str = Polaritas.POSITIF,
    rumus_negatif: RumusNegatif | str = RumusNegatif.SELISIH,
    maksimum: AngkaMasukan | None = None,
    minimum: AngkaMasukan | None = None,
) -> Decimal:
    """Capaian satu indikator dalam persen (tidak dibulatkan).

    >>> capaian(40, 90)
    Decimal('225')
    >>> capaian(Target.rentang(60, 75), 48)
    Decimal('80')
    >>> capaian(Target.rentang(10, 12), 9, polaritas=Polaritas.NEGATIF)
    Decimal('110')
    >>> capaian(10, 8, polaritas=Polaritas.NEGATIF, rumus_negatif=RumusNegatif.RASIO)
    Decimal('125')
    >>> capaian(40, 90, maksimum=120)
    Decimal('120')
    """
    if (
        polaritas is _POSITIF
        and isinstance(rumus_negatif, RumusNegatif)
        and type(target) is Decimal
        and type(realisasi) is Decimal
        and maksimum is None
        and minimum is None
    ):
        # Jalur singkat untuk dua Decimal biasa (kasus terbanyak di loop besar): pemeriksaan
        # besaran yang sama persis dengan ke_desimal (objek yang sama) dan rumus yang sama
        # dengan jalur umum di bawah, tanpa membuat objek Target/Realisasi. Apa pun yang tidak
        # lolos (NaN, tak hingga, di luar besaran, target <= 0) jatuh ke jalur umum, yang
        # melempar galatnya.
        try:
            if target.is_finite() and realisasi.is_finite() and target > _NOL:
                return persen_teruji(realisasi, target)
        except DecimalException:
            pass
    polaritas = Polaritas.dari(polaritas)
    rumus_negatif = RumusNegatif.dari(rumus_negatif)
    t = _sebagai_target(target)
    r = _sebagai_realisasi(realisasi)
    atas = _opsional(maksimum, "maksimum")
    bawah = _opsional(minimum, "minimum")
    if atas is not None and bawah is not None and bawah > atas:
        raise InputTidakSah(f"'minimum' ({bawah}) tidak boleh lebih besar dari 'maksimum' ({atas})")
    nilai_r = _nilai_realisasi(t, r)

    if t.bawah == 0:
        raise TargetNol(f"target bernilai 0 (diberikan {t}): capaian tidak terdefinisi")
    if t.bawah < 0:
        raise InputTidakSah(f"'target' harus > 0 (diberikan {t})")

    if t.adalah_rentang and t.bawah <= nilai_r <= t.batas_atas:
        hasil = _SERATUS  # di dalam rentang target
    else:
        nilai_t = t.bawah if nilai_r < t.bawah else t.batas_atas
        hasil = _rumus(nilai_t, nilai_r, polaritas, rumus_negatif)
    if atas is not None and hasil > atas:
        hasil = atas
    if bawah is not None and hasil < bawah:
        hasil = bawah
    return hasil


def _rumus(t: Decimal, r: Decimal, polaritas: Polaritas, rumus_negatif: RumusNegatif) -> Decimal:
    if polaritas is Polaritas.POSITIF:
        return persen(r, t, nama_bagian="realisasi", nama_keseluruhan="target")
    if rumus_negatif is RumusNegatif.SELISIH:
        # PermenPANRB 8/2021: capaian = (1 + (1 − R/T)) × 100 = (2T − R) / T × 100
        return persen_hitungan(kurang(kali(t, 2), r), t, nama_keseluruhan="target")
    if r == 0:
        raise RealisasiNol(
            "rumus rasio T/R tidak terdefinisi untuk realisasi 0; pakai RumusNegatif.SELISIH"
        )
    return persen(t, r, nama_bagian="target", nama_keseluruhan="realisasi")


def _daftar(nilai: object, nama: str) -> Sequence[object]:
    # fungsi rata-rata dan agregat hanya menjalani nilainya sekali: generator pun boleh
    return urutan(nilai, nama, sekali_jalan=True)


def _desimal_daftar(nilai: object, nama: str) -> list[Decimal]:
    daftar = _daftar(nilai, nama)
    if not daftar:
        raise DataTidakAda(f"'{nama}' kosong: tidak ada nilai untuk dihitung")
    return [ke_desimal(v, f"{nama}[{i}]") for i, v in enumerate(daftar)]


def rata_rata_capaian(nilai: Iterable[AngkaMasukan]) -> Decimal:
    """Rata-rata hitung nilai capaian: Σ cᵢ / n.

    >>> rata_rata_capaian([120, 90, "99,5"])
    Decimal('103.1666666666666666666666666666667')
    """
    daftar = _desimal_daftar(nilai, "nilai")
    return bagi(jumlah(daftar), Decimal(len(daftar)))


def capaian_agregat(
    *,
    target: Sequence[Target | AngkaMasukan],
    realisasi: Sequence[Realisasi | AngkaMasukan],
) -> Decimal:
    """Capaian agregat baris bersatuan sama: Σ R / Σ T × 100.

    Setiap R dihitung dalam satuan targetnya, seperti pada :func:`capaian`: realisasi
    berpenyebut terhadap target persen memakai persennya (3 Desa dari 12 → 25), bukan
    hitungannya. Target 100% dengan 3/12 dan 12/12 Desa → (25 + 100) / 200 × 100 = 62,5.
    Baris yang satuannya (setelah itu) berbeda → :class:`~kinerja.galat.SatuanTidakCocok`.

    >>> capaian_agregat(target=[Target(100, "%"), Target(100, "%")],
    ...                 realisasi=[Realisasi(3, "Desa", dari=12), Realisasi(12, "Desa", dari=12)])
    Decimal('62.5')
    """
    daftar_t = [_sebagai_target(t) for t in _daftar(target, "target")]
    daftar_r = [_sebagai_realisasi(r) for r in _daftar(realisasi, "realisasi")]
    if len(daftar_t) != len(daftar_r):
        raise InputTidakSah(
            f"jumlah target ({len(daftar_t)}) dan realisasi ({len(daftar_r)}) harus sama"
        )
    if not daftar_t:
        raise DataTidakAda("'target' kosong: tidak ada baris untuk dihitung")
    satuan: str | None = None
    nilai_r: list[Decimal] = []
    for i, (t, r) in enumerate(zip(daftar_t, daftar_r, strict=True)):
        if t.adalah_rentang:
            raise InputTidakSah(f"target[{i}] berupa rentang ({t}); agregat butuh target tunggal")
        nilai_r.append(_nilai_realisasi(t, r))  # R dalam satuan target (persen bila berpenyebut)
        satuan_baris = t.satuan if t.satuan is not None else r.satuan
        if not sama_satuan(satuan_baris, satuan):
            raise SatuanTidakCocok(
                f"baris [{i}] bersatuan {tampil_aman(satuan_baris)}, baris sebelumnya "
                f"{tampil_aman(satuan)}: agregat "
                "Σ R / Σ T hanya untuk baris bersatuan sama"
            )
        satuan = satuan if satuan is not None else satuan_baris
    jumlah_t = jumlah(t.nilai for t in daftar_t)
    if jumlah_t == 0:
        raise TargetNol("jumlah target 0: capaian agregat tidak terdefinisi")
    if jumlah_t < 0:
        raise InputTidakSah(f"jumlah target harus > 0 (diberikan {jumlah_t})")
    return persen(jumlah(nilai_r), jumlah_t, nama_bagian="Σ realisasi", nama_keseluruhan="Σ target")


def rata_rata_tertimbang(nilai: Sequence[AngkaMasukan], bobot: Sequence[AngkaMasukan]) -> Decimal:
    """Rata-rata tertimbang Σ wᵢ·cᵢ / Σ wᵢ, dengan bobot eksplisit (mis. bobot atau pagu).

    >>> rata_rata_tertimbang([100, 50], [3, 1])
    Decimal('87.5')
    """
    daftar_c = _desimal_daftar(nilai, "nilai")
    daftar_w = _desimal_daftar(bobot, "bobot")
    if len(daftar_c) != len(daftar_w):
        raise InputTidakSah(
            f"jumlah nilai ({len(daftar_c)}) dan bobot ({len(daftar_w)}) harus sama"
        )
    for i, w in enumerate(daftar_w):
        if w < 0:
            raise InputTidakSah(f"'bobot[{i}]' harus >= 0 (diberikan {tampil_aman(w)})")
    jumlah_w = jumlah(daftar_w)
    if jumlah_w == 0:
        raise InputTidakSah("jumlah bobot 0: rata-rata tertimbang tidak terdefinisi")
    pembilang = jumlah(kali(c, w) for c, w in zip(daftar_c, daftar_w, strict=True))
    return bagi(pembilang, jumlah_w)
