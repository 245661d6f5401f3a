import { ZId } from '@sigap/contracts';
import {
  INSPECTION_PHOTOS_MAX,
  ZInspection,
  ZInspectionList,
  ZInspectionQuery,
  ZInspectionReportInput,
  ZStartIncidentalInspection,
} from '@sigap/contracts/investment-control';
import { z } from 'zod';
import { authed } from '../../../platform/plugins/session';
import { readMultipart, sendDownload } from '../../../platform/routes/multipart';
import { type App, errorResponses, type RouteDeps } from '../../../platform/routes/types';
import { addInspectionPhotos } from '../use-cases/add-inspection-photos';
import { getInspection } from '../use-cases/get-inspection';
import { getInspectionPhoto } from '../use-cases/get-inspection-photo';
import { listInspections } from '../use-cases/list-inspections';
import { recordInspectionReport } from '../use-cases/record-inspection-report';
import { startIncidentalInspection } from '../use-cases/start-incidental-inspection';

const errors = errorResponses(400, 401, 403, 404, 409, 413);
const idParams = z.object({ id: ZId });

/**
 * Inspections (issue 11 item 5): the inspection report (Berita Acara Pemeriksaan) of a routine
 * visit or of an incidental inspection (SOP 067/010), started from a complaint or a finding.
 */
export async function inspectionRoutes(app: App, deps: RouteDeps) {
  const db = deps.database.db;
  const tags = ['investment control: inspections'];
  app.post(
    '/api/control/supervision-visits/:id/report',
    {
      schema: {
        tags,
        summary:
          "Record a routine visit's inspection report (BAP): items checked, grade, findings, follow-up, signatures; the visit becomes done with its findings count",
        params: idParams,
        body: ZInspectionReportInput,
        response: { 200: ZInspection, ...errors },
      },
    },
    async (req) =>
      recordInspectionReport(authed(req, db), { target: { visitId: req.params.id }, report: req.body }),
  );
  app.post(
    '/api/control/inspections',
    {
      schema: {
        tags,
        summary:
          'Start an incidental inspection (SOP 067/010) of a company from a complaint (its tracking number) or a finding; its case starts',
        body: ZStartIncidentalInspection,
        response: { 200: ZInspection, ...errors },
      },
    },
    async (req) => startIncidentalInspection(authed(req, db), req.body),
  );
  app.post(
    '/api/control/inspections/:id/report',
    {
      schema: {
        tags,
        summary: "Record an incidental inspection's report (BAP)",
        params: idParams,
        body: ZInspectionReportInput,
        response: { 200: ZInspection, ...errors },
      },
    },
    async (req) =>
      recordInspectionReport(authed(req, db), { target: { inspectionId: req.params.id }, report: req.body }),
  );
  app.get(
    '/api/control/inspections',
    {
      schema: {
        tags,
        summary: "The agency's inspections, newest first (by company, kind, status)",
        querystring: ZInspectionQuery,
        response: { 200: ZInspectionList, ...errors },
      },
    },
    async (req) => listInspections(authed(req, db), req.query),
  );
  app.get(
    '/api/control/inspections/:id',
    {
      schema: {
        tags,
        summary: 'One inspection with its report',
        params: idParams,
        response: { 200: ZInspection, ...errors },
      },
    },
    async (req) => getInspection(authed(req, db), req.params.id),
  );
  app.post(
    '/api/control/inspections/:id/photos',
    {
      config: { multipart: { files: { photos: { max: INSPECTION_PHOTOS_MAX, required: true } } } },
      schema: {
        tags,
        summary: "Add photos (JPEG or PNG, multipart files `photos`) to an inspection's report",
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZInspection, ...errors },
      },
    },
    async (req) =>
      addInspectionPhotos(authed(req, db), { id: req.params.id, ...(await readMultipart(req, 'photos')) }),
  );
  app.get(
    '/api/control/inspections/:id/photos/:fileId',
    {
      schema: {
        tags,
        summary: "Download a photo of an inspection's report",
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: z.instanceof(Buffer).describe('JPEG or PNG'), ...errors },
      },
    },
    async (req, reply) => {
      const f = await getInspectionPhoto(authed(req, db), req.params);
      return sendDownload(reply, { contentType: f.contentType, filename: f.filename, bytes: f.bytes });
    },
  );
}
