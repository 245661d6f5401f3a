import MailComposer from 'nodemailer/lib/mail-composer';
import type { DemoCtx } from '../../platform/kernel/demo';
import { receiveServiceRequestEmail } from './use-cases/receive-service-request-email';
import { setServiceRequestSettings } from './use-cases/set-service-request-settings';

/** BKPM's demo service-request mailbox (fictional). */
export const DEMO_REQUEST_MAILBOX = 'layanan.promosi@bkpm.sigap.test';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * The demo's service-request mail at BKPM: the administrator sets the mailbox, and two emails
 * wait in it for the administration office (a one-on-one request with the company profile
 * attached, and a facilitation request), received through the same use case the SMTP
 * listener calls. Names and addresses are fictional.
 */
export async function seedServiceRequestEmails({ db, as, agency }: DemoCtx): Promise<void> {
  const bkpm = await agency('bkpm');
  await setServiceRequestSettings(await as('admin.bkpm@sigap.test', bkpm.at(5, '08:00')), {
    mailboxes: [DEMO_REQUEST_MAILBOX],
  });
  const mails = [
    {
      at: bkpm.at(0, '07:55'),
      from: '"Ingrid Larsen" <ingrid.larsen@example.com>',
      subject: 'Permohonan pertemuan one-on-one: investasi pakan ikan di Sulawesi Utara',
      text: [
        'Yth. Deputi Bidang Promosi Penanaman Modal,',
        '',
        'Nordfjord Aqua AS berencana membangun pabrik pakan ikan di Kabupaten Minahasa Utara',
        '(KBLI 10801, sekitar USD 40 juta, 2027-2028). Kami mohon pertemuan one-on-one untuk membahas',
        'ketersediaan lahan, pasokan bahan baku lokal, dan fasilitas impor mesin.',
        '',
        'Profil perusahaan terlampir. Kontak: +47 912 34 567.',
        '',
        'Hormat kami,',
        'Ingrid Larsen, Managing Director, Nordfjord Aqua AS',
      ].join('\n'),
      attachments: [{ filename: 'profil-nordfjord-aqua.pdf', content: PDF, contentType: 'application/pdf' }],
    },
    {
      at: bkpm.at(1, '15:40'),
      from: '"Rahmat Hidayat" <rahmat.hidayat@example.com>',
      subject: 'Mohon fasilitasi: NIB tidak dapat diperbarui di OSS',
      text: [
        'Selamat sore,',
        '',
        'Sejak tiga hari lalu pembaruan data NIB PT Sumber Rempah Nusantara selalu gagal di OSS.',
        'Helpdesk (tiket HD-OSS-2026-12044) belum dapat membantu. Mohon fasilitasi kendala teknis ini.',
        'WhatsApp: 0812 3344 5566.',
        '',
        'Terima kasih,',
        'Rahmat Hidayat',
      ].join('\n'),
      attachments: [],
    },
  ];
  for (const [i, m] of mails.entries()) {
    const raw = await new MailComposer({
      from: m.from,
      to: DEMO_REQUEST_MAILBOX,
      subject: m.subject,
      text: m.text,
      date: m.at,
      messageId: `<demo-layanan-${i + 1}@example.com>`,
      attachments: m.attachments,
    })
      .compile()
      .build();
    await receiveServiceRequestEmail({ db, now: m.at }, { raw, recipient: DEMO_REQUEST_MAILBOX });
  }
}
