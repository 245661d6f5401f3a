import { Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { usePublicAgencies } from '../agencies';

/** The agency whose standards and channels the page shows (`?instansi=`), the first one until the reader picks. */
export function useAgencyChoice() {
  const agencies = usePublicAgencies();
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('instansi');
  const choose = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('instansi', value);
    else next.delete('instansi');
    setParams(next, { replace: true });
  };
  const first = agencies.data?.[0]?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only fills an empty choice
  useEffect(() => {
    if (!agencyId && first) choose(first);
  }, [agencyId, first]);
  return { agencies, agencyId, choose };
}

export function AgencySelect({ choice }: { choice: ReturnType<typeof useAgencyChoice> }) {
  const { t } = useTranslation();
  const { agencies, agencyId, choose } = choice;
  if (agencies.isError) return <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />;
  return (
    <Select
      label={t('serviceStandards.agency')}
      placeholder={t('serviceStandards.agencyPlaceholder')}
      data={(agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.shortName} – ${a.name}` }))}
      value={agencyId}
      onChange={choose}
      allowDeselect={false}
      disabled={agencies.isPending}
      w={{ base: '100%', sm: 420 }}
    />
  );
}
