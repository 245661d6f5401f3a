/** An officer named in the Surat Tugas: name, NIP and position where the registry has them. */
export interface LetterOfficer {
  name: string;
  nip: string | null;
  position: string | null;
}

export interface SupervisionLetterInput {
  company: { name: string; nib: string; address: string | null; regency: string | null };
  officers: LetterOfficer[];
  plannedOn: string;
  seq: number;
}

const BASIS = [
  'Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
  'Peraturan BKPM Nomor 5 Tahun 2021 tentang Pedoman dan Tata Cara Pengawasan Perizinan Berusaha Berbasis Risiko',
];

/**
 * The routine visit's assignment letter (SOP 067/009 step 3) as a document-service draft of the
 * `surat-tugas` template: the inspectors assigned, the company and its address as the place, the
 * visit date, the purpose; the signature block takes the signer at signing. The drafter may still
 * edit the draft before it is initialled and signed.
 */
export function supervisionLetter(i: SupervisionLetterInput): {
  templateCode: string;
  title: string;
  data: Record<string, unknown>;
} {
  const c = i.company;
  const place = [c.address, c.regency].filter((p) => p?.trim()).join(', ') || c.name;
  return {
    templateCode: 'surat-tugas',
    title: `Surat Tugas pengawasan rutin ${c.name} (NIB ${c.nib}), kunjungan ${i.seq}`,
    data: {
      letterType: 'surat-tugas',
      basis: [...BASIS, `Rencana pengawasan rutin tahun ${i.plannedOn.slice(0, 4)}`],
      officers: i.officers.map((o) => ({
        name: o.name,
        nip: o.nip ?? '-',
        position: o.position ?? '-',
      })),
      task: `Melaksanakan pengawasan rutin pelaksanaan penanaman modal (SOP 067/009) pada ${c.name} (NIB ${c.nib}).`,
      place,
      startDate: i.plannedOn,
      endDate: i.plannedOn,
    },
  };
}
