import type { TCompany, TCompanyListItem, TLicence } from '@sigap/contracts/investment-control';
import type { Db } from '../../../platform/db/client';
import { inspectionCasesOfCompany, listInspections } from '../repository/inspections';
import {
  businessLinesOf,
  type CompanyRow,
  type LicenceRow,
  licencesOf,
  lkpmOf,
} from '../repository/registry';
import { sanctionCasesOfCompany } from '../repository/sanctions';

type Company = Pick<TCompany, 'investmentType' | 'scale' | 'riskLevel'>;

export function companyListItem(
  c: CompanyRow,
  extra: { licences: number; lastPeriod: string | null },
): TCompanyListItem {
  return {
    id: c.id,
    nib: c.nib,
    name: c.name,
    investmentType: c.investmentType as Company['investmentType'],
    scale: c.scale as Company['scale'],
    riskLevel: c.riskLevel as Company['riskLevel'],
    kbliCodes: c.kbliCodes,
    regency: c.regency,
    licences: Number(extra.licences),
    lastLkpmPeriod: extra.lastPeriod,
  };
}

export function licenceView(l: LicenceRow): TLicence {
  return {
    id: l.id,
    type: l.type as TLicence['type'],
    number: l.number,
    issuedOn: l.issuedOn,
    status: l.status as TLicence['status'],
    statusChangedAt: l.statusChangedAt?.toISOString() ?? null,
  };
}

/**
 * The company page: the record, its business lines, licences and LKPM history. `cases` lists the
 * SOP cases about the company (supervision, sanctions, helpdesk) once those parts link them.
 */
export async function companyView(db: Db, c: CompanyRow, canManage: boolean): Promise<TCompany> {
  const [lines, lics, lkpm, inspections, inspectionCases, sanctionCases] = await Promise.all([
    businessLinesOf(db, c.id),
    licencesOf(db, c.id),
    lkpmOf(db, c.id),
    listInspections(db, { agencyId: c.agencyId, companyId: c.id, limit: 200, offset: 0 }),
    inspectionCasesOfCompany(db, c.id),
    sanctionCasesOfCompany(db, c.id),
  ]);
  return {
    id: c.id,
    nib: c.nib,
    name: c.name,
    investmentType: c.investmentType as Company['investmentType'],
    scale: c.scale as Company['scale'],
    riskLevel: c.riskLevel as Company['riskLevel'],
    kbliCodes: c.kbliCodes,
    province: c.province,
    regency: c.regency,
    address: c.address,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    businessLines: lines.map((b) => ({
      id: b.id,
      kbli: b.kbli,
      name: b.name,
      province: b.province,
      regency: b.regency,
      address: b.address,
    })),
    licences: lics.map(licenceView),
    lkpm: lkpm.map(({ report: r, kbli }) => ({
      id: r.id,
      businessLineId: r.businessLineId,
      kbli,
      periodYear: r.periodYear,
      periodKind: r.periodKind as 'quarter' | 'half',
      periodNo: r.periodNo,
      status: r.status as TCompany['lkpm'][number]['status'],
      land: r.land,
      buildings: r.buildings,
      machinery: r.machinery,
      workingCapital: r.workingCapital,
      other: r.other,
      realised: r.land + r.buildings + r.machinery + r.workingCapital + r.other,
      planned: r.planned,
      workersIndonesian: r.workersIndonesian,
      workersForeign: r.workersForeign,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      source: r.source,
    })),
    cases: [...inspectionCases, ...sanctionCases.filter((k) => !inspectionCases.some((i) => i.id === k.id))]
      .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())
      .map((k) => ({
        id: k.id,
        kind: k.definitionKey,
        number: k.number,
        title: k.title,
        status: k.status,
        openedAt: k.openedAt.toISOString(),
      })),
    inspections: inspections.rows.map(({ inspection: i }) => ({
      id: i.id,
      kind: i.kind as 'visit' | 'incidental',
      status: i.status as 'open' | 'reported',
      inspectedOn: i.inspectedOn,
      grade: (i.grade as TCompany['inspections'][number]['grade']) ?? null,
      findingsCount: i.findingsCount,
      createdAt: i.createdAt.toISOString(),
    })),
    canManage,
  };
}
