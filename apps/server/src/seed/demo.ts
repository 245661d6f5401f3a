import type { Role, UnitKind } from '@sigap/contracts';
import type { Database, Db } from '../platform/db/client';
import { appendEvent } from '../platform/db/repositories/event-log';
import {
  findAgencyByCode,
  insertAgency,
  insertAssignment,
  insertPosition,
  insertUnit,
} from '../platform/db/repositories/org';
import { insertUser } from '../platform/db/repositories/users';
import { hashPassword } from '../platform/use-cases/auth/passwords';

/** The one password of every demo account (printed at start; never use the demo data in production). */
export const DEMO_PASSWORD = 'sigap-demo-2026';

interface PositionSpec {
  title: string;
  titleEn: string;
  roles: Role[];
  head?: boolean;
  /** email local part and name of the demo holder */
  holder: [string, string];
}

interface UnitSpec {
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  positions?: PositionSpec[];
  children?: UnitSpec[];
}

interface AgencySpec {
  code: string;
  name: string;
  shortName: string;
  address: string;
  timeZone: string;
  central: boolean;
  emailSuffix: string;
  root: UnitSpec;
}

/** The central ministry with the units seeds 000, 001 and 002 name. */
const BKPM: AgencySpec = {
  code: 'bkpm',
  name: 'Kementerian Investasi dan Hilirisasi/BKPM',
  shortName: 'BKPM',
  address: 'Jl. Jend. Gatot Subroto No. 44, Jakarta Selatan 12190',
  timeZone: 'Asia/Jakarta',
  central: true,
  emailSuffix: 'bkpm',
  root: {
    code: 'BKPM',
    name: 'Kementerian Investasi dan Hilirisasi/BKPM',
    nameEn: 'Ministry of Investment and Downstream Industry/BKPM',
    kind: 'agency',
    positions: [
      {
        title: 'Menteri Investasi dan Hilirisasi/Kepala BKPM',
        titleEn: 'Minister of Investment/Head of BKPM',
        roles: ['menteri'],
        head: true,
        holder: ['menteri', 'Menteri (Demo)'],
      },
      {
        title: 'Administrator Sistem',
        titleEn: 'System administrator',
        roles: ['admin'],
        holder: ['admin', 'Admin BKPM'],
      },
    ],
    children: [
      {
        code: 'TU-ARSIP',
        name: 'Tata Usaha dan Arsip',
        nameEn: 'Administration and Records Office',
        kind: 'administration_office',
        positions: [
          {
            title: 'Pengelola Tata Usaha',
            titleEn: 'Administration officer',
            roles: ['tata_usaha'],
            holder: ['tu.arsip', 'Rina Astuti'],
          },
        ],
      },
      {
        code: 'DEP-PROMOSI',
        name: 'Deputi Bidang Promosi Penanaman Modal',
        nameEn: 'Deputy for Investment Promotion',
        kind: 'deputy',
        positions: [
          {
            title: 'Deputi Bidang Promosi Penanaman Modal',
            titleEn: 'Deputy for Investment Promotion',
            roles: ['deputi'],
            head: true,
            holder: ['deputi.promosi', 'Nur Hidayati'],
          },
        ],
        children: [
          {
            code: 'TU-DEP-PROMOSI',
            name: 'Tata Usaha Deputi Bidang Promosi',
            nameEn: 'Administration Office, Deputy for Promotion',
            kind: 'administration_office',
            positions: [
              {
                title: 'Pengelola Tata Usaha Deputi',
                titleEn: 'Deputy administration officer',
                roles: ['tata_usaha'],
                holder: ['tu.promosi', 'Dewi Lestari'],
              },
            ],
          },
          {
            code: 'DIT-PROMWIL',
            name: 'Direktorat Promosi Wilayah',
            nameEn: 'Regional Promotion Directorate',
            kind: 'directorate',
            positions: [
              {
                title: 'Direktur Promosi Wilayah',
                titleEn: 'Director of Regional Promotion',
                roles: ['direktur'],
                head: true,
                holder: ['direktur.promosi', 'Bambang Prasetyo'],
              },
              {
                title: 'Penata Kelola Penanaman Modal Ahli Madya',
                titleEn: 'Investment Officer (senior)',
                roles: ['pkpm_madya'],
                holder: ['madya.promosi', 'Siti Rahmawati'],
              },
              {
                title: 'Penata Kelola Penanaman Modal Ahli Muda',
                titleEn: 'Investment Officer (junior)',
                roles: ['pkpm_muda'],
                holder: ['muda.promosi', 'Andi Saputra'],
              },
              {
                title: 'Penata Kelola Penanaman Modal Ahli Pertama',
                titleEn: 'Investment Officer (first level)',
                roles: ['pkpm_pertama'],
                holder: ['pertama.promosi', 'Putri Wulandari'],
              },
            ],
          },
        ],
      },
      {
        code: 'DEP-TI',
        name: 'Deputi Bidang Teknologi Informasi Penanaman Modal',
        nameEn: 'Deputy for Investment Information Technology',
        kind: 'deputy',
        positions: [
          {
            title: 'Deputi Bidang Teknologi Informasi Penanaman Modal',
            titleEn: 'Deputy for Investment Information Technology',
            roles: ['deputi'],
            head: true,
            holder: ['deputi.ti', 'Hendra Wijaya'],
          },
        ],
        children: [
          {
            code: 'TU-DEP-TI',
            name: 'Tata Usaha Deputi Bidang Teknologi Informasi',
            nameEn: 'Administration Office, Deputy for IT',
            kind: 'administration_office',
            positions: [
              {
                title: 'Pengelola Tata Usaha Deputi TI',
                titleEn: 'IT deputy administration officer',
                roles: ['tata_usaha'],
                holder: ['tu.ti', 'Yuni Kartika'],
              },
            ],
          },
          {
            code: 'DIT-SPB',
            name: 'Direktorat Sistem Perizinan Berusaha',
            nameEn: 'Business Licensing Systems Directorate',
            kind: 'directorate',
            positions: [
              {
                title: 'Direktur Sistem Perizinan Berusaha',
                titleEn: 'Director of Business Licensing Systems',
                roles: ['direktur'],
                head: true,
                holder: ['direktur.spb', 'Agus Setiawan'],
              },
              {
                title: 'Penata Kelola Penanaman Modal Ahli Muda',
                titleEn: 'Investment Officer (junior)',
                roles: ['pkpm_muda', 'staf'],
                holder: ['staf.spb', 'Rizky Pratama'],
              },
            ],
          },
        ],
      },
      {
        code: 'POKJA-ADUAN',
        name: 'Pokja Penanganan Pengaduan Masyarakat',
        nameEn: 'Public Complaint Handling Working Group',
        kind: 'working_group',
        positions: [
          {
            title: 'Ketua Pokja Penanganan Pengaduan',
            titleEn: 'Chair, complaint working group',
            roles: ['complaint_wg_chair'],
            head: true,
            holder: ['ketua.pokja', 'Ratna Sari'],
          },
          {
            title: 'Anggota Pokja Penanganan Pengaduan',
            titleEn: 'Member, complaint working group',
            roles: ['complaint_wg_member'],
            holder: ['anggota.pokja', 'Fajar Nugroho'],
          },
          {
            title: 'Petugas Layanan Pengaduan',
            titleEn: 'Complaint officer',
            roles: ['complaint_officer'],
            holder: ['petugas.pengaduan', 'Maya Anggraini'],
          },
        ],
      },
    ],
  },
};

