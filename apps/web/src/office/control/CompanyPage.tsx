import {
  ActionIcon,
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
import type { TLicence } from '@sigap/contracts/investment-control';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { formatDate, formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { CompanyConsultations } from './CompanyConsultations';
import { CompanyFormModal, LicenceFormModal } from './CompanyForms';
import { CompanyGuidance } from './CompanyGuidance';
import { CompanyInspections } from './CompanyInspections';
import { RISK_COLOR } from './CompanyListPage';
import { CompanySanctions } from './CompanySanctions';
import { LKPM_STATUS_COLOR, rupiah } from './LkpmValuesFields';
import { useCompany } from './registryApi';

const ROMAN = ['I', 'II', 'III', 'IV'];
const LICENCE_COLOR: Record<string, string> = { active: 'green', suspended: 'orange', revoked: 'red' };

/** `/office/perusahaan/:id`: one company with its business lines, licences, LKPM history and cases. */
export function CompanyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  const me = useSession();
  const company = useCompany(id);
  const mayManage = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const [editing, setEditing] = useState(false);
  const [licence, setLicence] = useState<TLicence | 'new' | null>(null);
  usePageTitle(company.data?.name ?? t('controlRegistry.company.title'));
  if (company.isPending) return <Loading />;
  if (company.isError) return <QueryError error={company.error} onRetry={() => void company.refetch()} />;
  const c = company.data;
  const fact = (label: string, value: string | null) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value || '-'}</Text>
    </div>
  );
  return (
    <Stack gap="md">
      <Anchor component={Link} to={OFFICE_PAGES.companies} size="sm">
        ← {t('controlRegistry.list.title')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>{c.name}</Title>
        <Badge color={RISK_COLOR[c.riskLevel]} variant="light">
          {t('controlRegistry.fields.riskLevel')}: {tt(`controlRegistry.risk.${c.riskLevel}`)}
        </Badge>
        {mayManage ? (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            onClick={() => setEditing(true)}
          >
            {t('controlRegistry.form.edit')}
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <CompanyFormModal company={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      ) : null}
      {licence ? (
        <LicenceFormModal
          companyId={c.id}
          licence={licence === 'new' ? undefined : licence}
          onClose={() => setLicence(null)}
        />
      ) : null}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {fact('NIB', c.nib)}
          {fact(t('controlRegistry.fields.investmentType'), c.investmentType)}
          {fact(t('controlRegistry.fields.scale'), tt(`controlRegistry.scale.${c.scale}`))}
          {fact('KBLI', c.kbliCodes.join(', '))}
          {fact(t('controlRegistry.fields.regency'), [c.regency, c.province].filter(Boolean).join(', '))}
          {fact(t('controlRegistry.fields.address'), c.address)}
          {fact(
            t('controlRegistry.fields.contact'),
            [c.contactName, c.contactPhone].filter(Boolean).join(' · '),
          )}
          {fact(t('controlRegistry.fields.email'), c.contactEmail)}
        </SimpleGrid>
      </Card>

      <Title order={2}>{t('controlRegistry.company.lines')}</Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped aria-label={t('controlRegistry.company.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>KBLI</Table.Th>
              <Table.Th>{t('controlRegistry.company.lineName')}</Table.Th>
              <Table.Th>{t('controlRegistry.fields.regency')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.businessLines.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.kbli}</Table.Td>
                <Table.Td>{b.name}</Table.Td>
                <Table.Td>{b.regency ?? '-'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Group justify="space-between">
        <Title order={2}>{t('controlRegistry.company.licences')}</Title>
        {mayManage ? (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => setLicence('new')}
          >
            {t('controlRegistry.form.addLicence')}
          </Button>
        ) : null}
      </Group>
      {c.licences.length === 0 ? (
        <Text c="dimmed">{t('controlRegistry.company.noLicences')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label={t('controlRegistry.company.licences')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlRegistry.company.licenceType')}</Table.Th>
                <Table.Th>{t('controlRegistry.company.number')}</Table.Th>
                <Table.Th>{t('controlRegistry.company.issuedOn')}</Table.Th>
                <Table.Th>{t('controlRegistry.company.status')}</Table.Th>
                {mayManage ? <Table.Th aria-label={t('controlRegistry.form.editLicence')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.licences.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{tt(`controlRegistry.licenceType.${l.type}`)}</Table.Td>
                  <Table.Td>{l.number}</Table.Td>
                  <Table.Td>{l.issuedOn ? formatLocalDate(l.issuedOn, lang) : '-'}</Table.Td>
                  <Table.Td>
                    <Badge color={LICENCE_COLOR[l.status]} variant="light">
                      {tt(`controlRegistry.licenceStatus.${l.status}`)}
                    </Badge>
                    {l.statusChangedAt ? (
                      <Text size="xs" c="dimmed">
                        {formatDate(l.statusChangedAt, me.agency.timeZone, lang)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {mayManage ? (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('controlRegistry.form.editLicenceOf', { number: l.number })}
                        onClick={() => setLicence(l)}
                      >
                        <IconPencil size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={2}>{t('controlRegistry.company.lkpm')}</Title>
      {c.lkpm.length === 0 ? (
        <Text c="dimmed">{t('controlRegistry.company.noLkpm')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label={t('controlRegistry.company.lkpm')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('controlRegistry.company.period')}</Table.Th>
                <Table.Th>KBLI</Table.Th>
                <Table.Th>{t('controlRegistry.company.status')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.company.realised')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.company.planned')}</Table.Th>
                <Table.Th ta="right">{t('controlRegistry.company.workers')}</Table.Th>
                <Table.Th>{t('controlRegistry.company.submitted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.lkpm.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Link to={pagePath(OFFICE_PAGES.lkpmReport, { id: r.id })}>
                      {tt(`controlLkpm.kind.${r.periodKind}`)} {ROMAN[r.periodNo - 1]} {r.periodYear}
                    </Link>
                  </Table.Td>
                  <Table.Td>{r.kbli ?? '-'}</Table.Td>
                  <Table.Td>
                    <Badge color={LKPM_STATUS_COLOR[r.status]} variant="light">
                      {tt(`controlLkpm.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{rupiah(r.realised, lang)}</Table.Td>
                  <Table.Td ta="right">{rupiah(r.planned, lang)}</Table.Td>
                  <Table.Td ta="right">
                    {r.workersIndonesian} / {r.workersForeign}
                  </Table.Td>
                  <Table.Td>
                    {r.submittedAt ? formatDate(r.submittedAt, me.agency.timeZone, lang) : '-'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <CompanySanctions company={c} />

      <CompanyInspections company={c} />
      <CompanyGuidance company={c} />
      <CompanyConsultations companyId={c.id} nib={c.nib} />

      <Title order={2}>{t('controlRegistry.company.cases')}</Title>
      {c.cases.length === 0 ? (
        <Text c="dimmed">{t('controlRegistry.company.noCases')}</Text>
      ) : (
        <Stack gap="xs">
          {c.cases.map((k) => (
            <Text key={k.id}>
              <Link to={pagePath(OFFICE_PAGES.case, { id: k.id })}>{k.number}</Link> · {k.title}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
