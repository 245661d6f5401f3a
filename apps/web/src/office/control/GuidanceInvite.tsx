import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { TGuidance } from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/form';
import { useGuidanceActions } from './guidanceApi';
import { useLkpmCompliance } from './lkpmApi';
import { useCompanies } from './registryApi';

/**
 * A Bimtek's invitations: companies chosen from the registry by search, or from those that have
 * not reported LKPM for the period judged (the compliance data); each gets the session by email.
 */
export function GuidanceInvite({ g }: { g: TGuidance }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<'search' | 'notReported'>('search');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const companies = useCompanies({ q: search || undefined });
  const compliance = useLkpmCompliance();
  const { invite } = useGuidanceActions(g.id);
  const { errors, formError, fromError, clear } = useFormErrors();
  const taken = new Set(g.participantList.map((p) => p.companyId));
  const options = [
    ...chosen.map((id) => ({ value: id, label: labels[id] ?? id })),
    ...(companies.data?.items ?? [])
      .filter((c) => !taken.has(c.id) && !chosen.includes(c.id))
      .map((c) => ({ value: c.id, label: `${c.name} (${c.nib})` })),
  ];
  const notReported = compliance.data
    ? [...compliance.data.quarter.notReported, ...compliance.data.half.notReported].filter(
        (c) => !taken.has(c.companyId),
      )
    : [];
  const pick = (ids: string[], names: Record<string, string>) => {
    setLabels((l) => ({ ...l, ...names }));
    setChosen(ids);
  };
  const submit = () => {
    clear();
    invite.mutate(chosen, {
      onSuccess: () => setChosen([]),
      onError: (e) =>
        fromError(e, t('controlGuidance.view.failed'), { rename: { companyIds: 'companyIds' } }),
    });
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('controlGuidance.view.invite')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('controlGuidance.view.inviteIntro')}
        </Text>
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
            {errors.companyIds ? ` ${errors.companyIds}` : ''}
          </Alert>
        ) : null}
        {invite.isSuccess ? (
          <Alert color="green" role="status">
            {t('controlGuidance.view.invited')}
          </Alert>
        ) : null}
        <SegmentedControl
          aria-label={t('controlGuidance.view.inviteSource')}
          value={source}
          onChange={(s) => setSource(s as 'search' | 'notReported')}
          data={[
            { value: 'search', label: t('controlGuidance.view.sourceSearch') },
            { value: 'notReported', label: t('controlGuidance.view.sourceNotReported') },
          ]}
        />
        {source === 'search' ? (
          <MultiSelect
            label={t('controlGuidance.fields.company')}
            placeholder={t('controlGuidance.fields.companySearch')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: o }) => o}
            data={options}
            value={chosen}
            onChange={(ids) =>
              pick(
                ids,
                Object.fromEntries(
                  options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label]),
                ),
              )
            }
          />
        ) : (
          <ScrollArea.Autosize mah={320}>
            <Stack gap={6}>
              {notReported.map((c) => (
                <Checkbox
                  key={c.companyId}
                  label={`${c.name} (${c.nib}) · ${t('controlGuidance.view.lastFiled')}: ${c.lastFiled ?? '-'}`}
                  checked={chosen.includes(c.companyId)}
                  onChange={(e) =>
                    pick(
                      e.currentTarget.checked
                        ? [...chosen, c.companyId]
                        : chosen.filter((x) => x !== c.companyId),
                      { [c.companyId]: `${c.name} (${c.nib})` },
                    )
                  }
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Group>
          <Button onClick={submit} disabled={chosen.length === 0} loading={invite.isPending}>
            {t('controlGuidance.view.inviteSubmit', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
