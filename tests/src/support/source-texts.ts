import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the PSSI texts committed in `seed/sources/` (never `../shared`) and cuts them into the lists
 * the rules come from, so tests compare the API's rules with the texts themselves.
 */
export const CSSI_NOTE_FILE = '003_07aa008c49125100.txt';
export const VISION_TEXT_FILE = '000_a065aba199f08f29.txt';

export const readSourceText = (file: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'seed', 'sources', file), 'utf8');

/** An item's words as the rules keep them: bold marks, then closing spaces, `;` and `.` left out. */
export const itemWords = (text: string | undefined) =>
  defined(text, 'item')
    .replace(/\*\*/g, '')
    .trim()
    .replace(/[\s;.]+$/, '');

/** A value a pattern must have found: the test fails loudly, naming it, if not. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`${what} not found in the source text`);
  }
  return value;
}

/** Pairs of two lists that must be as long as each other. */
export function zip<A, B>(a: readonly A[], b: readonly B[]): Array<[A, B]> {
  if (a.length !== b.length) {
    throw new Error(`lists of ${a.length} and ${b.length} items`);
  }
  return a.map((item, i) => [item, b[i] as B]);
}

/** The lines of a text strictly between the line `from` and the next line `to` (both trimmed). */
export function between(text: string, from: string, to: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start + 1);
  if (start < 0 || end < 0) {
    throw new Error(`section "${from}" … "${to}" not found`);
  }
  return lines.slice(start + 1, end);
}

/** The `- ` bullets of some lines, in their order, without the bullet. */
export const bullets = (lines: string[]) =>
  lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));

/** A numbered list ("1. …", "- 6. …") right after a heading line, with its lettered sub-items. */
export function numberedList(
  text: string,
  heading: string,
): Array<{ number: number; words: string; subItems: string[] }> {
  const lines = text.split('\n').map((line) => line.trim());
  const items: Array<{ number: number; words: string; subItems: string[] }> = [];
  for (const line of lines.slice(lines.indexOf(heading) + 1)) {
    const item = /^(?:- )?(\d+)\.\s+(.*)$/.exec(line);
    const sub = /^- ([a-z]\.)\s+(.*)$/.exec(line);
    const last = items.at(-1);
    if (item) {
      items.push({ number: Number(item[1]), words: itemWords(item[2]), subItems: [] });
    } else if (sub && last) {
      last.subItems.push(`${sub[1]} ${itemWords(sub[2])}`);
    } else if (line !== '' && last) {
      break;
    }
  }
  if (items.length === 0) {
    throw new Error(`no numbered list after "${heading}"`);
  }
  return items;
}

/** A figure as the note writes it: "1.5", "1,5", "½", "Une", "180 000". */
export function figure(found: string | undefined): number {
  const words = defined(found, 'figure');
  if (words === '½') {
    return 0.5;
  }
  if (/^une?$/i.test(words)) {
    return 1;
  }
  return Number(words.replace(/\s/g, '').replace(',', '.'));
}
