import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TCompany } from '@sigap/contracts/investment-control';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { formatLocalDate } from '../../lib/format';
import { GRADE_COLOR } from './InspectionPage';

/** The company page's inspections: date, kind, grade and findings, each linked to its report. */
export function CompanyInspections({ company: c }: { company: TCompany }) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  return (
    <>
      <Group justify="space-between">
        <Title order={2}>{t('controlInspections.company.title')}</Title>
        {c.canManage ? (
          <Button
            component={Link}
            variant="light"
            size="xs"
            to={`${OFFICE_PAGES.newInspection}?perusahaan=${encodeURIComponent(c.id)}`}
          >
            {t('controlInspections.company.startIncidental')}
          </Button>
        ) : null}
      </Group>
      {c.inspections.length === 0 ? (
        <Text c="dimmed">{t('controlInspections.company.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlInspections.fields.inspectedOn')}</Table.Th>
                <Table.Th>{t('controlInspections.fields.kind')}</Table.Th>
                <Table.Th>{t('controlInspections.fields.grade')}</Table.Th>
                <Table.Th>{t('controlInspections.fields.findingsCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.inspections.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Link to={pagePath(OFFICE_PAGES.inspection, { id: i.id })}>
                      {i.inspectedOn
                        ? formatLocalDate(i.inspectedOn, lang)
                        : tt('controlInspections.status.open')}
                    </Link>
                  </Table.Td>
                  <Table.Td>{tt(`controlInspections.kind.${i.kind}`)}</Table.Td>
                  <Table.Td>
                    {i.grade ? (
                      <Badge color={GRADE_COLOR[i.grade]} variant="light">
                        {tt(`controlInspections.grade.${i.grade}`)}
                      </Badge>
                    ) : (
                      '-'
                    )}
                  </Table.Td>
                  <Table.Td>{i.findingsCount ?? '-'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
