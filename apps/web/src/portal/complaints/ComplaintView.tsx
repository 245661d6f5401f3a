import { Alert, Anchor, Box, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TPublicComplaint } from '@sigap/contracts/complaints';
import {
  IconArrowMerge,
  IconExternalLink,
  IconLock,
  IconMessageCheck,
  IconPaperclip,
  IconPrinter,
} from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Fact } from '../../components/Fact';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { formatDateTime, zoneAbbreviation } from '../../lib/format';
import { AddInfoForm } from './AddInfoForm';
import { fetchAnswerPdf, fetchAttachment, saveBlob } from './api';

const preWrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Steps({ complaint, pin }: { complaint: TPublicComplaint; pin: string | null }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = complaint.agencyTimeZone;
  if (complaint.steps.length === 0) return <Text size="sm">{t('portalComplaints.track.stepsEmpty')}</Text>;
  return (
    <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {complaint.steps.map((step, index) => (
        <Box
          component="li"
          // steps are append-only and never reorder; two may share kind and time
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={`${step.kind}-${step.at}-${index}`}
          pl="md"
          pb="md"
          ml={6}
          style={{
            borderLeft:
              index === complaint.steps.length - 1
                ? '2px solid transparent'
                : '2px solid var(--mantine-color-blue-2)',
            position: 'relative',
          }}
        >
          <Box
            aria-hidden="true"
            style={{
              position: 'absolute',
              left: -7,
              top: 4,
              width: 12,
              height: 12,
              borderRadius: '50%',
              background: 'var(--mantine-color-blue-8)',
            }}
          />
          <Text size="xs" c="dimmed" fw={600}>
            <time dateTime={step.at}>{formatDateTime(step.at, tz, lang)}</time>
          </Text>
          <Text size="sm" fw={600}>
            {t(`portalComplaints.steps.${step.kind}`)}
          </Text>
          {step.text && (
            <Box
              mt={6}
              p="sm"
              bg={step.kind === 'info_added' ? 'gray.0' : 'blue.0'}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            >
              {step.kind === 'info_added' && (
                <Text size="xs" fw={700} c="dimmed">
                  {t('portalComplaints.track.yourText')}
                </Text>
              )}
              <Text size="sm" style={preWrap}>
                {step.text}
              </Text>
            </Box>
          )}
          {step.files.length > 0 && (
            <Box mt={6}>
              <Text size="xs" fw={700} c="dimmed">
                {t('portalComplaints.track.stepFiles')}
              </Text>
              <List size="sm" spacing={2} icon={<IconPaperclip size={14} aria-hidden="true" />}>
                {step.files.map((file) => (
                  <List.Item key={file.id} style={{ overflowWrap: 'anywhere' }}>
                    {pin ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() =>
                          void fetchAttachment(complaint.trackingCode, pin, file.id).then(
                            (blob) => saveBlob(blob, file.filename),
                            () => undefined,
                          )
                        }
                      >
                        {file.filename}
                      </Anchor>
                    ) : (
                      file.filename
                    )}
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}

/**
 * What the public sees of one complaint: status, dates in the agency's zone and the steps; with
 * the PIN also the content, the answer (first, since it is what the reporter waits for) and a
 * form to add information while the complaint is open.
 */
export const ComplaintView = forwardRef<
  HTMLHeadingElement,
  {
    complaint: TPublicComplaint;
    pin: string | null;
    onUpdated: (complaint: TPublicComplaint) => void;
    onTrackCode: (trackingCode: string) => void;
  }
>(function ComplaintView({ complaint, pin, onUpdated, onTrackCode }, ref) {
  const { t } = useTranslation();
  const lang = currentLang();
  const tz = complaint.agencyTimeZone;
  const when = (value: string | null) => (value ? formatDateTime(value, tz, lang) : '—');
  const merged = complaint.mergedIntoTrackingCode;

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="complaint-result">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Title
              order={2}
              size="h3"
              id="complaint-result"
              ref={ref}
              tabIndex={-1}
              style={{ outline: 'none' }}
            >
              {t('portalComplaints.track.resultTitle', { number: complaint.trackingCode })}
            </Title>
            <StatusBadge
              set="complaint"
              status={complaint.status}
              label={t(`portalComplaints.statuses.${complaint.status}`)}
              size="lg"
              wrap
            />
          </Group>
          {!merged && <Text size="sm">{t(`portalComplaints.statusHelp.${complaint.status}`)}</Text>}
          {merged && (
            <Alert color="blue" variant="light" icon={<IconArrowMerge aria-hidden="true" />}>
              <Text size="sm">{t('portalComplaints.track.mergedInto', { number: merged })}</Text>
              <Anchor
                component={Link}
                to={`/lacak?kode=${encodeURIComponent(merged)}`}
                size="sm"
                fw={600}
                c="blue.9"
                underline="always"
                onClick={() => onTrackCode(merged)}
              >
                {t('portalComplaints.track.mergedIntoLink', { number: merged })}
              </Anchor>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
            <Fact label={t('portalComplaints.track.agency')}>{complaint.agencyName}</Fact>
            <Fact label={t('portalComplaints.track.type')}>
              {complaint.type ? `${complaint.type}. ${t(`portalComplaints.types.${complaint.type}`)}` : '—'}
            </Fact>
            <Fact label={t('portalComplaints.track.channel')}>
              {t(`portalComplaints.channels.${complaint.channel}`)}
            </Fact>
            <Fact label={t('portalComplaints.track.receivedAt')}>{when(complaint.receivedAt)}</Fact>
            <Fact label={t('portalComplaints.track.firstResponseDue')}>
              {when(complaint.firstResponseDue)}
            </Fact>
            <Fact label={t('portalComplaints.track.answerDue')}>{when(complaint.answerDue)}</Fact>
            {complaint.answeredAt && (
              <Fact label={t('portalComplaints.track.answeredAt')}>{when(complaint.answeredAt)}</Fact>
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('portalComplaints.track.zoneNote', { zone: zoneAbbreviation(tz) })}
          </Text>
        </Stack>
      </Card>

      {!complaint.withPin && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />}>
          <Text size="sm">{t('portalComplaints.track.withoutPinNote')}</Text>
        </Alert>
      )}

      {complaint.withPin && complaint.answer && (
        <Card
          withBorder
          padding="lg"
          component="section"
          aria-labelledby="complaint-answer"
          style={{ borderColor: 'var(--mantine-color-green-7)', borderWidth: 2 }}
        >
          <Group gap="xs" mb="xs" wrap="nowrap">
            <IconMessageCheck size={24} color="var(--mantine-color-green-8)" aria-hidden="true" />
            <Title order={2} size="h3" id="complaint-answer">
              {t('portalComplaints.track.answerTitle')}
            </Title>
          </Group>
          {complaint.answeredAt && (
            <Text size="sm" c="dimmed" mb="sm">
              {t('portalComplaints.track.answerAt', { date: when(complaint.answeredAt) })}
            </Text>
          )}
          <Text style={preWrap}>{complaint.answer}</Text>
          {complaint.surveyUrl && (
            <Stack gap={4} mt="md">
              <Text size="sm">{t('portalComplaints.track.surveyLead')}</Text>
              <Group gap="sm">
                {pin && (
                  // the answer on paper, with the survey's QR code (DESIGN §3.1)
                  <Button
                    variant="default"
                    leftSection={<IconPrinter size={16} aria-hidden="true" />}
                    onClick={() =>
                      void fetchAnswerPdf(complaint.trackingCode, pin).then((blob) =>
                        saveBlob(blob, `jawaban-pengaduan_${complaint.trackingCode}.pdf`),
                      )
                    }
                  >
                    {t('satisfaction.printAnswer')}
                  </Button>
                )}
                <Button
                  component="a"
                  href={complaint.surveyUrl}
                  variant="light"
                  rightSection={<IconExternalLink size={16} aria-hidden="true" />}
                >
                  {t('portalComplaints.track.survey')}
                </Button>
              </Group>
            </Stack>
          )}
        </Card>
      )}

      {complaint.withPin && (complaint.subject || complaint.description) && (
        <Card withBorder padding="lg" component="section" aria-labelledby="complaint-content">
          <Title order={2} size="h3" id="complaint-content" mb="sm">
            {t('portalComplaints.track.contentTitle')}
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            {complaint.subject && (
              <Fact label={t('portalComplaints.track.subject')}>{complaint.subject}</Fact>
            )}
            {complaint.description && (
              <div>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="dt">
                  {t('portalComplaints.track.description')}
                </Text>
                <Text size="sm" component="dd" m={0} style={preWrap}>
                  {complaint.description}
                </Text>
              </div>
            )}
          </Stack>
        </Card>
      )}

      <Card withBorder padding="lg" component="section" aria-labelledby="complaint-steps">
        <Title order={2} size="h3" id="complaint-steps" mb="md">
          {t('portalComplaints.track.stepsTitle')}
        </Title>
        <Steps complaint={complaint} pin={pin} />
      </Card>

      {complaint.withPin && pin && complaint.canAddInfo && (
        <AddInfoForm trackingCode={complaint.trackingCode} pin={pin} onAdded={onUpdated} />
      )}
    </Stack>
  );
});
