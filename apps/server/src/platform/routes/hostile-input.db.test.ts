import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { multipartBody, type RawField, SAMPLE_PDF } from '../../testing/multipart';

/**
 * The hostile-input sweep (issue 15, defect 5). It reads the OpenAPI document, so every route
 * the server documents is covered, new ones included, and sends five classes of odd input into
 * every string, date and integer of every path parameter, query parameter and body field (JSON
 * and multipart), one field at a time, into an otherwise valid-looking request built from the
 * schema: a NUL character and an unpaired surrogate in any string, an impossible and an extreme
 * date, an integer past 2^31. No answer may be a 5xx, each must refuse the request (4xx), a
 * field the route validates must be named in the answer, and no domain table may change.
 *
 * An unpaired surrogate travels in JSON as the escape `\ud800` and in a multipart form as a part in
 * UTF-16LE (`charset=utf-16le`), both of which decode to it. A URL carries percent-encoded UTF-8,
 * which cannot encode it: there it is sent as its nearest bytes (the WTF-8 `%ED%A0%80`, not UTF-8),
 * and only "no 5xx" applies, as whatever the server decodes is not a surrogate.
 */

interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  $ref?: string;
}

interface Operation {
  parameters?: Array<{
    in: 'path' | 'query' | 'header';
    name: string;
    required?: boolean;
    schema: JsonSchema;
  }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

type Path = Array<string | number>;
type Kind = 'string' | 'date' | 'datetime' | 'integer' | 'record';
interface Target {
  path: Path;
  kind: Kind;
  schema: JsonSchema;
}
type Where = 'path' | 'query' | 'json' | 'multipart';

/** One odd value as JSON, as a URL part (percent-encoded) and as a multipart field. */
interface Poison {
  cls: string;
  json: unknown;
  url: string;
  form: string | RawField;
  /** The URL form cannot carry the value (a surrogate in UTF-8): only "no 5xx" applies there. */
  notInUrl?: boolean;
}

const INT_PAST = 2 ** 31;

function plain(cls: string, value: string): Poison {
  return { cls, json: value, url: encodeURIComponent(value), form: value };
}

function poisons(kind: Kind, base: string): Poison[] {
  if (kind === 'integer') return [{ ...plain('integer past 2^31', String(INT_PAST)), json: INT_PAST }];
  const text: Poison[] = [
    plain('NUL', `${base}\u0000`),
    {
      cls: 'lone surrogate',
      json: `${base}\ud800`,
      url: `${encodeURIComponent(base)}%ED%A0%80`,
      form: { bytes: Buffer.from(`${base}\ud800`, 'utf16le'), contentType: 'text/plain; charset=utf-16le' },
      notInUrl: true,
    },
  ];
  const dates =
    kind === 'date'
      ? { impossible: ['2026-02-30', '2026-13-01'], extreme: ['9999-12-31', '0001-01-01'] }
      : kind === 'datetime'
        ? {
            impossible: ['2026-02-30T10:00:00+07:00', '2026-13-01T10:00:00+07:00'],
            extreme: ['9999-12-31T10:00:00+07:00', '0001-01-01T00:00:00Z'],
          }
        : null;
  if (!dates) return text;
  return [
    ...text,
    ...dates.impossible.map((v) => plain('impossible date', v)),
    ...dates.extreme.map((v) => plain('extreme date', v)),
  ];
}

// ------------------------------------------------------------------ schema → sample values

let doc: {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
const ids: Record<string, string> = {};
let sopKey = 'bkpm-pengaduan-masyarakat';
let templateCode = 'surat-jawaban';
let trackingNumber = 'ADU-2026-000001';
let trackingCode = 'ADU-7KQ4M-9XPT2';

function deref(s: JsonSchema | undefined): JsonSchema {
  let out = s ?? {};
  while (out.$ref) out = doc.components?.schemas?.[out.$ref.split('/').pop()!] ?? {};
  if (out.allOf?.length === 1) return deref({ ...out.allOf[0], ...out, allOf: undefined });
  return out;
}

/** The schema without its `null` alternative, and the first alternative of other unions. */
function solid(s: JsonSchema | undefined): JsonSchema {
  const d = deref(s);
  const alts = d.anyOf ?? d.oneOf;
  if (!alts) return d;
  const nonNull = alts.map(deref).filter((a) => a.type !== 'null');
  return nonNull.length > 0 ? solid(nonNull[0]) : d;
}

function typeOf(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

/** A real id of the right table where the name says which, else a random one. */
function idFor(name: string): string {
  const n = name.toLowerCase();
  const table = n.includes('unit')
    ? 'units'
    : n.includes('user') || n.includes('signer') || n.includes('reviewer')
      ? 'users'
      : n.includes('position')
        ? 'positions'
        : n.includes('case')
          ? 'cases'
          : n.includes('complaint')
            ? 'complaints'
            : n.includes('document')
              ? 'documents'
              : n.includes('agency')
                ? 'agencies'
                : n.includes('file')
                  ? 'files'
                  : '';
  return ids[table] ?? randomUUID();
}

const PATTERN_CANDIDATES = [
  'abc',
  'ABC-1',
  's1',
  '005',
  '10:00',
  '123456',
  '1234567890123',
  '123456789012345678',
  '0812 3456 7890',
  'ADU-2026-000001',
  'dalak-067-001',
  '004_e332bbe437a26d00.txt',
  'surat-jawaban',
  'abcDef',
  // a survey link token: 32 base64url characters
  'AbCdEfGhIjKlMnOpQrStUvWxYz012345',
];

function sampleString(s: JsonSchema, name: string): string {
  if (s.format === 'uuid') return idFor(name);
  if (s.format === 'email') return 'sweep@example.com';
  if (s.format === 'date') return '2026-11-20';
  if (s.format === 'date-time') return '2026-11-20T10:00:00+07:00';
  if (s.format === 'uri') return 'https://example.com/survey';
  if (name === 'trackingNumber') return trackingNumber;
  if (name === 'trackingCode') return trackingCode;
  if (name === 'key' || name === 'definitionKey') return sopKey;
  if (name === 'code' || name === 'templateCode') return templateCode;
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const fit = PATTERN_CANDIDATES.find(
      (c) => re.test(c) && c.length >= (s.minLength ?? 0) && c.length <= (s.maxLength ?? 1e9),
    );
    if (fit) return fit;
  }
  const min = Math.max(s.minLength ?? 0, 3);
  let text = 'Sweep text';
  while (text.length < min) text += ' more words';
  return text.slice(0, s.maxLength ?? text.length);
}

/** A valid-looking value of the schema: required properties only, arrays of one. */
function sample(schema: JsonSchema | undefined, name = ''): unknown {
  const s = solid(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (typeOf(s)) {
    case 'string':
      return sampleString(s, name);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(min, 1), s.maximum ?? 1);
    }
    case 'boolean':
      return false;
    case 'array':
      return (s.minItems ?? 0) > 0 ? [sample(s.items, name)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = sample(s.properties?.[k], k);
      return out;
    }
    default:
      return 'x';
  }
}

/** Every string, date, integer and free record below a schema, with the path to it. */
function targets(schema: JsonSchema | undefined, path: Path = []): Target[] {
  const s = solid(schema);
  if (s.const !== undefined || s.enum) return [{ path, kind: 'string', schema: s }];
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'binary') return [];
      return [
        {
          path,
          kind: s.format === 'date' ? 'date' : s.format === 'date-time' ? 'datetime' : 'string',
          schema: s,
        },
      ];
    case 'integer':
    case 'number':
      return [{ path, kind: 'integer', schema: s }];
    case 'array':
      return targets(s.items, [...path, 0]);
    case 'object': {
      const out = Object.entries(s.properties ?? {}).flatMap(([k, v]) => targets(v, [...path, k]));
      if (s.additionalProperties && Object.keys(s.properties ?? {}).length === 0)
        out.push({ path, kind: 'record', schema: s });
      return out;
    }
    default:
      return [];
  }
}

