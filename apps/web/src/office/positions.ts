import type { TFunction } from 'i18next';

export type AssignmentKind = 'definitive' | 'plt' | 'plh';
export const ASSIGNMENT_KINDS: readonly AssignmentKind[] = ['definitive', 'plt', 'plh'];

/** "Kepala Bidang", or "Plt. Kepala Bidang" for an acting holder. */
export function positionLabel(position: { title: string; kind: AssignmentKind }, t: TFunction): string {
  if (position.kind === 'definitive') return position.title;
  return t('office.assignment.prefixed', {
    prefix: t(`office.assignment.prefix.${position.kind}`),
    title: position.title,
  });
}