/** The East Kalimantan investment office of seeds 003 and 004, in WITA. */
const KALTIM: AgencySpec = {
  code: 'dpmptsp-kaltim',
  name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Timur',
  shortName: 'DPMPTSP Kaltim',
  address: 'Jl. Basuki Rahmat No. 55, Samarinda, Kalimantan Timur',
  timeZone: 'Asia/Makassar',
  central: false,
  emailSuffix: 'kaltim',
  root: {
    code: 'DPMPTSP',
    name: 'DPMPTSP Provinsi Kalimantan Timur',
    nameEn: 'East Kalimantan Investment and One-Stop Service Office',
    kind: 'agency',
    positions: [
      {
        title: 'Kepala DPMPTSP',
        titleEn: 'Head of Office',
        roles: ['kepala_dinas'],
        head: true,
        holder: ['kepala', 'Sugeng Raharjo'],
      },
      {
        title: 'Administrator Sistem',
        titleEn: 'System administrator',
        roles: ['admin'],
        holder: ['admin', 'Admin Kaltim'],
      },
    ],
    children: [
      {
        code: 'SEKRETARIAT',
        name: 'Sekretariat',
        nameEn: 'Secretariat',
        kind: 'secretariat',
        positions: [
          {
            title: 'Sekretaris DPMPTSP',
            titleEn: 'Secretary',
            roles: ['sekretaris'],
            head: true,
            holder: ['sekretaris', 'Lina Marlina'],
          },
          {
            title: 'Pengelola Tata Usaha',
            titleEn: 'Administration officer',
            roles: ['tata_usaha'],
            holder: ['tu', 'Sri Wahyuni'],
          },
        ],
      },
      {
        code: 'BID-PM',
        name: 'Bidang Penanaman Modal',
        nameEn: 'Investment Division',
        kind: 'division',
        positions: [
          {
            title: 'Kepala Bidang Penanaman Modal',
            titleEn: 'Head of Investment Division',
            roles: ['kabid'],
            head: true,
            holder: ['kabid.pm', 'Muhammad Yusuf'],
          },
        ],
        children: [
          {
            code: 'SEKSI-PROMOSI',
            name: 'Seksi Promosi dan Pengembangan',
            nameEn: 'Promotion and Development Section',
            kind: 'section',
            positions: [
              {
                title: 'Kepala Seksi Promosi dan Pengembangan',
                titleEn: 'Head of Promotion Section',
                roles: ['kasi'],
                head: true,
                holder: ['kasi.promosi', 'Indah Permata'],
              },
              {
                title: 'Staf Promosi dan Pengembangan',
                titleEn: 'Promotion staff',
                roles: ['staf'],
                holder: ['staf.promosi', 'Yoga Firmansyah'],
              },
            ],
          },
        ],
      },
      {
        code: 'DALAK',
        name: 'Bidang Pengendalian Pelaksanaan Penanaman Modal',
        nameEn: 'Investment Control Division (DALAK)',
        kind: 'division',
        positions: [
          {
            title: 'Kepala Bidang Pengendalian',
            titleEn: 'Head of Control Division',
            roles: ['kabid'],
            head: true,
            holder: ['kabid.dalak', 'Hadi Santoso'],
          },
          {
            title: 'Pengolah Data',
            titleEn: 'Data processor',
            roles: ['pengolah'],
            holder: ['pengolah', 'Eka Putri'],
          },
          {
            title: 'Pemeriksa Penanaman Modal',
            titleEn: 'Investment examiner',
            roles: ['pemeriksa_pm'],
            holder: ['pemeriksa', 'Dimas Aditya'],
          },
          {
            title: 'Analis Kebijakan',
            titleEn: 'Policy analyst',
            roles: ['analis_kebijakan'],
            holder: ['analis', 'Wulan Sari'],
          },
          {
            title: 'Pengadministrasi',
            titleEn: 'Administrator clerk',
            roles: ['pengadministrasi'],
            holder: ['pengadministrasi', 'Teguh Santoso'],
          },
          {
            title: 'Fungsional/Pelaksana Pengendalian',
            titleEn: 'Control functional officer',
            roles: ['fungsional'],
            holder: ['fungsional', 'Arif Rahman'],
          },
          {
            title: 'Tim Helpdesk LKPM',
            titleEn: 'LKPM helpdesk',
            roles: ['helpdesk_lkpm'],
            holder: ['helpdesk', 'Nadia Putri'],
          },
          {
            title: 'Tim Verifikator LKPM',
            titleEn: 'LKPM verifier',
            roles: ['verifikator_lkpm'],
            holder: ['verifikator', 'Budi Hartono'],
          },
        ],
      },
      {
        code: 'POKJA-ADUAN',
        name: 'Tim Penanganan Pengaduan',
        nameEn: 'Complaint Handling Team',
        kind: 'working_group',
        positions: [
          {
            title: 'Ketua Tim Penanganan Pengaduan',
            titleEn: 'Chair, complaint team',
            roles: ['complaint_wg_chair'],
            head: true,
            holder: ['ketua.pokja', 'Rahmat Hidayat'],
          },
          {
            title: 'Petugas Layanan Pengaduan',
            titleEn: 'Complaint officer',
            roles: ['complaint_officer', 'complaint_wg_member'],
            holder: ['petugas.pengaduan', 'Fitri Handayani'],
          },
        ],
      },
    ],
  },
};

