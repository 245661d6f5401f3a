import {
  Alert,
  Anchor,
  Box,
  Button,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { TDocumentAction, TDocumentDetail } from '@sigap/contracts';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconBan,
  IconDownload,
  IconEdit,
  IconExternalLink,
  IconSend,
  IconSignature,
  IconUserCheck,
  IconWritingSign,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { AppModal } from '../../components/AppModal';
import { Fact } from '../../components/Fact';
import { ListTable } from '../../components/ListParts';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { currentLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { ReasonModal } from '../cases/ReasonModal';
import { docxUrl, pdfUrl, useDocument, useDocumentAction } from './api';
import { EditDocumentModal } from './EditDocumentModal';
import { SubmitModal } from './SubmitModal';

/** The first characters of a SHA-256, enough to compare by eye; the full value is in the title. */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

type Confirmable = 'initial' | 'sign' | 'send';

function Chain({ doc }: { doc: TDocumentDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="sm" component="section" aria-labelledby="chain-heading">
      <Title order={2} id="chain-heading">
        {t('documents.page.chain')}
      </Title>
      {doc.chain.length === 0 ? (
        <Text size="sm">{t('documents.page.chainEmpty')}</Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {doc.chain.map((step, i) => (
            <Paper key={step.userId} withBorder p="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text size="sm" fw={600}>
                    {i + 1}. {step.name}{' '}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {step.kind === 'sign' ? t('documents.page.stepSign') : t('documents.page.stepInitial')}
                    </Text>
                  </Text>
                  {step.position && (
                    <Text size="xs" c="dimmed">
                      {step.position}
                    </Text>
                  )}
                </div>
                <StatusBadge set="reviewStep" status={step.state} />
              </Group>
              {step.at && (
                <Text size="xs" mt={4}>
                  {formatDateTime(step.at, doc.timeZone, lang)}
                  {step.pdfSha256 && (
                    <>
                      {' · '}
                      <Code title={step.pdfSha256}>
                        {t('documents.page.hash', { hash: shortHash(step.pdfSha256) })}
                      </Code>
                    </>
                  )}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Records({ doc }: { doc: TDocumentDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (doc.records.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="doc-history-heading">
      <Title order={2} id="doc-history-heading">
        {t('documents.page.history')}
      </Title>
      <ListTable
        labelledBy="doc-history-heading"
        minWidth={520}
        tableProps={{ highlightOnHover: false, verticalSpacing: 'xs' }}
        // the records are append-only: their place is their key
        items={doc.records.map((r, i) => ({ ...r, i }))}
        keyOf={(r) => String(r.i)}
        columns={[
          {
            key: 'time',
            header: t('office.case.historyCols.time'),
            style: { whiteSpace: 'nowrap' },
            cell: (r) => formatDateTime(r.at, doc.timeZone, lang),
          },
          { key: 'actor', header: t('office.case.historyCols.actor'), cell: (r) => r.name },
          {
            key: 'action',
            header: t('office.case.historyCols.action'),
            cell: (r) => (
              <>
                {t(`documents.page.records.${r.action}`)}
                {r.pdfSha256 && (
                  <Code ml={6} title={r.pdfSha256}>
                    {shortHash(r.pdfSha256)}
                  </Code>
                )}
              </>
            ),
          },
          {
            key: 'note',
            header: t('documents.actions.note'),
            style: { whiteSpace: 'pre-wrap' },
            cell: (r) => r.note ?? '',
          },
        ]}
      />
    </Stack>
  );
}

/** `/office/dokumen/:id`: the PDF preview, the chain, and what the current user may do now. */
export function DocumentPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { id = '' } = useParams();
  const query = useDocument(id);
  const action = useDocumentAction(id);
  const [modal, setModal] = useState<'submit' | 'edit' | 'return' | 'cancel' | Confirmable | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  usePageTitle(query.data ? query.data.title : t('documents.section.heading'));

  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const doc = query.data;
  const tz = doc.timeZone;
  const p = doc.permissions;

  const run = async (a: TDocumentAction) => {
    setDone(null);
    const result = await action.mutateAsync(a);
    setDone(t(`documents.actions.done.${a.type}`, { number: result.number ?? '' }));
  };
  const confirm = async () => {
    if (modal !== 'initial' && modal !== 'sign' && modal !== 'send') return;
    setConfirmError(null);
    try {
      await run({ type: modal });
      setModal(null);
    } catch (e) {
      setConfirmError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
    }
  };
  const open = (m: typeof modal) => {
    setConfirmError(null);
    setModal(m);
  };
  const anyAction = p.submit || p.initial || p.return || p.edit || p.sign || p.send || p.cancel;

  return (
    <Stack gap="lg">
      {doc.caseId ? (
        <Anchor component={Link} to={`/office/kasus/${doc.caseId}`} size="sm">
          <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
          {t('documents.page.back')}
        </Anchor>
      ) : (
        <Anchor component={Link} to="/office/arsip" size="sm">
          <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
          {t('documents.page.backArchive')}
        </Anchor>
      )}

      <Stack gap={6}>
        <Text size="sm" fw={600} c="blue.9">
          {doc.typeTitle[lang]}
        </Text>
        <Title order={1} size="h2">
          {doc.title}
        </Title>
        <Group gap="xs">
          <StatusBadge set="document" status={doc.status} size="lg" />
        </Group>
      </Stack>

      {done && (
        <Alert
          role="status"
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {doc.returnNote && (doc.status === 'in_review' || doc.status === 'returned') && (
        <Alert
          color="orange"
          variant="light"
          title={t('documents.page.returnNote')}
          icon={<IconArrowBackUp aria-hidden="true" />}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {doc.returnNote}
          </Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" m={0} spacing="sm">
        <Fact label={t('documents.page.number')}>
          <span data-testid="document-number">
            {doc.number ?? t('documents.page.numberPending', { placeholder: doc.numberPlaceholder })}
          </span>
        </Fact>
        <Fact label={t('documents.page.classification')}>{doc.classification}</Fact>
        <Fact label={t('documents.page.unit')}>{doc.unitName}</Fact>
        {doc.caseId && (
          <Fact label={t('documents.page.case')}>
            <Anchor component={Link} to={`/office/kasus/${doc.caseId}`} size="sm">
              {doc.caseNumber}
            </Anchor>{' '}
            {doc.caseSubject}
          </Fact>
        )}
        <Fact label={t('documents.page.drafter')}>{doc.drafter.name}</Fact>
        <Fact label={t('documents.page.next')}>{doc.nextActor?.name ?? t('documents.page.nobody')}</Fact>
        {doc.signedAt && (
          <Fact label={t('documents.page.signedAt')}>{formatDateTime(doc.signedAt, tz, lang)}</Fact>
        )}
        {doc.sentAt && <Fact label={t('documents.page.sentAt')}>{formatDateTime(doc.sentAt, tz, lang)}</Fact>}
        {doc.recipientEmail && <Fact label={t('documents.page.recipient')}>{doc.recipientEmail}</Fact>}
        <Fact label={t('documents.page.retention')}>
          {t('documents.page.retentionYears', { n: doc.retentionYears })}
        </Fact>
        {doc.pdfSha256 && (
          <Fact label={t('documents.page.sha256')}>
            <Code title={doc.pdfSha256}>{shortHash(doc.pdfSha256)}</Code>{' '}
            <Anchor component={Link} to={`/verifikasi/${doc.id}`} size="sm">
              {t('documents.page.verifyLink')}
            </Anchor>
          </Fact>
        )}
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="actions-heading">
        <Title order={2} id="actions-heading">
          {t('documents.page.actions')}
        </Title>
        {anyAction ? (
          <Group gap="sm">
            {p.edit && (
              <Button
                variant="default"
                leftSection={<IconEdit size={18} aria-hidden="true" />}
                onClick={() => open('edit')}
              >
                {t('documents.actions.edit')}
              </Button>
            )}
            {p.submit && (
              <Button leftSection={<IconSend size={18} aria-hidden="true" />} onClick={() => open('submit')}>
                {t('documents.actions.submit')}
              </Button>
            )}
            {p.initial && (
              <Button
                leftSection={<IconUserCheck size={18} aria-hidden="true" />}
                onClick={() => open('initial')}
              >
                {t('documents.actions.initial')}
              </Button>
            )}
            {p.sign && (
              <Button
                leftSection={<IconSignature size={18} aria-hidden="true" />}
                onClick={() => open('sign')}
              >
                {t('documents.actions.sign')}
              </Button>
            )}
            {p.return && (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
                onClick={() => open('return')}
              >
                {t('documents.actions.return')}
              </Button>
            )}
            {p.send && (
              <Button leftSection={<IconSend size={18} aria-hidden="true" />} onClick={() => open('send')}>
                {t('documents.actions.send')}
              </Button>
            )}
            {p.cancel && (
              <Button
                variant="default"
                color="red"
                leftSection={<IconBan size={18} aria-hidden="true" />}
                onClick={() => open('cancel')}
              >
                {t('documents.actions.cancel')}
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm">{t('documents.page.noActions')}</Text>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="preview-heading">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} id="preview-heading">
            {t('documents.page.preview')}
          </Title>
          <Group gap="xs">
            <Button
              component="a"
              href={pdfUrl(doc.id)}
              target="_blank"
              rel="noopener"
              size="xs"
              variant="default"
              leftSection={<IconExternalLink size={14} aria-hidden="true" />}
            >
              {t('documents.page.openPdf')}
            </Button>
            <Button
              component="a"
              href={pdfUrl(doc.id, true)}
              download
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden="true" />}
            >
              {t('documents.page.downloadPdf')}
            </Button>
            <Button
              component="a"
              href={docxUrl(doc.id)}
              download
              size="xs"
              variant="default"
              leftSection={<IconWritingSign size={14} aria-hidden="true" />}
            >
              {t('documents.page.downloadDocx')}
            </Button>
          </Group>
        </Group>
        {/* phones do not show a PDF inside a page: they get the buttons above */}
        <Box visibleFrom="sm">
          <iframe
            key={`${doc.revision}-${doc.records.length}`}
            src={`${pdfUrl(doc.id)}?v=${doc.revision}`}
            title={t('documents.page.previewTitle', { title: doc.title })}
            style={{
              width: '100%',
              height: '80vh',
              minHeight: 480,
              border: '1px solid var(--mantine-color-gray-4)',
            }}
          />
        </Box>
        <Text size="sm" hiddenFrom="sm">
          {t('documents.page.previewPhone')}
        </Text>
      </Stack>

      <Chain doc={doc} />
      <Records doc={doc} />

      <SubmitModal
        opened={modal === 'submit'}
        drafterUserId={doc.drafter.userId}
        onSubmit={run}
        onClose={() => setModal(null)}
      />
      <EditDocumentModal opened={modal === 'edit'} doc={doc} onClose={() => setModal(null)} />
      <ReasonModal
        opened={modal === 'return' || modal === 'cancel'}
        title={modal === 'cancel' ? t('documents.actions.cancelTitle') : t('documents.actions.returnTitle')}
        intro={modal === 'cancel' ? t('documents.actions.cancelIntro') : t('documents.actions.returnIntro')}
        label={modal === 'cancel' ? t('documents.actions.reason') : t('documents.actions.note')}
        submitLabel={modal === 'cancel' ? t('documents.actions.cancel') : t('documents.actions.return')}
        danger={modal === 'cancel'}
        onSubmit={(note) => run(modal === 'cancel' ? { type: 'cancel', note } : { type: 'return', note })}
        onClose={() => setModal(null)}
      />
      <AppModal
        opened={modal === 'initial' || modal === 'sign' || modal === 'send'}
        onClose={() => setModal(null)}
        title={
          modal === 'initial' || modal === 'sign' || modal === 'send' ? t(`documents.actions.${modal}`) : ''
        }
      >
        <Stack>
          <FormError message={confirmError} />
          <Text size="sm">
            {modal === 'initial'
              ? t('documents.actions.initialConfirm')
              : modal === 'sign'
                ? t('documents.actions.signConfirm')
                : t('documents.actions.sendConfirm', { email: doc.recipientEmail ?? '' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setModal(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={action.isPending}>
              {modal === 'initial' || modal === 'sign' || modal === 'send'
                ? t(`documents.actions.${modal}`)
                : ''}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}
