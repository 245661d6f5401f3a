import { Alert, Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import {
  BUSINESS_SCALES,
  INVESTMENT_TYPES,
  LICENCE_STATUSES,
  LICENCE_TYPES,
  RISK_LEVELS,
  type TCompany,
  type TLicence,
  type TSaveCompany,
  type TSaveLicence,
  ZSaveCompany,
  ZSaveLicence,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { useFormErrors, validate } from '../../lib/form';
import { useSaveCompany, useSaveLicence } from './registryApi';

type CompanyDraft = Record<Exclude<keyof TSaveCompany, 'kbliCodes'>, string> & { kbliCodes: string[] };

function draftOf(c: TCompany | undefined): CompanyDraft {
  return {
    nib: c?.nib ?? '',
    name: c?.name ?? '',
    investmentType: c?.investmentType ?? 'PMDN',
    scale: c?.scale ?? 'small',
    riskLevel: c?.riskLevel ?? 'low',
    kbliCodes: c?.kbliCodes ?? [],
    province: c?.province ?? '',
    regency: c?.regency ?? '',
    address: c?.address ?? '',
    contactName: c?.contactName ?? '',
    contactEmail: c?.contactEmail ?? '',
    contactPhone: c?.contactPhone ?? '',
  };
}

/**
 * Records a company by hand (one the OSS export has not brought yet) or corrects one: the same
 * contract the server checks (NIB of 13 digits, KBLI of 5), each problem under its field. A NIB
 * already in the registry is refused by the server (409) and shown above the form.
 */
export function CompanyFormModal({
  company,
  onClose,
  onSaved,
}: {
  company?: TCompany;
  onClose: () => void;
  onSaved: (c: TCompany) => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const [d, setD] = useState<CompanyDraft>(() => draftOf(company));
  const f = useFormErrors();
  const save = useSaveCompany();
  const labels: Record<string, string> = {
    nib: 'NIB',
    name: t('controlRegistry.form.name'),
    investmentType: t('controlRegistry.fields.investmentType'),
    scale: t('controlRegistry.fields.scale'),
    riskLevel: t('controlRegistry.fields.riskLevel'),
    kbliCodes: 'KBLI',
    province: t('controlRegistry.form.province'),
    regency: t('controlRegistry.fields.regency'),
    address: t('controlRegistry.fields.address'),
    contactName: t('controlRegistry.fields.contact'),
    contactEmail: t('controlRegistry.fields.email'),
    contactPhone: t('controlRegistry.form.phone'),
  };
  const set = (k: keyof CompanyDraft) => (v: string | null) => {
    f.clearField(k);
    setD((p) => ({ ...p, [k]: v ?? '' }));
  };
  const submit = () => {
    f.clear();
    const checked = validate(ZSaveCompany, d, labels);
    if (!checked.ok) {
      f.setErrors(checked.errors);
      return;
    }
    save.mutate(
      { id: company?.id, body: d as TSaveCompany },
      {
        onSuccess: (saved) => onSaved(saved),
        onError: (e) => f.fromError(e, t('common.errorTitle'), { labels }),
      },
    );
  };
  const text = (k: Exclude<keyof CompanyDraft, 'kbliCodes'>, props: { required?: boolean } = {}) => (
    <TextInput
      label={labels[k]}
      value={d[k]}
      onChange={(e) => set(k)(e.currentTarget.value)}
      error={f.errors[k]}
      {...props}
    />
  );
  return (
    <AppModal
      opened
      onClose={onClose}
      size="lg"
      title={company ? t('controlRegistry.form.editTitle') : t('controlRegistry.form.newTitle')}
    >
      <form
        noValidate
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="NIB"
              description={t('controlRegistry.form.nibHint')}
              value={d.nib}
              onChange={(e) => set('nib')(e.currentTarget.value)}
              error={f.errors.nib}
              inputMode="numeric"
              maxLength={13}
              required
            />
            {text('name', { required: true })}
            <Select
              label={labels.investmentType}
              data={INVESTMENT_TYPES.map((v) => ({ value: v, label: v }))}
              value={d.investmentType}
              onChange={set('investmentType')}
              allowDeselect={false}
              error={f.errors.investmentType}
              required
            />
            <Select
              label={labels.scale}
              data={BUSINESS_SCALES.map((s) => ({ value: s, label: tt(`controlRegistry.scale.${s}`) }))}
              value={d.scale}
              onChange={set('scale')}
              allowDeselect={false}
              error={f.errors.scale}
              required
            />
            <Select
              label={labels.riskLevel}
              data={RISK_LEVELS.map((r) => ({ value: r, label: tt(`controlRegistry.risk.${r}`) }))}
              value={d.riskLevel}
              onChange={set('riskLevel')}
              allowDeselect={false}
              error={f.errors.riskLevel}
              required
            />
            <TagsInput
              label="KBLI"
              description={t('controlRegistry.form.kbliHint')}
              value={d.kbliCodes}
              onChange={(v) => {
                f.clearField('kbliCodes');
                setD((p) => ({ ...p, kbliCodes: v.map((x) => x.trim()).filter(Boolean) }));
              }}
              splitChars={[',', ' ', ';']}
              error={f.errors.kbliCodes}
              required
            />
            {text('province')}
            {text('regency')}
          </SimpleGrid>
          {text('address')}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('contactName')}
            {text('contactEmail')}
            {text('contactPhone')}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('controlRegistry.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/**
 * Adds a licence to a company or corrects one (type, number, issue date, status as the OSS data
 * says). A suspension or revocation as a sanction goes through the sanctions ladder instead, which
 * keeps its letter and case; this form is for recording what the licensing system already holds.
 */
export function LicenceFormModal({
  companyId,
  licence,
  onClose,
}: {
  companyId: string;
  licence?: TLicence;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const [d, setD] = useState({
    type: licence?.type ?? 'standard_certificate',
    number: licence?.number ?? '',
    issuedOn: licence?.issuedOn ?? '',
    status: licence?.status ?? 'active',
  });
  const f = useFormErrors();
  const save = useSaveLicence();
  const labels: Record<string, string> = {
    type: t('controlRegistry.company.licenceType'),
    number: t('controlRegistry.company.number'),
    issuedOn: t('controlRegistry.company.issuedOn'),
    status: t('controlRegistry.company.status'),
  };
  const set = (k: keyof typeof d) => (v: string | null) => {
    f.clearField(k);
    setD((p) => ({ ...p, [k]: v ?? '' }));
  };
  const submit = () => {
    f.clear();
    const checked = validate(ZSaveLicence, d, labels);
    if (!checked.ok) {
      f.setErrors(checked.errors);
      return;
    }
    save.mutate(
      { companyId, licenceId: licence?.id, body: d as TSaveLicence },
      {
        onSuccess: onClose,
        onError: (e) => f.fromError(e, t('common.errorTitle'), { labels }),
      },
    );
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={licence ? t('controlRegistry.form.editLicence') : t('controlRegistry.form.addLicence')}
    >
      <form
        noValidate
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
          <Select
            label={labels.type}
            data={LICENCE_TYPES.map((v) => ({ value: v, label: tt(`controlRegistry.licenceType.${v}`) }))}
            value={d.type}
            onChange={set('type')}
            allowDeselect={false}
            error={f.errors.type}
            required
          />
          <TextInput
            label={labels.number}
            value={d.number}
            onChange={(e) => set('number')(e.currentTarget.value)}
            error={f.errors.number}
            required
          />
          <TextInput
            type="date"
            label={labels.issuedOn}
            value={d.issuedOn}
            onChange={(e) => set('issuedOn')(e.currentTarget.value)}
            error={f.errors.issuedOn}
          />
          <Select
            label={labels.status}
            description={t('controlRegistry.form.statusHint')}
            data={LICENCE_STATUSES.map((v) => ({
              value: v,
              label: tt(`controlRegistry.licenceStatus.${v}`),
            }))}
            value={d.status}
            onChange={set('status')}
            allowDeselect={false}
            error={f.errors.status}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('controlRegistry.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
