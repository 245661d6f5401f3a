/**
 * The role vocabulary shared by the organisation chart, the policies and the SOP
 * definitions. A position holds one or more roles; an SOP step names the role(s) that act.
 * Labels follow the titles used in the seeds (Indonesian) with an English gloss.
 */
export const ROLES = {
  // agency-wide
  admin: { id: 'Administrator Instansi', en: 'Agency administrator' },
  tata_usaha: { id: 'Tata Usaha', en: 'Administration office' },
  // complaint handling (Perka BKPM 12/2015)
  complaint_officer: { id: 'Petugas Layanan Pengaduan', en: 'Complaint officer' },
  complaint_wg_chair: { id: 'Ketua Pokja Penanganan Pengaduan', en: 'Complaint working group chair' },
  complaint_wg_member: { id: 'Anggota Pokja Penanganan Pengaduan', en: 'Complaint working group member' },
  // leaders, central agency
  menteri: { id: 'Menteri/Kepala BKPM', en: 'Minister/Head of BKPM' },
  deputi: { id: 'Deputi', en: 'Deputy' },
  direktur: { id: 'Direktur', en: 'Director' },
  // leaders, regional office
  kepala_dinas: { id: 'Kepala Dinas', en: 'Head of Office' },
  sekretaris: { id: 'Sekretaris', en: 'Secretary' },
  kabid: { id: 'Kepala Bidang', en: 'Head of Division' },
  kasi: { id: 'Kepala Seksi', en: 'Head of Section' },
  // staff and functional officers
  staf: { id: 'Staf', en: 'Staff' },
  pkpm_madya: { id: 'Penata Kelola Penanaman Modal Ahli Madya', en: 'Investment Officer (senior)' },
  pkpm_muda: { id: 'Penata Kelola Penanaman Modal Ahli Muda', en: 'Investment Officer (junior)' },
  pkpm_pertama: { id: 'Penata Kelola Penanaman Modal Ahli Pertama', en: 'Investment Officer (first level)' },
  pengolah: { id: 'Pengolah Data', en: 'Data processor' },
  pemeriksa_pm: { id: 'Pemeriksa Penanaman Modal', en: 'Investment examiner' },
  analis_kebijakan: { id: 'Analis Kebijakan', en: 'Policy analyst' },
  pengadministrasi: { id: 'Pengadministrasi', en: 'Administrator clerk' },
  fungsional: { id: 'Fungsional/Pelaksana', en: 'Functional officer' },
  helpdesk_lkpm: { id: 'Tim Helpdesk LKPM', en: 'LKPM helpdesk team' },
  verifikator_lkpm: { id: 'Tim Verifikator LKPM', en: 'LKPM verifier team' },
} as const satisfies Record<string, { id: string; en: string }>;

export type Role = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as Role[];

/** Roles that lead a unit: they dispose work down the tree and receive escalations. */
export const LEADER_ROLES: readonly Role[] = [
  'menteri',
  'deputi',
  'direktur',
  'kepala_dinas',
  'sekretaris',
  'kabid',
  'kasi',
  'complaint_wg_chair',
];

/** Kinds of organisational unit (DESIGN §1, issue 2 item 4). */
export const UNIT_KINDS = [
  'agency',
  'deputy',
  'directorate',
  'secretariat',
  'division',
  'section',
  'working_group',
  'administration_office',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
