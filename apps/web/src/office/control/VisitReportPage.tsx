import { Alert, Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { InspectionReportForm } from './InspectionReportForm';
import { useSupervisionVisits } from './supervisionApi';

/** `/office/rencana-pengawasan/:id/bap?tahun=`: the inspection report (BAP) of a routine visit. */
export function VisitReportPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  usePageTitle(t('controlInspections.form.visitTitle'));
  const year = Number(params.get('tahun')) || new Date().getFullYear();
  const visits = useSupervisionVisits({ year });
  if (visits.isPending) return <Loading />;
  if (visits.isError) return <QueryError error={visits.error} onRetry={() => void visits.refetch()} />;
  const v = visits.data.items.find((x) => x.id === id);
  const open = v && (v.status === 'planned' || v.status === 'letter_issued');
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to={OFFICE_PAGES.supervisionPlan} size="sm">
        ← {t('controlSupervision.plan.title')}
      </Anchor>
      <Title order={1}>{t('controlInspections.form.visitTitle')}</Title>
      {!v || !open ? (
        <Alert color="gray">{t('controlInspections.form.visitNotFound')}</Alert>
      ) : (
        <>
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <div>
                <Text size="xs" c="dimmed">
                  {t('controlInspections.fields.company')}
                </Text>
                <Anchor component={Link} to={pagePath(OFFICE_PAGES.company, { id: v.companyId })}>
                  {v.companyName} (NIB {v.nib})
                </Anchor>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('controlInspections.fields.date')}
                </Text>
                <Text>{formatLocalDate(v.plannedOn, lang)}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('controlInspections.fields.visit')}
                </Text>
                <Text>
                  {v.seq} · {v.letterNumber ?? '-'}
                </Text>
              </div>
            </SimpleGrid>
          </Card>
          <InspectionReportForm
            target={{ visitId: v.id }}
            inspectors={visits.data.inspectors}
            defaultInspectorIds={v.inspectors.map((i) => i.id)}
            defaultDate={v.plannedOn}
            onSaved={(r) => navigate(pagePath(OFFICE_PAGES.inspection, { id: r.id }))}
          />
        </>
      )}
    </Stack>
  );
}