/** The baseline with `leaf` put at `path` (parents made as the schema says). */
function fill(schema: JsonSchema | undefined, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const s = solid(schema);
  const [head, ...rest] = path;
  if (typeof head === 'number') return [fill(s.items, rest, leaf)];
  const base = (sample(s) ?? {}) as Record<string, unknown>;
  const child =
    s.properties?.[head!] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {});
  return { ...base, [head!]: fill(child, rest, leaf) };
}

/** Top-level alternatives (a discriminated union of actions) are swept one by one. */
function variants(schema: JsonSchema): JsonSchema[] {
  const s = deref(schema);
  const alts = s.anyOf ?? s.oneOf;
  return alts ? alts.map(deref).filter((a) => a.type !== 'null') : [s];
}

// ------------------------------------------------------------------ requests

interface Probe {
  method: string;
  route: string;
  where: Where;
  field: string;
  cls: string;
  /** The field the answer must name; null where the value cannot reach the server as sent. */
  expectField: string | null;
  send: () => Promise<LightMyRequestResponse>;
}

let h: Harness;
const sessions: Record<string, Session> = {};
let address = 0;

/** Public routes go without a session; staff routes as a user whose role reaches the field checks. */
function sessionFor(route: string): Session | null {
  if (route.startsWith('/api/public') || route === '/api/auth/login' || route === '/api/health') return null;
  if (route.startsWith('/api/incoming-letters') || route.startsWith('/api/letter-numbers'))
    return sessions.tu!;
  if (route.startsWith('/api/complaint')) return sessions.officer!;
  return sessions.admin!;
}

