import type { TLang } from './common';

/**
 * Every error code the API answers with, its HTTP status and its message in both
 * languages. `{name}` placeholders are filled from the error's params.
 */
export const ERRORS = {
  VALIDATION: { status: 400, id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  BAD_REQUEST: {
    status: 400,
    id: 'Permintaan tidak dapat diproses.',
    en: 'The request cannot be processed.',
  },
  UNAUTHENTICATED: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  INVALID_CREDENTIALS: { status: 401, id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  LOGIN_THROTTLED: {
    status: 429,
    id: 'Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam {minutes} menit. Dari peramban yang pernah Anda pakai untuk masuk, percobaan orang lain tidak menunda Anda.',
    en: "Too many failed login attempts. For safety, try again in {minutes} minute(s). On a browser you have logged in from before, other people's attempts do not hold you up.",
  },
  ACCOUNT_INACTIVE: { status: 403, id: 'Akun tidak aktif.', en: 'The account is not active.' },
  CSRF: {
    status: 403,
    id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman.',
    en: 'The security (CSRF) token is missing or does not match. Reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    id: 'Anda tidak berwenang melakukan ini.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  PIN_THROTTLED: {
    status: 429,
    id: 'Terlalu banyak PIN yang salah untuk kode ini. Coba lagi dalam {minutes} menit.',
    en: 'Too many wrong PINs for this code. Try again in {minutes} minute(s).',
  },
  TRACKING_NOT_FOUND: {
    status: 404,
    id: 'Kode pelacakan atau PIN salah.',
    en: 'Wrong tracking code or PIN.',
  },
  CONFLICT: {
    status: 409,
    id: 'Data bertentangan dengan data yang ada: {detail}',
    en: 'Conflicts with existing data: {detail}',
  },
  UNIT_NOT_EMPTY: {
    status: 409,
    id: 'Unit tidak dapat dihapus: masih memiliki {children} sub-unit dan {positions} jabatan. Pindahkan atau hapus dulu.',
    en: 'The unit cannot be deleted: it still has {children} sub-unit(s) and {positions} position(s). Move or delete them first.',
  },
  LETTER_NUMBER_CANCELLED: {
    status: 409,
    id: 'Nomor surat {number} sudah dibatalkan.',
    en: 'Letter number {number} is already cancelled.',
  },
  INCOMING_LETTER_HAS_CASE: {
    status: 409,
    id: 'Surat masuk {agendaNumber} sudah ditindaklanjuti dengan kasus {caseNumber}.',
    en: 'Incoming letter {agendaNumber} already has case {caseNumber}.',
  },
  SERVICE_REQUEST_EMAIL_HANDLED: {
    status: 409,
    id: 'Email ini sudah ditangani sebelumnya (permohonan {number}).',
    en: 'This email has already been handled (request {number}).',
  },
  LKPM_REPORT_EXISTS: {
    status: 409,
    id: 'LKPM {period} untuk perusahaan dan bidang usaha ini sudah ada.',
    en: 'An LKPM for {period} already exists for this company and business line.',
  },
  LKPM_WRONG_STATUS: {
    status: 409,
    id: 'LKPM ini berstatus {status}: tindakan ini tidak dapat dilakukan.',
    en: 'This LKPM is {status}: this action cannot be done.',
  },
  WRONG_PASSWORD: { status: 400, id: 'Kata sandi lama salah.', en: 'The current password is wrong.' },
  RATE_LIMITED: {
    status: 429,
    id: 'Terlalu banyak permintaan. Coba lagi nanti.',
    en: 'Too many requests. Try again later.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, id: 'Data terlalu besar.', en: 'The payload is too large.' },
  INTERNAL: {
    status: 500,
    id: 'Terjadi kesalahan pada server. Kode permintaan: {requestId}.',
    en: 'Something went wrong on the server. Request id: {requestId}.',
  },
  SURVEY_ALREADY_ANSWERED: {
    status: 409,
    id: 'Survei ini sudah diisi. Setiap layanan yang selesai hanya dapat dinilai satu kali. Terima kasih atas penilaian Anda.',
    en: 'This survey has already been answered. Each finished service can be rated once. Thank you for your rating.',
  },
  UNAVAILABLE: { status: 503, id: 'Layanan sedang tidak tersedia.', en: 'The service is unavailable.' },
  CONSULTATION_WRONG_STATUS: {
    status: 409,
    id: 'Tiket konsultasi ini berstatus {status}: tindakan ini tidak dapat dilakukan.',
    en: 'This consultation ticket is {status}: this action cannot be done.',
  },
} as const satisfies Record<string, { status: number; id: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

export function errorMessage(
  code: ErrorCode,
  lang: TLang,
  params: Record<string, string | number> = {},
): string {
  const template = ERRORS[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Messages for validation rules, keyed by rule; `{field}` is the field's label. */
export const RULE_MESSAGES: Record<string, { id: string; en: string }> = {
  required: { id: '{field} wajib diisi.', en: '{field} is required.' },
  type: { id: '{field} harus berupa {expected}.', en: '{field} must be a {expected}.' },
  too_short: { id: '{field} minimal {min} karakter.', en: '{field} must have at least {min} characters.' },
  too_long: { id: '{field} maksimal {max} karakter.', en: '{field} must have at most {max} characters.' },
  too_small: { id: '{field} minimal {min}.', en: '{field} must be at least {min}.' },
  too_big: { id: '{field} maksimal {max}.', en: '{field} must be at most {max}.' },
  too_few: { id: '{field} minimal berisi {min} item.', en: '{field} must have at least {min} items.' },
  too_many: { id: '{field} maksimal berisi {max} item.', en: '{field} must have at most {max} items.' },
  email: { id: '{field} harus alamat email yang valid.', en: '{field} must be a valid email address.' },
  uuid: { id: '{field} harus berupa ID yang valid.', en: '{field} must be a valid id.' },
  date_format: { id: '{field} harus berformat TTTT-BB-HH.', en: '{field} must be a date as YYYY-MM-DD.' },
  time_format: { id: '{field} harus berformat JJ:MM.', en: '{field} must be a time as HH:MM.' },
  format: { id: '{field} formatnya tidak valid.', en: '{field} has an invalid format.' },
  // request primitives (./input): what PostgreSQL could not store
  text_nul: {
    id: '{field} memuat karakter NUL (\\u0000) yang tidak diizinkan.',
    en: '{field} contains a NUL character (\\u0000), which is not allowed.',
  },
  text_surrogate: {
    id: '{field} memuat karakter Unicode yang tidak utuh (surrogate tanpa pasangan).',
    en: '{field} contains a broken Unicode character (an unpaired surrogate).',
  },
  date_invalid: {
    id: '{field} bukan tanggal yang ada di kalender.',
    en: '{field} is not a date that exists on the calendar.',
  },
  date_out_of_range: {
    id: '{field} harus tanggal antara {min} dan {max}.',
    en: '{field} must be a date between {min} and {max}.',
  },
  json_depth: {
    id: '{field} bersarang terlalu dalam (maksimal {max} tingkat).',
    en: '{field} is nested too deeply (at most {max} levels).',
  },
  enum: { id: '{field} harus salah satu dari: {options}.', en: '{field} must be one of: {options}.' },
  unknown_field: { id: '{field} tidak dikenal.', en: '{field} is not a known field.' },
  date_range: {
    id: '{field} tidak boleh sebelum tanggal mulai.',
    en: '{field} must not be before the start date.',
  },
  invalid: { id: '{field} tidak valid.', en: '{field} is not valid.' },
  not_in_scope: {
    id: '{field} harus unit atau pegawai aktif instansi ini dalam lingkup Anda.',
    en: '{field} must be an active unit or staff member of this agency within your scope.',
  },
  managed_by_module: {
    id: '{field}: kasus SOP ini dimulai dari halaman modulnya ({module}), yang juga mencatat datanya; tidak dapat dimulai sebagai kasus umum.',
    en: '{field}: cases of this SOP start from its module page ({module}), which also records its data; it cannot be started as a generic case.',
  },
  not_in_team: {
    id: '{field} harus anggota tim yang menangani langkah ini (untuk pengaduan: petugas layanan pengaduan atau Pokja).',
    en: '{field} must be on the team that handles this step (for complaints: a complaint officer or the working group).',
  },
  no_holder: {
    id: '{field}: tidak ada pegawai aktif di unit itu yang memegang peran langkah ini.',
    en: "{field}: no active staff member of that unit holds this step's role.",
  },
  identity_not_visible: {
    id: '{field}: dokumen ini memuat identitas pelapor, yang tidak boleh dilihat orang tersebut. Buka identitas untuknya dulu (dengan alasan) atau pilih orang lain.',
    en: "{field}: this document carries the reporter's identity, which that person may not see. Reveal it to them first (with a reason) or choose someone else.",
  },
  duplicate: { id: '{field} sudah dipakai.', en: '{field} is already in use.' },
  classification: {
    id: '{field} harus kode klasifikasi, mis. 067 atau 000.8.3.3.',
    en: '{field} must be a classification code such as 067 or 000.8.3.3.',
  },
  pattern_unknown: {
    id: '{field} memuat penanda yang tidak dikenal: {name}.',
    en: '{field} contains an unknown placeholder: {name}.',
  },
  pattern_missing: { id: '{field} harus memuat {token}.', en: '{field} must contain {token}.' },
  file_type: {
    id: '{field} harus berkas PDF, JPEG atau PNG (diperiksa dari isinya, bukan dari nama berkas).',
    en: '{field} must be a PDF, JPEG or PNG file (checked by its content, not its name).',
  },
  complaint_file_type: {
    id: '{field} harus berkas PDF, JPEG, PNG atau DOCX (diperiksa dari isinya, bukan dari nama berkas).',
    en: '{field} must be a PDF, JPEG, PNG or DOCX file (checked by its content, not its name).',
  },
  contact_required: {
    id: '{field}: isi nomor telepon atau alamat surel (salah satu wajib).',
    en: '{field}: give a phone number or an email address (one of them is required).',
  },
  nib: { id: '{field} harus 13 digit angka.', en: '{field} must be 13 digits.' },
  unit_unknown: {
    id: '{field} harus kode salah satu unit instansi Anda seperti tercetak di nomor surat (mis. {example}).',
    en: "{field} must be the code of one of your agency's units as printed in a letter number (e.g. {example}).",
  },
  tracking_code: {
    id: '{field} harus kode pelacakan: ADU dan 10 huruf/angka, mis. ADU-7KQ4M-9XPT2.',
    en: '{field} must be a tracking code: ADU and 10 letters or digits, e.g. ADU-7KQ4M-9XPT2.',
  },
  pin: { id: '{field} harus 6 digit angka.', en: '{field} must be 6 digits.' },
  // service requests (issue 10)
  kbli: { id: '{field} harus kode KBLI 5 digit angka.', en: '{field} must be a 5-digit KBLI code.' },
  amount: { id: '{field} harus nilai angka lebih dari nol.', en: '{field} must be an amount above zero.' },
  complaint_mailbox: {
    id: '{field} adalah kotak surel pengaduan instansi ini; gunakan alamat lain untuk permohonan layanan.',
    en: "{field} is this agency's complaint mailbox; use another address for service requests.",
  },
  service_request_code: {
    id: '{field} harus kode permohonan: LAY dan 10 huruf/angka, mis. LAY-7KQ4M-9XPT2.',
    en: '{field} must be a request code: LAY and 10 letters or digits, e.g. LAY-7KQ4M-9XPT2.',
  },
  earliest_date: {
    id: '{field} paling cepat {earliest} (5 hari kerja setelah permohonan diterima).',
    en: '{field} must be {earliest} or later (5 working days after the request is received).',
  },
  consultation_proof: {
    id: '{field}: isi nomor referensi konsultasi sebelumnya atau unggah buktinya.',
    en: '{field}: give the reference number of the earlier consultation or upload its proof.',
  },
  must_confirm: { id: '{field} harus dikonfirmasi.', en: '{field} must be confirmed.' },
  not_open: {
    id: '{field}: permohonan ini tidak dalam tahap yang memungkinkan tindakan ini.',
    en: '{field}: this request is not at a stage that allows this action.',
  },
  not_signed: {
    id: '{field} harus dokumen yang sudah ditandatangani.',
    en: '{field} must be a signed document.',
  },
  wrong_step: {
    id: '{field}: langkah ini tidak sedang terbuka untuk pengaduan ini.',
    en: '{field}: this step is not open for this complaint.',
  },
  working_group_channel: {
    id: '{field}: pengaduan melalui kotak pengaduan, surat, media elektronik atau media massa ditindaklanjuti dan dijawab oleh Kelompok Kerja (Perka BKPM 12/2015 Lampiran I); petugas hanya dapat menyelesaikan langsung pengaduan tatap muka atau yang diteruskan Pegawai ASN. Teruskan ke Kelompok Kerja.',
    en: '{field}: complaints by complaint box, letter, electronic media or mass media are followed up and answered by the working group (Perka BKPM 12/2015 Appendix I); the officer may settle at once only face-to-face complaints and those passed on by an ASN officer. Forward it to the working group.',
  },
  file_too_large: { id: '{field} maksimal 10 MB.', en: '{field} must be at most 10 MB.' },
  not_future: { id: '{field} tidak boleh di masa depan.', en: '{field} must not be in the future.' },
  // routine supervision plan (issue 11 item 5)
  not_working_day: {
    id: '{field} bukan hari kerja pada kalender kerja instansi (akhir pekan, libur nasional atau cuti bersama).',
    en: "{field} is not a working day on the agency's calendar (a weekend, public holiday or collective leave).",
  },
  plan_year_past: {
    id: '{field}: tahun rencana paling awal {min}.',
    en: '{field}: the plan year is {min} or later.',
  },
  plan_year_too_far: {
    id: '{field}: tahun rencana paling lambat {max}.',
    en: '{field}: the plan year is {max} at the latest.',
  },
  plan_no_days_left: {
    id: '{field}: tidak ada lagi hari kerja tersisa tahun ini untuk kunjungan.',
    en: '{field}: no working days are left this year for visits.',
  },
  visit_other_year: {
    id: '{field} harus dalam tahun rencana yang sama.',
    en: '{field} must be in the same plan year.',
  },
  visit_not_after_today: {
    id: '{field} harus setelah hari ini (surat tugas terbit satu hari kerja sebelum kunjungan).',
    en: '{field} must be after today (the assignment letter is issued one working day before the visit).',
  },
  letter_after_visit: {
    id: '{field} tidak boleh setelah tanggal kunjungan.',
    en: '{field} must not be after the visit date.',
  },
  inspector_unknown: {
    id: '{field} bukan pemeriksa atau fungsional pengendalian yang aktif di instansi ini.',
    en: '{field} is not an active examiner or control officer of this agency.',
  },
  // inspection reports and incidental supervision (issue 11 item 5)
  photo_type: {
    id: '{field} harus foto JPEG atau PNG.',
    en: '{field} must be a JPEG or PNG photo.',
  },
  signed_and_refused: {
    id: '{field}: isi nama wakil perusahaan yang menandatangani atau alasan penolakan tanda tangan, bukan keduanya.',
    en: '{field}: give the company representative who signed or the reason the company refused to sign, not both.',
  },
  after_receipt: {
    id: '{field} tidak boleh setelah tanggal surat diterima.',
    en: '{field} must not be after the date the letter was received.',
  },
  rupiah: {
    id: '{field} harus nilai rupiah utuh: angka 0-9 tanpa titik, koma atau tanda minus (paling banyak 15 digit).',
    en: '{field} must be whole rupiah: digits 0-9 without dots, commas or a minus sign (at most 15 digits).',
  },
  lkpm_exempt: {
    id: '{field}: usaha mikro tidak wajib menyampaikan LKPM.',
    en: '{field}: micro businesses do not file an LKPM.',
  },
  lkpm_period_kind: {
    id: '{field}: usaha skala {scale} melapor per {expected}.',
    en: '{field}: a {scale} business reports by {expected}.',
  },
  lkpm_period_no: {
    id: '{field}: periode {kind} hanya 1 sampai {max}.',
    en: '{field}: a {kind} period is 1 to {max}.',
  },
  lkpm_future_period: {
    id: '{field}: periode laporan belum berakhir.',
    en: '{field}: the reporting period has not ended yet.',
  },
  // investment-control imports (issue 11 item 1)
  whole_number: {
    id: '{field} harus bilangan bulat tanpa desimal (mis. 1250000 atau 1.250.000).',
    en: '{field} must be a whole number without decimals (e.g. 1250000 or 1.250.000).',
  },
  unknown_company: {
    id: '{field}: tidak ada perusahaan dengan NIB ini di daftar perusahaan; impor perusahaannya dulu.',
    en: '{field}: no company with this NIB is in the registry; import the company first.',
  },
  duplicate_in_file: {
    id: '{field}: baris ini mengulang kunci baris {first} dalam berkas yang sama.',
    en: '{field}: this row repeats the key of row {first} in the same file.',
  },
  missing_column: {
    id: '{field}: kolom ini tidak ada di baris judul berkas.',
    en: '{field}: this column is missing from the file’s header row.',
  },
  import_file: {
    id: '{field} harus berkas CSV atau XLSX dengan baris judul dan paling sedikit satu baris data.',
    en: '{field} must be a CSV or XLSX file with a header row and at least one data row.',
  },
  import_not_previewed: {
    id: '{field}: impor ini sudah dijalankan atau tidak lagi dapat dijalankan.',
    en: '{field}: this import has already run or can no longer run.',
  },
  // document template rules (packages/core/src/documents/template.ts)
  at_least_one: {
    id: '{field}: isi paling sedikit salah satu dari {fields}.',
    en: '{field}: fill in at least one of {fields}.',
  },
  unknown_placeholder: {
    id: '{field} memuat penanda yang bukan isian atau nilai bawaan.',
    en: '{field} contains a placeholder that is neither a field nor a built-in value.',
  },
  field_type: {
    id: '{field} menunjuk isian dengan jenis yang salah.',
    en: '{field} points at a field of the wrong type.',
  },
  // SOP definition rules (packages/core/src/sop/validate.ts)
  'duplicate-step-id': {
    id: '{field}: ID langkah dipakai dua kali.',
    en: '{field}: the step id is used twice.',
  },
  'duplicate-step-no': {
    id: '{field}: nomor langkah dipakai dua kali.',
    en: '{field}: the step number is used twice.',
  },
  'unknown-target': {
    id: '{field}: alur menuju langkah yang tidak ada.',
    en: '{field}: the flow goes to a step that does not exist.',
  },
  'self-loop': {
    id: '{field}: langkah tidak boleh kembali ke dirinya sendiri.',
    en: '{field}: a step may not go back to itself.',
  },
  'unreachable-step': {
    id: '{field}: langkah tidak dapat dicapai dari langkah pertama.',
    en: '{field}: the step cannot be reached from the first step.',
  },
  'no-path-to-end': {
    id: '{field}: dari langkah ini tidak ada jalan ke akhir prosedur.',
    en: '{field}: there is no way from this step to the end.',
  },
  'undeclared-actor': {
    id: '{field}: pelaksana belum tercantum sebagai kolom pelaksana.',
    en: '{field}: the actor is not one of the lanes.',
  },
  'parallel-join': {
    id: '{field}: cabang paralel harus bertemu di langkah gabungan.',
    en: '{field}: parallel branches must meet at the join step.',
  },
  'symbol-mismatch': {
    id: '{field}: simbol tidak sesuai dengan alurnya.',
    en: '{field}: the symbol does not match the flow.',
  },
  'time-mismatch': {
    id: '{field}: waktu baku tidak sesuai dengan teks aslinya.',
    en: '{field}: the standard time does not match its original text.',
  },
  // sanctions and revocation (issue 11 item 6)
  sanction_stage_order: {
    id: '{field}: langkah sanksi berikutnya untuk perusahaan ini adalah {expected}; tahapan tidak boleh dilompati (kecuali pencabutan berdasarkan putusan pengadilan atau atas permohonan).',
    en: '{field}: the next sanction step for this company is {expected}; steps cannot be skipped (except revocation by court decision or on request).',
  },
  sanction_ladder_done: {
    id: '{field}: izin perusahaan ini sudah dicabut; tidak ada langkah sanksi berikutnya.',
    en: '{field}: this company is already revoked; there is no further sanction step.',
  },
  sanction_court_revocation: {
    id: '{field}: putusan pengadilan hanya menjadi dasar pencabutan.',
    en: '{field}: a court decision is the basis of a revocation only.',
  },
  sanction_not_open: {
    id: '{field}: sanksi ini tidak lagi terbuka.',
    en: '{field}: this sanction is no longer open.',
  },
  sanction_inspection_findings: {
    id: '{field}: berita acara pemeriksaan ini belum dilaporkan atau tidak memuat temuan.',
    en: '{field}: this inspection report is not recorded yet or has no findings.',
  },
  sanction_inspection_basis: {
    id: '{field}: berita acara pemeriksaan hanya menjadi dasar sanksi atas temuan.',
    en: '{field}: an inspection report is the basis of a sanction for a finding only.',
  },
  sanction_request_revocation: {
    id: '{field}: permohonan pelaku usaha hanya menjadi dasar pencabutan.',
    en: "{field}: the company's request is the basis of a revocation only.",
  },
  before_issue: {
    id: '{field} tidak boleh sebelum tanggal terbit.',
    en: '{field} must not be before the issue date.',
  },
  reference_unknown: {
    id: '{field} tidak ditemukan di instansi ini.',
    en: '{field} is not found in this agency.',
  },
  // guidance (issue 11 item 4)
  after_start: {
    id: '{field} harus setelah jam mulai.',
    en: '{field} must be after the start time.',
  },
  url: {
    id: '{field} harus alamat web lengkap (https://…).',
    en: '{field} must be a full web address (https://…).',
  },
  guidance_no_email: {
    id: '{field}: {company} belum punya email kontak di daftar perusahaan; undangan tidak dapat dikirim.',
    en: '{field}: {company} has no contact email in the registry; the invitation cannot be sent.',
  },
  before_session: {
    id: '{field}: kegiatan pembinaan belum berlangsung (jadwalnya {date}).',
    en: '{field}: the guidance session has not taken place yet (it is on {date}).',
  },
  guidance_material_type: {
    id: '{field} harus berkas PDF, DOCX, JPEG atau PNG.',
    en: '{field} must be a PDF, DOCX, JPEG or PNG file.',
  },
  // consultation tickets (issue 11 item 3)
  consultation_unknown_nib: {
    id: '{field}: NIB ini tidak terdaftar pada daftar perusahaan instansi ini. Periksa kembali NIB Anda atau hubungi helpdesk.',
    en: "{field}: this NIB is not in this agency's company registry. Check your NIB or call the helpdesk.",
  },
  outside_office_hours: {
    id: '{field}: konsultasi ({minutes} menit) harus berada dalam jam kerja instansi (Senin-Kamis 07.30-16.00, Jumat 07.30-11.30 dan 13.30-16.30).',
    en: "{field}: the consultation ({minutes} minutes) must fall within the agency's office hours (Monday-Thursday 07:30-16:00, Friday 07:30-11:30 and 13:30-16:30).",
  },
  consultation_time_past: {
    id: '{field}: waktu konsultasi harus setelah saat ini.',
    en: '{field}: the consultation time must be later than now.',
  },
  meeting_link: {
    id: '{field} harus tautan pertemuan lengkap yang diawali https:// (mis. Zoom atau Google Meet).',
    en: '{field} must be a full meeting link starting with https:// (e.g. Zoom or Google Meet).',
  },
  // monitoring rounds (issue 11 item 5)
  monitoring_scope_empty: {
    id: '{field}: tidak ada perusahaan di register yang sesuai dengan saringan ini.',
    en: '{field}: no registry company matches these filters.',
  },
  monitoring_scope_too_large: {
    id: '{field}: saringan ini memilih lebih dari {max} perusahaan; persempit saringannya (kabupaten/kota, risiko, KBLI).',
    en: '{field}: these filters choose more than {max} companies; narrow them (regency, risk level, KBLI).',
  },
  monitoring_results_missing: {
    id: '{field}: hasil pemantauan {count} perusahaan belum dicatat.',
    en: '{field}: the results of {count} companies are not recorded yet.',
  },
};

export function ruleMessage(rule: string, lang: TLang, params: Record<string, string | number>): string {
  const entry = RULE_MESSAGES[rule] ?? RULE_MESSAGES.invalid!;
  return entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
