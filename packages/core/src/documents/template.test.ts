import { type TDocumentTemplateInput, ZDocumentTemplate } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { documentPlainText, layoutDocument, listMarker } from './layout';
import {
  agencyCity,
  BLANK,
  fillPlaceholders,
  formatFieldValue,
  placeholdersOf,
  validateTemplate,
  validateTemplateData,
} from './template';

const base: TDocumentTemplateInput = {
  code: 'contoh',
  kind: 'form',
  title: { id: 'Contoh', en: 'Example' },
  letterhead: false,
  fields: [
    { name: 'name', type: 'text', required: true, label: { id: 'Nama', en: 'Name' } },
    { name: 'phone', type: 'text', label: { id: 'Telepon', en: 'Phone' } },
    { name: 'email', type: 'text', label: { id: 'Surel', en: 'Email' } },
    { name: 'day', type: 'date', weekday: true, label: { id: 'Hari/tanggal', en: 'Day/date' } },
    { name: 'at', type: 'time', label: { id: 'Pukul', en: 'Time' } },
    { name: 'count', type: 'number', label: { id: 'Jumlah', en: 'Count' } },
    {
      name: 'channel',
      type: 'select',
      label: { id: 'Sarana', en: 'Channel' },
      options: [
        { value: 'surat', label: { id: 'Surat', en: 'Letter' } },
        { value: 'media-massa', label: { id: 'Media massa', en: 'Mass media' } },
      ],
    },
    { name: 'mediaName', type: 'text', label: { id: 'Nama media', en: 'Medium' } },
    { name: 'items', type: 'list', label: { id: 'Butir', en: 'Items' } },
    {
      name: 'team',
      type: 'table',
      label: { id: 'Tim', en: 'Team' },
      columns: [
        { name: 'name', label: { id: 'Nama', en: 'Name' } },
        { name: 'nip', label: { id: 'NIP', en: 'NIP' } },
      ],
    },
  ],
  rules: [
    { atLeastOne: ['phone', 'email'] },
    { requiredIf: { field: 'mediaName', when: 'channel', in: ['media-massa'] } },
  ],
  blocks: [
    {
      type: 'heading',
      level: 1,
      text: { id: 'FORMULIR {{agency.shortName}}', en: 'FORM {{agency.shortName}}' },
    },
    {
      type: 'fields',
      rows: [
        'name',
        'day',
        'at',
        {
          label: { id: 'Nomor', en: 'Number' },
          value: { id: '{{document.number}}', en: '{{document.number}}' },
        },
      ],
    },
    { type: 'list', field: 'items', style: 'dictum' },
    { type: 'table', field: 'team' },
    { type: 'signature', signers: [{ title: { id: 'Petugas', en: 'Officer' }, electronic: true }] },
  ],
};
const template = ZDocumentTemplate.parse(base);
const ctx = {
  lang: 'id' as const,
  timeZone: 'Asia/Makassar',
  agency: {
    name: 'Dinas',
    shortName: 'DPMPTSP',
    address: 'Jl. Basuki Rahmat No. 55, Samarinda, Kalimantan Timur',
  },
  number: null,
  numberPlaceholder: '500/…/X/2026',
  date: null,
};

describe('placeholders', () => {
  it('finds and fills {{names}}, printing unknown or empty ones as the dotted blank', () => {
    expect(placeholdersOf('Yth. {{ to }} di {{agency.city}}')).toEqual(['to', 'agency.city']);
    expect(fillPlaceholders('{{a}} / {{b}} / {{c}}', (n) => ({ a: 'satu', b: '' })[n])).toBe(
      `satu / ${BLANK} / ${BLANK}`,
    );
  });

  it('reads the signing city from the address', () => {
    expect(agencyCity('Jl. Basuki Rahmat No. 55, Samarinda, Kalimantan Timur')).toBe('Samarinda');
    expect(agencyCity('Jl. Jend. Gatot Subroto No. 44, Jakarta Selatan 12190')).toBe('Jakarta Selatan');
  });
});