function inject(
  method: string,
  url: string,
  session: Session | null,
  body?: { payload: unknown; contentType?: string },
) {
  address += 1;
  return h.app.inject({
    method: method as 'GET',
    url,
    // a fresh client address per request: the per-address rate limits of the public routes stay out of the way
    remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
    headers: {
      'accept-language': 'en',
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...(body?.contentType ? { 'content-type': body.contentType } : {}),
    },
    ...(body ? { payload: body.payload as string } : {}),
  });
}

function pathValue(route: string, name: string, schema: JsonSchema): string {
  if (name === 'id') {
    const segment = route.split('/{id}')[0]!.split('/').pop()!;
    const table: Record<string, string> = {
      units: 'units',
      positions: 'positions',
      users: 'users',
      assignments: 'assignments',
      days: 'calendar_days',
      cases: 'cases',
      drafts: 'sop_definitions',
      'letter-numbers': 'letter_numbers',
      'incoming-letters': 'incoming_letters',
      documents: 'documents',
      verify: 'documents',
      complaints: 'complaints',
      'complaint-input-requests': 'complaint_input_requests',
    };
    return ids[table[segment] ?? ''] ?? randomUUID();
  }
  return String(sample(schema, name));
}

function probesFor(route: string, method: string, op: Operation): Probe[] {
  const out: Probe[] = [];
  const session = sessionFor(route);
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const urlWith = (poisoned?: { name: string; where: 'path' | 'query'; raw: string }) => {
    let url = route;
    for (const p of pathParams) {
      const value =
        poisoned?.where === 'path' && poisoned.name === p.name
          ? poisoned.raw
          : encodeURIComponent(pathValue(route, p.name, p.schema));
      url = url.replace(`{${p.name}}`, value);
    }
    const query: string[] = [];
    for (const p of queryParams) {
      if (poisoned?.where === 'query' && poisoned.name === p.name) query.push(`${p.name}=${poisoned.raw}`);
      else if (p.required) query.push(`${p.name}=${encodeURIComponent(String(sample(p.schema, p.name)))}`);
    }
    return query.length ? `${url}?${query.join('&')}` : url;
  };

  const content = op.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema;
  const formSchema = content['multipart/form-data']?.schema;
  const baselineBody = () => {
    if (jsonSchema) return { payload: sample(variants(jsonSchema)[0]!), contentType: 'application/json' };
    if (formSchema) return multipart(solid(formSchema));
    return undefined;
  };

  for (const p of [...pathParams, ...queryParams]) {
    const where = p.in as 'path' | 'query';
    const s = solid(p.schema);
    for (const t of targets(s)) {
      const base = String(where === 'path' ? pathValue(route, p.name, s) : sample(s, p.name));
      for (const poison of poisons(t.kind, t.kind === 'integer' ? '' : base)) {
        out.push({
          method,
          route,
          where,
          field: p.name,
          cls: poison.cls,
          expectField: poison.notInUrl ? null : `${where === 'path' ? 'params' : 'querystring'}.${p.name}`,
          send: () =>
            inject(method, urlWith({ name: p.name, where, raw: poison.url }), session, baselineBody()),
        });
      }
    }
  }

  if (jsonSchema) {
    for (const variant of variants(jsonSchema)) {
      for (const t of targets(variant)) {
        const field = t.path.join('.');
        if (t.kind === 'record') {
          for (const [cls, key, value] of [
            ['NUL in a value', 'sweep', 'value\u0000'],
            ['lone surrogate in a value', 'sweep', 'value\ud800'],
            ['NUL in a key', 'sweep\u0000', 'value'],
            ['lone surrogate in a key', 'sweep\ud800', 'value'],
          ] as const) {
            out.push({
              method,
              route,
              where: 'json',
              field,
              cls,
              expectField: field ? `${field}.${key}` : key,
              send: () =>
                inject(method, urlWith(), session, {
                  payload: fill(variant, t.path, { [key]: value }),
                  contentType: 'application/json',
                }),
            });
          }
          continue;
        }
        const base = t.kind === 'integer' ? '' : String(sample(t.schema, String(t.path.at(-1) ?? '')));
        for (const poison of poisons(t.kind, base)) {
          out.push({
            method,
            route,
            where: 'json',
            field,
            cls: poison.cls,
            expectField: field,
            send: () =>
              inject(method, urlWith(), session, {
                payload: fill(variant, t.path, poison.json),
                contentType: 'application/json',
              }),
          });
        }
      }
    }
  }

  if (formSchema) {
    const form = solid(formSchema);
    for (const t of targets(form)) {
      const name = String(t.path[0]);
      const base = t.kind === 'integer' ? '' : String(sample(t.schema, name));
      for (const poison of poisons(t.kind, base)) {
        out.push({
          method,
          route,
          where: 'multipart',
          field: name,
          cls: poison.cls,
          expectField: name,
          send: () => inject(method, urlWith(), session, multipart(form, { [name]: poison.form })),
        });
      }
    }
  }
  return out;
}

