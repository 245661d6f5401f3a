import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { INSPECTION_ITEMS, type TInspection } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { InspectionReportForm } from './InspectionReportForm';
import { InspectionSanction } from './InspectionSanction';
import { photoUrl, useInspection } from './inspectionsApi';
import { useSupervisionVisits } from './supervisionApi';

export const GRADE_COLOR: Record<string, string> = {
  compliant: 'green',
  partly_compliant: 'yellow',
  not_compliant: 'red',
};

/** `/office/pemeriksaan/:id`: an inspection and its report (BAP), or the report form while it is open. */
export function InspectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const inspection = useInspection(id);
  usePageTitle(t('controlInspections.view.title'));
  const year = new Date().getFullYear();
  const inspectors = useSupervisionVisits({ year });
  if (inspection.isPending) return <Loading />;
  if (inspection.isError)
    return <QueryError error={inspection.error} onRetry={() => void inspection.refetch()} />;
  const i = inspection.data;
  const date = (d: string | null) => (d ? formatLocalDate(d, lang) : '-');
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{value || '-'}</Text>
    </div>
  );
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to={pagePath(OFFICE_PAGES.company, { id: i.companyId })} size="sm">
        ← {t('controlInspections.view.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>
          {i.status === 'open'
            ? t(
                i.kind === 'visit'
                  ? 'controlInspections.form.visitTitle'
                  : 'controlInspections.form.incidentalTitle',
              )
            : t('controlInspections.view.title')}
        </Title>
        {i.grade ? (
          <Badge color={GRADE_COLOR[i.grade]} variant="light">
            {tt(`controlInspections.grade.${i.grade}`)}
          </Badge>
        ) : null}
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {fact(t('controlInspections.fields.company'), `${i.companyName} (NIB ${i.nib})`)}
          {fact(t('controlInspections.fields.kind'), tt(`controlInspections.kind.${i.kind}`))}
          {i.reasonKind
            ? fact(
                t('controlInspections.fields.reasonKind'),
                `${tt(`controlInspections.reason.${i.reasonKind}`)}${i.reasonRef ? ` ${i.reasonRef}` : ''}: ${i.reason ?? ''}`,
              )
            : null}
          {i.visitPlannedOn ? fact(t('controlInspections.fields.date'), date(i.visitPlannedOn)) : null}
          {fact(
            t('controlInspections.fields.case'),
            i.caseId ? <Link to={pagePath(OFFICE_PAGES.case, { id: i.caseId })}>{i.caseNumber}</Link> : null,
          )}
          {i.status === 'reported' ? (
            <>
              {fact(t('controlInspections.fields.inspectedOn'), date(i.inspectedOn))}
              {fact(t('controlInspections.fields.inspectors'), i.inspectors.map((p) => p.name).join(', '))}
              {fact(t('controlInspections.fields.findingsCount'), String(i.findingsCount ?? 0))}
            </>
          ) : null}
        </SimpleGrid>
      </Card>
      {i.status === 'open' ? (
        i.canManage ? (
          <InspectionReportForm
            target={{ inspectionId: i.id }}
            inspectors={inspectors.data?.inspectors ?? []}
            defaultInspectorIds={[]}
            defaultDate=""
            onSaved={() => void inspection.refetch()}
          />
        ) : (
          <Alert color="gray">{t('controlInspections.view.noReport')}</Alert>
        )
      ) : (
        <ReportBody i={i} />
      )}
      <InspectionSanction i={i} />
      {i.status === 'reported' && i.canManage ? (
        <Group>
          <Button
            component={Link}
            variant="light"
            to={`${OFFICE_PAGES.newGuidance}?inspeksi=${encodeURIComponent(i.id)}`}
          >
            {t('controlGuidance.inspectionButton')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ReportBody({ i }: { i: TInspection }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  return (
    <>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('controlInspections.fields.items')}
        </Text>
        <Table>
          <Table.Tbody>
            {INSPECTION_ITEMS.map((k) => {
              const item = i.items?.[k];
              return (
                <Table.Tr key={k}>
                  <Table.Td w="35%">{tt(`controlInspections.item.${k}`)}</Table.Td>
                  <Table.Td w="15%">
                    <Badge color={item?.status === 'finding' ? 'orange' : 'green'} variant="light">
                      {tt(`controlInspections.itemStatus.${item?.status ?? 'ok'}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item?.note ?? ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('controlInspections.gradeRule')}
        </Text>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{t('controlInspections.fields.findings')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.findings || '-'}</Text>
          <Text fw={600}>{t('controlInspections.fields.followUp')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{i.followUp || '-'}</Text>
          <Text fw={600}>{t('controlInspections.fields.signature')}</Text>
          <Text>
            {i.companyRepName
              ? `${i.companyRepName}${i.companyRepPosition ? ` (${i.companyRepPosition})` : ''}`
              : t('controlInspections.view.refusedNote', { reason: i.refusalReason ?? '' })}
          </Text>
          <Text fw={600}>{t('controlInspections.fields.photos')}</Text>
          {i.photos.length === 0 ? (
            <Text c="dimmed">{t('controlInspections.view.noPhotos')}</Text>
          ) : (
            <Group>
              {i.photos.map((p) => (
                <Anchor key={p.id} href={photoUrl(i.id, p.id)} target="_blank" rel="noreferrer">
                  {p.filename}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Card>
    </>
  );
}
