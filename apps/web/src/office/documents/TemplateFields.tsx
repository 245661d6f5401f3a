import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { TTemplateField } from '@sigap/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';

/** What the inputs hold: text for scalars, ticked values for multiple selects, rows of text for tables. */
export type RawValue = string | string[] | Array<Record<string, string>>;
export type RawValues = Record<string, RawValue>;

/** The stored data of a document as the inputs' values. */
export function toRaw(fields: TTemplateField[], data: Record<string, unknown>): RawValues {
  const raw: RawValues = {};
  for (const f of fields) {
    const v = data[f.name];
    if (f.type === 'table')
      raw[f.name] = Array.isArray(v)
        ? v.map((row) =>
            Object.fromEntries(
              Object.entries((row ?? {}) as Record<string, unknown>).map(([k, c]) => [
                k,
                c == null ? '' : String(c),
              ]),
            ),
          )
        : [];
    else if (f.type === 'select' && f.multiple) raw[f.name] = Array.isArray(v) ? v.map(String) : [];
    else if (f.type === 'list') raw[f.name] = Array.isArray(v) ? v.map(String).join('\n') : '';
    else raw[f.name] = v == null ? '' : String(v);
  }
  return raw;
}

/** The inputs' values as the data the server checks against the template: empty fields are left out. */
export function toData(fields: TTemplateField[], raw: RawValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const v = raw[f.name];
    if (f.type === 'table') {
      const rows = ((v as Array<Record<string, string>>) ?? [])
        .map((row) => Object.fromEntries(Object.entries(row).filter(([, c]) => c.trim() !== '')))
        .filter((row) => Object.keys(row).length > 0);
      if (rows.length > 0) data[f.name] = rows;
    } else if (f.type === 'select' && f.multiple) {
      if (Array.isArray(v) && v.length > 0) data[f.name] = v;
    } else if (f.type === 'list') {
      const items = String(v ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      if (items.length > 0) data[f.name] = items;
    } else if (typeof v === 'string' && v.trim() !== '') {
      data[f.name] = f.type === 'number' ? Number(v) : v;
    }
  }
  return data;
}

function TableField({
  field,
  rows,
  onChange,
  error,
}: {
  field: TTemplateField;
  rows: Array<Record<string, string>>;
  onChange: (rows: Array<Record<string, string>>) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const columns = field.columns ?? [];
  return (
    <Fieldset
      variant="unstyled"
      p={0}
      legend={
        <Text component="span" size="sm" fw={700}>
          {field.label[lang]}
          {field.required && (
            <span aria-hidden="true" style={{ color: 'var(--mantine-color-error)' }}>
              {' *'}
            </span>
          )}
        </Text>
      }
    >
      <Stack gap="xs">
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={Math.max(320, columns.length * 160)} type="native">
            <Table withTableBorder verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.name} scope="col">
                      {c.label[lang]}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                  <Table.Tr key={i}>
                    {columns.map((c) => (
                      <Table.Td key={c.name}>
                        <TextInput
                          size="xs"
                          aria-label={`${c.label[lang]}, ${t('documents.fields.row', { n: i + 1 })}`}
                          value={row[c.name] ?? ''}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            onChange(rows.map((r, j) => (j === i ? { ...r, [c.name]: value } : r)));
                          }}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('documents.fields.removeRow', { n: i + 1 })}
                        onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => onChange([...rows, {}])}
          >
            {t('documents.fields.addRow')}
          </Button>
        </Group>
        {error && (
          <div
            role="alert"
            style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}
          >
            {error}
          </div>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The inputs of a template's fields, generated from the template (DESIGN §5.4: one schema for server and form). */
export function TemplateFields({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: TTemplateField[];
  values: RawValues;
  onChange: (name: string, value: RawValue) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="sm">
      {fields.map((f) => {
        const common = {
          label: f.label[lang],
          description: f.hint?.[lang],
          required: f.required,
          error: errors[f.name],
        };
        const text = typeof values[f.name] === 'string' ? (values[f.name] as string) : '';
        switch (f.type) {
          case 'textarea':
            return (
              <Textarea
                key={f.name}
                {...common}
                autosize
                minRows={3}
                maxRows={14}
                value={text}
                onChange={(e) => onChange(f.name, e.currentTarget.value)}
              />
            );
          case 'list':
            return (
              <Textarea
                key={f.name}
                {...common}
                description={[f.hint?.[lang], t('documents.fields.listHint')].filter(Boolean).join(' ')}
                autosize
                minRows={3}
                value={text}
                onChange={(e) => onChange(f.name, e.currentTarget.value)}
              />
            );
          case 'select': {
            const data = (f.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
            if (f.multiple)
              return (
                <Checkbox.Group
                  key={f.name}
                  {...common}
                  value={Array.isArray(values[f.name]) ? (values[f.name] as string[]) : []}
                  onChange={(v) => onChange(f.name, v)}
                >
                  <Stack gap={4} mt={4}>
                    {data.map((o) => (
                      <Checkbox key={o.value} value={o.value} label={o.label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              );
            return (
              <Select
                key={f.name}
                {...common}
                data={data}
                clearable={!f.required}
                value={text || null}
                onChange={(v) => onChange(f.name, v ?? '')}
                comboboxProps={{ withinPortal: true }}
              />
            );
          }
          case 'table':
            return (
              <TableField
                key={f.name}
                field={f}
                rows={Array.isArray(values[f.name]) ? (values[f.name] as Array<Record<string, string>>) : []}
                onChange={(rows) => onChange(f.name, rows)}
                error={errors[f.name]}
              />
            );
          default: {
            const type =
              f.type === 'date'
                ? 'date'
                : f.type === 'time'
                  ? 'time'
                  : f.type === 'datetime'
                    ? 'datetime-local'
                    : f.type === 'number'
                      ? 'number'
                      : 'text';
            return (
              <TextInput
                key={f.name}
                {...common}
                type={type}
                value={text}
                onChange={(e) => onChange(f.name, e.currentTarget.value)}
              />
            );
          }
        }
      })}
    </Stack>
  );
}
