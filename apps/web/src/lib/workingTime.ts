import type { TFunction } from 'i18next';

/**
 * Working time as hours and minutes ('2 j 15 mnt'). Deliberately no days: an office day is
 * 8.5 hours Monday-Thursday and shorter on Friday, so "1 day" would be a guess.
 */
export function formatWorkingMinutes(minutes: number, t: TFunction): string {
  const total = Math.round(Math.abs(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('office.time.minutes', { m });
  if (m === 0) return t('office.time.hours', { h });
  return t('office.time.hoursMinutes', { h, m });
}

/** 'sisa 2 j 15 mnt kerja' or 'terlambat 1 j 5 mnt kerja' from signed working minutes left. */
export function formatTimeLeft(minutesLeft: number, t: TFunction): string {
  const duration = formatWorkingMinutes(minutesLeft, t);
  return minutesLeft < 0 ? t('office.time.overdue', { duration }) : t('office.time.left', { duration });
}
