import { authorityOf } from '../../records/agrements';
import { parseBelgianPhones, parseLanguages } from '../../records/field-parsers';
import type { AgrementRecord } from '../../records/registry-records';
import { ISO_639_1 } from '../../validation/iso-639-1';
import { normaliseBelgianPhone, phoneProblems } from '../../validation/phone';
import { isoDateOf, languagesOf } from '../interchange.fields';
import type { RecordProblems } from '../interchange.fields';
import { blank } from '../interchange.records';
import { isoDateText } from './bruxelles-social.mapping';

/** Readers of Bruxelles Social's looser fields (strings or objects with FR/NL labels). */

export type Loose = string | number | Record<string, unknown>;

const LABEL_KEYS = ['labelFr', 'nameFr', 'labelNl', 'nameNl', 'label', 'name', 'code', 'id'];

/** The labels of a value: itself if a string or number, else its label-like string fields. */
export function labelsOf(value: Loose | null | undefined): string[] {
  if (value === null || value === undefined) {
    return [];
  }
  if (typeof value !== 'object') {
    return blank(String(value)) ? [String(value).trim()] : [];
  }
  return LABEL_KEYS.flatMap((key) => {
    const field = value[key];
    return typeof field === 'string' || typeof field === 'number' ? labelsOf(field) : [];
  });
}

const textOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? blank(String(value)) : null;

/** telFr and telNl: each a number in any spelling, or free text holding numbers. */
export function phonesOf(
  fields: ReadonlyArray<[string, string | null | undefined]>,
  check: RecordProblems,
): string[] {
  const phones: string[] = [];
  for (const [field, value] of fields) {
    const text = blank(value);
    if (text === null) {
      continue;
    }
    const single = normaliseBelgianPhone(text);
    const found = single ? [single] : parseBelgianPhones(text);
    if (found.length === 0) {
      check.addAll(phoneProblems(text, field));
    }
    phones.push(...found.filter((phone) => !phones.includes(phone)));
  }
  return phones;
}

/** A site without scheme ('www.example.be') gets https://. */
export function withScheme(url: string | null | undefined): string | null {
  const text = blank(url);
  if (text === null || /^[a-z][a-z0-9+.-]*:/i.test(text)) {
    return text;
  }
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) ? `https://${text}` : text;
}

/**
 * languageoffer (codes, names in FR/NL/EN, objects with labels; or one string "FR, NL") → ISO
 * 639-1 codes; a language we cannot read is a warning.
 */
export function languageOfferOf(
  offer: Loose | Loose[] | null | undefined,
  check: RecordProblems,
  warn: RecordProblems,
): string[] {
  const items = Array.isArray(offer)
    ? offer
    : typeof offer === 'string'
      ? offer.split(/[,;/|]/)
      : offer
        ? [offer]
        : [];
  const codes: string[] = [];
  items.forEach((item, index) => {
    const labels = labelsOf(item);
    const code =
      labels.map((label) => label.toLowerCase()).find((label) => ISO_639_1.has(label)) ??
      labels.flatMap((label) => parseLanguages(label))[0];
    if (code) {
      codes.push(code);
    } else if (labels.length > 0) {
      warn.add(`languageoffer[${index}]`, `'${labels[0]}' is not a language we know: left out`);
    }
  });
  return languagesOf(codes, (index) => `languageoffer[${index}]`, check);
}

/** agreements (text, or objects with a label, number and dates) → agréments. */
export function agreementsOf(
  agreements: readonly Loose[],
  check: RecordProblems,
): AgrementRecord[] {
  return agreements.flatMap((agreement, index): AgrementRecord[] => {
    const field = `agreements[${index}]`;
    const kind = labelsOf(agreement).find((label) => !/^\d+$/.test(label));
    if (!kind) {
      check.add(field, 'an agreement needs a text that says what is recognised, by whom');
      return [];
    }
    const object = typeof agreement === 'object' ? agreement : {};
    const authorityText = [kind, textOf(object.authority), textOf(object.authorityFr)].join(' ');
    const dateOf = (key: string) => {
      const text = textOf(object[key]);
      return isoDateOf(text ? isoDateText(text) : null, `${field}.${key}`, check);
    };
    return [
      {
        authority: authorityOf(authorityText),
        kind,
        number: textOf(object.number),
        validFrom: dateOf('validFrom'),
        validTo: dateOf('validTo'),
      },
    ];
  });
}

export type Coordinate = number | string | null | undefined;

const BBOX = { west: 4.24, east: 4.49, south: 50.76, north: 50.92 };
const inBrussels = (lat: number, lon: number) =>
  lat >= BBOX.south && lat <= BBOX.north && lon >= BBOX.west && lon <= BBOX.east;

const numberOf = (value: Coordinate) => {
  if (typeof value === 'number') {
    return value;
  }
  const text = blank(value);
  return text !== null && /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : null;
};

/** lat/lon kept only if both are numbers inside the Brussels bounding box; else a warning. */
export function positionOf(lat: Coordinate, lon: Coordinate, warn: RecordProblems) {
  const none = { latitude: null, longitude: null };
  if (blank(String(lat ?? '')) === null && blank(String(lon ?? '')) === null) {
    return none;
  }
  const latitude = numberOf(lat);
  const longitude = numberOf(lon);
  if (latitude === null || longitude === null) {
    const given = `lat '${lat ?? ''}' and lon '${lon ?? ''}'`;
    warn.add('address.lat', `${given} are not both numbers: position left out`);
    return none;
  }
  if (!inBrussels(latitude, longitude)) {
    const swapped = inBrussels(longitude, latitude) ? ' (lat and lon look swapped)' : '';
    warn.add(
      'address.lat',
      `${latitude}, ${longitude} is outside Brussels (${BBOX.west}–${BBOX.east} E, ${BBOX.south}–${BBOX.north} N)${swapped}: left out`,
    );
    return none;
  }
  return { latitude, longitude };
}
