import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The banner shown while next year's working calendar has no holidays yet. */
export function CalendarWarning({
  message,
  year,
  withLink,
}: {
  message: string;
  year: number;
  withLink?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('office.calendar.warningTitle', { year })}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      {message}
      {withLink && (
        <>
          {' '}
          <Anchor component={Link} to={`/office/calendar?year=${year}`} c="blue.9">
            {t('office.calendar.openCalendar')}
          </Anchor>
        </>
      )}
    </Alert>
  );
}
