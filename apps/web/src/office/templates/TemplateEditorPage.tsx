import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TDocumentTemplate } from '@sigap/contracts';
import { IconArrowBackUp, IconArrowLeft, IconEye, IconFileTypeDocx, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { FormError, QueryError } from '../../components/QueryError';
import { currentLang, type UiLang } from '../../i18n';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/usePageTitle';
import { previewTemplatePdf, templateDocxUrl, usePublishTemplate, useTemplate, useTemplateList } from './api';
import { checkData, checkTemplate, type Problem, parseJson } from './check';

const MONO = { input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12.5 } };

function FieldSummary({ template }: { template: TDocumentTemplate }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={480}
      role="region"
      tabIndex={0}
      aria-labelledby="fields-caption"
    >
      <Table verticalSpacing={4} fz="sm" striped>
        <Table.Caption id="fields-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
          {t('office.templates.fieldCount', { count: template.fields.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('office.templates.fieldLabel')}</Table.Th>
            <Table.Th scope="col">{t('office.templates.fieldName')}</Table.Th>
            <Table.Th scope="col">{t('office.templates.fieldType')}</Table.Th>
            <Table.Th scope="col">{t('office.templates.required')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {template.fields.map((f) => (
            <Table.Tr key={f.name}>
              <Table.Td>{f.label[lang]}</Table.Td>
              <Table.Td ff="monospace">{f.name}</Table.Td>
              <Table.Td>{t(`office.templates.type.${f.type}`)}</Table.Td>
              <Table.Td>{f.required ? t('office.templates.yes') : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Problems({ title, problems }: { title: string; problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <List size="sm" spacing={2}>
        {problems.slice(0, 30).map((p) => (
          <List.Item key={`${p.path}-${p.message}`}>{p.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * The administrator's template editor: the body and sample data as JSON, checked as they type
 * with the server's own rules, a PDF preview beside them, and publishing as the agency's next
 * version (documents already drafted keep theirs).
 */
export function TemplateEditorPage() {
  const { t } = useTranslation();
  const uiLang = currentLang();
  const code = useParams().code ?? '';
  const [version, setVersion] = useState<number | null>(null);
  const list = useTemplateList();
  const detail = useTemplate(code, version);
  const publish = usePublishTemplate();
  const [templateText, setTemplateText] = useState('');
  const [dataText, setDataText] = useState('');
  const [docLang, setDocLang] = useState<UiLang>(uiLang);
  const [partial, setPartial] = useState(false);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const loadedId = useRef<string | null>(null);
  const summary = list.data?.templates.find((x) => x.code === code);
  usePageTitle(detail.data ? detail.data.template.title[uiLang] : t('office.templates.title'));

  const templateJson = useMemo(() => parseJson(templateText), [templateText]);
  const dataJson = useMemo(() => parseJson(dataText), [dataText]);
  const checked = useMemo(
    () => (templateJson.error ? null : checkTemplate(templateJson.value, uiLang)),
    [templateJson, uiLang],
  );
  const templateProblems: Problem[] = templateJson.error
    ? [{ path: '', message: t('office.templates.jsonError', { detail: templateJson.error }) }]
    : (checked?.problems ?? []);
  const dataProblems: Problem[] = dataJson.error
    ? [{ path: 'data', message: t('office.templates.jsonError', { detail: dataJson.error }) }]
    : checked?.template
      ? checkData(dataJson.value, checked.template, uiLang, partial)
      : [];

  const showPdf = (blob: Blob) =>
    setPdfUrl((old) => {
      if (old) URL.revokeObjectURL(old);
      return URL.createObjectURL(blob);
    });

  const runPreview = async (body: Parameters<typeof previewTemplatePdf>[1]) => {
    setPreviewing(true);
    setFormError(null);
    setServerProblems([]);
    try {
      showPdf(await previewTemplatePdf(code, body));
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
      if (e instanceof ApiError)
        setServerProblems(e.fields.map((f) => ({ path: f.field, message: f.message })));
    } finally {
      setPreviewing(false);
    }
  };

  // a version opened: its body and sample data into the editors, and its preview
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly opened version reloads the editors
  useEffect(() => {
    const d = detail.data;
    if (!d || loadedId.current === d.id) return;
    loadedId.current = d.id;
    const { sample, ...body } = d.template;
    setTemplateText(JSON.stringify(body, null, 2));
    setDataText(JSON.stringify(sample ?? {}, null, 2));
    void runPreview({ version: d.version, lang: docLang });
  }, [detail.data]);

  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  const bodyToSend = () => ({ ...(templateJson.value as object), sample: dataJson.value });

  const preview = () => {
    if (templateJson.error || dataJson.error) return;
    void runPreview({ template: bodyToSend(), data: dataJson.value, lang: docLang, partial });
  };

  const doPublish = async () => {
    setFormError(null);
    setServerProblems([]);
    if (templateProblems.length > 0 || dataProblems.length > 0) {
      setFormError(t('office.templates.fixFirst', { count: templateProblems.length + dataProblems.length }));
      return;
    }
    try {
      const res = await publish.mutateAsync({ code, template: bodyToSend() });
      notifications.show({
        color: 'green',
        message: t('office.templates.published', { version: res.version }),
      });
      loadedId.current = null;
      setVersion(res.version);
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
      if (e instanceof ApiError)
        setServerProblems(e.fields.map((f) => ({ path: f.field, message: f.message })));
    }
  };

  const reset = () => {
    loadedId.current = null;
    void detail.refetch().then(({ data: d }) => {
      if (!d) return;
      const { sample, ...body } = d.template;
      loadedId.current = d.id;
      setTemplateText(JSON.stringify(body, null, 2));
      setDataText(JSON.stringify(sample ?? {}, null, 2));
    });
  };

  const d = detail.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/office/templat" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {t('office.templates.back')}
      </Anchor>
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : d ? (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap={4}>
              <Text size="sm" fw={600} c="blue.9" ff="monospace">
                {d.code}
              </Text>
              <Title order={1} size="h2">
                {d.template.title[uiLang]}
              </Title>
              <Group gap={6}>
                <Badge variant="light">{t(`office.templates.kind.${d.template.kind}`)}</Badge>
                <Badge variant={d.own ? 'filled' : 'light'} color={d.own ? 'blue' : 'gray'}>
                  {t('office.templates.versionN', { n: d.version })} ·{' '}
                  {d.own ? t('office.templates.own') : t('office.templates.shipped')}
                </Badge>
              </Group>
            </Stack>
            <Select
              label={t('office.templates.openVersion')}
              data={(summary?.versions ?? []).map((v) => ({
                value: String(v.version),
                label: `${t('office.templates.versionN', { n: v.version })} · ${v.own ? t('office.templates.own') : t('office.templates.shipped')}`,
              }))}
              value={String(d.version)}
              allowDeselect={false}
              onChange={(v) => v && setVersion(Number(v))}
              w={240}
            />
          </Group>
          <FormError message={formError} />
          <Problems title={t('office.templates.serverProblems')} problems={serverProblems} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="editor-heading">
              <Stack gap="sm">
                <Title order={2} size="h4" id="editor-heading">
                  {t('office.templates.editorHeading')}
                </Title>
                <Text size="sm">{t('office.templates.editorHint')}</Text>
                <Tabs defaultValue="template" keepMounted={false}>
                  <Tabs.List>
                    <Tabs.Tab value="template">{t('office.templates.templateTab')}</Tabs.Tab>
                    <Tabs.Tab value="data">{t('office.templates.dataTab')}</Tabs.Tab>
                    <Tabs.Tab value="fields">{t('office.templates.fieldsTab')}</Tabs.Tab>
                  </Tabs.List>
                  <Tabs.Panel value="template" pt="sm">
                    <Textarea
                      label={t('office.templates.templateJson')}
                      autosize
                      minRows={12}
                      maxRows={26}
                      spellCheck={false}
                      value={templateText}
                      onChange={(e) => setTemplateText(e.currentTarget.value)}
                      styles={MONO}
                    />
                  </Tabs.Panel>
                  <Tabs.Panel value="data" pt="sm">
                    <Textarea
                      label={t('office.templates.dataJson')}
                      description={t('office.templates.dataHint')}
                      autosize
                      minRows={12}
                      maxRows={26}
                      spellCheck={false}
                      value={dataText}
                      onChange={(e) => setDataText(e.currentTarget.value)}
                      styles={MONO}
                    />
                  </Tabs.Panel>
                  <Tabs.Panel value="fields" pt="sm">
                    {checked?.template ? (
                      <FieldSummary template={checked.template} />
                    ) : (
                      <Text size="sm">{t('office.templates.fixToSeeFields')}</Text>
                    )}
                  </Tabs.Panel>
                </Tabs>
                {templateProblems.length === 0 && dataProblems.length === 0 ? (
                  <Alert color="green" variant="light">
                    {t('office.templates.noProblems')}
                  </Alert>
                ) : (
                  <>
                    <Problems title={t('office.templates.templateProblems')} problems={templateProblems} />
                    <Problems title={t('office.templates.dataProblems')} problems={dataProblems} />
                  </>
                )}
                <Checkbox
                  label={t('office.templates.partial')}
                  checked={partial}
                  onChange={(e) => setPartial(e.currentTarget.checked)}
                />
                <Box py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                  <Group gap="sm">
                    <Button
                      variant="default"
                      leftSection={<IconEye size={18} aria-hidden="true" />}
                      onClick={preview}
                      loading={previewing}
                      disabled={!!templateJson.error || !!dataJson.error}
                    >
                      {t('office.templates.preview')}
                    </Button>
                    <Button
                      leftSection={<IconSend size={18} aria-hidden="true" />}
                      onClick={() => void doPublish()}
                      loading={publish.isPending}
                    >
                      {t('office.templates.publish')}
                    </Button>
                    <Button
                      variant="subtle"
                      leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
                      onClick={reset}
                    >
                      {t('office.templates.reset')}
                    </Button>
                  </Group>
                </Box>
              </Stack>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="preview-heading">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end">
                  <Title order={2} size="h4" id="preview-heading">
                    {t('office.templates.previewHeading')}
                  </Title>
                  <Group gap="sm" align="flex-end">
                    <SegmentedControl
                      aria-label={t('office.templates.docLang')}
                      size="xs"
                      data={[
                        { value: 'id', label: 'Bahasa Indonesia' },
                        { value: 'en', label: 'English' },
                      ]}
                      value={docLang}
                      onChange={(v) => {
                        setDocLang(v as UiLang);
                        if (!templateJson.error && !dataJson.error)
                          void runPreview({
                            template: bodyToSend(),
                            data: dataJson.value,
                            lang: v as UiLang,
                            partial,
                          });
                      }}
                    />
                    <Button
                      component="a"
                      href={templateDocxUrl(code, d.version, docLang)}
                      size="xs"
                      variant="default"
                      leftSection={<IconFileTypeDocx size={16} aria-hidden="true" />}
                    >
                      {t('office.templates.downloadDocx')}
                    </Button>
                  </Group>
                </Group>
                {pdfUrl && (
                  <Anchor href={pdfUrl} target="_blank" rel="noopener" size="sm">
                    {t('office.templates.openPdf')}
                  </Anchor>
                )}
                {pdfUrl ? (
                  <iframe
                    title={t('office.templates.previewFrame', { title: d.template.title[uiLang] })}
                    src={pdfUrl}
                    style={{
                      width: '100%',
                      height: '78vh',
                      minHeight: 420,
                      border: '1px solid var(--mantine-color-gray-4)',
                    }}
                  />
                ) : (
                  <Loading />
                )}
              </Stack>
            </Paper>
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
