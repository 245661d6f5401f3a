import { describe, expect, it } from 'vitest';
import { automaticMailReason, complaintSubjectFromEmail, guessEmailLanguage } from './inbound-email';

describe('automatic mail', () => {
  const person = { headers: {}, fromAddress: 'budi@contoh.id' };

  it('a person writing is not automatic', () => {
    expect(automaticMailReason(person)).toBeNull();
    expect(automaticMailReason({ ...person, headers: { 'auto-submitted': 'no' } })).toBeNull();
    expect(automaticMailReason({ ...person, headers: { 'content-type': 'multipart/mixed' } })).toBeNull();
  });

  it('auto-replies, list and bulk mail, bounces and reports are', () => {
    const h = (headers: Record<string, string>) => automaticMailReason({ ...person, headers });
    expect(h({ 'auto-submitted': 'auto-replied' })).toBe('auto_submitted');
    expect(h({ 'auto-submitted': 'Auto-Generated; owner-email="x@y.id"' })).toBe('auto_submitted');
    expect(h({ 'x-autoreply': 'yes' })).toBe('auto_submitted');
    expect(h({ precedence: 'Bulk' })).toBe('bulk');
    expect(h({ precedence: 'list' })).toBe('bulk');
    expect(h({ precedence: 'junk' })).toBe('bulk');
    expect(h({ 'content-type': 'multipart/report; report-type=delivery-status' })).toBe('delivery_report');
    expect(automaticMailReason({ headers: {}, fromAddress: '' })).toBe('no_sender');
    expect(automaticMailReason({ headers: {}, fromAddress: null })).toBe('no_sender');
    expect(automaticMailReason({ ...person, envelopeFrom: '' })).toBe('no_sender');
  });
});

describe('subject of an email complaint', () => {
  it('collapses whitespace, cuts at 300 and completes a short or missing subject', () => {
    expect(complaintSubjectFromEmail('  Izin  lokasi\r\n belum terbit ')).toBe('Izin lokasi belum terbit');
    expect(complaintSubjectFromEmail('x'.repeat(400))).toHaveLength(300);
    expect(complaintSubjectFromEmail('OSS')).toBe('OSS (tanpa perihal)');
    expect(complaintSubjectFromEmail('')).toBe('(tanpa perihal)');
    expect(complaintSubjectFromEmail(undefined)).toBe('(tanpa perihal)');
  });
});

describe('language of an email complaint', () => {
  it('English only when clearly English; Indonesian otherwise', () => {
    expect(
      guessEmailLanguage('Dear Sir, our company has not received the permit for this project. Regards'),
    ).toBe('en');
    expect(
      guessEmailLanguage('Dengan hormat, izin usaha kami belum terbit sampai saat ini. Mohon bantuan.'),
    ).toBe('id');
    expect(guessEmailLanguage('OSS RBA NIB 1234567890123')).toBe('id');
    expect(guessEmailLanguage('')).toBe('id');
  });
});
