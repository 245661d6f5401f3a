import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type ComplaintFilters, useComplaints } from './api';

function Figure({
  label,
  filters,
  to,
  alert,
}: {
  label: string;
  filters: ComplaintFilters;
  to: string;
  alert?: boolean;
}) {
  const { data, isPending, isError } = useComplaints({ ...filters, page: 1 });
  const n = data?.total ?? 0;
  return (
    <Card withBorder padding="md">
      <Text size="sm" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Anchor
        component={Link}
        to={to}
        fz={28}
        fw={700}
        c={alert && n > 0 ? 'red.9' : 'blue.9'}
        underline="hover"
      >
        {isPending ? '…' : isError ? '–' : n}
      </Anchor>
    </Card>
  );
}

/** The complaint team's figures on the home page: what waits, what is late, what came by email. */
export function ComplaintSummary() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="complaint-summary">
      <Title order={2} id="complaint-summary">
        {t('complaints.summary.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Figure
          label={t('complaints.summary.open')}
          filters={{ status: 'open' }}
          to="/office/pengaduan?status=open"
        />
        <Figure
          label={t('complaints.summary.overdue')}
          filters={{ overdue: 'true' }}
          to="/office/pengaduan?overdue=true"
          alert
        />
        <Figure
          label={t('complaints.summary.drafts')}
          filters={{ status: 'draft' }}
          to="/office/pengaduan?status=draft"
        />
      </SimpleGrid>
    </Stack>
  );
}
