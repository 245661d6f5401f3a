import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../lib/api';
import { en } from './en';
import { id } from './id';

export type UiLang = 'id' | 'en';
export const UI_LANGS: readonly UiLang[] = ['id', 'en'];
const STORAGE_KEY = 'sigap.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

/** The language this browser's user picked with the switch, if any. */
export function storedLanguage(): UiLang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'id' ? value : null;
  } catch {
    return null;
  }
}

/** Switches the UI language and remembers the choice in this browser. */
export async function chooseLanguage(lang: UiLang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(lang);
}

/** The UI language as one of the two the app ships. */
export function currentLang(): UiLang {
  return i18n.language === 'en' ? 'en' : 'id';
}

function apply(lang: UiLang): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang, i18n.t('common.networkError'));
}

i18n.on('languageChanged', (lng) => apply(lng === 'en' ? 'en' : 'id'));

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage() ?? 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
apply(currentLang());

export { i18n };
