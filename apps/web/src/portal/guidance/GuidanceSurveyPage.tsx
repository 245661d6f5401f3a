import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TGuidanceSurvey } from '@sigap/contracts/investment-control';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { currentLang } from '../../i18n';
import { api, isApiError } from '../../lib/api';
import { useFormErrors } from '../../lib/form';
import { formatLocalDate } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';

/** `/survei-pembinaan/:token`: a guidance participant rates the session (1-4) with a comment, once. */
export function GuidanceSurveyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const token = useParams().token ?? '';
  usePageTitle(t('controlGuidance.survey.title'));
  const url = `/api/public/guidance-survey/${encodeURIComponent(token)}`;
  const survey = useQuery({
    queryKey: ['guidance-survey', token],
    queryFn: () => api.get<TGuidanceSurvey>(url),
    retry: false,
  });
  const send = useMutation({
    mutationFn: (body: { score: number; comment?: string }) => api.post<TGuidanceSurvey>(url, body),
  });
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const { errors, setErrors, formError, fromError, clear } = useFormErrors();
  if (survey.isPending) return <Loading />;
  if (survey.isError)
    return (
      <Alert color="red" title={t('controlGuidance.survey.title')} role="alert">
        {t('controlGuidance.survey.notFound')}
      </Alert>
    );
  const s = survey.data;
  const already = s.answered || (send.isError && isApiError(send.error, 409));
  const head = (
    <Text size="sm" c="dimmed">
      {s.title} · {formatLocalDate(s.heldOn, lang, true)} · {s.companyName} · {s.agencyName}
    </Text>
  );
  if (send.isSuccess || already)
    return (
      <Card withBorder padding="lg" role="status" maw={720}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck size={32} color="var(--mantine-color-green-8)" aria-hidden="true" />
          <div>
            <Title order={1} size="h2">
              {send.isSuccess ? t('controlGuidance.survey.thanks') : t('controlGuidance.survey.already')}
            </Title>
            {head}
          </div>
        </Group>
      </Card>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    clear();
    if (!score) {
      setErrors({ score: t('controlGuidance.survey.chooseScore') });
      return;
    }
    send.mutate(
      { score: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) },
      { onError: (err) => fromError(err, t('controlGuidance.survey.failed')) },
    );
  };
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('controlGuidance.survey.title')}</Title>
      {head}
      {formError ? (
        <Alert color="red" role="alert">
          {formError}
        </Alert>
      ) : null}
      <Card withBorder component="form" onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t('controlGuidance.survey.lead')}
            value={score}
            onChange={setScore}
            error={errors.score}
            required
          >
            <Stack gap="xs" mt="xs">
              {(['1', '2', '3', '4'] as const).map((n) => (
                <Radio key={n} value={n} label={t(`controlGuidance.survey.scores.s${n}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('controlGuidance.survey.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.comment}
            autosize
            minRows={3}
            maxLength={2000}
          />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('controlGuidance.survey.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
