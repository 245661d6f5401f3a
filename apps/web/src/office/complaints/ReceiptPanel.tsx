import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TComplaintReceipt } from '@sigap/contracts/complaints';
import { IconAlertTriangle, IconCircleCheck, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { receiptPdf } from './api';

/**
 * The receipt after recording: the reporter's public tracking code and the PIN (shown this once:
 * only its hash is kept), the office's register number, the deadlines, and the printable
 * receipt for the reporter (which carries the code, not the register number).
 */
export function ReceiptPanel({ receipt, onAnother }: { receipt: TComplaintReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('complaints.receipt.title', { number: receipt.trackingNumber ?? receipt.trackingCode }));
  const tz = receipt.agencyTimeZone;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [printing, setPrinting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  const print = async () => {
    if (!receipt.id) return;
    setPrinting(true);
    setError(null);
    try {
      const blob = await receiptPdf(receipt.id, receipt.pin);
      const url = URL.createObjectURL(blob);
      setPdfUrl(url);
      const opened = window.open(url, '_blank');
      if (!opened) {
        // a blocked pop-up: download the file instead
        const a = document.createElement('a');
        a.href = url;
        a.download = `tanda-terima-${receipt.trackingCode}.pdf`;
        a.click();
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Stack gap="lg">
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={
          <Title order={1} size="h3" ref={headingRef} tabIndex={-1}>
            {t('complaints.receipt.heading')}
          </Title>
        }
      >
        {t('complaints.receipt.intro', { agency: receipt.agencyName })}
      </Alert>

      <Paper withBorder p="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <div>
              <Text size="sm" fw={700} id="receipt-code">
                {t('complaints.receipt.code')}
              </Text>
              <Text
                aria-labelledby="receipt-code"
                fz={{ base: 24, sm: 30 }}
                fw={800}
                ff="monospace"
                style={{ letterSpacing: 1 }}
              >
                {receipt.trackingCode}
              </Text>
            </div>
            <div>
              <Text size="sm" fw={700} id="receipt-pin">
                {t('complaints.receipt.pin')}
              </Text>
              <Text
                aria-labelledby="receipt-pin"
                fz={{ base: 24, sm: 30 }}
                fw={800}
                ff="monospace"
                style={{ letterSpacing: 4 }}
              >
                {receipt.pin}
              </Text>
            </div>
          </SimpleGrid>
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('complaints.receipt.pinWarnTitle')}
          >
            {t('complaints.receipt.pinWarn')}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0} spacing="sm">
            <Fact label={t('complaints.receipt.number')}>
              <span id="receipt-number">{receipt.trackingNumber ?? '—'}</span>
            </Fact>
            <Fact label={t('complaints.detail.received')}>
              {formatDateTime(receipt.receivedAt, tz, lang)}
            </Fact>
            <Fact label={t('complaints.detail.firstResponseDue')}>
              {formatDateTime(receipt.firstResponseDue, tz, lang)}
            </Fact>
            <Fact label={t('complaints.detail.answerDue')}>
              {formatDateTime(receipt.answerDue, tz, lang)}
            </Fact>
          </SimpleGrid>
          <FormError message={error} />
          <Group gap="sm">
            <Button
              onClick={() => void print()}
              loading={printing}
              disabled={!receipt.id}
              leftSection={<IconPrinter size={18} aria-hidden="true" />}
            >
              {t('complaints.receipt.print')}
            </Button>
            {pdfUrl && (
              <Anchor href={pdfUrl} download={`tanda-terima-${receipt.trackingCode}.pdf`} size="sm">
                {t('complaints.receipt.download')}
              </Anchor>
            )}
          </Group>
        </Stack>
      </Paper>

      <Group gap="sm">
        {receipt.id && (
          <Button component={Link} to={`/office/pengaduan/${receipt.id}`} variant="light">
            {t('complaints.receipt.open')}
          </Button>
        )}
        <Button variant="default" onClick={onAnother} leftSection={<IconPlus size={18} aria-hidden="true" />}>
          {t('complaints.receipt.another')}
        </Button>
      </Group>
    </Stack>
  );
}