/** The form's required text fields and one small PDF in each required file field. */
function multipart(form: JsonSchema, over: Record<string, string | RawField> = {}) {
  const fields: Record<string, string | RawField> = {};
  const files: Array<{ field: string; filename: string; contentType: string; bytes: Buffer }> = [];
  for (const [k, v] of Object.entries(form.properties ?? {})) {
    const s = solid(v);
    const isFile = s.format === 'binary' || solid(s.items).format === 'binary';
    if (isFile) {
      if (form.required?.includes(k))
        files.push({ field: k, filename: 'sweep.pdf', contentType: 'application/pdf', bytes: SAMPLE_PDF });
    } else if (form.required?.includes(k)) fields[k] = String(sample(s, k));
  }
  const body = multipartBody({ ...fields, ...over }, files);
  return { payload: body.payload, contentType: body.contentType };
}

// ------------------------------------------------------------------ database snapshot

/**
 * Tables a refused request may legitimately change: `sessions` (an authenticated request slides
 * its session's last-seen time) and `throttles` (wrong PINs and passwords are what it counts, and a
 * request refused after the PIN check would count). Everything else, `known_devices` included
 * (written on a successful login only), must be byte for byte the same after the sweep.
 */
const VOLATILE = new Set(['sessions', 'throttles']);

async function snapshot(): Promise<Record<string, string>> {
  const tables = (
    await h.database.query(`select tablename from pg_tables where schemaname = 'public' order by tablename`)
  ).rows as Array<{ tablename: string }>;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    if (VOLATILE.has(tablename)) continue;
    const r = await h.database.query(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${tablename}" t`,
    );
    const row = r.rows[0] as { n: number; h: string };
    out[tablename] = `${row.n} ${row.h}`;
  }
  return out;
}

async function firstId(table: string, where = 'true'): Promise<string | undefined> {
  const r = await h.database.query(`select id from ${table} where ${where} limit 1`);
  return (r.rows[0] as { id: string } | undefined)?.id;
}

