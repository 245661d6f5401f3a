import { Select, Stack, Text, TextInput } from '@mantine/core';
import { OFFICE_PAGES, pagePath, type TIncomingLetter } from '@sigap/contracts';
import { SERVICE_OF_SOP } from '@sigap/contracts/service-requests';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError, QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { useStartableSops } from '../cases/api';
import { useStartCaseFromLetter } from './api';

/**
 * Where a module's SOP starts from a letter: its own registration form, which records the
 * module's data and links the letter (a service request from a request letter). SOPs of other
 * modules (complaints keep their own Form C intake) are not offered here.
 */
const MODULE_START: Record<string, (letterId: string, sopKey: string) => string> = {
  'service-requests': (letterId, sopKey) =>
    pagePath(
      OFFICE_PAGES.newServiceRequest,
      {},
      { surat: letterId, layanan: SERVICE_OF_SOP[sopKey] ?? 'pertemuan-one-on-one' },
    ),
};

/** Follows up an incoming letter with a case of an SOP the user may start; opens the new case. */
export function StartFromLetterModal({
  letter,
  onClose,
}: {
  letter: TIncomingLetter | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const navigate = useNavigate();
  const sops = useStartableSops(!!letter);
  const start = useStartCaseFromLetter();
  const form = useFormErrors();
  const [definitionKey, setDefinitionKey] = useState('');
  const [subject, setSubject] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another letter is picked
  useEffect(() => {
    if (letter) {
      setDefinitionKey('');
      setSubject(letter.subject.slice(0, 300));
      form.clear();
    }
  }, [letter]);

  const offered = (sops.data ?? []).filter((s) => !s.managedBy || MODULE_START[s.managedBy]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!letter) return;
    form.clear();
    if (!definitionKey) {
      form.setErrors({ definitionKey: t('office.incoming.start.sopRequired') });
      return;
    }
    const module = offered.find((s) => s.key === definitionKey)?.managedBy;
    const moduleStart = module ? MODULE_START[module] : undefined;
    if (moduleStart) {
      onClose();
      navigate(moduleStart(letter.id, definitionKey));
      return;
    }
    const trimmed = subject.trim();
    start.mutate(
      { id: letter.id, body: { definitionKey, ...(trimmed ? { subject: trimmed } : {}) } },
      {
        onSuccess: (result) => {
          onClose();
          navigate(`/office/kasus/${result.caseId}`);
        },
        onError: (error) => form.fromError(error, t('common.unexpectedError')),
      },
    );
  };

  return (
    <AppModal
      opened={!!letter}
      onClose={onClose}
      title={t('office.incoming.start.title', { agenda: letter?.agendaNumber ?? '' })}
      size="lg"
    >
      {sops.isError ? (
        <QueryError error={sops.error} onRetry={() => void sops.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={form.formError} />
            {letter && (
              <Text size="sm">
                {letter.sender} · {letter.letterNumber}
              </Text>
            )}
            {sops.data && offered.length === 0 && <Text>{t('office.incoming.start.none')}</Text>}
            <Select
              label={t('office.incoming.start.sop')}
              required
              searchable
              openOnFocus={false}
              nothingFoundMessage={t('common.nothingFound')}
              placeholder={sops.isPending ? t('common.loading') : t('office.incoming.start.sopPlaceholder')}
              data={offered.map((s) => ({
                value: s.key,
                label: s.code ? `${s.code} · ${s.title[lang]}` : s.title[lang],
              }))}
              value={definitionKey || null}
              onChange={(v) => {
                setDefinitionKey(v ?? '');
                form.clearField('definitionKey');
              }}
              error={form.errors.definitionKey}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={t('office.incoming.start.subject')}
              description={t('office.incoming.start.subjectHint')}
              maxLength={300}
              value={subject}
              onChange={(e) => {
                setSubject(e.currentTarget.value);
                form.clearField('subject');
              }}
              error={form.errors.subject}
            />
            <FormActions
              onCancel={onClose}
              submitLabel={t('office.incoming.start.submit')}
              pending={start.isPending}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
