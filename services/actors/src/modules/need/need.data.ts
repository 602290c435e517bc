import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { Taxonomy } from '../actor.enums';
import type { Need } from './need.entity';

/** The committed needs vocabulary (see services/actors/data/README.md). */
export const NEEDS_FILE = join(__dirname, '..', '..', '..', 'data', 'needs.json');

/** Lower-case words joined by "-", at most 40 characters (as taxonomy codes). */
export const NEED_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const word = z.string().trim().min(1).max(80);
const linkSchema = z
  .object({
    taxonomy: z.enum([Taxonomy.SERVICE_TYPE, Taxonomy.TARGET_PUBLIC]),
    code: z.string().min(1),
    partial: z.boolean(),
    note: z.string().trim().min(1).nullish(),
  })
  .refine((link) => !link.partial || Boolean(link.note), 'a partial link says why in a note');
const needSchema = z.object({
  code: z.string().max(40).regex(NEED_CODE),
  labelFr: word,
  labelNl: word,
  wordsFr: z.array(word),
  wordsNl: z.array(word),
  links: z.array(linkSchema).min(1),
  sources: z.array(z.string().trim().min(1)),
});
const fileSchema = z.object({ version: z.number().int(), needs: z.array(needSchema).min(1) });

export type NeedData = Pick<
  Need,
  'code' | 'labelFr' | 'labelNl' | 'wordsFr' | 'wordsNl' | 'links' | 'sources'
>;

/** The needs of the data file, validated (unique codes; partial links have a note). */
export function loadNeedsFile(path = NEEDS_FILE): NeedData[] {
  const { needs } = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const seen = new Set<string>();
  for (const need of needs) {
    if (seen.has(need.code)) {
      throw new Error(`${path}: need "${need.code}" twice`);
    }
    seen.add(need.code);
  }
  return needs.map((need) => ({
    ...need,
    links: need.links.map((link) => ({ ...link, note: link.note ?? null })),
  }));
}
