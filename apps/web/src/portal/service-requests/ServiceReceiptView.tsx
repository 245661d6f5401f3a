import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { PORTAL_PAGES, pagePath } from '@sigap/contracts';
import type { TServiceRequestReceipt } from '@sigap/contracts/service-requests';
import { IconCircleCheck, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { currentLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { saveBlob } from '../complaints/api';
import { fetchServiceReceiptPdf } from './api';

/** The receipt of a service request: the code and the PIN (shown once), the due date, the priority flag. */
export function ServiceReceiptView({
  receipt,
  onAnother,
}: {
  receipt: TServiceRequestReceipt;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  const due = receipt.dueAt
    ? formatDateTime(receipt.dueAt, receipt.agencyTimeZone, lang)
    : t('serviceRequests.receipt.paused');
  return (
    <Stack gap="lg" maw={760}>
      <Alert
        color="green"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={t('serviceRequests.receipt.title')}
      >
        {t('serviceRequests.receipt.lead')}
      </Alert>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={1} size="h2">
            {tt(`serviceRequests.services.${receipt.service}`)}
          </Title>
          {receipt.priority ? (
            <Badge color="red" size="lg" variant="filled">
              {t('serviceRequests.priority.flag')}: {tt(`serviceRequests.priority.${receipt.priority}`)}
            </Badge>
          ) : null}
          <Stack gap="sm" component="dl" m={0}>
            <Fact label={t('serviceRequests.receipt.code')}>
              <Text ff="monospace" fw={700} fz={28} data-testid="receipt-code">
                {receipt.trackingCode}
              </Text>
            </Fact>
            <Fact label={t('serviceRequests.receipt.pin')}>
              <Text ff="monospace" fw={700} fz={28} data-testid="receipt-pin">
                {receipt.pin}
              </Text>
            </Fact>
            <Fact
              label={
                receipt.service === 'pertemuan-one-on-one'
                  ? t('serviceRequests.receipt.dueReply')
                  : t('serviceRequests.receipt.dueDone')
              }
            >
              {due}
            </Fact>
          </Stack>
        </Stack>
      </Card>
      <Group>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() =>
            void fetchServiceReceiptPdf(receipt.trackingCode, receipt.pin).then((b) =>
              saveBlob(b, `tanda-terima-${receipt.trackingCode}.pdf`),
            )
          }
        >
          {t('serviceRequests.receipt.download')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to={pagePath(PORTAL_PAGES.track, {}, { kode: receipt.trackingCode })}
          leftSection={<IconSearch size={18} aria-hidden="true" />}
        >
          {t('serviceRequests.receipt.track')}
        </Button>
        <Button variant="subtle" onClick={onAnother}>
          {t('serviceRequests.receipt.another')}
        </Button>
      </Group>
    </Stack>
  );
}
