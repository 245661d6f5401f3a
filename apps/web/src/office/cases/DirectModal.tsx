import { Select, Stack, Text, Textarea } from '@mantine/core';
import type { TCaseDetail, TCaseTask } from '@sigap/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { applyServerErrors } from '../../lib/form';
import { roleLabel } from '../roles';

/**
 * A leader directs a task: "Disposisi" gives it to a person with an instruction, "Alihkan"
 * (reassign) moves it to another person with a reason.
 */
export function DirectModal({
  opened,
  mode,
  task,
  candidates,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  mode: 'dispose' | 'reassign';
  task: TCaseTask;
  candidates: TCaseDetail['candidates'];
  onSubmit: (toUserId: string, text: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [userId, setUserId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ user?: string | undefined; text?: string | undefined }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (opened) {
      setUserId(null);
      setText('');
      setErrors({});
      setFormError(null);
    }
  }, [opened]);

  const personLabel = t('office.case.direct.person');
  const textLabel = mode === 'dispose' ? t('office.case.direct.instruction') : t('office.case.direct.reason');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const next: typeof errors = {};
    if (!userId) next.user = t('office.case.required', { field: personLabel });
    if (text.trim().length < 3) next.text = t('office.case.reasonTooShort', { field: textLabel });
    setErrors(next);
    if (next.user || next.text || !userId) return;
    setPending(true);
    try {
      await onSubmit(userId, text.trim());
      onClose();
    } catch (e) {
      applyServerErrors(
        { setErrors: (f) => setErrors({ user: f.user, text: f.text }), setFormError },
        e,
        t('common.unexpectedError'),
        { rename: { toUserId: 'user', [mode === 'dispose' ? 'instruction' : 'reason']: 'text' } },
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={
        mode === 'dispose' ? t('office.case.direct.disposeTitle') : t('office.case.direct.reassignTitle')
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <Text size="sm">
            {t('office.case.stepNo', { no: task.stepNo })} {task.activity[lang]}
          </Text>
          {candidates.length === 0 && <Text size="sm">{t('office.case.direct.noCandidates')}</Text>}
          <Select
            label={personLabel}
            required
            searchable
            openOnFocus={false}
            nothingFoundMessage={t('common.nothingFound')}
            data={candidates.map((c) => ({
              value: c.userId,
              label: `${c.name} · ${c.roles.map((r) => roleLabel(r, lang)).join(', ')} · ${c.unitName}`,
            }))}
            value={userId}
            onChange={(v) => {
              setUserId(v);
              setErrors((p) => ({ ...p, user: undefined }));
            }}
            error={errors.user}
            data-autofocus
          />
          <Textarea
            label={textLabel}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setErrors((p) => ({ ...p, text: undefined }));
            }}
            error={errors.text}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={
              mode === 'dispose' ? t('office.case.direct.dispose') : t('office.case.direct.reassign')
            }
            pending={pending}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
