import type { CompanyImportRow, LicenceImportRow, LkpmImportRow } from '@sigap/core/investment-control';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { files } from '../../../platform/db/schema';
import { controlImports } from '../schema';

export type ControlImportRow = typeof controlImports.$inferSelect;

/** The kind of file a control import keeps in the agency's file store. */
export const IMPORT_FILE_KIND = 'control_import';

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export async function insertControlImport(
  db: Db,
  values: typeof controlImports.$inferInsert,
): Promise<ControlImportRow> {
  const [row] = await db.insert(controlImports).values(values).returning();
  return row!;
}

export async function findControlImport(db: Db, id: string): Promise<ControlImportRow | undefined> {
  const [row] = await db.select().from(controlImports).where(eq(controlImports.id, id));
  return row;
}

export async function updateControlImport(
  db: Db,
  id: string,
  values: Partial<typeof controlImports.$inferInsert>,
): Promise<ControlImportRow> {
  const [row] = await db.update(controlImports).set(values).where(eq(controlImports.id, id)).returning();
  return row!;
}

export async function listControlImports(db: Db, agencyId: string, limit: number) {
  return db
    .select()
    .from(controlImports)
    .where(eq(controlImports.agencyId, agencyId))
    .orderBy(desc(controlImports.createdAt))
    .limit(limit);
}

/** The uploaded file of an import (kept in the file store under its SHA-256). */
export async function findImportFile(db: Db, agencyId: string, sha256: string) {
  const [row] = await db
    .select({ bytes: files.bytes, filename: files.filename })
    .from(files)
    .where(and(eq(files.agencyId, agencyId), eq(files.kind, IMPORT_FILE_KIND), eq(files.sha256, sha256)))
    .orderBy(desc(files.createdAt))
    .limit(1);
  return row;
}

/** The agency's companies with these NIBs: their regency (an LKPM row's business line defaults to it). */
export async function companiesByNib(
  db: Db,
  agencyId: string,
  nibs: string[],
): Promise<Map<string, { regency: string | null }>> {
  const out = new Map<string, { regency: string | null }>();
  for (let i = 0; i < nibs.length; i += 5000) {
    const part = nibs.slice(i, i + 5000);
    const rows = rowsOf<{ nib: string; regency: string | null }>(
      await db.execute(sql`select nib, regency from companies
        where agency_id = ${agencyId} and nib = any(${`{${part.join(',')}}`}::text[])`),
    );
    for (const r of rows) out.set(r.nib, { regency: r.regency });
  }
  return out;
}

export interface BatchCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

// The rows of a batch travel as one JSON parameter read by json_to_recordset: one statement per
// batch whatever its size, no parameter limit, and the same SQL on PGlite and PostgreSQL.
const COMPANY_RECORD = sql.raw(`r(nib text, name text, investment_type text, scale text, risk_level text,
  kbli_codes text[], province text, regency text, address text, contact_name text, contact_email text,
  contact_phone text)`);
const LICENCE_RECORD = sql.raw('r(nib text, type text, number text, issued_on date, status text)');
const LKPM_RECORD = sql.raw(`r(nib text, kbli text, regency text, period_year int, period_kind text,
  period_no int, land bigint, buildings bigint, machinery bigint, working_capital bigint, other bigint,
  planned bigint, workers_indonesian int, workers_foreign int, problems text, status text)`);

const COMPANY_FIELDS = sql.raw(
  'name, investment_type, scale, risk_level, kbli_codes, province, regency, address, contact_name, contact_email, contact_phone',
);
const companyJson = (rows: CompanyImportRow[]) =>
  JSON.stringify(
    rows.map((r) => ({
      nib: r.nib,
      name: r.name,
      investment_type: r.investmentType,
      scale: r.scale,
      risk_level: r.riskLevel,
      kbli_codes: r.kbliCodes,
      province: r.province,
      regency: r.regency,
      address: r.address,
      contact_name: r.contactName,
      contact_email: r.contactEmail,
      contact_phone: r.contactPhone,
    })),
  );
