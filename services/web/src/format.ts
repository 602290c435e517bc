// Language-aware formatting: names, addresses, distances, dates (Intl, in the page's language).
import type { UiLanguage } from './i18n';

/** The text in this language, else in the other one (a record may be filled in one language only). */
export function pick(
  language: UiLanguage,
  fr: string | null | undefined,
  nl: string | null | undefined,
): string {
  return (language === 'nl' ? nl || fr : fr || nl) ?? '';
}

const locale = (language: UiLanguage) => (language === 'nl' ? 'nl-BE' : 'fr-BE');

export function formatDistance(language: UiLanguage, meters: number): string {
  const format = new Intl.NumberFormat(locale(language), {
    maximumFractionDigits: meters < 1000 ? 0 : 1,
  });
  return meters < 1000 ? `${format.format(meters)} m` : `${format.format(meters / 1000)} km`;
}

export function formatDate(language: UiLanguage, iso: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(new Date(iso));
}

export function formatNumber(language: UiLanguage, value: number): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** A language code (ISO 639-1) as a word of the page's language: "ar" → "arabe" / "Arabisch". */
export function languageName(language: UiLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([locale(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface AddressParts {
  streetFr?: string | null;
  streetNl?: string | null;
  number?: string | null;
  postcode?: string | null;
  commune?: { nameFr: string; nameNl: string } | null;
}

export function formatAddress(language: UiLanguage, site: AddressParts): string {
  const street = [pick(language, site.streetFr, site.streetNl), site.number]
    .filter(Boolean)
    .join(' ');
  const place = [
    site.postcode,
    site.commune && pick(language, site.commune.nameFr, site.commune.nameNl),
  ]
    .filter(Boolean)
    .join(' ');
  return [street, place].filter(Boolean).join(', ');
}

/** Brussels' day of the week and time now, whatever the browser's time zone. */
export function brusselsNow(now = new Date()): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return { day: get('weekday').toUpperCase(), time: `${get('hour')}:${get('minute')}` };
}

/** "Now", rounded to the minute so the same search within a minute hits the client's cache. */
export function nowIso(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}
