import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { localYear } from '@sigap/core/complaints';
import { IKM_GRADES, SERVICE_ELEMENTS, SURVEY_SERVICES } from '@sigap/core/satisfaction';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { usePageTitle } from '../../lib/usePageTitle';
import { usePublicAgencies } from '../agencies';
import { usePublicIkm } from './api';

const GRADE_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** Public page: each service's IKM and grade for a year (PermenPANRB 14/2017), per agency. */
export function IkmPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  usePageTitle(t('satisfaction.publicIkm.title'));
  const [params, setParams] = useSearchParams();
  const agencies = usePublicAgencies();
  const agencyId = params.get('instansi') ?? agencies.data?.[0]?.id ?? null;
  const zone = agencies.data?.find((a) => a.id === agencyId)?.timeZone ?? 'Asia/Jakarta';
  // the agency's year (in its own zone) on New Year's Eve evening
  const thisYear = localYear(new Date(), zone);
  const year = Number(params.get('tahun')) || thisYear;
  const ikm = usePublicIkm(agencyId, year);
  const fmt = (x: number, d = 2) =>
    x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('satisfaction.publicIkm.title')}</Title>
        <Text mt="xs">{t('satisfaction.publicIkm.intro', { year })}</Text>
      </div>
      <Group align="end">
        <Select
          label={t('satisfaction.publicIkm.agency')}
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={(v) => set('instansi', v)}
          allowDeselect={false}
          w={{ base: '100%', xs: 360 }}
        />
        <Select
          label={t('satisfaction.publicIkm.year')}
          data={Array.from({ length: 5 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(v) => set('tahun', v)}
          allowDeselect={false}
          w={{ base: '100%', xs: 120 }}
        />
      </Group>
      {ikm.isPending && agencyId ? (
        <Loading />
      ) : ikm.isError ? (
        <QueryError error={ikm.error} />
      ) : ikm.data ? (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {ikm.data.services.map((s) => {
            const grade = IKM_GRADES.find((g) => g.grade === s.grade);
            const headingId = `ikm-${s.service}`;
            return (
              <Card key={s.service} withBorder padding="lg" component="section" aria-labelledby={headingId}>
                <Title order={2} size="h4" id={headingId}>
                  {SURVEY_SERVICES[s.service][lang]}
                </Title>
                {s.index === null || !grade ? (
                  <Text mt="sm" c="dimmed">
                    {t('satisfaction.publicIkm.noAnswers')}
                  </Text>
                ) : (
                  <>
                    <Group mt="sm" align="baseline" gap="sm">
                      <Text fz={40} fw={700} c="blue.9" lh={1}>
                        {fmt(s.index)}
                      </Text>
                      <Badge size="lg" color={GRADE_COLOR[grade.grade]}>
                        {grade.grade} · {grade[lang]}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed" mt={4}>
                      {t('satisfaction.publicIkm.respondents', { count: s.respondents })}
                    </Text>
                    <Table mt="sm" fz="sm" aria-label={t('satisfaction.publicIkm.elements')}>
                      <Table.Tbody>
                        {SERVICE_ELEMENTS.map((el, i) => (
                          <Table.Tr key={el.key}>
                            <Table.Td>{lang === 'en' ? el.en : el.id}</Table.Td>
                            <Table.Td ta="right">
                              {s.elements[i]?.average == null ? '-' : fmt(s.elements[i]!.average!)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </>
                )}
              </Card>
            );
          })}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