const licenceJson = (rows: LicenceImportRow[]) =>
  JSON.stringify(
    rows.map((r) => ({
      nib: r.nib,
      type: r.type,
      number: r.number,
      issued_on: r.issuedOn,
      status: r.status,
    })),
  );
const lkpmJson = (rows: LkpmImportRow[]) =>
  JSON.stringify(
    rows.map((r) => ({
      nib: r.nib,
      kbli: r.kbli,
      regency: r.regency,
      period_year: r.periodYear,
      period_kind: r.periodKind,
      period_no: r.periodNo,
      land: r.land,
      buildings: r.buildings,
      machinery: r.machinery,
      working_capital: r.workingCapital,
      other: r.other,
      planned: r.planned,
      workers_indonesian: r.workersIndonesian,
      workers_foreign: r.workersForeign,
      problems: r.problems,
      status: r.status,
    })),
  );

/** The business line an LKPM row goes to: the company's line with the KBLI at the row's regency (or the company's). */
const LINE_OF_ROW = sql.raw(`left join lateral (
    select b.id from company_business_lines b
    where b.company_id = c.id and b.kbli = r.kbli
      and lower(coalesce(b.regency, '')) = lower(coalesce(r.regency, c.regency, ''))
    order by b.created_at, b.id limit 1
  ) b on r.kbli is not null`);

const LKPM_VALUES = sql.raw(
  'land, buildings, machinery, working_capital, other, planned, workers_indonesian, workers_foreign, problems',
);

type Counts = { new: number; updated: number; unchanged: number };
const countsOf = (r: unknown): Counts => {
  const row = rowsOf<{ new: number; updated: number; unchanged: number }>(r)[0];
  return {
    new: Number(row?.new ?? 0),
    updated: Number(row?.updated ?? 0),
    unchanged: Number(row?.unchanged ?? 0),
  };
};

/** What a run would do with valid company rows: new (no company with the NIB), updated (a field differs), unchanged. */
export async function classifyCompanies(db: Db, agencyId: string, rows: CompanyImportRow[]): Promise<Counts> {
  return countsOf(
    await db.execute(sql`select
        count(*) filter (where c.id is null)::int as new,
        count(*) filter (where c.id is not null and (${sql.raw(prefixed('c', COMPANY_FIELDS_LIST))})
          is distinct from (${sql.raw(prefixed('r', COMPANY_FIELDS_LIST))}))::int as updated,
        count(*) filter (where c.id is not null and (${sql.raw(prefixed('c', COMPANY_FIELDS_LIST))})
          is not distinct from (${sql.raw(prefixed('r', COMPANY_FIELDS_LIST))}))::int as unchanged
      from json_to_recordset(${companyJson(rows)}::json) as ${COMPANY_RECORD}
      left join companies c on c.agency_id = ${agencyId} and c.nib = r.nib`),
  );
}

const COMPANY_FIELDS_LIST = [
  'name',
  'investment_type',
  'scale',
  'risk_level',
  'kbli_codes',
  'province',
  'regency',
  'address',
  'contact_name',
  'contact_email',
  'contact_phone',
];
const prefixed = (p: string, cols: string[]) => cols.map((c) => `${p}.${c}`).join(', ');

/**
 * Inserts new companies and updates those whose fields differ (never touching an unchanged one,
 * so a re-import changes nothing), then adds a business line for each new KBLI code at the
 * company's location.
 */
