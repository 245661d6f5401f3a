import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { OFFICE_PAGES, pagePath } from '@sigap/contracts';
import type { TServiceKey, TServiceRequestEmail } from '@sigap/contracts/service-requests';
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { Fact } from '../../components/Fact';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { currentLang } from '../../i18n';
import { serverFieldErrors } from '../../lib/form';
import { formatDateTime, isoToLocalInput } from '../../lib/format';
import { useSession } from '../auth/session';
import {
  emailFileUrl,
  useDismissEmail,
  useRegisterFromEmail,
  useServiceRequestEmail,
  useServiceRequestSettings,
  useWaitingEmails,
} from './emailApi';

/** The email being registered, from the page's `?email=` parameter. */
function useEmailId(): string | null {
  const [params] = useSearchParams();
  return params.get('email');
}

/**
 * For the new-request page: with `?email=<id>`, fills the registration form from that email once
 * (channel email, the time Sigap received it in the office's zone, the sender's address and name, the email's text as
 * topics and chronology) and gives the mutation that registers from the email; otherwise null.
 */
export function useInboundEmailPrefill(opts: {
  setV: Dispatch<SetStateAction<Record<string, string>>>;
  setService?: (s: TServiceKey) => void;
}) {
  const id = useEmailId();
  const email = useServiceRequestEmail(id);
  const register = useRegisterFromEmail(id);
  const filled = useRef<string | null>(null);
  const { setV } = opts;
  useEffect(() => {
    const e = email.data;
    if (!e || filled.current === e.id || e.status !== 'new') return;
    filled.current = e.id;
    const text = [e.subject, e.body].filter(Boolean).join('\n\n');
    setV((p) => ({
      ...p,
      channel: 'email',
      receivedAt: isoToLocalInput(e.receivedAt, e.agencyTimeZone),
      applicantEmail: e.fromAddress,
      applicantName: e.fromName ?? p.applicantName ?? '',
      topics: text,
      chronology: text,
    }));
  }, [email.data, setV]);
  return {
    email: id ? (email.data ?? null) : null,
    register: id && email.data?.status === 'new' ? register : null,
  };
}

/**
 * "Email masuk" on the new-request page: the emails waiting in the service-request mailboxes, or,
 * with `?email=<id>`, that email (sender, text, attachments) above the prefilled form, with the
 * way to dismiss it.
 */
export function InboundEmailsCard() {
  const id = useEmailId();
  return id ? <SelectedEmail id={id} /> : <WaitingEmails />;
}

