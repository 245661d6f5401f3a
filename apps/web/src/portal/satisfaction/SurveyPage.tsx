import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { PORTAL_PAGES } from '@sigap/contracts';
import {
  SURVEY_SUGGESTION_MAX,
  type TAnswerSurveyRequest,
  type TSurveyElement,
} from '@sigap/contracts/satisfaction';
import {
  ANSWER_SCALE,
  RESPONDENT_PROFILE,
  SERVICE_ELEMENTS,
  SURVEY_SERVICES,
} from '@sigap/core/satisfaction';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { currentLang } from '../../i18n';
import { type ApiError, isApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/usePageTitle';
import { useAnswerSurvey, usePublicSurvey } from './api';

type ProfileField = keyof typeof RESPONDENT_PROFILE;
const PROFILE_FIELDS: ProfileField[] = ['gender', 'ageBand', 'education', 'occupation'];

/**
 * The public satisfaction survey (PermenPANRB 14/2017) behind an invitation's link: the nine
 * elements on the 1-4 scale, an optional profile and a suggestion; anonymous, once per link.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const token = useParams().token ?? '';
  usePageTitle(t('satisfaction.survey.title'));
  const survey = usePublicSurvey(token);
  const send = useAnswerSurvey(token);
  const [answers, setAnswers] = useState<Partial<Record<TSurveyElement, number>>>({});
  const [profile, setProfile] = useState<Partial<Record<ProfileField, string>>>({});
  const [suggestion, setSuggestion] = useState('');
  const [missing, setMissing] = useState<TSurveyElement[]>([]);

  if (survey.isPending) return <Loading />;
  if (survey.isError)
    return (
      <Alert color="red" title={t('satisfaction.survey.title')} role="alert">
        {t('satisfaction.survey.notFound')}
      </Alert>
    );
  const data = survey.data;
  const service = SURVEY_SERVICES[data.service][lang];
  const answered = data.answered || (send.isError && isApiError(send.error, 409));

  // answered now, or before (this visit or a 409 from a second tab): say so, and point to the results
  if (send.isSuccess || answered)
    return (
      <Card withBorder padding="lg" role="status">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck
            size={32}
            color="var(--mantine-color-green-8)"
            aria-hidden="true"
            style={{ flexShrink: 0 }}
          />
          <div>
            <Title order={1} size="h2">
              {send.isSuccess
                ? t('satisfaction.survey.thanks')
                : t('satisfaction.survey.alreadyAnsweredTitle')}
            </Title>
            <Text mt={4}>
              {send.isSuccess
                ? t('satisfaction.survey.thanksLead')
                : t('satisfaction.survey.alreadyAnswered')}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {service} · {data.agencyName}
            </Text>
          </div>
        </Group>
        <Button
          component={Link}
          to={PORTAL_PAGES.ikm}
          variant="light"
          mt="md"
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {t('satisfaction.survey.seeIkm')}
        </Button>
      </Card>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const gaps = SERVICE_ELEMENTS.map((el) => el.key).filter((k) => !answers[k]);
    setMissing(gaps);
    if (gaps.length > 0) {
      document.getElementById(`survey-${gaps[0]}`)?.querySelector('input')?.focus();
      return;
    }
    send.mutate({
      answers: answers as TAnswerSurveyRequest['answers'],
      ...Object.fromEntries(Object.entries(profile).filter(([, v]) => v)),
      ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}),
    } as TAnswerSurveyRequest);
  };

  const failed = send.error;
  const serverErrors: ApiError | null = failed && isApiError(failed) && failed.status !== 409 ? failed : null;

  return (
    <Stack gap="lg" component="form" onSubmit={submit}>
      <div>
        <Title order={1}>{t('satisfaction.survey.title')}</Title>
        <Text mt="xs">{t('satisfaction.survey.intro', { service, agency: data.agencyName })}</Text>
      </div>
      {serverErrors && (
        <Alert color="red" role="alert" title={t('satisfaction.survey.errorsTitle')}>
          {serverErrors.fields.length > 0 ? (
            <List size="sm">
              {serverErrors.fields.map((f) => (
                <List.Item key={f.field}>{f.message}</List.Item>
              ))}
            </List>
          ) : (
            serverErrors.message
          )}
        </Alert>
      )}

      <Fieldset legend={t('satisfaction.survey.elementsLegend')}>
        <Stack gap="lg">
          {SERVICE_ELEMENTS.map((el, i) => (
            <Radio.Group
              key={el.key}
              id={`survey-${el.key}`}
              name={el.key}
              label={`U${i + 1}. ${lang === 'en' ? el.en : el.id}`}
              description={lang === 'en' ? el.questionEn : el.questionId}
              value={answers[el.key] ? String(answers[el.key]) : ''}
              onChange={(v) => {
                setAnswers((a) => ({ ...a, [el.key]: Number(v) }));
                setMissing((m) => m.filter((k) => k !== el.key));
              }}
              error={missing.includes(el.key) ? t('satisfaction.survey.required') : undefined}
              withAsterisk
            >
              <Group mt="xs" gap="lg">
                {([1, 2, 3, 4] as const).map((v) => (
                  <Radio key={v} value={String(v)} label={`${v} · ${ANSWER_SCALE[v][lang]}`} />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('satisfaction.survey.profileLegend')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {PROFILE_FIELDS.map((field) => (
            <Select
              key={field}
              label={t(`satisfaction.survey.${field}`)}
              placeholder={t('satisfaction.survey.choose')}
              clearable
              value={profile[field] ?? null}
              onChange={(v) => setProfile((p) => ({ ...p, [field]: v ?? undefined }))}
              data={Object.entries(RESPONDENT_PROFILE[field]).map(([value, label]) => ({
                value,
                label: label[lang],
              }))}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Textarea
        label={t('satisfaction.survey.suggestion')}
        value={suggestion}
        onChange={(e) => setSuggestion(e.currentTarget.value)}
        maxLength={SURVEY_SUGGESTION_MAX}
        autosize
        minRows={3}
      />
      <div>
        <Button type="submit" loading={send.isPending}>
          {t('satisfaction.survey.submit')}
        </Button>
      </div>
    </Stack>
  );
}
