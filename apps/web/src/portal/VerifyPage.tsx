import { Alert, Button, Card, Code, Input, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TPublicVerification, TVerifyFileResponse } from '@sigap/contracts';
import { IconCircleCheck, IconCircleX, IconFileSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Fact } from '../components/Fact';
import { Loading } from '../components/Loading';
import { QueryError } from '../components/QueryError';
import { StatusBadge } from '../components/StatusBadge';
import { currentLang } from '../i18n';
import { ApiError, api } from '../lib/api';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/usePageTitle';

/**
 * The upload goes without the staff cookie: the check is public, and a logged-in member of
 * staff opening the page must not need the office's CSRF token for it.
 */
async function checkFile(id: string, file: File, lang: string): Promise<TVerifyFileResponse> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch(`/api/public/verify/${encodeURIComponent(id)}`, {
    method: 'POST',
    body,
    credentials: 'omit',
    headers: { accept: 'application/json', 'accept-language': lang },
  });
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError(response.status, String(data.code ?? response.status), String(data.message ?? ''));
  return data as TVerifyFileResponse;
}

/** `/verifikasi/:id`: where a signed document's QR code leads. The facts, and a file check by SHA-256. */
export function VerifyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const inputId = useId();
  usePageTitle(t('documents.verify.pageTitle'));
  const record = useQuery({
    queryKey: ['public', 'verify', id],
    queryFn: () => api.get<TPublicVerification>(`/api/public/verify/${encodeURIComponent(id)}`),
    retry: false,
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const check = useMutation({ mutationFn: (f: File) => checkFile(id, f, lang) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('documents.verify.chooseFile'));
      return;
    }
    check.mutate(file);
  };

  if (record.isPending) return <Loading />;
  const r = record.data;
  const statusText =
    r?.status === 'cancelled'
      ? t('documents.verify.statusCancelled')
      : r?.status === 'sent'
        ? t('documents.verify.statusSent')
        : t('documents.verify.statusValid');

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{t('documents.verify.title')}</Title>
        <Text>{t('documents.verify.intro')}</Text>
      </Stack>
      {record.isError ? (
        record.error instanceof ApiError && record.error.status === 404 ? (
          <Alert role="alert" color="red" variant="light" icon={<IconCircleX aria-hidden="true" />}>
            {t('documents.verify.notFound')}
          </Alert>
        ) : (
          <QueryError error={record.error} onRetry={() => void record.refetch()} />
        )
      ) : r ? (
        <>
          <Card withBorder padding="lg" component="section" aria-labelledby="verify-record">
            <Title order={2} size="h3" id="verify-record" mb="sm">
              {r.title}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
              <Fact label={t('documents.verify.number')}>{r.number}</Fact>
              <Fact label={t('documents.verify.date')}>{formatDate(r.date, r.timeZone, lang)}</Fact>
              <Fact label={t('documents.verify.signer')}>
                {r.signerName}
                {r.signerPosition ? `, ${r.signerPosition}` : ''}
              </Fact>
              <Fact label={t('documents.verify.agency')}>{r.agency}</Fact>
              <Fact label={t('documents.verify.status')}>
                <StatusBadge set="document" status={r.status} label={statusText} size="lg" wrap />
              </Fact>
              <Fact label={t('documents.verify.sha256')}>
                <Code style={{ wordBreak: 'break-all' }}>{r.sha256}</Code>
              </Fact>
            </SimpleGrid>
          </Card>

          <Card withBorder padding="lg" component="section" aria-labelledby="verify-check">
            <Title order={2} size="h3" id="verify-check" mb="sm">
              {t('documents.verify.checkHeading')}
            </Title>
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <Input.Wrapper
                  label={t('documents.verify.file')}
                  description={t('documents.verify.fileHint')}
                  error={fileError}
                  id={inputId}
                >
                  <input
                    id={inputId}
                    type="file"
                    accept="application/pdf,.pdf"
                    style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
                    onChange={(e) => {
                      setFile(e.currentTarget.files?.[0] ?? null);
                      setFileError(null);
                      check.reset();
                    }}
                  />
                </Input.Wrapper>
                <div>
                  <Button
                    type="submit"
                    loading={check.isPending}
                    leftSection={<IconFileSearch size={18} aria-hidden="true" />}
                  >
                    {t('documents.verify.check')}
                  </Button>
                </div>
                <div aria-live="polite">
                  {check.data &&
                    (check.data.match ? (
                      <Alert
                        color="green"
                        variant="light"
                        title={t('documents.verify.match')}
                        icon={<IconCircleCheck aria-hidden="true" />}
                      >
                        <Text size="sm">{t('documents.verify.matchBody')}</Text>
                      </Alert>
                    ) : (
                      <Alert
                        color="red"
                        variant="light"
                        title={t('documents.verify.mismatch')}
                        icon={<IconCircleX aria-hidden="true" />}
                      >
                        <Text size="sm">{t('documents.verify.mismatchBody')}</Text>
                        <Text size="xs" mt={4} style={{ wordBreak: 'break-all' }}>
                          {t('documents.verify.yourHash', { hash: check.data.sha256 })}
                        </Text>
                      </Alert>
                    ))}
                  {check.isError && (
                    <Alert role="alert" color="red" variant="light">
                      {check.error instanceof ApiError && check.error.message
                        ? check.error.message
                        : t('common.unexpectedError')}
                    </Alert>
                  )}
                </div>
              </Stack>
            </form>
          </Card>
        </>
      ) : null}
    </Stack>
  );
}