export async function upsertCompanies(
  tx: Db,
  agencyId: string,
  rows: CompanyImportRow[],
  now: Date,
): Promise<BatchCounts> {
  const changed = rowsOf<{ id: string; inserted: boolean }>(
    await tx.execute(sql`insert into companies (agency_id, nib, ${COMPANY_FIELDS}, created_at, updated_at)
      select ${agencyId}, r.nib, ${sql.raw(prefixed('r', COMPANY_FIELDS_LIST))}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      from json_to_recordset(${companyJson(rows)}::json) as ${COMPANY_RECORD}
      on conflict (agency_id, nib) do update set
        ${sql.raw(COMPANY_FIELDS_LIST.map((c) => `${c} = excluded.${c}`).join(', '))}, updated_at = excluded.updated_at
      where (${sql.raw(prefixed('companies', COMPANY_FIELDS_LIST))})
        is distinct from (${sql.raw(prefixed('excluded', COMPANY_FIELDS_LIST))})
      returning id, (xmax = 0) as inserted`),
  );
  if (changed.length > 0) {
    const ids = `{${changed.map((c) => c.id).join(',')}}`;
    await tx.execute(sql`insert into company_business_lines (company_id, kbli, name, province, regency, address, created_at)
      select c.id, k.kbli, 'KBLI ' || k.kbli, c.province, c.regency, c.address, ${now.toISOString()}::timestamptz
      from companies c cross join lateral unnest(c.kbli_codes) as k(kbli)
      where c.id = any(${ids}::uuid[])
        and not exists (select 1 from company_business_lines b where b.company_id = c.id and b.kbli = k.kbli
          and lower(coalesce(b.regency, '')) = lower(coalesce(c.regency, '')))`);
  }
  const inserted = changed.filter((c) => c.inserted).length;
  return { inserted, updated: changed.length - inserted, unchanged: rows.length - changed.length };
}

const LICENCE_FIELDS_LIST = ['company_id', 'issued_on', 'status'];

export async function classifyLicences(db: Db, agencyId: string, rows: LicenceImportRow[]): Promise<Counts> {
  return countsOf(
    await db.execute(sql`select
        count(*) filter (where l.id is null)::int as new,
        count(*) filter (where l.id is not null and (l.company_id, l.issued_on, l.status)
          is distinct from (c.id, r.issued_on, r.status))::int as updated,
        count(*) filter (where l.id is not null and (l.company_id, l.issued_on, l.status)
          is not distinct from (c.id, r.issued_on, r.status))::int as unchanged
      from json_to_recordset(${licenceJson(rows)}::json) as ${LICENCE_RECORD}
      join companies c on c.agency_id = ${agencyId} and c.nib = r.nib
      left join licences l on l.agency_id = ${agencyId} and l.type = r.type and l.number = r.number`),
  );
}

/** Upserts licences by agency, type and number; a status change records when it changed. */
export async function upsertLicences(
  tx: Db,
  agencyId: string,
  rows: LicenceImportRow[],
  now: Date,
): Promise<BatchCounts> {
  const changed = rowsOf<{ inserted: boolean }>(
    await tx.execute(sql`insert into licences (agency_id, company_id, type, number, issued_on, status, created_at, updated_at)
      select ${agencyId}, c.id, r.type, r.number, r.issued_on, r.status, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      from json_to_recordset(${licenceJson(rows)}::json) as ${LICENCE_RECORD}
      join companies c on c.agency_id = ${agencyId} and c.nib = r.nib
      on conflict (agency_id, type, number) do update set
        company_id = excluded.company_id, issued_on = excluded.issued_on, status = excluded.status,
        status_changed_at = case when licences.status is distinct from excluded.status
          then excluded.updated_at else licences.status_changed_at end,
        updated_at = excluded.updated_at
      where (${sql.raw(prefixed('licences', LICENCE_FIELDS_LIST))})
        is distinct from (${sql.raw(prefixed('excluded', LICENCE_FIELDS_LIST))})
      returning (xmax = 0) as inserted`),
  );
  const inserted = changed.filter((c) => c.inserted).length;
  return { inserted, updated: changed.length - inserted, unchanged: rows.length - changed.length };
}

const LKPM_FIELDS_LIST = [
  'land',
  'buildings',
  'machinery',
  'working_capital',
  'other',
  'planned',
  'workers_indonesian',
  'workers_foreign',
  'problems',
];