export interface DemoLogin {
  agency: string;
  email: string;
  name: string;
  position: string;
}

async function seedAgency(tx: Db, spec: AgencySpec, passwordHash: string, now: Date, logins: DemoLogin[]) {
  const agency = await insertAgency(tx, {
    code: spec.code,
    name: spec.name,
    shortName: spec.shortName,
    address: spec.address,
    timeZone: spec.timeZone,
    settings: { central: spec.central, complaints: { mailbox: `pengaduan@${spec.emailSuffix}.sigap.test` } },
  });
  const log = (entityType: string, entityId: string, action: string, after: unknown) =>
    appendEvent(tx, {
      agencyId: agency.id,
      actorUserId: null,
      entityType,
      entityId,
      action,
      after,
      occurredAt: now,
    });
  await log('agency', agency.id, 'agency.created', agency);
  const startsOn = '2025-01-01';
  const walk = async (u: UnitSpec, parentId: string | null, order: number) => {
    const unit = await insertUnit(tx, {
      agencyId: agency.id,
      parentId,
      code: u.code,
      name: u.name,
      nameEn: u.nameEn,
      kind: u.kind,
      sortOrder: order,
    });
    await log('unit', unit.id, 'unit.created', unit);
    for (const p of u.positions ?? []) {
      const position = await insertPosition(tx, {
        agencyId: agency.id,
        unitId: unit.id,
        title: p.title,
        titleEn: p.titleEn,
        roles: p.roles,
        isHead: p.head ?? false,
      });
      await log('position', position.id, 'position.created', position);
      const email = `${p.holder[0]}.${spec.emailSuffix}@sigap.test`;
      const user = await insertUser(tx, { agencyId: agency.id, email, name: p.holder[1], passwordHash });
      await log('user', user.id, 'user.created', { id: user.id, email, name: user.name });
      const assignment = await insertAssignment(tx, {
        userId: user.id,
        positionId: position.id,
        kind: 'definitive',
        startsOn,
      });
      await log('assignment', assignment.id, 'assignment.created', assignment);
      logins.push({ agency: spec.shortName, email, name: user.name, position: p.title });
    }
    let i = 0;
    for (const child of u.children ?? []) await walk(child, unit.id, i++);
  };
  await walk(spec.root, null, 0);
  return agency;
}

/**
 * Loads the demo organisation (both agencies, every role the seeds name, one user per
 * position) on first start. Does nothing when the demo agencies already exist.
 */
export async function seedDemo(database: Database, now: Date): Promise<DemoLogin[] | null> {
  if (await findAgencyByCode(database.db, BKPM.code)) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoLogin[] = [];
  await database.db.transaction(async (tx) => {
    await seedAgency(tx, BKPM, passwordHash, now, logins);
    await seedAgency(tx, KALTIM, passwordHash, now, logins);
  });
  return logins;
}

/** Every demo login, for printing at start (also when the data already existed). */
export function demoLogins(): DemoLogin[] {
  const out: DemoLogin[] = [];
  for (const spec of [BKPM, KALTIM]) {
    const walk = (u: UnitSpec) => {
      for (const p of u.positions ?? [])
        out.push({
          agency: spec.shortName,
          email: `${p.holder[0]}.${spec.emailSuffix}@sigap.test`,
          name: p.holder[1],
          position: p.title,
        });
      for (const c of u.children ?? []) walk(c);
    };
    walk(spec.root);
  }
  return out;
}
