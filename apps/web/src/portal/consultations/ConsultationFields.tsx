import { Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@sigap/contracts';
import { CONSULTATION_KINDS, type TConsultationKind } from '@sigap/contracts/investment-control';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ConsultationValues = Record<string, string>;

/** The fields of a ticket, in the order the error summary lists them. */
export const CONSULTATION_FIELDS = [
  'agencyId',
  'kind',
  'channel',
  'nib',
  'contactName',
  'contactEmail',
  'contactPhone',
  'topic',
  'question',
  'preferredDate',
  'preferredTime',
] as const;

export const consultationFieldId = (f: string) => `cons-${f}`;

/**
 * The ticket's own fields, shared by the portal form and the office's record form: the kind
 * (helpdesk or virtual consultation), the company's NIB and the contact, the topic and
 * question, and for a virtual consultation the preferred working day and hour.
 */
export function ConsultationFields({
  values,
  errors,
  labels,
  set,
  emailRequired,
  section,
}: {
  values: ConsultationValues;
  errors: Record<string, string | undefined>;
  labels: Record<string, string>;
  set: (field: string, value: string) => void;
  emailRequired: boolean;
  /** Wraps each group (a card with a heading on the portal). */
  section: (id: string, title: string, children: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation();
  const tt = (k: string) => t(k as never) as unknown as string;
  const text = (field: string, required = true, max = 300) => ({
    id: consultationFieldId(field),
    label: labels[field],
    required,
    maxLength: max,
    value: values[field] ?? '',
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
  });
  const kind = (values.kind || 'helpdesk') as TConsultationKind;
  return (
    <>
      <Radio.Group
        id={consultationFieldId('kind')}
        label={labels.kind}
        required
        value={kind}
        onChange={(v) => set('kind', v)}
        error={errors.kind}
      >
        <Stack gap="xs" mt="xs">
          {CONSULTATION_KINDS.map((k) => (
            <Radio
              key={k}
              value={k}
              label={tt(`controlConsultations.kind.${k}`)}
              description={tt(`controlConsultations.kindHint.${k}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {section(
        'cons-section-company',
        t('controlConsultations.portal.companySection'),
        <>
          <TextInput
            {...text('nib', true, 13)}
            inputMode="numeric"
            description={t('controlConsultations.portal.nibHint')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput {...text('contactName', true, LIMITS.nameMax)} autoComplete="name" />
            <TextInput {...text('contactPhone', true, 20)} type="tel" autoComplete="tel" />
            <TextInput
              {...text('contactEmail', emailRequired, LIMITS.emailMax)}
              type="email"
              autoComplete="email"
            />
          </SimpleGrid>
        </>,
      )}
      {section(
        'cons-section-question',
        t('controlConsultations.portal.questionSection'),
        <>
          <TextInput {...text('topic', true, 200)} />
          <Textarea {...text('question', true, LIMITS.textMax)} autosize minRows={4} />
        </>,
      )}
      {kind === 'virtual'
        ? section(
            'cons-section-schedule',
            t('controlConsultations.portal.scheduleSection'),
            <>
              <Text size="sm" c="dimmed">
                {t('controlConsultations.portal.scheduleHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput {...text('preferredDate', true, 10)} type="date" />
                <TextInput {...text('preferredTime', true, 5)} type="time" step={900} />
              </SimpleGrid>
            </>,
          )
        : null}
    </>
  );
}