function WaitingEmails() {
  const { t } = useTranslation();
  const lang = currentLang();
  const me = useSession();
  const settings = useServiceRequestSettings();
  const emails = useWaitingEmails(true);
  const mailboxes = settings.data?.mailboxes ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="inbound-emails-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="inbound-emails-title">
          {t('serviceRequests.emails.title')}
          {emails.data?.total ? ` (${emails.data.total})` : ''}
        </Title>
        <Text size="sm" c="dimmed">
          {mailboxes.length
            ? t('serviceRequests.emails.lead', { mailboxes: mailboxes.join(', ') })
            : t('serviceRequests.emails.noMailbox')}
        </Text>
        {emails.isPending ? (
          <Loading />
        ) : emails.isError ? (
          <QueryError error={emails.error} onRetry={() => void emails.refetch()} />
        ) : emails.data.items.length === 0 ? (
          <Text>{t('serviceRequests.emails.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('serviceRequests.emails.received')}</Table.Th>
                  <Table.Th>{t('serviceRequests.emails.from')}</Table.Th>
                  <Table.Th>{t('serviceRequests.emails.subject')}</Table.Th>
                  <Table.Th>{t('serviceRequests.emails.attachments')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {emails.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateTime(e.receivedAt, me.agency.timeZone, lang)}</Table.Td>
                    <Table.Td>
                      {e.fromName ? (
                        <>
                          {e.fromName}
                          <Text size="xs" c="dimmed">
                            {e.fromAddress}
                          </Text>
                        </>
                      ) : (
                        e.fromAddress
                      )}
                    </Table.Td>
                    <Table.Td>{e.subject || t('serviceRequests.emails.noSubject')}</Table.Td>
                    <Table.Td>{e.attachmentCount}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        component={Link}
                        to={pagePath(OFFICE_PAGES.newServiceRequest, {}, { email: e.id })}
                        aria-label={`${t('serviceRequests.emails.open')}: ${e.subject}`}
                      >
                        {t('serviceRequests.emails.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function SelectedEmail({ id }: { id: string }) {
  const { t } = useTranslation();
  const email = useServiceRequestEmail(id);
  return (
    <Card withBorder component="section" aria-labelledby="inbound-email-title">
      {email.isPending ? (
        <Loading />
      ) : email.isError ? (
        <QueryError error={email.error} onRetry={() => void email.refetch()} />
      ) : (
        <EmailDetail email={email.data} />
      )}
      <Anchor component={Link} to={OFFICE_PAGES.newServiceRequest} mt="sm" display="block">
        {t('serviceRequests.emails.back')}
      </Anchor>
    </Card>
  );
}

function EmailDetail({ email: e }: { email: TServiceRequestEmail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [dismissing, setDismissing] = useState(false);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="inbound-email-title">
        {t('serviceRequests.emails.registering')}
      </Title>
      {e.status === 'new' ? (
        <Text size="sm">{t('serviceRequests.emails.registeringLead')}</Text>
      ) : (
        <Alert color="yellow">
          {e.request ? (
            <Anchor component={Link} to={pagePath(OFFICE_PAGES.serviceRequest, { id: e.request.id })}>
              {t('serviceRequests.emails.registeredAs', { number: e.request.number })}
            </Anchor>
          ) : (
            `${t('serviceRequests.emails.handled')} ${e.dismissReason ?? ''}`
          )}
        </Alert>
      )}
      <Stack component="dl" gap={4} m={0}>
        <Fact label={t('serviceRequests.emails.from')}>
          {e.fromName ? `${e.fromName} <${e.fromAddress}>` : e.fromAddress}
        </Fact>
        <Fact label={t('serviceRequests.emails.received')}>
          {formatDateTime(e.receivedAt, e.agencyTimeZone, lang)}
        </Fact>
        <Fact label={t('serviceRequests.emails.subject')}>
          {e.subject || t('serviceRequests.emails.noSubject')}
        </Fact>
        {e.attachments.length ? (
          <Fact label={t('serviceRequests.emails.attachments')}>
            {e.attachments.map((f, i) => (
              <span key={f.id}>
                {i > 0 ? ', ' : ''}
                <Anchor href={emailFileUrl(e.id, f.id)} target="_blank" rel="noreferrer">
                  {f.filename}
                </Anchor>
              </span>
            ))}
          </Fact>
        ) : null}
      </Stack>
      {e.refusedAttachments.length ? (
        <Text size="sm" c="orange.9">
          {t('serviceRequests.emails.refused', { names: e.refusedAttachments.join(', ') })}
        </Text>
      ) : null}
      <Text size="sm" fw={600}>
        {t('serviceRequests.emails.body')}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflowY: 'auto' }}
        bg="gray.0"
        p="xs"
        tabIndex={0}
      >
        {e.body}
      </Text>
      {e.status === 'new' ? (
        <Group>
          <Button variant="default" color="red" onClick={() => setDismissing(true)}>
            {t('serviceRequests.emails.dismiss')}
          </Button>
        </Group>
      ) : null}
      <DismissModal id={e.id} opened={dismissing} onClose={() => setDismissing(false)} />
    </Stack>
  );
}

function DismissModal({ id, opened, onClose }: { id: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dismiss = useDismissEmail(id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [, setParams] = useSearchParams();
  const label = t('serviceRequests.emails.dismissReason');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('serviceRequests.emails.dismissTitle')}>
      <form
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          dismiss.mutate(reason, {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('serviceRequests.emails.dismissed') });
              onClose();
              setParams({});
            },
            onError: (err) =>
              setError(serverFieldErrors(err, { labels: { reason: label } }).reason ?? String(err)),
          });
        }}
      >
        <Stack>
          <Textarea
            label={label}
            value={reason}
            error={error}
            onChange={(ev) => {
              setReason(ev.currentTarget.value);
              setError(undefined);
            }}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('serviceRequests.emails.cancel')}
            </Button>
            <Button type="submit" color="red" loading={dismiss.isPending}>
              {t('serviceRequests.emails.dismiss')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
