import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TCompany } from '@sigap/contracts/investment-control';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { useFormErrors } from '../../lib/form';
import { usePageTitle } from '../../lib/usePageTitle';
import { useStartIncidentalInspection } from './inspectionsApi';
import { useCompanies } from './registryApi';

/**
 * `/office/pemeriksaan/baru?perusahaan=<id>&aduan=<nomor>`: start an incidental inspection
 * (SOP 067/010) from a complaint (its tracking number, prefilled from `aduan`) or a finding.
 */
export function NewInspectionPage() {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  usePageTitle(t('controlInspections.start.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const complaint = params.get('aduan') ?? '';
  const [search, setSearch] = useState('');
  const [companyId, setCompanyId] = useState<string | null>(params.get('perusahaan'));
  const companies = useCompanies({ q: search || undefined });
  const presetId = params.get('perusahaan');
  const preset = useQuery({
    queryKey: ['control', 'company', presetId],
    queryFn: () => api.get<TCompany>(`/api/control/companies/${encodeURIComponent(presetId ?? '')}`),
    enabled: !!presetId,
  });
  const [reasonKind, setReasonKind] = useState<'complaint' | 'finding'>(
    complaint || !params.get('perusahaan') ? 'complaint' : 'finding',
  );
  const [reasonRef, setReasonRef] = useState(complaint);
  const [reason, setReason] = useState('');
  const { errors, formError, fromError, clear } = useFormErrors();
  const start = useStartIncidentalInspection();
  const options = (companies.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.nib})` }));
  if (preset.data && !options.some((o) => o.value === preset.data.id))
    options.unshift({ value: preset.data.id, label: `${preset.data.name} (${preset.data.nib})` });
  const submit = () => {
    clear();
    start.mutate(
      {
        companyId: companyId ?? '',
        reasonKind,
        reasonRef: reasonRef.trim() || undefined,
        reason: reason.trim(),
      },
      {
        onSuccess: (r) => navigate(pagePath(OFFICE_PAGES.inspection, { id: r.id })),
        onError: (e) => fromError(e, t('controlInspections.start.failed')),
      },
    );
  };
  return (
    <Stack gap="md" maw={800}>
      <Title order={1}>{t('controlInspections.start.title')}</Title>
      <Text c="dimmed">{t('controlInspections.start.intro')}</Text>
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder>
        <Stack>
          <Select
            label={t('controlInspections.fields.company')}
            placeholder={t('controlInspections.fields.companySearch')}
            searchable
            searchValue={search || undefined}
            onSearchChange={setSearch}
            filter={({ options: o }) => o}
            data={options}
            value={companyId}
            onChange={setCompanyId}
            error={errors.companyId}
            required
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('controlInspections.fields.reasonKind')}
            </Text>
            <SegmentedControl
              value={reasonKind}
              onChange={(v) => setReasonKind(v as 'complaint' | 'finding')}
              data={(['complaint', 'finding'] as const).map((k) => ({
                value: k,
                label: tt(`controlInspections.reason.${k}`),
              }))}
            />
          </div>
          <TextInput
            label={t('controlInspections.fields.reasonRef')}
            value={reasonRef}
            onChange={(e) => setReasonRef(e.currentTarget.value)}
            error={errors.reasonRef}
            required={reasonKind === 'complaint'}
          />
          <Textarea
            label={t('controlInspections.fields.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={3}
            required
          />
        </Stack>
      </Card>
      <Group>
        <Button onClick={submit} loading={start.isPending}>
          {t('controlInspections.start.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
