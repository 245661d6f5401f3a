import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  SUPERVISION_VISIT_STATUSES,
  type TSupervisionVisit,
  type TSupervisionVisitAction,
} from '@sigap/contracts/investment-control';
import { IconAlertTriangle, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { Loading } from '../../components/Loading';
import { errorText, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatDateTime, formatLocalDate, monthName, zonedParts } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { CONTROL_MANAGE_ROLES } from '../access';
import { useSession } from '../auth/session';
import { useActOnVisit, useGenerateSupervisionPlan, useSupervisionVisits } from './supervisionApi';

type ActionType = TSupervisionVisitAction['type'];
type ModalType = Exclude<ActionType, 'startCase' | 'draftLetter'>;
/** The visit's letter signed (or sent) in the document service: it can issue the visit. */
const letterSigned = (v: TSupervisionVisit) =>
  !!v.letterDocumentId && ['signed', 'sent'].includes(v.letterDocumentStatus ?? '');
const STATUS_COLOR = { planned: 'blue', letter_issued: 'teal', done: 'green', cancelled: 'gray' } as const;

/** The form of one action on a visit (the letter, a move, done, cancel), in a modal. */
function VisitActionModal({
  visit,
  type,
  inspectors,
  today,
  onClose,
}: {
  visit: TSupervisionVisit;
  type: ModalType;
  inspectors: { value: string; label: string }[];
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const act = useActOnVisit();
  const f = useFormErrors();
  const [letterNumber, setLetterNumber] = useState('');
  // the letter signed in Sigap by default; the typed number for a letter made outside Sigap
  const [useDocument, setUseDocument] = useState(letterSigned(visit));
  const byDocument = type === 'issueLetter' && useDocument && !!visit.letterDocumentId;
  const [date, setDate] = useState(type === 'move' ? visit.plannedOn : today);
  const [team, setTeam] = useState(visit.inspectors.map((i) => i.id));
  const [findings, setFindings] = useState<number | string>(0);
  const [note, setNote] = useState('');
  const title = {
    issueLetter: t('controlSupervision.plan.issueLetter'),
    move: t('controlSupervision.plan.move'),
    done: t('controlSupervision.plan.done'),
    cancel: t('controlSupervision.plan.cancel'),
  }[type];
  const submit = () => {
    f.clear();
    const action: TSupervisionVisitAction =
      type === 'issueLetter'
        ? byDocument
          ? { type, documentId: visit.letterDocumentId! }
          : { type, letterNumber, issuedOn: date }
        : type === 'move'
          ? { type, plannedOn: date, inspectorIds: team }
          : type === 'done'
            ? { type, doneOn: date, findingsCount: Number(findings) || 0, ...(note ? { note } : {}) }
            : { type, note };
    act.mutate(
      { id: visit.id, action },
      {
        onSuccess: onClose,
        onError: (e) =>
          f.fromError(e, t('common.errorTitle'), {
            labels: {
              letterNumber: t('controlSupervision.plan.letterNumber'),
              documentId: t('controlSupervision.plan.letterDocument'),
              issuedOn: t('controlSupervision.plan.issuedOn'),
              plannedOn: t('controlSupervision.plan.plannedOn'),
              doneOn: t('controlSupervision.plan.doneOn'),
              inspectorIds: t('controlSupervision.plan.inspectors'),
              findingsCount: t('controlSupervision.plan.findingsCount'),
              note:
                type === 'cancel'
                  ? t('controlSupervision.plan.cancelReason')
                  : t('controlSupervision.plan.note'),
            },
          }),
      },
    );
  };
  return (
    <AppModal opened onClose={onClose} title={`${title}: ${visit.companyName}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {f.formError ? (
            <Alert color="red" role="alert">
              {f.formError}
            </Alert>
          ) : null}
          {type === 'issueLetter' && visit.letterDocumentId ? (
            <Checkbox
              label={t('controlSupervision.plan.useLetterDocument', {
                number: visit.letterDocumentNumber ?? t('controlSupervision.plan.letterUnnumbered'),
              })}
              checked={useDocument}
              onChange={(e) => setUseDocument(e.currentTarget.checked)}
              error={f.errors.documentId}
            />
          ) : null}
          {type === 'issueLetter' && !byDocument ? (
            <TextInput
              label={t('controlSupervision.plan.letterNumber')}
              required
              value={letterNumber}
              onChange={(e) => setLetterNumber(e.currentTarget.value)}
              error={f.errors.letterNumber}
            />
          ) : null}
          {type !== 'cancel' && !byDocument ? (
            <TextInput
              type="date"
              required
              label={
                type === 'issueLetter'
                  ? t('controlSupervision.plan.issuedOn')
                  : type === 'move'
                    ? t('controlSupervision.plan.plannedOn')
                    : t('controlSupervision.plan.doneOn')
              }
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={f.errors.issuedOn ?? f.errors.plannedOn ?? f.errors.doneOn}
            />
          ) : null}
          {type === 'move' ? (
            <MultiSelect
              label={t('controlSupervision.plan.inspectors')}
              data={inspectors}
              value={team}
              onChange={setTeam}
              error={f.errors.inspectorIds}
            />
          ) : null}
          {type === 'done' ? (
            <NumberInput
              label={t('controlSupervision.plan.findingsCount')}
              min={0}
              max={1000}
              value={findings}
              onChange={setFindings}
              error={f.errors.findingsCount}
            />
          ) : null}
          {type === 'done' || type === 'cancel' ? (
            <Textarea
              label={
                type === 'cancel'
                  ? t('controlSupervision.plan.cancelReason')
                  : t('controlSupervision.plan.note')
              }
              required={type === 'cancel'}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={f.errors.note}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('controlSupervision.plan.close')}
            </Button>
            <Button type="submit" loading={act.isPending}>
              {t('controlSupervision.plan.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** `/office/rencana-pengawasan`: the year's routine supervision plan (SOP 067/009) by month, with the missing-letter flag. */
export function SupervisionPlanPage() {
  const { t } = useTranslation();
  const tt = (k: string, o?: Record<string, unknown>) => t(k as never, o as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlSupervision.plan.title'));
  const me = useSession();
  const tz = me.agency.timeZone;
  const today = zonedParts(new Date(), tz).date;
  const thisYear = Number(today.slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const monthParam = params.get('month');
  const month = monthParam === 'all' ? undefined : Number(monthParam) || Number(today.slice(5, 7));
  const filters = {
    year,
    month,
    status: params.get('status') || undefined,
    inspectorId: params.get('inspectorId') || undefined,
  };
  const list = useSupervisionVisits(filters);
  const generate = useGenerateSupervisionPlan();
  const act = useActOnVisit();
  const mayManage = me.roles.some((r) => (CONTROL_MANAGE_ROLES as readonly string[]).includes(r));
  const navigate = useNavigate();
  const [open, setOpen] = useState<{
    visit: TSupervisionVisit;
    type: ModalType;
  } | null>(null);
  const showError = (e: unknown) =>
    notifications.show({ color: 'red', message: errorText(e, t('common.errorTitle')) });
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const inspectorOptions = (list.data?.inspectors ?? []).map((i) => ({ value: i.id, label: i.name }));
  return (
    <Stack gap="md">
      <Title order={1}>{t('controlSupervision.plan.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('controlSupervision.plan.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('controlSupervision.plan.year')}
          data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
          value={String(year)}
          onChange={(v) => set('year', v)}
          allowDeselect={false}
          w={110}
        />
        <Select
          label={t('controlSupervision.plan.month')}
          data={[
            { value: 'all', label: t('controlSupervision.plan.allMonths') },
            ...Array.from({ length: 12 }, (_, i) => ({
              value: String(i + 1),
              label: monthName(i + 1, lang),
            })),
          ]}
          value={month ? String(month) : 'all'}
          onChange={(v) => set('month', v)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('controlSupervision.plan.status')}
          data={[
            { value: '', label: t('controlSupervision.plan.allStatuses') },
            ...SUPERVISION_VISIT_STATUSES.map((s) => ({
              value: s,
              label: tt(`controlSupervision.visitStatus.${s}`),
            })),
          ]}
          value={filters.status ?? ''}
          onChange={(v) => set('status', v)}
          allowDeselect={false}
        />
        <Select
          label={t('controlSupervision.plan.inspector')}
          data={[{ value: '', label: t('controlSupervision.plan.allInspectors') }, ...inspectorOptions]}
          value={filters.inspectorId ?? ''}
          onChange={(v) => set('inspectorId', v)}
          allowDeselect={false}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {list.data.plan ? (
            <Text>
              {t('controlSupervision.plan.summary', {
                date: formatDateTime(list.data.plan.createdAt, tz, lang),
                companies: list.data.plan.companies,
                compliant: list.data.plan.compliant,
                visits: list.data.plan.visits,
                from: formatLocalDate(list.data.plan.fromDate, lang),
                inspectors: list.data.plan.inspectors,
              })}
            </Text>
          ) : (
            <Group>
              <Text>{t('controlSupervision.plan.none', { year })}</Text>
              {mayManage && year >= thisYear ? (
                <Button
                  loading={generate.isPending}
                  onClick={() =>
                    generate.mutate(
                      { year },
                      {
                        onSuccess: (p) =>
                          notifications.show({
                            color: 'green',
                            message: t('controlSupervision.plan.generated', { year, visits: p.visits }),
                          }),
                        onError: (e) =>
                          notifications.show({ color: 'red', message: errorText(e, t('common.errorTitle')) }),
                      },
                    )
                  }
                >
                  {t('controlSupervision.plan.generate', { year })}
                </Button>
              ) : null}
            </Group>
          )}
          {list.data.items.length === 0 ? (
            <Text>{t('controlSupervision.plan.empty')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('controlSupervision.plan.total', { count: list.data.total })}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped aria-label={t('controlSupervision.plan.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('controlSupervision.plan.date')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.company')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.riskLevel')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.inspectors')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.status')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.letter')}</Table.Th>
                      <Table.Th>{t('controlSupervision.plan.case')}</Table.Th>
                      {mayManage ? <Table.Th>{t('controlSupervision.plan.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((v) => {
                      const open = v.status === 'planned' || v.status === 'letter_issued';
                      return (
                        <Table.Tr key={v.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {formatLocalDate(v.plannedOn, lang, true)}
                          </Table.Td>
                          <Table.Td>
                            {v.companyName}
                            <Text size="xs" c="dimmed">
                              NIB {v.nib}
                              {v.regency ? ` · ${v.regency}` : ''} · {t('controlSupervision.plan.visit')}{' '}
                              {v.seq}
                            </Text>
                          </Table.Td>
                          <Table.Td>{tt(`controlSupervision.risk.${v.riskLevel}`)}</Table.Td>
                          <Table.Td>{v.inspectors.map((i) => i.name).join(', ') || '-'}</Table.Td>
                          <Table.Td>
                            <Badge
                              color={STATUS_COLOR[v.status]}
                              variant="light"
                              styles={{
                                root: { height: 'auto', maxWidth: '100%' },
                                label: { whiteSpace: 'normal', overflow: 'visible' },
                              }}
                            >
                              {tt(`controlSupervision.visitStatus.${v.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            {v.letterDocumentId ? (
                              <Group gap={4} mb={v.letterNumber ? 4 : 0}>
                                <Anchor
                                  component={Link}
                                  to={pagePath(OFFICE_PAGES.document, { id: v.letterDocumentId })}
                                  size="sm"
                                >
                                  {v.letterDocumentNumber ?? t('controlSupervision.plan.letterUnnumbered')}
                                </Anchor>
                                <Badge
                                  size="xs"
                                  variant="light"
                                  color={v.letterDocumentNumber ? 'green' : 'gray'}
                                >
                                  {tt(`documents.status.${v.letterDocumentStatus}`)}
                                </Badge>
                              </Group>
                            ) : null}
                            {v.letterNumber ? (
                              <>
                                {v.letterNumber === v.letterDocumentNumber ? null : v.letterNumber}
                                <Text size="xs" c="dimmed">
                                  {v.letterIssuedOn ? formatLocalDate(v.letterIssuedOn, lang) : ''}
                                </Text>
                              </>
                            ) : v.letterMissing ? (
                              <Badge
                                color="red"
                                variant="filled"
                                leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
                                styles={{
                                  root: { height: 'auto', maxWidth: '100%' },
                                  label: { whiteSpace: 'normal', overflow: 'visible' },
                                }}
                              >
                                {t('controlSupervision.plan.letterMissing', {
                                  date: formatLocalDate(v.letterDueOn, lang),
                                })}
                              </Badge>
                            ) : open ? (
                              <Text size="xs" c="dimmed">
                                {t('controlSupervision.plan.letterDue', {
                                  date: formatLocalDate(v.letterDueOn, lang),
                                })}
                              </Text>
                            ) : (
                              '-'
                            )}
                          </Table.Td>
                          <Table.Td>
                            {v.caseId ? (
                              <Link to={pagePath(OFFICE_PAGES.case, { id: v.caseId })}>{v.caseNumber}</Link>
                            ) : (
                              '-'
                            )}
                          </Table.Td>
                          {mayManage ? (
                            <Table.Td>
                              {open ? (
                                <Menu position="bottom-end">
                                  <Menu.Target>
                                    <Button
                                      variant="subtle"
                                      size="xs"
                                      aria-label={`${t('controlSupervision.plan.actions')}: ${v.companyName}`}
                                    >
                                      <IconDots size={16} aria-hidden="true" />
                                    </Button>
                                  </Menu.Target>
                                  <Menu.Dropdown>
                                    {v.status === 'planned' && !v.letterDocumentId ? (
                                      <Menu.Item
                                        onClick={() =>
                                          act.mutate(
                                            { id: v.id, action: { type: 'draftLetter' } },
                                            {
                                              onSuccess: (r) =>
                                                r.letterDocumentId &&
                                                navigate(
                                                  pagePath(OFFICE_PAGES.document, { id: r.letterDocumentId }),
                                                ),
                                              onError: showError,
                                            },
                                          )
                                        }
                                      >
                                        {t('controlSupervision.plan.draftLetter')}
                                      </Menu.Item>
                                    ) : null}
                                    {v.status === 'planned' ? (
                                      <Menu.Item onClick={() => setOpen({ visit: v, type: 'issueLetter' })}>
                                        {t('controlSupervision.plan.issueLetter')}
                                      </Menu.Item>
                                    ) : null}
                                    {!v.caseId ? (
                                      <Menu.Item
                                        onClick={() =>
                                          act.mutate(
                                            { id: v.id, action: { type: 'startCase' } },
                                            {
                                              onError: (e) =>
                                                notifications.show({
                                                  color: 'red',
                                                  message: errorText(e, t('common.errorTitle')),
                                                }),
                                            },
                                          )
                                        }
                                      >
                                        {t('controlSupervision.plan.startCase')}
                                      </Menu.Item>
                                    ) : null}
                                    <Menu.Item
                                      component={Link}
                                      to={`${pagePath(OFFICE_PAGES.visitReport, { id: v.id })}?tahun=${year}`}
                                    >
                                      {t('controlInspections.plan.report')}
                                    </Menu.Item>
                                    <Menu.Item onClick={() => setOpen({ visit: v, type: 'move' })}>
                                      {t('controlSupervision.plan.move')}
                                    </Menu.Item>
                                    <Menu.Item onClick={() => setOpen({ visit: v, type: 'done' })}>
                                      {t('controlSupervision.plan.done')}
                                    </Menu.Item>
                                    <Menu.Item
                                      color="red"
                                      onClick={() => setOpen({ visit: v, type: 'cancel' })}
                                    >
                                      {t('controlSupervision.plan.cancel')}
                                    </Menu.Item>
                                  </Menu.Dropdown>
                                </Menu>
                              ) : null}
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </>
      )}
      {open ? (
        <VisitActionModal
          visit={open.visit}
          type={open.type}
          inspectors={inspectorOptions}
          today={today}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Stack>
  );
}
