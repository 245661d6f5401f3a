import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLang } from '../i18n';

/** The ID/EN switch shown on every page; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const label = (short: string, full: string, lang: string) => (
    <>
      <span aria-hidden="true">{short}</span>
      <VisuallyHidden lang={lang}>{full}</VisuallyHidden>
    </>
  );
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={currentLang()}
      onChange={(value) => void chooseLanguage(value === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: label('ID', 'Bahasa Indonesia', 'id') },
        { value: 'en', label: label('EN', 'English', 'en') },
      ]}
    />
  );
}
