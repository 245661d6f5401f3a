import { Alert, Button, Code, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ruleMessage } from '@sigap/contracts';
import { formatLetterNumber, letterPatternIssues } from '@sigap/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { zonedParts } from '../../lib/format';
import { useSetLetterPattern } from './api';

const TOKENS = ['classification', 'sequence', 'unit', 'romanMonth', 'month', 'year'] as const;

/** The administrator's setting of the agency's letter-number pattern, with a live example. */
export function LetterPatternCard({
  pattern,
  defaultPattern,
  timeZone,
  exampleUnit,
}: {
  pattern: string;
  defaultPattern: string;
  timeZone: string;
  exampleUnit: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const save = useSetLetterPattern();
  const form = useFormErrors();
  const [value, setValue] = useState(pattern);
  const [saved, setSaved] = useState(false);

  useEffect(() => setValue(pattern), [pattern]);

  const label = t('office.register.pattern.label');
  const issues = letterPatternIssues(value.trim());
  const issueText = issues.map((i) => ruleMessage(i.rule, lang, { field: label, ...i.params }));
  const { date } = zonedParts(new Date(), timeZone);
  const example =
    issues.length === 0
      ? formatLetterNumber(value.trim(), {
          classification: '067',
          sequence: 1,
          unit: exampleUnit,
          month: Number(date.slice(5, 7)),
          year: Number(date.slice(0, 4)),
        })
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    setSaved(false);
    if (issues.length > 0) {
      form.setErrors({ pattern: issueText.join(' ') });
      return;
    }
    save.mutate(value.trim(), {
      onSuccess: () => setSaved(true),
      onError: (error) => form.fromError(error, t('common.unexpectedError')),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pattern-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="pattern-heading">
            {t('office.register.pattern.title')}
          </Title>
          <Text size="sm">{t('office.register.pattern.intro')}</Text>
          <FormError message={form.formError} />
          <TextInput
            label={label}
            value={value}
            maxLength={120}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setSaved(false);
              form.clearField('pattern');
            }}
            error={form.errors.pattern}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <div aria-live="polite">
            {example ? (
              <Text size="sm">
                {t('office.register.pattern.example')}:{' '}
                <Text span fw={700} ff="monospace" data-testid="pattern-example">
                  {example}
                </Text>
              </Text>
            ) : (
              value.trim() &&
              !form.errors.pattern && (
                <Text size="sm" c="red.8">
                  {issueText.join(' ')}
                </Text>
              )
            )}
          </div>
          <Text size="xs" c="dimmed" component="div">
            {t('office.register.pattern.placeholders')}
            <List size="xs" mt={4} spacing={2}>
              {TOKENS.map((token) => (
                <List.Item key={token}>
                  <Code>{`{${token}}`}</Code> {t(`office.register.pattern.token.${token}`)}
                </List.Item>
              ))}
            </List>
          </Text>
          {saved && (
            <Alert color="green" variant="light" role="status">
              {t('office.register.pattern.saved')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setValue(defaultPattern);
                setSaved(false);
                form.clearField('pattern');
              }}
              disabled={value === defaultPattern}
            >
              {t('office.register.pattern.reset')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={value.trim() === pattern}>
              {t('office.register.pattern.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
