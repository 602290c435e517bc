// FR/NL with i18next: the interface language starts from the one remembered, else the browser's,
// and sets <html lang>. A referral note asks for a fixed language of its own (getFixedT).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { fr } from './fr';
import { nl } from './nl';

export type UiLanguage = 'fr' | 'nl';
export const UI_LANGUAGES: UiLanguage[] = ['fr', 'nl'];
const STORAGE_KEY = 'bxl.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'fr' || value === 'nl';
}

function storedLanguage(): UiLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The remembered choice, else the first of the browser's languages that is French or Dutch. */
export function initialLanguage(): UiLanguage {
  const stored = storedLanguage();
  if (stored) {
    return stored;
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isUiLanguage(base)) {
      return base;
    }
  }
  return 'fr';
}

export async function initI18n(): Promise<void> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'fr',
    resources: { fr: { translation: fr }, nl: { translation: nl } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

export async function setLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
}

/** The API's Language enum for an interface language. */
export const apiLanguage = (language: UiLanguage): 'FR' | 'NL' => (language === 'nl' ? 'NL' : 'FR');
