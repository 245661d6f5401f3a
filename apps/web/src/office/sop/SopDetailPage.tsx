import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { TSopDefinition } from '@sigap/contracts';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { sopPdfUrl, useSopDetail, useSopList } from './api';
import { SwimlaneTable } from './SwimlaneTable';

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <Text size="sm">—</Text>;
  return (
    <Box component="ol" m={0} pl="lg" fz="sm">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Box>
  );
}

function HeaderRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="34%" fz="sm" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td fz="sm">{children}</Table.Td>
    </Table.Tr>
  );
}

/** The header block of the official SOP: identity on the right, the four boxes below. */
function SopHeader({ def }: { def: TSopDefinition }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const date = (d: string | null | undefined) => (d ? formatLocalDate(d, lang) : '—');
  return (
    <Stack gap="md">
      <Paper withBorder>
        <Table verticalSpacing="xs">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} px="sm" fw={700}>
            {def.source.agency}
          </Table.Caption>
          <Table.Tbody>
            <HeaderRow label={t('office.sop.header.number')}>{def.number ?? def.code ?? '—'}</HeaderRow>
            <HeaderRow label={t('office.sop.header.created')}>{date(def.createdDate)}</HeaderRow>
            <HeaderRow label={t('office.sop.header.revised')}>{date(def.revisedDate)}</HeaderRow>
            <HeaderRow label={t('office.sop.header.effective')}>{date(def.effectiveDate)}</HeaderRow>
            <HeaderRow label={t('office.sop.header.approvedBy')}>{def.approvedBy ?? '—'}</HeaderRow>
            <HeaderRow label={t('office.sop.header.name')}>{def.title.id}</HeaderRow>
          </Table.Tbody>
        </Table>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('office.sop.header.legalBasis')}
          </Title>
          <List items={def.legalBasis} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('office.sop.header.qualifications')}
          </Title>
          <List items={def.qualifications} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('office.sop.header.equipment')}
          </Title>
          <List items={def.equipment} />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('office.sop.header.warning')}
          </Title>
          <Text size="sm">{def.warning ?? '—'}</Text>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {t('office.sop.header.recordKeeping')}
          </Title>
          <List items={def.recordKeeping} />
        </Paper>
        {def.serviceStandard && (
          <Paper withBorder p="sm">
            <Title order={3} size="h5" mb={6}>
              {t('office.sop.header.serviceStandard')}
            </Title>
            <Text size="sm">
              {def.serviceStandard.raw ??
                `${def.serviceStandard.amount} ${t(`office.sop.unit.${def.serviceStandard.unit}`)}`}
            </Text>
          </Paper>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function VersionList({ sopKey, current }: { sopKey: string; current: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const list = useSopList();
  const sop = list.data?.sops.find((s) => s.key === sopKey);
  if (!sop) return null;
  const published = sop.versions.filter((v) => v.status === 'published' && v.version !== null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="versions-heading">
      <Title order={2} id="versions-heading">
        {t('office.sop.versions')}
      </Title>
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {published.map((v) => (
          <li key={v.id}>
            {v.version === current ? (
              <Text span size="sm" fw={700} aria-current="page">
                {t('office.sop.versionN', { n: v.version })}
              </Text>
            ) : (
              <Anchor component={Link} to={`/office/sop/${sopKey}/${v.version}`} size="sm">
                {t('office.sop.versionN', { n: v.version ?? 0 })}
              </Anchor>
            )}
            <Text span size="sm" c="dimmed">
              {v.effectiveDate
                ? ` · ${t('office.sop.effectiveFrom', { date: formatLocalDate(v.effectiveDate, lang) })}`
                : ''}
              {` · ${t(v.origin === 'import' ? 'office.sop.originImport' : 'office.sop.originFile')}`}
            </Text>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

export function SopDetailPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const params = useParams();
  const key = params.key ?? '';
  const version = Number(params.version);
  const detail = useSopDetail(key, version);
  const def = detail.data?.definition;
  usePageTitle(def ? `${def.code ?? ''} ${def.title[lang]}`.trim() : t('office.nav.sop'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/sop" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('office.sop.back')}
      </Anchor>
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4} maw={820}>
              <Text size="sm" fw={600} c="blue.9">
                {t('office.sop.codeVersion', { code: detail.data.definition.code ?? '—', version })}
              </Text>
              <Title order={1} size="h2">
                {detail.data.definition.title[lang]}
              </Title>
              {lang === 'en' && (
                <Text size="sm" c="dimmed" lang="id">
                  {detail.data.definition.title.id}
                </Text>
              )}
              <Group gap={6}>
                <Badge variant="light">
                  {t('office.sop.stepCount', { count: detail.data.definition.steps.length })}
                </Badge>
                {detail.data.definition.effectiveDate && (
                  <Badge variant="light" color="gray">
                    {t('office.sop.effectiveFrom', {
                      date: formatLocalDate(detail.data.definition.effectiveDate, lang),
                    })}
                  </Badge>
                )}
              </Group>
            </Stack>
            <Button
              component="a"
              href={sopPdfUrl(key, version)}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden="true" />}
            >
              {t('office.sop.printPdf')}
            </Button>
          </Group>
          <SopHeader def={detail.data.definition} />
          <Stack gap="xs">
            <Title order={2} id="flow-heading">
              {t('office.sop.flow')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('office.sop.flowHint')}
            </Text>
            <SwimlaneTable swimlane={detail.data.swimlane} labelledBy="flow-heading" />
          </Stack>
          <VersionList sopKey={key} current={version} />
        </>
      )}
    </Stack>
  );
}