beforeAll(async () => {
  h = await createHarness();
  sessions.admin = await h.login('admin.bkpm@sigap.test');
  sessions.officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  sessions.tu = await h.login('tu.arsip.bkpm@sigap.test');
  doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();

  // a complaint, so complaint routes meet a real one
  const bkpm = sessions.admin.me.agency.id;
  const form = multipartBody({
    agencyId: bkpm,
    type: 'a',
    subject: 'Licence waiting three weeks',
    description: 'My licence application has been waiting for verification for three weeks.',
    reporterName: 'Sweep Reporter',
    reporterEmail: 'sweep@example.com',
  });
  const filed = await h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': form.contentType },
    payload: form.payload,
  });
  expect(filed.statusCode).toBe(200);
  trackingNumber = filed.json().trackingNumber ?? trackingNumber;
  trackingCode = filed.json().trackingCode ?? trackingCode;

  for (const table of [
    'units',
    'positions',
    'users',
    'assignments',
    'calendar_days',
    'cases',
    'documents',
    'letter_numbers',
    'incoming_letters',
    'complaints',
    'complaint_input_requests',
    'files',
  ]) {
    const id = await firstId(table);
    if (id) ids[table] = id;
  }
  ids.agencies = bkpm;
  ids.sop_definitions = (await firstId('sop_definitions', `status = 'draft'`)) ?? randomUUID();
  const sop = (await h.database.query(`select key from sop_definitions limit 1`)).rows[0] as { key: string };
  sopKey = sop.key;
  const tpl = (await h.database.query(`select code from document_templates limit 1`)).rows[0] as {
    code: string;
  };
  templateCode = tpl.code;
});
afterAll(async () => h?.close());

describe('hostile input on every route of the OpenAPI document', () => {
  it('never answers 5xx, refuses each odd value naming its field, and stores nothing', async () => {
    const routes = Object.entries(doc.paths).flatMap(([route, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route, method: method.toUpperCase(), op })),
    );
    expect(routes.length).toBeGreaterThan(80);
    const multipartRoutes = routes.filter((r) => r.op.requestBody?.content['multipart/form-data']);
    // the upload routes are documented with their forms, so the sweep reaches their fields
    expect(multipartRoutes.map((r) => r.route).sort()).toEqual([
      '/api/complaints/{id}/attachments',
      '/api/control/guidance/{id}/materials',
      '/api/control/imports',
      '/api/control/inspections/{id}/photos',
      '/api/incoming-letters',
      '/api/public/complaints',
      '/api/public/complaints/info',
      '/api/public/service-requests/facilitation',
      '/api/public/service-requests/one-on-one',
      '/api/public/verify/{id}',
      '/api/service-requests/{id}/files',
    ]);

    const probes = routes.flatMap((r) => probesFor(r.route, r.method, r.op));
    // every route that takes input is probed, in each of the five classes somewhere
    for (const r of routes.filter((r) => r.op.parameters?.length || r.op.requestBody))
      expect(
        probes.some((p) => p.route === r.route && p.method === r.method),
        `${r.method} ${r.route}`,
      ).toBe(true);
    expect(new Set(probes.map((p) => p.cls))).toEqual(
      new Set([
        'NUL',
        'lone surrogate',
        'impossible date',
        'extreme date',
        'integer past 2^31',
        'NUL in a value',
        'lone surrogate in a value',
        'NUL in a key',
        'lone surrogate in a key',
      ]),
    );
    const before = await snapshot();
    const failures: string[] = [];
    for (const p of probes) {
      const res = await p.send();
      const label = `${p.method} ${p.route} ${p.where} ${p.field} (${p.cls}): ${res.statusCode}`;
      if (res.statusCode >= 500) {
        failures.push(`${label} ${res.body.slice(0, 200)}`);
        continue;
      }
      if (p.expectField === null) continue;
      if (res.statusCode < 400) {
        failures.push(`${label} accepted`);
        continue;
      }
      if (res.statusCode === 400) {
        const fields = ((res.json() as { fields?: Array<{ field: string }> }).fields ?? []).map(
          (f) => f.field,
        );
        if (!fields.includes(p.expectField))
          failures.push(`${label} names ${JSON.stringify(fields)}, not ${p.expectField}`);
      } else failures.push(`${label} ${res.body.slice(0, 160)}`);
    }
    const after = await snapshot();
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
    expect(probes.length).toBeGreaterThan(500);
  });
});

