import { Badge } from '@mantine/core';
import type { TConsultationStatus } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TConsultationStatus, string> = {
  received: 'blue',
  scheduled: 'violet',
  done: 'green',
  closed: 'gray',
};

/** A ticket's status as a badge that never cuts its label. */
export function ConsultationStatusBadge({ status }: { status: TConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[status]}
      variant="light"
      styles={{ root: { overflow: 'visible', maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {t(`controlConsultations.status.${status}` as never) as unknown as string}
    </Badge>
  );
}
