import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  MultiSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  INSPECTION_ITEMS,
  type TInspection,
  type TInspectionItemKey,
} from '@sigap/contracts/investment-control';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/form';
import { useAddInspectionPhotos, useRecordInspectionReport } from './inspectionsApi';

type ItemState = Record<TInspectionItemKey, { status: 'ok' | 'finding'; note: string }>;

/**
 * The inspection report (BAP) form of a routine visit or an incidental inspection: date,
 * inspectors, the seven items (in order or a finding, with a note), findings, follow-up, the
 * company's signature or its refusal, and photos uploaded once the report is saved.
 */
export function InspectionReportForm(props: {
  target: { visitId: string } | { inspectionId: string };
  inspectors: { id: string; name: string }[];
  defaultInspectorIds: string[];
  defaultDate: string;
  onSaved: (r: TInspection) => void;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const [inspectedOn, setInspectedOn] = useState(props.defaultDate);
  const [inspectorIds, setInspectorIds] = useState(props.defaultInspectorIds);
  const [items, setItems] = useState<ItemState>(
    () =>
      Object.fromEntries(
        INSPECTION_ITEMS.map((k) => [k, { status: 'ok', note: '' }]),
      ) as unknown as ItemState,
  );
  const [findings, setFindings] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [signed, setSigned] = useState<'signed' | 'refused'>('signed');
  const [repName, setRepName] = useState('');
  const [repPosition, setRepPosition] = useState('');
  const [refusal, setRefusal] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const { errors, formError, fromError, clear } = useFormErrors();
  const record = useRecordInspectionReport();
  const upload = useAddInspectionPhotos();
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const save = () => {
    clear();
    record.mutate(
      {
        target: props.target,
        report: {
          inspectedOn,
          inspectorIds,
          items: Object.fromEntries(
            INSPECTION_ITEMS.map((k) => [k, { status: items[k].status, note: opt(items[k].note) }]),
          ) as never,
          findings: opt(findings),
          followUp: opt(followUp),
          ...(signed === 'signed'
            ? { companyRepName: opt(repName), companyRepPosition: opt(repPosition) }
            : { refusalReason: opt(refusal) }),
        },
      },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'green', message: t('controlInspections.form.saved') });
          if (photos.length === 0) return props.onSaved(r);
          upload.mutate(
            { id: r.id, files: photos },
            {
              onSuccess: props.onSaved,
              onError: (e) => {
                fromError(e, t('controlInspections.form.failed'));
                props.onSaved(r);
              },
            },
          );
        },
        onError: (e) => fromError(e, t('controlInspections.form.failed')),
      },
    );
  };
  return (
    <Stack gap="md">
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('controlInspections.fields.inspectedOn')}
            value={inspectedOn}
            onChange={(e) => setInspectedOn(e.currentTarget.value)}
            error={errors.inspectedOn}
            required
          />
          <MultiSelect
            label={t('controlInspections.fields.inspectors')}
            data={props.inspectors.map((i) => ({ value: i.id, label: i.name }))}
            value={inspectorIds}
            onChange={setInspectorIds}
            error={errors.inspectorIds ?? errors['inspectorIds.0']}
            searchable
            required
          />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('controlInspections.fields.items')}
        </Text>
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Tbody>
              {INSPECTION_ITEMS.map((k) => (
                <Table.Tr key={k}>
                  <Table.Td w="30%">{tt(`controlInspections.item.${k}`)}</Table.Td>
                  <Table.Td w="25%">
                    <SegmentedControl
                      size="xs"
                      aria-label={tt(`controlInspections.item.${k}`)}
                      value={items[k].status}
                      color={items[k].status === 'finding' ? 'orange' : 'green'}
                      onChange={(v) =>
                        setItems({ ...items, [k]: { ...items[k], status: v as 'ok' | 'finding' } })
                      }
                      data={(['ok', 'finding'] as const).map((s) => ({
                        value: s,
                        label: tt(`controlInspections.itemStatus.${s}`),
                      }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${t('controlInspections.fields.note')}: ${tt(`controlInspections.item.${k}`)}`}
                      placeholder={t('controlInspections.fields.note')}
                      value={items[k].note}
                      onChange={(e) =>
                        setItems({ ...items, [k]: { ...items[k], note: e.currentTarget.value } })
                      }
                      error={errors[`items.${k}.note`] ?? errors[`items.${k}`]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">
          {t('controlInspections.gradeRule')}
        </Text>
      </Card>
      <Card withBorder>
        <Stack>
          <Textarea
            label={t('controlInspections.fields.findings')}
            value={findings}
            onChange={(e) => setFindings(e.currentTarget.value)}
            error={errors.findings}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('controlInspections.fields.followUp')}
            value={followUp}
            onChange={(e) => setFollowUp(e.currentTarget.value)}
            error={errors.followUp}
            autosize
            minRows={2}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Text fw={600}>{t('controlInspections.fields.signature')}</Text>
          <SegmentedControl
            value={signed}
            onChange={(v) => setSigned(v as 'signed' | 'refused')}
            data={[
              { value: 'signed', label: t('controlInspections.fields.signed') },
              { value: 'refused', label: t('controlInspections.fields.refused') },
            ]}
          />
          {signed === 'signed' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('controlInspections.fields.companyRepName')}
                value={repName}
                onChange={(e) => setRepName(e.currentTarget.value)}
                error={errors.companyRepName}
                required
              />
              <TextInput
                label={t('controlInspections.fields.companyRepPosition')}
                value={repPosition}
                onChange={(e) => setRepPosition(e.currentTarget.value)}
                error={errors.companyRepPosition}
              />
            </SimpleGrid>
          ) : (
            <Textarea
              label={t('controlInspections.fields.refusalReason')}
              value={refusal}
              onChange={(e) => setRefusal(e.currentTarget.value)}
              error={errors.refusalReason ?? errors.companyRepName}
              required
            />
          )}
          <FileInput
            label={t('controlInspections.fields.photos')}
            multiple
            accept="image/jpeg,image/png"
            value={photos}
            onChange={setPhotos}
            error={errors.photos ?? errors['photos[0]']}
            clearable
          />
        </Stack>
      </Card>
      <Group>
        <Button onClick={save} loading={record.isPending || upload.isPending}>
          {t('controlInspections.form.save')}
        </Button>
      </Group>
    </Stack>
  );
}
