import { Alert, Button, Card, CopyButton, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TComplaintReceipt } from '@sigap/contracts/complaints';
import {
  IconAlertTriangle,
  IconCheck,
  IconCircleCheck,
  IconCopy,
  IconPrinter,
  IconSearch,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { Fact } from '../../components/Fact';
import { currentLang } from '../../i18n';
import { formatDateTime, zoneAbbreviation } from '../../lib/format';
import { fetchReceiptPdf, saveBlob } from './api';

function Secret({
  label,
  value,
  id,
  copyLabel,
}: {
  label: string;
  value: string;
  id: string;
  copyLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700} id={id}>
        {label}
      </Text>
      <Text
        aria-labelledby={id}
        ff="monospace"
        fw={700}
        fz={{ base: 26, sm: 32 }}
        lh={1.2}
        style={{ letterSpacing: '0.06em', overflowWrap: 'anywhere' }}
      >
        {value}
      </Text>
      <div>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="xs"
              onClick={copy}
              leftSection={
                copied ? (
                  <IconCheck size={16} aria-hidden="true" />
                ) : (
                  <IconCopy size={16} aria-hidden="true" />
                )
              }
            >
              {copied ? t('portalComplaints.receipt.copied') : copyLabel}
            </Button>
          )}
        </CopyButton>
      </div>
    </Stack>
  );
}

/** The receipt after filing: the public tracking code and PIN (once), the deadlines in the agency's zone. */
export function ReceiptView({ receipt, onAnother }: { receipt: TComplaintReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmAnother, setConfirmAnother] = useState(false);
  const tz = receipt.agencyTimeZone;
  const print = useMutation({
    mutationFn: () => fetchReceiptPdf(receipt.trackingCode, receipt.pin),
    onSuccess: (blob) =>
      saveBlob(blob, t('portalComplaints.receipt.receiptFilename', { number: receipt.trackingCode })),
  });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="center">
          <IconCircleCheck
            size={36}
            color="var(--mantine-color-green-8)"
            aria-hidden="true"
            style={{ flexShrink: 0 }}
          />
          <Title order={1} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('portalComplaints.receipt.title')}
          </Title>
        </Group>
        <Text>{t('portalComplaints.receipt.lead', { agency: receipt.agencyName })}</Text>
      </Stack>

      <Card withBorder padding="lg" component="section" aria-labelledby="receipt-secrets">
        <Title order={2} size="h3" id="receipt-secrets" mb="md">
          {t('portalComplaints.receipt.secretsTitle')}
        </Title>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Secret
              id="receipt-code"
              label={t('portalComplaints.receipt.trackingCode')}
              value={receipt.trackingCode}
              copyLabel={t('portalComplaints.receipt.copyCode')}
            />
            <Secret
              id="receipt-pin"
              label={t('portalComplaints.receipt.pin')}
              value={receipt.pin}
              copyLabel={t('portalComplaints.receipt.copyPin')}
            />
          </SimpleGrid>
          <Alert
            color="orange"
            variant="light"
            title={t('portalComplaints.receipt.pinWarningTitle')}
            icon={<IconAlertTriangle aria-hidden="true" />}
          >
            <Text size="sm">{t('portalComplaints.receipt.pinWarning')}</Text>
          </Alert>
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="receipt-times">
        <Title order={2} size="h3" id="receipt-times" mb="md">
          {t('portalComplaints.receipt.timesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
          <Fact label={t('portalComplaints.receipt.agency')}>{receipt.agencyName}</Fact>
          <Fact label={t('portalComplaints.receipt.receivedAt')}>
            {formatDateTime(receipt.receivedAt, tz, lang)}
          </Fact>
          <Fact label={t('portalComplaints.receipt.firstResponseDue')}>
            {formatDateTime(receipt.firstResponseDue, tz, lang)}
          </Fact>
          <Fact label={t('portalComplaints.receipt.answerDue')}>
            {formatDateTime(receipt.answerDue, tz, lang)}
          </Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="sm">
          {t('portalComplaints.receipt.deadlinesNote', { zone: zoneAbbreviation(tz) })}{' '}
          {t('portalComplaints.receipt.emailNote')}
        </Text>
      </Card>

      <Stack gap="sm">
        <Group gap="sm">
          <Button
            onClick={() => print.mutate()}
            loading={print.isPending}
            leftSection={<IconPrinter size={18} aria-hidden="true" />}
          >
            {t('portalComplaints.receipt.print')}
          </Button>
          <Button
            component={Link}
            to={`/lacak?kode=${encodeURIComponent(receipt.trackingCode)}`}
            variant="default"
            leftSection={<IconSearch size={18} aria-hidden="true" />}
          >
            {t('portalComplaints.receipt.track')}
          </Button>
          <Button variant="subtle" onClick={() => setConfirmAnother(true)}>
            {t('portalComplaints.receipt.another')}
          </Button>
        </Group>
        <div aria-live="polite">
          {print.isError && (
            <Alert color="red" variant="light" role="alert">
              {t('portalComplaints.receipt.printError')}
            </Alert>
          )}
        </div>
      </Stack>

      <ConfirmModal
        opened={confirmAnother}
        title={t('portalComplaints.receipt.another')}
        confirmLabel={t('portalComplaints.receipt.another')}
        onClose={() => setConfirmAnother(false)}
        onConfirm={() => {
          setConfirmAnother(false);
          onAnother();
        }}
      >
        {t('portalComplaints.receipt.anotherConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
