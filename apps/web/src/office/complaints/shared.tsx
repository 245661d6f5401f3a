import { Text } from '@mantine/core';
import type { TComplaintStatus } from '@sigap/contracts/complaints';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import { formatDate, formatDateTime, formatTimeZoned } from '../../lib/format';

/** Statuses in which the complaint is still being handled (its deadlines count). */
export const OPEN_STATUSES: readonly TComplaintStatus[] = ['received', 'in_progress', 'with_working_group'];

/**
 * A deadline in the agency's zone; past due (and not yet met) it is shown in red, bold, with a
 * warning icon and the word "terlambat", so the highlight does not rely on colour alone.
 */
export function Due({
  at,
  tz,
  overdue,
  met,
  split,
}: {
  at: string | null;
  tz: string;
  /** Whether the server judges the complaint overdue; otherwise the time is compared with now. */
  overdue?: boolean;
  /** When the deadline was met (first response given, answer sent): never highlighted. */
  met?: boolean;
  /** The date on one line and the time under it (narrow table cells). */
  split?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!at) return <>—</>;
  const late = !met && (overdue ?? new Date(at).getTime() < Date.now());
  return (
    <Text span size="sm" c={late ? 'red.9' : undefined} fw={late ? 700 : undefined}>
      {late && (
        <IconAlertTriangle
          size={14}
          aria-hidden="true"
          style={{ verticalAlign: 'text-bottom', marginRight: 2 }}
        />
      )}
      {split ? (
        <>
          {formatDate(at, tz, lang)}
          <br />
          {formatTimeZoned(at, tz, lang)}
        </>
      ) : (
        formatDateTime(at, tz, lang)
      )}
      {late && ` · ${t('complaints.overdue')}`}
    </Text>
  );
}

const OFFSETS: Record<string, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/**
 * A date and time typed in the agency's zone as ISO 8601 with that zone's offset
 * ('2026-05-11T09:30:00+07:00'); Indonesian zones have no daylight saving, so the offset is fixed.
 */
export function localIso(date: string, time: string, tz: string): string {
  const offset = OFFSETS[tz] ?? '+07:00';
  const hhmm = /^\d{2}[:.]\d{2}$/.test(time) ? time.replace('.', ':') : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !hhmm) return '';
  return `${date}T${hhmm}:00${offset}`;
}
