import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): browser downloads do not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` where a Chromium exists; elsewhere the suite is skipped — loudly, on stderr and as
 * jest's skipped tests in the closing line — never passed.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (chromiumAvailable) {
    describe(name, suite);
    return;
  }
  process.stderr.write(
    `\n${'!'.repeat(78)}\n!! SKIPPED: ${name}\n!! No Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).\n!! The browser tests did NOT run.\n${'!'.repeat(78)}\n\n`,
  );
  describe.skip(name, suite);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

export interface WebContext {
  context: BrowserContext;
  page: Page;
  /** Every request the pages sent to a host other than the directory's (blocked, and listed). */
  outside: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh browser context (its own storage) whose requests may only go to `origin`. */
export async function openContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<WebContext> {
  const context = await browser.newContext({ locale: 'fr-BE', ...options });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  return { context, page, outside, errors };
}

/** axe-core's serious and critical violations of WCAG 2.1 A/AA on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

const SCREENSHOTS = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** With WEB_SCREENSHOTS=1, keeps a full-page PNG under docs/screenshots/ for the README. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.WEB_SCREENSHOTS) {
    return;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