describe('the requests of the issue', () => {
  const portalFields = () => ({
    agencyId: sessions.admin!.me.agency.id,
    type: 'a',
    subject: 'Licence waiting three weeks',
    description: 'My licence application has been waiting for verification for three weeks.',
    reporterName: 'Sweep Reporter',
    reporterEmail: 'sweep@example.com',
    reporterAddress: 'Jl. Merdeka No. 1, Jakarta',
  });
  const fieldsOf = (res: LightMyRequestResponse) =>
    (res.json() as { fields: Array<{ field: string; rule: string; message: string }> }).fields;

  it('refuses a NUL in the portal form, naming each field and the rule in Indonesian and English', async () => {
    for (const lang of ['id', 'en'] as const) {
      const bad = Object.fromEntries(
        Object.entries(portalFields()).map(([k, v]) =>
          ['subject', 'description', 'reporterName', 'reporterAddress'].includes(k)
            ? [k, `${v}\u0000`]
            : [k, v],
        ),
      );
      const body = multipartBody(bad);
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/public/complaints',
        remoteAddress: `192.0.2.${lang === 'id' ? 1 : 2}`,
        headers: { 'content-type': body.contentType, 'accept-language': lang },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(400);
      const fields = fieldsOf(res);
      expect(fields.map((f) => [f.field, f.rule])).toEqual([
        ['subject', 'text_nul'],
        ['description', 'text_nul'],
        ['reporterName', 'text_nul'],
        ['reporterAddress', 'text_nul'],
      ]);
      expect(fields[0]!.message).toBe(
        lang === 'id'
          ? "'subject' memuat karakter NUL (\\u0000) yang tidak diizinkan."
          : "'subject' contains a NUL character (\\u0000), which is not allowed.",
      );
    }
  });

  it('refuses a NUL in an addition to a complaint and a lone surrogate in JSON text', async () => {
    const body = multipartBody({ trackingCode: trackingCode, pin: '123456', text: 'More detail\u0000' });
    const info = await h.app.inject({
      method: 'POST',
      url: '/api/public/complaints/info',
      remoteAddress: '192.0.2.3',
      headers: { 'content-type': body.contentType, 'accept-language': 'en' },
      payload: body.payload,
    });
    expect(info.statusCode).toBe(400);
    expect(fieldsOf(info)).toContainEqual(expect.objectContaining({ field: 'text', rule: 'text_nul' }));

    const unit = await h.as(sessions.admin!, 'POST', '/api/org/units', {
      parentId: null,
      code: 'SWEEP',
      name: 'Unit \ud800',
      nameEn: 'Unit',
      kind: 'division',
    });
    expect(unit.statusCode).toBe(400);
    expect(fieldsOf(unit)).toEqual([
      { field: 'name', rule: 'text_surrogate', message: expect.stringContaining("'name' memuat karakter") },
    ]);
  });

  it('refuses impossible and extreme dates and integers past 2^31 in the query and path', async () => {
    const week = async (value: string) =>
      fieldsOf(
        await h.as(sessions.officer!, 'GET', `/api/complaints/reports/weekly?week=${value}`, undefined, 'en'),
      );
    expect(await week('2026-02-30')).toEqual([
      {
        field: 'querystring.week',
        rule: 'date_invalid',
        message: "'week' is not a date that exists on the calendar.",
      },
    ]);
    expect((await week('2026-13-01'))[0]!.rule).toBe('date_invalid');
    for (const extreme of ['9999-12-31', '0001-01-01'])
      expect(await week(extreme)).toEqual([
        {
          field: 'querystring.week',
          rule: 'date_out_of_range',
          message: "'week' must be a date between 1900-01-01 and 2199-12-31.",
        },
      ]);
    const version = await h.as(sessions.admin!, 'GET', `/api/sops/${sopKey}/versions/2147483648`);
    expect(version.statusCode).toBe(400);
    expect(fieldsOf(version)).toEqual([
      expect.objectContaining({ field: 'params.version', rule: 'too_big' }),
    ]);
  });
});
