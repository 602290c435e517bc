import type { Problem } from '@bxl/common';

import { ISO_639_1 } from './iso-639-1';

const MAX_EMAIL_LENGTH = 254;
const MAX_URL_LENGTH = 2048;

/** A domain of at least two non-empty labels: 'example.be', not 'example', 'example.' or 'a..be'. */
function isDottedDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}

/**
 * The problems of an email address, checked pragmatically (not RFC 5322): at most 254 characters,
 * no whitespace, exactly one @ with something before it, and a domain with a dot after it.
 */
export function emailProblems(value: string, field: string): Problem[] {
  const problem = (why: string): Problem[] => [
    { field, message: `'${value}' is not an email address: ${why}` },
  ];
  if (value.length > MAX_EMAIL_LENGTH) {
    return problem(`it is longer than ${MAX_EMAIL_LENGTH} characters`);
  }
  if (/\s/.test(value)) {
    return problem('it contains whitespace');
  }
  const parts = value.split('@');
  if (parts.length !== 2) {
    return problem('it must contain exactly one @');
  }
  const [local = '', domain = ''] = parts;
  if (local === '') {
    return problem('nothing comes before the @');
  }
  if (!isDottedDomain(domain)) {
    return problem('the part after the @ must be a domain such as example.be');
  }
  return [];
}

/**
 * The problems of a web address: at most 2048 characters, parseable, http or https, and a public
 * host name with a dot (not localhost).
 */
export function urlProblems(value: string, field: string): Problem[] {
  const problem = (why: string): Problem[] => [
    { field, message: `'${value}' is not a web address: ${why}` },
  ];
  if (value.length > MAX_URL_LENGTH) {
    return problem(`it is longer than ${MAX_URL_LENGTH} characters`);
  }
  if (!URL.canParse(value)) {
    return problem('it cannot be parsed (a full address looks like https://www.example.be/page)');
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return problem(`it must start with http:// or https://, not ${url.protocol}`);
  }
  const host = url.hostname;
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return problem('localhost is not reachable by the public');
  }
  if (!isDottedDomain(host.replace(/\.$/, ''))) {
    return problem('its host must be a domain name with a dot, such as www.example.be');
  }
  return [];
}

/**
 * The problems of a list of languages: each must be an ISO 639-1 code in lower case ('fr', 'nl',
 * 'en'), listed once; problems name the item, as `${field}[i]`.
 */
export function languageProblems(codes: string[], field: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  codes.forEach((code, index) => {
    const itemField = `${field}[${index}]`;
    if (!ISO_639_1.has(code)) {
      const hint = ISO_639_1.has(code.toLowerCase()) ? ` (write it '${code.toLowerCase()}')` : '';
      problems.push({
        field: itemField,
        message: `'${code}' is not an ISO 639-1 language code in lower case${hint}`,
      });
    } else if (seen.has(code)) {
      problems.push({ field: itemField, message: `'${code}' is listed more than once` });
    }
    seen.add(code);
  });
  return problems;
}