/**
 * A report under verification (it has its SOP 067/006 case) keeps the status its case gave it:
 * an import does not send an approved report back to submitted.
 */
export async function classifyLkpm(db: Db, agencyId: string, rows: LkpmImportRow[]): Promise<Counts> {
  const differs =
    sql.raw(`((${prefixed('l', LKPM_FIELDS_LIST)}) is distinct from (${prefixed('r', LKPM_FIELDS_LIST)})
    or (l.case_id is null and l.status is distinct from r.status))`);
  return countsOf(
    await db.execute(sql`select
        count(*) filter (where l.id is null)::int as new,
        count(*) filter (where l.id is not null and ${differs})::int as updated,
        count(*) filter (where l.id is not null and not ${differs})::int as unchanged
      from json_to_recordset(${lkpmJson(rows)}::json) as ${LKPM_RECORD}
      join companies c on c.agency_id = ${agencyId} and c.nib = r.nib
      ${LINE_OF_ROW}
      left join lkpm_reports l on l.company_id = c.id and l.period_year = r.period_year
        and l.period_kind = r.period_kind and l.period_no = r.period_no
        and l.business_line_id is not distinct from b.id`),
  );
}

/**
 * Upserts LKPM reports by company, period and business line. A row's business line (its KBLI at
 * its regency, or the company's) is added to the company first when it has none yet.
 */
export async function upsertLkpm(
  tx: Db,
  agencyId: string,
  rows: LkpmImportRow[],
  now: Date,
  userId: string | null,
): Promise<BatchCounts> {
  const json = lkpmJson(rows);
  await tx.execute(sql`insert into company_business_lines (company_id, kbli, name, province, regency, created_at)
    select distinct on (c.id, r.kbli, lower(coalesce(r.regency, c.regency, '')))
      c.id, r.kbli, 'KBLI ' || r.kbli, c.province, coalesce(r.regency, c.regency), ${now.toISOString()}::timestamptz
    from json_to_recordset(${json}::json) as ${LKPM_RECORD}
    join companies c on c.agency_id = ${agencyId} and c.nib = r.nib
    where r.kbli is not null and not exists (
      select 1 from company_business_lines b where b.company_id = c.id and b.kbli = r.kbli
        and lower(coalesce(b.regency, '')) = lower(coalesce(r.regency, c.regency, '')))`);
  const changed = rowsOf<{ inserted: boolean }>(
    await tx.execute(sql`insert into lkpm_reports (agency_id, company_id, business_line_id, period_year, period_kind,
        period_no, status, ${LKPM_VALUES}, submitted_at, source, created_by, created_at, updated_at)
      select ${agencyId}, c.id, b.id, r.period_year, r.period_kind, r.period_no, r.status,
        ${sql.raw(prefixed('r', LKPM_FIELDS_LIST))},
        case when r.status = 'draft' then null else ${now.toISOString()}::timestamptz end, 'import', ${userId}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
      from json_to_recordset(${json}::json) as ${LKPM_RECORD}
      join companies c on c.agency_id = ${agencyId} and c.nib = r.nib
      ${LINE_OF_ROW}
      on conflict on constraint lkpm_reports_period do update set
        ${sql.raw(LKPM_FIELDS_LIST.map((c) => `${c} = excluded.${c}`).join(', '))},
        status = case when lkpm_reports.case_id is null then excluded.status else lkpm_reports.status end,
        updated_at = excluded.updated_at
      where (${sql.raw(prefixed('lkpm_reports', LKPM_FIELDS_LIST))})
          is distinct from (${sql.raw(prefixed('excluded', LKPM_FIELDS_LIST))})
        or (lkpm_reports.case_id is null and lkpm_reports.status is distinct from excluded.status)
      returning (xmax = 0) as inserted`),
  );
  const inserted = changed.filter((c) => c.inserted).length;
  return { inserted, updated: changed.length - inserted, unchanged: rows.length - changed.length };
}
