"""Hand-labelled draft posts for :func:`graders.post_check.check_post`.

Every post is fictional: the Pemerintah Provinsi Nusa Bahari and its agencies (Dinas
Kesehatan, BPBD, Dishub, Diskominfo, Dinsos, Disdik), their handles and every name are
invented. Personal data appears only in fake forms: NIK starting with 99, phone numbers
0812-0000-xxxx, e-mail addresses at contoh.id.

Each post carries the set of failing item codes a careful reviewer finds in it by
applying the rules documented in :mod:`graders.post_check` (``expected_flaws``), and a
verdict written by hand:

- ``"baik"``: publishable, at most a small style slip;
- ``"sedang"``: needs another pass (no call to action, a claim without source, missing
  alternative text or captions, several style slips);
- ``"buruk"``: must not be published (personal data, partisan or personal content,
  insults, provocation, an unverified rumour, longer than the platform accepts).

The labels and the checker were written by the same engineer. About a third of the posts
(those written in the style of ``datasets/official_posts.csv`` and of typical trainee
slips, added after the checker's first version) were labelled before the checker was run
on them; they exposed faults that were then fixed (the agencies' own 16-20 character
handles taken for malformed X handles, "No." and "Jl." ending a sentence, "Saksikan"
after an emoji not seen as a call to action, a hoax's quoted amount asked for a date, a
"kantor" in an earlier sentence making a private number look official). One false alarm
is left on purpose: "Konon" opening a legend (see ``KNOWN_FALSE_ALARMS`` in the tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Post:
    """One draft: what the trainee wrote, where, the check's context and its flaws."""

    name: str
    text: str
    platform: str
    expected_flaws: frozenset[str]
    verdict: str
    context: dict[str, Any] = field(default_factory=dict)


def _post(
    name: str,
    text: str,
    platform: str,
    flaws: tuple[str, ...] = (),
    verdict: str = "baik",
    **context: Any,
) -> Post:
    return Post(name, text, platform, frozenset(flaws), verdict, dict(context))


_LONG_URL = (
    "https://dinkes.nusabahari.go.id/informasi/penyakit-menular/demam-berdarah-dengue/"
    "panduan-pemberantasan-sarang-nyamuk-3m-plus-untuk-keluarga?utm_source=x&utm_medium="
    "sosial&utm_campaign=cegah-dbd-2026#langkah-langkah"
)

_TAGS_32 = " ".join(
    f"#{word}"
    for word in (
        "FestivalBahari NusaBahari PesonaBahari WisataBahari KulinerBahari BudayaBahari "
        "PantaiBahari LautBiru TelukBiru KarangMas PelabuhanRaya PulauSagara WisataLaut "
        "SenjaBahari TariBahari MusikBahari UMKMBahari KriyaBahari BatikBahari LiburanSeru "
        "JelajahBahari AyoKeBahari BahariMaju BahariBangkit BahariHebat BahariJuara "
        "BahariBersih BahariHijau BahariSehat BahariCerdas BahariRamah BahariKreatif"
    ).split()
)

_WHATSAPP_LONG = (
    "Sahabat Bahari, berikut jadwal layanan kesehatan gratis pekan ini.\n\n"
    "Senin, 5 Oktober 2026: pemeriksaan tekanan darah dan gula darah di Puskesmas Kota "
    "Bahari pukul 08.00–12.00 WIB.\n"
    "Selasa, 6 Oktober 2026: imunisasi anak di Posyandu Melati, Kelurahan Tanjung, pukul "
    "08.00–11.00 WIB.\n"
    "Rabu, 7 Oktober 2026: pemeriksaan kesehatan ibu hamil di Puskesmas Teluk Biru pukul "
    "08.00–12.00 WIB.\n"
    "Kamis, 8 Oktober 2026: pemeriksaan mata gratis bagi lansia di Puskesmas Karang Mas "
    "pukul 09.00–13.00 WIB.\n"
    "Jumat, 9 Oktober 2026: gerakan pemberantasan sarang nyamuk serentak di seluruh "
    "kelurahan mulai pukul 07.00 WIB.\n"
    "Sabtu, 10 Oktober 2026: senam sehat bersama di Alun-Alun Kota Bahari pukul 06.00 WIB, "
    "dilanjutkan pemeriksaan kesehatan gratis.\n\n"
    "Bawa kartu identitas dan buku kesehatan bila ada. Layanan ini gratis dan terbuka bagi "
    "semua warga. Datanglah tepat waktu agar antrean tetap tertib. Petugas kami akan "
    "membantu Anda di meja pendaftaran.\n\n"
    "Informasi lebih lanjut: https://dinkes.nusabahari.go.id/jadwal-layanan atau call center "
    "Dinas Kesehatan 0812-0000-1500. #SehatBersama"
)

