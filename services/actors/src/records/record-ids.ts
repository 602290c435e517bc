import { slugify as fullSlug } from '@bxl/common';

const MAX_SLUG = 72;

/** Lower-case ASCII words joined by '-', cut at a word boundary after MAX_SLUG characters. */
export function slugify(value: string): string {
  const full = fullSlug(value);
  if (full.length <= MAX_SLUG) {
    return full;
  }
  const cut = full.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : cut;
}

/** Hands out ids `prefix:slug`, adding -2, -3… when one is already taken. */
export class IdAllocator {
  private readonly used = new Set<string>();

  next(prefix: string, base: string): string {
    const slug = slugify(base) || 'unnamed';
    let id = `${prefix}:${slug}`;
    for (let n = 2; this.used.has(id); n++) {
      id = `${prefix}:${slug}-${n}`;
    }
    this.used.add(id);
    return id;
  }
}
