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
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import {
  GUIDANCE_KINDS,
  type TGuidanceKind,
  type TInspectionList,
} from '@sigap/contracts/investment-control';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { currentLang } from '../../i18n';
import { api } from '../../lib/api';
import { useFormErrors } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { useCreateGuidance } from './guidanceApi';
import { useCompanies } from './registryApi';

/**
 * `/office/pembinaan/baru?jenis=…&perusahaan=<id>&inspeksi=<id>`: a new guidance on request
 * (SOP 067/002: the company's letter), from supervision (067/003: the inspection, prefilled
 * from `inspeksi`) or a Bimtek (067/004: companies are invited from its page).
 */
export function NewGuidancePage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const lang = currentLang();
  usePageTitle(t('controlGuidance.new.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const presetInspection = params.get('inspeksi');
  const presetKind = params.get('jenis');
  const [kind, setKind] = useState<TGuidanceKind>(
    presetInspection
      ? 'from_supervision'
      : GUIDANCE_KINDS.includes(presetKind as TGuidanceKind)
        ? (presetKind as TGuidanceKind)
        : params.get('perusahaan')
          ? 'on_request'
          : 'bimtek',
  );
  const [v, setV] = useState({
    title: '',
    topic: '',
    companyId: params.get('perusahaan') ?? '',
    requestLetterNumber: '',
    requestLetterDate: '',
    inspectionId: presetInspection ?? '',
    heldOn: '',
    startTime: '09:00',
    endTime: '12:00',
    place: '',
    onlineLink: '',
  });
  const set = (k: keyof typeof v) => (value: string | null) => setV((o) => ({ ...o, [k]: value ?? '' }));
  const [search, setSearch] = useState('');
  const companies = useCompanies({ q: search || undefined });
  const inspections = useQuery({
    queryKey: ['control', 'inspections', 'for-guidance'],
    queryFn: () => api.get<TInspectionList>('/api/control/inspections?pageSize=200'),
    enabled: kind === 'from_supervision',
  });
  const companyOptions = (companies.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.name} (${c.nib})`,
  }));
  const inspectionOptions = (inspections.data?.items ?? []).map((i) => ({
    value: i.id,
    label: `${i.companyName} · ${i.inspectedOn ? formatLocalDate(i.inspectedOn, lang) : tt(`controlInspections.status.${i.status}`)}${i.findingsCount ? ` · ${i.findingsCount} ${t('controlInspections.fields.findingsCount').toLowerCase()}` : ''}`,
  }));
  const { errors, formError, fromError, clear } = useFormErrors();
  const create = useCreateGuidance();
  const submit = () => {
    clear();
    create.mutate(
      {
        kind,
        title: v.title,
        topic: v.topic,
        heldOn: v.heldOn,
        startTime: v.startTime,
        endTime: v.endTime,
        place: v.place,
        onlineLink: v.onlineLink,
        ...(kind === 'on_request'
          ? {
              companyId: v.companyId,
              requestLetterNumber: v.requestLetterNumber,
              requestLetterDate: v.requestLetterDate,
            }
          : {}),
        ...(kind === 'from_supervision' ? { inspectionId: v.inspectionId } : {}),
      } as never,
      {
        onSuccess: (g) => navigate(pagePath(OFFICE_PAGES.guidance, { id: g.id })),
        onError: (e) =>
          fromError(e, t('controlGuidance.new.failed'), {
            labels: (name) =>
              tt(
                `controlGuidance.fields.${name === 'inspectionId' ? 'inspection' : name === 'companyId' ? 'company' : name}`,
              ),
          }),
      },
    );
  };
  const text = (k: keyof typeof v, props: { required?: boolean; type?: string } = {}) => (
    <TextInput
      label={tt(`controlGuidance.fields.${k}`)}
      value={v[k]}
      onChange={(e) => set(k)(e.currentTarget.value)}
      error={errors[k]}
      {...props}
    />
  );
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>{t('controlGuidance.new.title')}</Title>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder>
        <Stack>
          <div>
            <Text size="sm" fw={500} mb={4} id="guidance-kind">
              {t('controlGuidance.fields.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="guidance-kind"
              value={kind}
              onChange={(k) => setKind(k as TGuidanceKind)}
              data={GUIDANCE_KINDS.map((k) => ({ value: k, label: tt(`controlGuidance.kind.${k}`) }))}
              fullWidth
            />
            <Text size="sm" c="dimmed" mt={4}>
              {tt(`controlGuidance.kindHelp.${kind}`)}
            </Text>
          </div>
          {text('title', { required: true })}
          {kind === 'on_request' ? (
            <>
              <Select
                label={t('controlGuidance.fields.company')}
                placeholder={t('controlGuidance.fields.companySearch')}
                searchable
                searchValue={search || undefined}
                onSearchChange={setSearch}
                filter={({ options: o }) => o}
                data={companyOptions}
                value={v.companyId || null}
                onChange={set('companyId')}
                error={errors.companyId}
                required
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('requestLetterNumber', { required: true })}
                {text('requestLetterDate', { required: true, type: 'date' })}
              </SimpleGrid>
            </>
          ) : null}
          {kind === 'from_supervision' ? (
            <Select
              label={t('controlGuidance.fields.inspection')}
              searchable
              data={inspectionOptions}
              value={v.inspectionId || null}
              onChange={set('inspectionId')}
              error={errors.inspectionId}
              required
            />
          ) : null}
          <Textarea
            label={t('controlGuidance.fields.topic')}
            value={v.topic}
            onChange={(e) => set('topic')(e.currentTarget.value)}
            error={errors.topic}
            autosize
            minRows={2}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('controlGuidance.view.session')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('heldOn', { required: true, type: 'date' })}
            {text('startTime', { required: true, type: 'time' })}
            {text('endTime', { required: true, type: 'time' })}
          </SimpleGrid>
          {text('place')}
          {text('onlineLink', { type: 'url' })}
        </Stack>
      </Card>
      <Group>
        <Button onClick={submit} loading={create.isPending}>
          {t('controlGuidance.new.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