_X_LONG = (
    "Dinas Perhubungan Provinsi Nusa Bahari menutup sementara Jl. Pahlawan Bahari mulai "
    "Senin, 5 Oktober 2026 pukul 22.00 WIB untuk perbaikan jembatan. Kendaraan dari arah "
    "pelabuhan dialihkan melalui Jl. Merdeka dan Jl. Diponegoro. Angkutan umum tetap "
    "beroperasi melalui jalur alternatif. Gunakan jalur alternatif dan ikuti arahan petugas "
    "di lapangan. #InfoLaluLintas"
)

POSTS: tuple[Post, ...] = (
    # ------------------------------------------------------------------ baik
    _post(
        "x_kuras_bak",
        "Jentik nyamuk berkembang biak di air yang tergenang. Ayo kuras bak mandi setiap "
        "Jumat! Info: https://dinkes.nusabahari.go.id/dbd #CegahDBD #NusaBahari",
        "x",
    ),
    _post(
        "instagram_tas_siaga",
        "Musim hujan segera tiba. Siapkan tas siaga berisi dokumen penting, obat, dan senter. "
        "Kenali jalur evakuasi di lingkungan Anda. #SiagaBanjir #BPBDNusaBahari #NusaBahari",
        "IG",
        image=True,
        alt_text="Petugas BPBD menunjukkan isi tas siaga bencana: map dokumen, obat-obatan, "
        "dan senter.",
    ),
    _post(
        "facebook_data_dbd_bersumber",
        "Per 15 September 2026 tercatat 120 kasus DBD di Provinsi Nusa Bahari, turun 18 persen "
        "dibanding pekan sebelumnya. Sumber: Dinas Kesehatan Provinsi Nusa Bahari. Tetap "
        "lakukan 3M Plus di rumah masing-masing. #CegahDBD #NusaBahari",
        "facebook",
    ),
    _post(
        "tiktok_cuci_tangan",
        "Cara mencuci tangan yang benar dalam enam langkah. Simak videonya sampai selesai dan "
        "praktikkan di rumah. #CuciTangan #HidupSehat #DinkesNusaBahari",
        "tiktok",
        video=True,
        captions=True,
    ),
    _post(
        "youtube_rekayasa_lalu_lintas",
        "Dinas Perhubungan Provinsi Nusa Bahari menjelaskan rekayasa lalu lintas di Jl. "
        "Pahlawan Bahari selama perbaikan jalan. Gunakan jalur alternatif melalui Jl. Merdeka. "
        "Informasi lengkap: https://dishub.nusabahari.go.id/lalu-lintas #InfoLaluLintas "
        "#DishubNusaBahari",
        "youtube",
        title="Rekayasa Lalu Lintas Jl. Pahlawan Bahari selama Perbaikan Jalan",
        video=True,
        captions=True,
    ),
    _post(
        "whatsapp_ktp_elektronik",
        "Sahabat Bahari, layanan perekaman KTP elektronik di Mal Pelayanan Publik buka Senin "
        "sampai Jumat pukul 08.00–15.00 WIB. Bawa kartu keluarga asli. Informasi lebih lanjut: "
        "https://dukcapil.nusabahari.go.id",
        "WhatsApp Channel",
    ),
    _post(
        "x_penutupan_jalan_tandai_dishub",
        "Hari ini pukul 09.00 WIB Jl. Sudirman ditutup sementara untuk perbaikan drainase. "
        "Gunakan jalur alternatif dan pantau kabar terkini dari @dishubnusabahari. "
        "#InfoLaluLintas",
        "Twitter",
        required_mentions=["@dishubnusabahari"],
    ),
    _post(
        "x_klarifikasi_hoaks_fogging",
        "[HOAKS] Beredar kabar bahwa pengasapan (fogging) menyebabkan sesak napas. Faktanya, "
        "insektisida yang dipakai aman sesuai standar Kemenkes. Cek faktanya di "
        "https://nusabahari.go.id/cekfakta #CekFakta #LawanHoaks",
        "X (Twitter)",
    ),
    _post(
        "instagram_reels_posyandu",
        "Posyandu hadir di setiap desa. Bawa Buku KIA saat imunisasi anak bulan ini. Jadwal "
        "lengkap ada di tautan di bio. #AnakSehat #ImunisasiLengkap #DinkesNusaBahari "
        "#NusaBahari",
        "instagram",
        video=True,
        captions=True,
    ),
    _post(
        "facebook_call_center_banjir",
        "Butuh bantuan evakuasi saat banjir? Hubungi call center BPBD Nusa Bahari "
        "0812-0000-1122 atau nomor darurat 112. Petugas siaga 24 jam. #SiagaBanjir "
        "#BPBDNusaBahari",
        "Facebook",
    ),
    _post(
        "tiktok_stunting_tagar_wajib",
        "Kenali tanda stunting sejak dini dan timbang anak setiap bulan di posyandu. Simak "
        "penjelasan ahli gizi dalam video ini. #CegahStunting #AnakSehat #DinkesNusaBahari",
        "TikTok",
        required_hashtags=["#CegahStunting"],
        video=True,
        captions=True,
    ),
    _post(
        "x_kegiatan_pimpinan_tanpa_ajakan",
        "Rapat evaluasi kinerja triwulan III dipimpin langsung oleh Kepala Dinas Sosial "
        "Provinsi Nusa Bahari. #DinsosNusaBahari",
        "x",
        call_to_action=False,
    ),
    _post(
        "instagram_vaksin_rabies",
        "Sebanyak 2.450 hewan peliharaan di Kota Bahari telah menerima vaksin rabies gratis "
        "per 30 September 2026, menurut data Dinas Kesehatan. Daftarkan hewan peliharaan Anda "
        "di puskesmas terdekat. #BebasRabies #DinkesNusaBahari #NusaBahari",
        "instagram",
        image=True,
        alt_text="Dokter hewan menyuntikkan vaksin rabies pada seekor anjing di halaman puskesmas.",
    ),
    _post(
        "whatsapp_webinar_campur_inggris",
        "Sahabat Bahari, webinar 'Digital Public Service Day' digelar Kamis, 8 Oktober 2026 "
        "pukul 13.00 WIB. Daftar gratis di https://diskominfo.nusabahari.go.id/webinar. Kuota "
        "terbatas. #NusaBahariDigital",
        "whatsapp",
    ),
    _post(
        "facebook_pasang_laut_emoji",
        "🌊 Pasang laut diperkirakan terjadi pada 14–16 Oktober 2026. Warga pesisir Teluk Biru "
        "diimbau menaikkan barang berharga ke tempat yang lebih tinggi. Pantau peringatan dini "
        "dari BMKG dan @bpbdnusabahari. 🙏 #SiagaBencana #NusaBahari",
        "facebook",
    ),
    _post(
        "youtube_festival_bahari",
        "Gubernur Nusa Bahari membuka Festival Bahari 2026 di Kota Pelabuhan Raya. Tonton "
        "rangkaian acaranya dan kunjungi stan UMKM hingga 12 Oktober 2026. #FestivalBahari "
        "#NusaBahari",
        "YouTube",
        video=True,
        captions=True,
    ),
    _post(
        "whatsapp_konsultasi_gizi_kontak_resmi",
        "Layanan konsultasi gizi gratis untuk ibu dan anak. Kirim pertanyaan Anda ke WhatsApp "
        "Dinas Kesehatan 0812-0000-2468 setiap hari kerja pukul 08.00–16.00 WIB.",
        "whatsapp",
        official_contacts=["0812-0000-2468"],
    ),
    _post(
        "x_tautan_panjang_dihitung_23",
        "Panduan lengkap 3M Plus untuk keluarga: menguras, menutup, dan mendaur ulang, "
        "ditambah langkah pencegahan lain. Baca di sini: " + _LONG_URL + " #CegahDBD",
        "x",
    ),
    _post(
        "x_tagar_di_fragmen_tautan",
        "Agenda Festival Bahari hari ketiga sudah terbit. Lihat jadwalnya di "
        "https://nusabahari.go.id/agenda?hari=3#panggung-utama dan ajak keluarga datang. "
        "#FestivalBahari",
        "x",
    ),
    _post(
        "x_terlalu_banyak_tagar",
        "Uji KIR kini dapat didaftarkan secara daring. Daftar di "
        "https://dishub.nusabahari.go.id/kir #UjiKIR #Dishub #NusaBahari #LayananPublik",
        "x",
        ("tagar.terlalu_banyak",),
    ),
    _post(
        "tiktok_kata_tanpa_spasi",
        "Program Kampung Siaga hadir di desa Anda. Pemerintahprovinsinusabahari mengajak warga "
        "mengikuti pelatihan siaga bencana. Daftar di kantor desa. #KampungSiaga "
        "#SiagaBencana #NusaBahari",
        "tiktok",
        ("keterbacaan.kata_panjang",),
    ),
    _post(
        "facebook_pengungsi_tanpa_tanggal",
        "Menurut data BPBD, 312 kepala keluarga di Kecamatan Pesisir mengungsi akibat banjir. "
        "Hubungi posko terdekat bila membutuhkan bantuan. #BanjirTelukBiru",
        "facebook",
        ("fakta.tanpa_tanggal",),
    ),
    _post(
        "instagram_sapaan_yuk",
        "Yuk, donor darah! Satu kantong darah dapat menolong tiga nyawa. Datang ke PMI Kota "
        "Bahari setiap Sabtu pukul 08.00–12.00 WIB. #DonorDarah #DinkesNusaBahari #NusaBahari",
        "instagram",
    ),
    _post(
        "tiktok_ppdb_daring",
        "Mau tahu cara daftar sekolah secara online? Cek video ini sampai habis! Semua info "
        "PPDB 2026 ada di sini. #PPDB2026 #DisdikNusaBahari #SekolahNusaBahari",
        "tiktok",
    ),
    _post(
        "x_prakiraan_gelombang",
        "Cuaca ekstrem diprakirakan terjadi tiga hari ke depan menurut BMKG. Warga pesisir harap "
        "waspada gelombang tinggi hingga 4 meter. #SiagaBencana #BMKG",
        "x",
    ),
    _post(
        "youtube_festival_emoji_tagar",
        "✨🎉 Festival Bahari 2026 resmi dibuka! 🎉✨ Saksikan keseruan parade budaya dari tujuh "
        "kabupaten/kota di Nusa Bahari. #FestivalBahari #NusaBahari #PesonaBahari "
        "#WisataBahari #BudayaBahari",
        "youtube",
        ("keterbacaan.emoji_berlebihan", "tagar.terlalu_banyak"),
        title="Parade Budaya Festival Bahari 2026",
    ),
    _post(
        "x_sebutan_terlalu_panjang",
        "Terima kasih @Pemprov_NusaBahari_Official_2026 atas dukungannya! Ayo terus jaga "
        "kebersihan pantai. #PantaiBersih",
        "x",
        ("sebutan.format_salah",),
    ),
    _post(
        "instagram_relawan_tagana",
        "Terima kasih @bpbdnusabahari dan relawan Tagana yang sigap membantu evakuasi warga "
        "Teluk Biru. Warga yang membutuhkan bantuan dapat menghubungi posko di Balai Desa "
        "Tanjung. #BanjirTelukBiru #BPBDNusaBahari #NusaBahari",
        "Instagram Reels",
        alt_text="Relawan Tagana mengevakuasi seorang lansia dengan perahu karet di jalan yang "
        "tergenang banjir.",
    ),
    _post(
        "x_sim_keliling",
        "Pelayanan SIM keliling hari ini di Alun-Alun Kota Bahari pukul 08.00–12.00 WIB. Jangan "
        "lupa bawa KTP asli dan fotokopinya, ya! #SIMKeliling #NusaBahari",
        "x",
    ),
    _post(
        "instagram_lapor_pungli",
        "Gimana caranya lapor kalau ada pungli? Gampang kok! Laporkan lewat SP4N-LAPOR! di "
        "lapor.go.id atau SMS 1708. Identitas pelapor dijamin rahasia. #StopPungli "
        "#LayananPublik #NusaBahari",
        "instagram",
        ("bahasa.tidak_baku",),
    ),
    _post(
        "tiktok_cek_bansos_langkah",
        "Cara cek status penerima bansos: 1) buka cekbansos.kemensos.go.id, 2) isi nama "
        "wilayah, 3) ketik nama sesuai KTP, 4) klik Cari Data. Gampang, kan? #Bansos "
        "#DinsosNusaBahari #NusaBahari",
        "tiktok",
        ("bahasa.tidak_baku",),
    ),
    _post(
        "youtube_siaran_langsung_dprd",
        "Saksikan siaran langsung rapat paripurna DPRD Provinsi Nusa Bahari hari ini pukul "
        "10.00 WIB. #DPRDNusaBahari",
        "youtube",
        title="LIVE: Rapat Paripurna DPRD Nusa Bahari",
    ),
    _post(
        "x_lawan_dbd_3m",
        "Lawan DBD dengan 3M Plus! Kuras bak mandi, tutup tempat air, dan daur ulang barang "
        "bekas. #CegahDBD",
        "x",
    ),
    _post(
        "facebook_konon_legenda_pantai",
        "Konon, Pantai Teluk Biru dinamai dari warna lautnya yang biru jernih saat pagi. "
        "Kunjungi dan jaga kebersihannya, ya! #WisataBahari",
        "facebook",
    ),
    _post(
        "whatsapp_vaksin_hpv_singkatan",
        "Sahabat Bahari, pendaftaran vaksin HPV utk siswi kelas 5 SD dibuka s.d. 20 Okt 2026. "
        "Daftar di sekolah masing2.",
        "whatsapp",
        ("bahasa.tidak_baku",),
    ),
    # ------------------------------------------------------------------ sedang
    _post(
        "x_jembatan_bahasa_gaul_tanpa_ajakan",
        "Jembatan Kali Biru udah bisa dilewati lagi mulai hari ini. #InfrastrukturBahari",
        "x",
        ("ajakan.tidak_ada", "bahasa.tidak_baku"),
        "sedang",
    ),
    _post(
        "instagram_seragam_tanpa_teks_alternatif",
        "Seragam gratis untuk siswa SMA/SMK negeri mulai dibagikan pekan ini. Ambil di sekolah "
        "masing-masing dengan membawa kartu pelajar. #seragamgratisnusabahari",
        "instagram",
        ("tagar.terlalu_sedikit", "tagar.sulit_dibaca", "aksesibilitas.teks_alternatif_kosong"),
        "sedang",
        image=True,
        alt_text="",
    ),
    _post(
        "facebook_kasus_dbd_tanpa_sumber",
        "Kasus DBD di Kabupaten Teluk Biru mencapai 87 kasus dan 2 orang meninggal dunia. "
        "Segera bawa anggota keluarga yang demam tinggi ke puskesmas. #CegahDBD",
        "facebook",
        ("fakta.tanpa_sumber", "fakta.tanpa_tanggal"),
        "sedang",
    ),
    _post(
        "tiktok_berteriak",
        "AWAS BAHAYA DEMAM BERDARAH!!! 🦟🦟🦟🦟 Kuras, tutup, dan daur ulang barang bekas ya "
        "gaes. #CegahDBD #Jumantik #DinkesNusaBahari",
        "tiktok",
        (
            "keterbacaan.huruf_kapital",
            "keterbacaan.tanda_baca_berulang",
            "keterbacaan.emoji_berlebihan",
            "bahasa.tidak_baku",
        ),
        "sedang",
    ),
    _post(
        "instagram_kalimat_panjang",
        "Dalam rangka meningkatkan kualitas pelayanan publik di lingkungan Pemerintah Provinsi "
        "Nusa Bahari, Dinas Komunikasi dan Informatika menyelenggarakan bimbingan teknis "
        "pengelolaan media sosial bagi para pranata humas dari seluruh perangkat daerah yang "
        "berlangsung selama tiga hari di Kota Bahari. Kegiatan ini diharapkan dapat "
        "meningkatkan kemampuan para peserta dalam menyusun konten yang informatif, menarik, "
        "dan sesuai dengan ketentuan peraturan perundang-undangan yang berlaku. "
        "#DiskominfoNusaBahari #HumasPemerintah #NusaBahari",
        "instagram",
        ("keterbacaan.kalimat_panjang", "ajakan.tidak_ada"),
        "sedang",
    ),
    _post(
        "youtube_judul_panjang_tanpa_takarir",
        "Sosialisasi program kerja tahun 2026 oleh Kepala Dinas Pendidikan Provinsi Nusa "
        "Bahari. Simak selengkapnya. #DisdikNusaBahari",
        "youtube",
        ("judul.melebihi_batas", "aksesibilitas.takarir_tidak_ada"),
        "sedang",
        title="Sosialisasi Program Kerja Tahun 2026 Dinas Pendidikan Provinsi Nusa Bahari bagi "
        "Kepala Sekolah, Guru, dan Orang Tua Siswa",
        video=True,
        captions=False,
    ),
    _post(
        "x_tagar_terputus_tanpa_tagar_wajib",
        "Pemutihan denda pajak kendaraan bermotor diperpanjang hingga 31 Oktober 2026. "
        "Manfaatkan kesempatan ini! #Pajak-Kendaraan #2026",
        "x",
        ("tagar.format_salah", "tagar.wajib_tidak_ada"),
        "sedang",
        required_hashtags=["PajakKendaraan"],
    ),
    _post(
        "facebook_sebutan_salah_tulis",
        "Terima kasih kepada @dinkes-nusabahari dan para relawan jumantik yang telah memeriksa "
        "1.200 rumah pekan ini. Mari lanjutkan Gerakan 1 Rumah 1 Jumantik! #CegahDBD",
        "facebook",
        (
            "sebutan.format_salah",
            "sebutan.wajib_tidak_ada",
            "fakta.tanpa_sumber",
            "fakta.tanpa_tanggal",
        ),
        "sedang",
        required_mentions=["@dinkesnusabahari"],
    ),
    _post(
        "instagram_teks_alternatif_umum",
        "Bantuan sembako bagi lansia dan penyandang disabilitas udah disalurkan di Kabupaten "
        "Teluk Biru. Cek status penerima melalui kanal resmi Dinas Sosial. #PeduliSesama "
        "#BansosTepatSasaran #DinsosNusaBahari",
        "instagram",
        ("aksesibilitas.teks_alternatif_kurang", "bahasa.tidak_baku"),
        "sedang",
        alt_text="Foto kegiatan",
    ),
    _post(
        "instagram_32_tagar",
        "Suasana malam pembukaan Festival Bahari 2026 di Kota Pelabuhan Raya. " + _TAGS_32,
        "instagram",
        ("tagar.terlalu_banyak", "ajakan.tidak_ada"),
        "sedang",
    ),
    _post(
        "facebook_imbauan_tidak_baku",
        "Himbauan bagi warga dimana saja berada: kurangi penggunaan plastik sekali pakai. "
        "Sampah plastik di Nusa Bahari mencapai 40 ton per hari. #NusaBahariBersih",
        "facebook",
        ("bahasa.tidak_baku", "fakta.tanpa_sumber", "fakta.tanpa_tanggal"),
        "sedang",
    ),
    _post(
        "tiktok_tanpa_tagar_tanpa_ajakan",
        "Bus Trans Bahari koridor 5 kini beroperasi hingga pukul 21.00 WIB setiap hari.",
        "tiktok",
        ("tagar.terlalu_sedikit", "ajakan.tidak_ada"),
        "sedang",
    ),
    _post(
        "whatsapp_tanpa_ajakan_tanda_baca",
        "Sahabat Bahari, listrik di Kecamatan Pesisir akan padam sementara besok pukul "
        "09.00–14.00 WIB karena pemeliharaan jaringan?! Mohon maaf atas ketidaknyamanannya.",
        "whatsapp",
        ("ajakan.tidak_ada", "keterbacaan.tanda_baca_berulang"),
        "sedang",
    ),
    _post(
        "youtube_tanpa_tagar_tanpa_ajakan",
        "Rekaman lengkap rapat koordinasi penanganan banjir bersama BPBD, Dinas Sosial, dan "
        "Dinas Kesehatan Provinsi Nusa Bahari.",
        "youtube",
        ("tagar.terlalu_sedikit", "ajakan.tidak_ada"),
        "sedang",
    ),
    _post(
        "instagram_cek_fakta_bansos",
        "[CEK FAKTA] Pesan berantai bansos tunai Rp2,5 juta lewat tautan adalah palsu. Jangan "
        "klik tautan tersebut dan laporkan ke aduankonten.id. #CekFakta #DiskominfoNusaBahari "
        "#NusaBahari",
        "instagram",
        ("fakta.tanpa_sumber",),
        "sedang",
    ),
    _post(
        "facebook_hari_kesehatan_nasional",
        "Selamat Hari Kesehatan Nasional ke-62! Terima kasih kepada seluruh tenaga kesehatan di "
        "Nusa Bahari yang terus melayani dengan sepenuh hati. #HKN2026 #DinkesNusaBahari",
        "facebook",
        ("ajakan.tidak_ada",),
        "sedang",
    ),
    _post(
        "x_hati2_tagar_berspasi",
        "Hati2 di jalan, Sahabat Bahari. Jalan licin setelah hujan, kurangi kecepatan kendaraan "
        "Anda. #Selamat Berkendara",
        "x",
        ("bahasa.tidak_baku", "tagar.format_salah"),
        "sedang",
    ),
    _post(
        "whatsapp_pemadaman_air",
        "Info penting!!! Besok ada pemadaman air PDAM di Kecamatan Pesisir dari jam 8 pagi "
        "sampe jam 4 sore. Harap siapkan tampungan air.",
        "whatsapp",
        ("keterbacaan.tanda_baca_berulang", "bahasa.tidak_baku"),
        "sedang",
    ),
    _post(
        "facebook_stunting_turun",
        "Alhamdulillah, angka stunting di Nusa Bahari turun dari 24,1% pada 2024 menjadi 19,8% "
        "pada 2025 (Survei Status Gizi Indonesia). Terima kasih untuk semua kader posyandu! "
        "Terus pantau tumbuh kembang anak ya. #CegahStunting",
        "facebook",
    ),
    _post(
        "instagram_beasiswa_teks_alternatif_singkat",
        "Geser untuk info lengkap ➡️ Pendaftaran Beasiswa Bahari Cerdas 2026 dibuka sampai 30 "
        "November 2026. Syarat: warga Nusa Bahari, IPK minimal 3,00, dan bukan penerima "
        "beasiswa lain. #BeasiswaBahariCerdas #DisdikNusaBahari #NusaBahari",
        "instagram",
        ("aksesibilitas.teks_alternatif_kurang",),
        "sedang",
        image=True,
        alt_text="Poster pendaftaran beasiswa",
    ),
    _post(
        "facebook_ppid_kalimat_panjang",
        "Permohonan informasi publik kepada PPID Provinsi Nusa Bahari dijawab paling lambat 10 "
        "hari kerja sejak permohonan diterima dan dapat diperpanjang paling lama 7 hari kerja "
        "(UU No. 14 Tahun 2008 Pasal 22). Ajukan permohonan melalui "
        "https://ppid.nusabahari.go.id atau datang langsung ke kantor PPID. "
        "#KeterbukaanInformasi #PPIDNusaBahari",
        "facebook",
        ("keterbacaan.kalimat_panjang",),
        "baik",
    ),
    _post(
        "instagram_doa_banjir",
        "Hari ini Kepala BPBD meninjau lokasi banjir di Teluk Biru 🙏🙏 Semoga air cepat surut "
        "ya... #PrayForTelukBiru #BPBDNusaBahari",
        "instagram",
        ("ajakan.tidak_ada", "tagar.terlalu_sedikit"),
        "sedang",
    ),
    _post(
        "tiktok_samsat_lemot",
        "Pelayanan Samsat memang lemot banget minggu ini, kami udah tegur petugasnya. Sabar ya! "
        "#SamsatNusaBahari #LayananPublik #NusaBahari",
        "tiktok",
        ("bahasa.tidak_baku", "ajakan.tidak_ada"),
        "sedang",
    ),
    _post(
        "facebook_anggaran_jalan",
        "Anggaran perbaikan jalan provinsi tahun ini sebesar Rp125 miliar, naik 15% dari tahun "
        "lalu. Pantau progresnya di https://pu.nusabahari.go.id/progres #InfrastrukturBahari",
        "facebook",
        ("fakta.tanpa_sumber", "fakta.tanpa_tanggal"),
        "sedang",
    ),
    # ------------------------------------------------------------------ buruk
    _post(
        "facebook_nik_dan_telepon_warga",
        "Selamat kepada Ibu Siti Aminah (NIK 9971015204800003), penerima bantuan usaha mikro. "
        "Hubungi beliau di 0812-0000-3456 untuk liputan. #UMKMNusaBahari",
        "facebook",
        ("data_pribadi.ditemukan",),
        "buruk",
    ),
    _post(
        "x_ajakan_coblos",
        "Jangan lupa 14 Februari 2029 coblos nomor urut 2, pemimpin yang terbukti membangun "
        "Nusa Bahari! #2029GantiGubernur",
        "x",
        ("netralitas.kampanye",),
        "buruk",
    ),
    _post(
        "instagram_pendapat_pribadi",
        "Menurut saya pribadi, pelayanan di RSUD Bahari sudah jauh lebih baik. Silakan coba "
        "sendiri. #RSUDBahari #LayananKesehatan #NusaBahari",
        "instagram",
        ("netralitas.opini_pribadi",),
        "buruk",
    ),
    _post(
        "x_menghina_warga",
        "Masih ada saja warga bodoh yang membuang sampah ke sungai. Jangan buang sampah "
        "sembarangan! #SungaiBersih",
        "x",
        ("etika.hinaan",),
        "buruk",
    ),
    _post(
        "facebook_provokasi_serbu_kantor",
        "Warga Karang Mas, serbu kantor PT Tambang Jaya yang mencemari sungai kita! Lawan "
        "perusak lingkungan! #SelamatkanSungai",
        "facebook",
        ("etika.provokasi",),
        "buruk",
    ),
    _post(
        "whatsapp_kabar_viral",
        "Katanya air PDAM di Kota Bahari tercemar bakteri, sudah viral di grup warga. Sebaiknya "
        "rebus air sebelum diminum dan pantau informasi berikutnya.",
        "whatsapp",
        ("etika.belum_terverifikasi",),
        "buruk",
    ),
    _post(
        "x_terlalu_panjang",
        _X_LONG,
        "x",
        ("panjang.melebihi_batas",),
        "buruk",
    ),
    _post(
        "whatsapp_melebihi_batas_kursus",
        _WHATSAPP_LONG,
        "whatsapp",
        ("panjang.melebihi_batas",),
        "buruk",
    ),
    _post(
        "tiktok_hoaks_vaksin",
        "VIRAL!!! Konon vaksin bikin mandul, jangan mau divaksin guys!! #infovaksinterbaru",
        "tiktok",
        (
            "etika.belum_terverifikasi",
            "keterbacaan.tanda_baca_berulang",
            "bahasa.tidak_baku",
            "tagar.terlalu_sedikit",
            "tagar.sulit_dibaca",
        ),
        "buruk",
    ),
    _post(
        "instagram_nomor_kk_dan_surel",
        "Pemenang lomba foto: Budi Santoso, No. KK 9971012345670001, surel "
        "budi.santoso@contoh.id. Selamat! Ikuti lomba berikutnya bulan depan. #LombaFotoBahari "
        "#NusaBahari #DiskominfoNusaBahari",
        "instagram",
        ("data_pribadi.ditemukan",),
        "buruk",
    ),
    _post(
        "youtube_nama_partai",
        "Terima kasih Partai Gerindra dan PKS atas dukungan anggaran pembangunan jembatan ini. "
        "Tonton peresmiannya di kanal kami. #NusaBahariMaju",
        "youtube",
        ("netralitas.kampanye",),
        "buruk",
    ),
    _post(
        "facebook_hinaan_penyebar_hoaks",
        "Buat yang nyebar hoaks banjir, dasar goblok!!! Cek dulu sebelum share. #StopHoaks",
        "facebook",
        ("etika.hinaan", "keterbacaan.tanda_baca_berulang", "bahasa.tidak_baku"),
        "buruk",
    ),
    _post(
        "x_hancurkan_akun",
        "Lawan hoaks, bukan lawan tetangga! Hancurkan saja akun-akun penyebar fitnah itu!",
        "x",
        ("etika.provokasi", "tagar.terlalu_sedikit"),
        "buruk",
    ),
    _post(
        "tiktok_anak_hilang_nomor_ayah",
        "Dicari anak laki-laki berusia 7 tahun yang terpisah dari keluarganya di Pantai Teluk "
        "Biru. Bila melihatnya, hubungi ayahnya di 0812-0000-7788. #InfoWarga #TelukBiru "
        "#NusaBahari",
        "tiktok",
        ("data_pribadi.ditemukan",),
        "buruk",
    ),
    _post(
        "x_pilih_nomor_satu",
        "Pilih nomor 1 pada Pilkada nanti agar program #SekolahGratis berlanjut! Info: "
        "https://nusabahari.go.id",
        "x",
        ("netralitas.kampanye",),
        "buruk",
    ),
    _post(
        "whatsapp_gue_pribadi",
        "Gue pribadi ngerasa jalan ini udah mulus banget. Coba deh lewat sini.",
        "whatsapp",
        ("netralitas.opini_pribadi", "bahasa.tidak_baku"),
        "buruk",
    ),
    _post(
        "facebook_surel_panitia",
        "Kirim karya Anda ke lomba@diskominfo.nusabahari.go.id paling lambat 31 Oktober 2026. "
        "Ada pertanyaan? Hubungi panitia, Rina, di rina.panitia@contoh.id. #LombaKaryaBahari",
        "facebook",
        ("data_pribadi.ditemukan",),
        "buruk",
    ),
    _post(
        "whatsapp_nomor_ketua_rt",
        "Yth. Bapak/Ibu warga Kelurahan Tanjung. Pembagian beras bantuan pangan dilaksanakan "
        "Kamis, 8 Oktober 2026 di kantor kelurahan. Bawa undangan dan KTP. Info: 0812-0000-4321 "
        "(Pak Joko, Ketua RT 03).",
        "whatsapp",
        ("data_pribadi.ditemukan",),
        "buruk",
    ),
    _post(
        "instagram_dua_periode",
        "Terima kasih Bapak Gubernur atas program jalan mulus! Lanjutkan dua periode! 💪 "
        "#NusaBahariMaju #GubernurKita #NusaBahari",
        "instagram",
        ("netralitas.kampanye",),
        "buruk",
    ),
)