describe('validateTemplateData', () => {
  const valid = { name: 'Rina', phone: '0812', channel: 'surat' };

  it('accepts complete data', () => {
    expect(validateTemplateData(template, valid)).toEqual([]);
  });

  it('names both fields when neither phone nor email is given (Form B)', () => {
    expect(validateTemplateData(template, { name: 'Rina' })).toEqual([
      { field: 'phone', rule: 'at_least_one', params: { fields: 'phone, email' } },
      { field: 'email', rule: 'at_least_one', params: { fields: 'phone, email' } },
    ]);
    expect(validateTemplateData(template, { name: 'Rina', email: 'r@x.id' })).toEqual([]);
  });

  it('requires the medium name for mass media only (Form C)', () => {
    expect(validateTemplateData(template, { ...valid, channel: 'media-massa' })).toEqual([
      { field: 'mediaName', rule: 'required', params: { when: 'channel' } },
    ]);
    expect(
      validateTemplateData(template, { ...valid, channel: 'media-massa', mediaName: 'Kaltim Post' }),
    ).toEqual([]);
  });

  it('checks required fields, types, formats, options, table columns and unknown keys', () => {
    const problems = validateTemplateData(template, {
      phone: '1',
      day: '2026-02-30',
      at: '25:00',
      count: '3',
      channel: 'fax',
      items: ['a', 2],
      team: [{ name: 'A', rank: 'III/c' }],
      other: 'x',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'other', rule: 'unknown_field' },
        { field: 'name', rule: 'required' },
        { field: 'day', rule: 'date_format' },
        { field: 'at', rule: 'time_format' },
        { field: 'count', rule: 'type', params: { expected: 'number' } },
        { field: 'channel', rule: 'enum', params: { options: 'surat, media-massa' } },
        { field: 'items.1', rule: 'type', params: { expected: 'text' } },
        { field: 'team.0.rank', rule: 'unknown_field' },
      ]),
    );
  });

  it('checks only the types of partial data (a blank form to print)', () => {
    expect(validateTemplateData(template, {}, { partial: true })).toEqual([]);
    expect(validateTemplateData(template, { count: 'x' }, { partial: true })).toEqual([
      { field: 'count', rule: 'type', params: { expected: 'number' } },
    ]);
  });
});

describe('validateTemplate', () => {
  it('accepts a consistent template', () => {
    expect(validateTemplate(template)).toEqual([]);
  });

  it('refuses unknown placeholders, fields of the wrong type, duplicates and bad rules', () => {
    const bad = ZDocumentTemplate.parse({
      ...base,
      fields: [...base.fields, { name: 'name', type: 'text', label: { id: 'X', en: 'X' } }],
      rules: [{ requiredIf: { field: 'nope', when: 'name', in: ['x'] } }],
      blocks: [
        { type: 'paragraph', text: { id: '{{nama}}', en: '{{name}}' } },
        { type: 'table', field: 'items' },
        { type: 'list', field: 'team' },
      ],
      sample: { name: 'Rina', bogus: 1 },
    });
    const rules = validateTemplate(bad).map((p) => `${p.path} ${p.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'fields.10.name duplicate',
        'blocks.0.text.id unknown_placeholder',
        'blocks.1.field field_type',
        'blocks.2.field field_type',
        'rules.0.requiredIf.field unknown_field',
        'rules.0.requiredIf.when field_type',
        'sample.bogus unknown_field',
      ]),
    );
  });
});

describe('formatFieldValue', () => {
  const field = (name: string) => template.fields.find((f) => f.name === name)!;
  it('prints dates, times, numbers and options as Indonesian documents do', () => {
    const o = { lang: 'id' as const, timeZone: 'Asia/Makassar' };
    expect(formatFieldValue(field('day'), '2026-11-23', o)).toBe('Senin, 23 November 2026');
    expect(formatFieldValue(field('at'), '10:30', o)).toBe('10.30 WITA');
    expect(formatFieldValue(field('count'), 1500000, o)).toBe('1.500.000');
    expect(formatFieldValue(field('channel'), 'media-massa', o)).toBe('Media massa');
    expect(formatFieldValue(field('channel'), 'media-massa', { ...o, lang: 'en' })).toBe('Mass media');
    expect(formatFieldValue(field('at'), '10:30', { ...o, lang: 'en' })).toBe('10:30 WITA');
    expect(formatFieldValue(field('name'), '', o)).toBe(BLANK);
  });
});

describe('layoutDocument', () => {
  it('fills built-ins and data, numbers decree articles and prints blanks for what is missing', () => {
    const doc = layoutDocument(
      template,
      { name: 'Rina', items: ['Mencabut izin', 'Berlaku'], team: [] },
      ctx,
    );
    const text = documentPlainText(doc);
    expect(text).toContain('FORMULIR DPMPTSP');
    expect(text).toContain('Nama: Rina');
    expect(text).toContain('Nomor: 500/…/X/2026');
    expect(text).toContain('KESATU Mencabut izin');
    expect(text).toContain('KEDUA Berlaku');
    expect(text).toContain(`Samarinda, ${BLANK}`);
    expect(text).toContain(`Hari/tanggal: ${BLANK}`);
  });

  it('prints the signer and the number once signed', () => {
    const doc = layoutDocument(
      template,
      { name: 'Rina' },
      {
        ...ctx,
        lang: 'en',
        number: '500/7/X/2026',
        date: new Date('2026-11-23T03:00:00Z'),
        signer: { name: 'Puguh', position: 'Kepala Dinas', nip: '1979' },
      },
    );
    const text = documentPlainText(doc);
    expect(text).toContain('Number: 500/7/X/2026');
    expect(text).toContain('Samarinda, 23 November 2026');
    expect(text).toContain('Officer Puguh NIP 1979');
  });

  it('marks list items by style', () => {
    expect([0, 1, 25].map((i) => listMarker('letter', i))).toEqual(['a.', 'b.', 'z.']);
    expect(listMarker('dictum', 2, 'id')).toBe('KETIGA');
    expect(listMarker('dictum', 0, 'en')).toBe('FIRST');
    expect(listMarker('dictum', 11, 'id')).toBe('KE-12');
  });
});
