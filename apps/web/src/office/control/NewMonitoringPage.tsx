import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  BUSINESS_SCALES,
  INVESTMENT_TYPES,
  MONITORING_KINDS,
  RISK_LEVELS,
  type TMonitoringKind,
  ZCreateMonitoringRound,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormErrors, validate } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { namesFields, useCreateMonitoringRound } from './monitoringApi';
import { useCompanies } from './registryApi';

/**
 * `/office/pemantauan/baru`: a new monitoring round: its kind (SOP 067/001 or 067/005), title
 * and period, and the registry filters choosing its companies, with how many match.
 */
export function NewMonitoringPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  usePageTitle(t('controlMonitoring.new.title'));
  const navigate = useNavigate();
  const [kind, setKind] = useState<TMonitoringKind>('investment');
  const [v, setV] = useState({ title: '', periodFrom: '', periodTo: '' });
  const [scope, setScope] = useState({ regency: '', riskLevel: '', investmentType: '', scale: '', kbli: '' });
  const matching = useCompanies({
    regency: scope.regency || undefined,
    riskLevel: scope.riskLevel || undefined,
    investmentType: scope.investmentType || undefined,
    scale: scope.scale || undefined,
  });
  const { errors, setErrors, formError, fromError, setFormError, clear } = useFormErrors();
  const create = useCreateMonitoringRound();
  const label = (name: string) => tt(`controlMonitoring.fields.${name}`);
  const submit = () => {
    clear();
    const checked = validate(
      ZCreateMonitoringRound,
      {
        kind,
        title: v.title,
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        scope: Object.fromEntries(Object.entries(scope).filter(([, x]) => x !== '')),
      },
      Object.fromEntries(['title', 'periodFrom', 'periodTo', 'scope'].map((k) => [k, label(k)])),
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('controlMonitoring.new.failed'));
      return;
    }
    create.mutate(checked.data, {
      onSuccess: (r) => navigate(pagePath(OFFICE_PAGES.monitoring, { id: r.id })),
      onError: (e) => {
        fromError(e, t('controlMonitoring.new.failed'), { under: 'scope', labels: label });
        if (namesFields(e)) setFormError(t('controlMonitoring.new.failed'));
      },
    });
  };
  const any = { value: '', label: t('controlMonitoring.new.anyValue') };
  const pick = (name: keyof typeof scope, data: { value: string; label: string }[]) => (
    <Select
      label={label(name)}
      data={[any, ...data]}
      value={scope[name]}
      onChange={(x) => setScope((o) => ({ ...o, [name]: x ?? '' }))}
      allowDeselect={false}
      error={errors[name]}
    />
  );
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('controlMonitoring.new.title')}</Title>
      <Text c="dimmed">{t('controlMonitoring.new.intro')}</Text>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder>
        <Stack>
          <div>
            <Text size="sm" fw={500} mb={4} id="monitoring-kind">
              {t('controlMonitoring.fields.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="monitoring-kind"
              value={kind}
              onChange={(k) => setKind(k as TMonitoringKind)}
              data={MONITORING_KINDS.map((k) => ({ value: k, label: tt(`controlMonitoring.kind.${k}`) }))}
              fullWidth
            />
            <Text size="sm" c="dimmed" mt={4}>
              {tt(`controlMonitoring.kindHelp.${kind}`)}
            </Text>
          </div>
          <TextInput
            label={label('title')}
            required
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
            error={errors.title}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={label('periodFrom')}
              required
              value={v.periodFrom}
              onChange={(e) => setV({ ...v, periodFrom: e.currentTarget.value })}
              error={errors.periodFrom}
            />
            <TextInput
              type="date"
              label={label('periodTo')}
              required
              value={v.periodTo}
              onChange={(e) => setV({ ...v, periodTo: e.currentTarget.value })}
              error={errors.periodTo}
            />
          </SimpleGrid>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('controlMonitoring.fields.scope')}
          </Title>
          {errors.scope ? (
            <Alert color="red" role="alert">
              {errors.scope}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {pick(
              'regency',
              (matching.data?.regencies ?? []).map((r) => ({ value: r, label: r })),
            )}
            {pick(
              'riskLevel',
              RISK_LEVELS.map((r) => ({ value: r, label: tt(`controlRegistry.risk.${r}`) })),
            )}
            {pick(
              'investmentType',
              INVESTMENT_TYPES.map((r) => ({ value: r, label: r })),
            )}
            {pick(
              'scale',
              BUSINESS_SCALES.map((r) => ({ value: r, label: tt(`controlRegistry.scale.${r}`) })),
            )}
            <TextInput
              label={label('kbli')}
              value={scope.kbli}
              onChange={(e) => setScope({ ...scope, kbli: e.currentTarget.value.trim() })}
              error={errors.kbli}
              inputMode="numeric"
            />
          </SimpleGrid>
          {matching.data ? (
            <Text size="sm" aria-live="polite">
              {t('controlMonitoring.new.matching', { count: matching.data.total })}
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Group>
        <Button onClick={submit} loading={create.isPending}>
          {t('controlMonitoring.new.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
