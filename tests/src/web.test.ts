import { expectData } from '@bxl/common/testkit';
import { ensureWebBuild } from '@bxl/tools';
import type { Browser, Page } from 'playwright-core';

import { fr } from '../../services/web/src/i18n/fr';
import { nl } from '../../services/web/src/i18n/nl';
import {
  describeInBrowser,
  keepScreenshot,
  launchChromium,
  openContext,
  seriousViolations,
} from './support/browser';
import type { WebContext } from './support/browser';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Page callbacks (page.evaluate, waitForFunction) run in the browser. The root program has no DOM
// types (they clash with Node's), so the little they use is declared here, for this file only.
interface BrowserElement {
  textContent: string | null;
  getAttribute: (name: string) => string | null;
  closest: (selector: string) => BrowserElement | null;
}
declare const document: {
  activeElement: BrowserElement | null;
  querySelector: (selector: string) => BrowserElement | null;
  querySelectorAll: (selector: string) => { length: number };
  documentElement: { scrollWidth: number };
};
declare const localStorage: { setItem: (key: string, value: string) => void };
declare function getComputedStyle(element: BrowserElement): {
  outlineStyle: string;
  outlineWidth: string;
};

// The web application in a real Chromium, on the real gateway serving its build, over the real and
// synthetic seed. Every expectation about data is read from the API, never written here.
let stack: TestStack;
let browser: Browser;
let origin: string;
const opened: WebContext[] = [];

describeInBrowser('the web application in Chromium', () => {
  beforeAll(async () => {
    const webRoot = ensureWebBuild();
    stack = await startTestStack({ syntheticServices: 400, searchIndexer: true, webRoot });
    origin = new URL(stack.gatewayUrl).origin;
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  afterEach(async () => {
    // No page ever asks another host (no CDN, no font, no tile), and none fails in the console.
    for (const web of opened.splice(0)) {
      await web.context.close();
      expect(web.outside).toEqual([]);
      expect(web.errors).toEqual([]);
    }
  });

  const api = <D>(query: string, variables: Record<string, unknown> = {}) =>
    expectData<D>(stack.gatewayUrl, query, variables);

  async function open(options: Parameters<typeof openContext>[2] = {}): Promise<Page> {
    const web = await openContext(browser, origin, options);
    opened.push(web);
    return web.page;
  }

  async function typeLabel(code: string): Promise<{ labelFr: string; labelNl: string }> {
    const { taxonomy } = await api<{
      taxonomy: { code: string; labelFr: string; labelNl: string }[];
    }>('{ taxonomy(taxonomy: SERVICE_TYPE) { code labelFr labelNl } }');
    const term = taxonomy.find((item) => item.code === code);
    if (!term) {
      throw new Error(`no service type ${code}`);
    }
    return term;
  }

  async function searchFromBox(page: Page, query: string): Promise<number> {
    const box = page.getByRole('combobox', { name: fr.search.label });
    await box.fill(query);
    const started = Date.now();
    await box.press('Enter');
    // The hits of the words typed, not the ones still on screen from before.
    await page
      .locator(`.results[data-query="${query}"][aria-busy="false"] .result`)
      .first()
      .waitFor();
    return Date.now() - started;
  }

  const resultCount = async (page: Page) =>
    Number((await page.locator('#results-heading').innerText()).replace(/\D/g, ''));

  it('done when: "planing familial schaerbeek" + Enter → family planning in Schaerbeek → a sheet → Dutch → the referral note, printable on one page', async () => {
    const planning = await typeLabel('family-planning');
    const page = await open();
    await page.goto(`${origin}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(fr.search.heading);
    const elapsed = await searchFromBox(page, 'planing familial schaerbeek');
    // The issue asks for a first result within 1 s on the embedded stack; CI shares two cores.
    process.stdout.write(`first result on screen ${elapsed} ms after Enter\n`);
    expect(elapsed).toBeLessThan(3000);
    expect(new URL(page.url()).searchParams.get('q')).toBe('planing familial schaerbeek');
    // As many family-planning services as Schaerbeek has (up to 3) come first.
    const inSchaerbeek = await api<{ searchServices: { total: number } }>(
      '{ searchServices(filters: { types: ["family-planning"], communes: ["commune:21015"] }) { total } }',
    );
    const expected = Math.min(3, inSchaerbeek.searchServices.total);
    expect(expected).toBeGreaterThan(0);
    for (const card of (await page.locator('.result').all()).slice(0, expected)) {
      await expect(card.locator('.types').innerText()).resolves.toContain(planning.labelFr);
      await expect(card.innerText()).resolves.toContain('Schaerbeek');
    }
    await keepScreenshot(page, 'search-results');

    const first = page.locator('.result h3 a').first();
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/\/service\//);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    await expect(page.locator('h1').innerText()).resolves.toContain(name.trim());
    await keepScreenshot(page, 'service-sheet');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await page.getByRole('heading', { name: nl.service.description }).waitFor();
    const { service } = await api<{ service: { nameNl: string } }>(
      'query($id: ID!) { service(id: $id) { nameNl } }',
      { id },
    );
    await expect(page.locator('h1').innerText()).resolves.toContain(service.nameNl);

    await page.getByRole('link', { name: nl.service.openReferral }).click();
    await page.waitForURL(/\/note\?lang=nl/);
    const note = page.locator('article.note');
    await expect(note.getAttribute('lang')).resolves.toBe('nl');
    await expect(note.locator('h1').innerText()).resolves.toBe(nl.note.title);
    await expect(note.innerText()).resolves.toContain(service.nameNl);
    await keepScreenshot(page, 'referral-note');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.app-header').isVisible()).resolves.toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  });

  it('a misspelled search finds the right services', async () => {
    const debt = await typeLabel('debt-mediation');
    const page = await open();
    await page.goto(`${origin}/`);
    await searchFromBox(page, 'schuldbemidelling');
    const cards = (await page.locator('.result .types').allInnerTexts()).slice(0, 5);
    expect(cards.length).toBeGreaterThan(0);
    for (const types of cards) {
      expect(types).toContain(debt.labelFr);
    }
  });

  it('filters by groupement and by language, with human labels and counts, in the URL', async () => {
    const { searchServices } = await api<{
      searchServices: { facets: { groupements: { value: string; count: number }[] } };
    }>('{ searchServices(query: "", first: 1) { facets { groupements { value count } } } }');
    const groupement = searchServices.facets.groupements[0];
    if (!groupement) {
      throw new Error('no groupement facet on the seed');
    }
    const { territory } = await api<{ territory: { nameFr: string } }>(
      'query($id: ID!) { territory(id: $id) { nameFr } }',
      { id: groupement.value },
    );
    const page = await open();
    await page.goto(`${origin}/`);
    await page.locator('.result').first().waitFor();
    const groupements = page.getByRole('group', { name: fr.search.facet_groupements });
    await groupements.getByRole('checkbox', { name: territory.nameFr }).check();
    await page.waitForURL((url) => url.searchParams.get('groupements') === groupement.value);
    await page.waitForFunction(
      (count) => document.querySelector('#results-heading')?.textContent?.startsWith(`${count} `),
      groupement.count,
    );

    // A language spoken in some of the groupement's services but not all, named as French names it.
    const inGroupement = await api<{
      searchServices: { facets: { languages: { value: string; count: number }[] } };
    }>(
      'query($g: [ID!]) { searchServices(filters: { groupements: $g }) { facets { languages { value count } } } }',
      {
        g: [groupement.value],
      },
    );
    const language = inGroupement.searchServices.facets.languages.find(
      (item) => item.count < groupement.count && item.value !== 'fr',
    );
    if (!language) {
      throw new Error('no language to filter by in that groupement');
    }
    const languageName = new Intl.DisplayNames(['fr-BE'], { type: 'language' }).of(
      language.value,
    ) as string;
    const languages = page.getByRole('group', { name: fr.search.facet_languages });
    const more = languages.getByRole('button', { name: new RegExp(fr.search.showMore) });
    if (await more.count()) {
      await more.click();
    }
    await languages.getByRole('checkbox', { name: new RegExp(`^${languageName}`) }).check();
    await page.waitForURL((url) => url.searchParams.get('languages') === language.value);
    await page.waitForFunction(
      (count) => document.querySelector('#results-heading')?.textContent?.startsWith(`${count} `),
      language.count,
    );
    for (const card of await page.locator('.result').all()) {
      await expect(card.innerText()).resolves.toContain(languageName);
    }
    // The codes never show: no facet label is a raw code or a territory id.
    const labels = await page.locator('.facet-label').allInnerTexts();
    expect(labels.filter((label) => /^[a-z-]+:|^[a-z]{2}$|^[a-z]+-[a-z-]+$/.test(label))).toEqual(
      [],
    );
    // The state is in the URL: reloading it gives the same answer.
    await page.reload();
    await page.waitForFunction(
      (count) => document.querySelector('#results-heading')?.textContent?.startsWith(`${count} `),
      language.count,
    );
    expect(await resultCount(page)).toBe(language.count);
  });

  it('labels synthetic records as examples and hides them in one click', async () => {
    const { real } = await api<{ real: { total: number } }>(
      '{ real: searchServices(query: "planning familial", filters: { synthetic: false }) { total } }',
    );
    expect(real.total).toBeGreaterThan(0);
    const page = await open();
    await page.goto(`${origin}/?q=${encodeURIComponent('planning familial')}`);
    await page.locator('.result').first().waitFor();
    expect(await page.locator('.result.synthetic .badge.example').count()).toBeGreaterThan(0);
    await page
      .getByRole('checkbox', { name: new RegExp(fr.search.hideExamples.replace(/[()]/g, '.')) })
      .check();
    await page.waitForURL((url) => url.searchParams.get('examples') === 'hide');
    await page.waitForFunction(
      (count) => document.querySelector('#results-heading')?.textContent?.startsWith(`${count} `),
      real.total,
    );
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('.result.synthetic, .badge.example').count()).toBe(0);
  });

  it("lists a territory's coarsely placed real services, saying they may lie there", async () => {
    const page = await open();
    const marolles = 'groupement:provisional-clss:marolles';
    await page.goto(`${origin}/?territory=${encodeURIComponent(marolles)}&examples=hide`);
    const card = page.locator('.result', { hasText: "Entr'aide des Marolles" }).first();
    await card.waitFor();
    await expect(card.locator('.probable').textContent()).resolves.toBe(fr.result.probable);
  });

  it('reaches a result and opens its sheet with the keyboard alone, focus always visible', async () => {
    const page = await open();
    await page.goto(`${origin}/`);
    // Once the application has rendered (before, the page is an empty body).
    await page.getByRole('combobox', { name: fr.search.label }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      fr.app.skip,
    );
    for (let i = 0; i < 12; i += 1) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')) {
        break;
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('maison medicale');
    await page.keyboard.press('Enter');
    await page.locator('.result').first().waitFor();
    let onResult = false;
    for (let i = 0; i < 80 && !onResult; i += 1) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('.result h3')));
    }
    expect(onResult).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as BrowserElement);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|\s0px$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/service\//);
    await page.locator('h1').waitFor();
  });

  it('starts in the browser language, switches FR/NL with <html lang>, and remembers the choice', async () => {
    const page = await open({ locale: 'nl-BE' });
    await page.goto(`${origin}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.locator('h1').innerText()).resolves.toBe(nl.search.heading);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h1').innerText()).resolves.toBe(fr.search.heading);
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe(fr.search.heading);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('prints the referral note in Dutch while the interface stays French', async () => {
    const page = await open();
    await page.goto(`${origin}/?q=${encodeURIComponent('service de santé mentale')}`);
    await page.locator('.result h3 a').first().click();
    await page.waitForURL(/\/service\//);
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('link', { name: fr.service.openReferral }).click();
    await page.waitForURL(/\/note\?lang=nl/);
    await expect(page.locator('article.note').getAttribute('lang')).resolves.toBe('nl');
    await expect(page.locator('article.note h1').innerText()).resolves.toBe(nl.note.title);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(
      page.getByRole('link', { name: fr.app.search, exact: true }).count(),
    ).resolves.toBe(1);
  });

  it("draws a bassin's map from its own geometry: outline, sites as points, neighbours clickable", async () => {
    const { bassins, sites } = await api<{
      bassins: { id: string; nameFr: string }[];
      sites: { edges: { node: { latitude: number | null } }[] };
    }>(
      '{ bassins { id nameFr } sites(territory: "bassin:nord", first: 500) { edges { node { latitude } } } }',
    );
    const page = await open();
    await page.goto(`${origin}/territory/${encodeURIComponent('bassin:nord')}`);
    const map = page.locator('svg.territory-map');
    await map.waitFor();
    expect((await map.locator('path.map-focus').getAttribute('d'))?.length).toBeGreaterThan(100);
    await page.waitForFunction(
      (count) => document.querySelectorAll('svg.territory-map a.map-neighbour').length === count,
      bassins.length - 1,
    );
    const located = sites.edges.filter(({ node }) => node.latitude != null).length;
    expect(located).toBeGreaterThan(0);
    expect(await map.locator('circle.map-site').count()).toBe(located);
    await keepScreenshot(page, 'territory-bassin');
    const neighbour = bassins.find((bassin) => bassin.id !== 'bassin:nord') as {
      id: string;
      nameFr: string;
    };
    await map.getByRole('link', { name: neighbour.nameFr, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => decodeURIComponent(url.pathname) === `/territory/${neighbour.id}`,
    );
    await page.locator('h1', { hasText: neighbour.nameFr }).waitFor();
  });

  it('has no serious or critical axe-core violation on any page, in French and in Dutch', async () => {
    const page = await open();
    const { searchServices } = await api<{
      searchServices: { hits: { service: { id: string } }[] };
    }>('{ searchServices(query: "planning familial", first: 1) { hits { service { id } } } }');
    const id = encodeURIComponent(searchServices.hits[0]?.service.id ?? '');
    const pages = [
      ['/', '.result'],
      ['/?q=planing+familial+schaerbeek', '.result'],
      [`/service/${id}`, '.sheet h1'],
      [`/service/${id}/note?lang=nl`, 'article.note'],
      ['/territory/region%3Abru', 'svg.territory-map'],
      ['/territory/bassin%3Asud', 'table.counts'],
      ['/territory/commune%3A21015', 'table.counts'],
      ['/territory/groupement%3Aprovisional-clss%3Acureghem', 'table.counts'],
    ];
    const violations: string[] = [];
    // Every page in French; in Dutch, the ones whose texts differ most.
    for (const [language, paths] of [
      ['fr', pages],
      ['nl', pages.slice(1, 4)],
    ] as const) {
      await page.goto(`${origin}/`);
      await page.evaluate((code) => localStorage.setItem('bxl.language', code), language);
      for (const [path, ready] of paths) {
        await page.goto(`${origin}${path}`);
        await page
          .locator(ready as string)
          .first()
          .waitFor();
        violations.push(
          ...(await seriousViolations(page)).map((text) => `${language} ${path}: ${text}`),
        );
      }
    }
    expect(violations).toEqual([]);
  }, 240_000);

  it('is usable 360 px wide: nothing wider than the screen on search, sheet, note and territory', async () => {
    // Not isMobile: a mobile viewport zooms out to fit a too-wide page, hiding the overflow.
    const page = await open({ viewport: { width: 360, height: 780 } });
    await page.goto(`${origin}/?q=${encodeURIComponent('planing familial schaerbeek')}`);
    await page.locator('.result').first().waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 360);
    await expect(fits()).resolves.toBe(true);
    await keepScreenshot(page, 'search-phone');
    await page.locator('.result h3 a').first().click();
    await page.locator('.sheet h1').waitFor();
    await expect(fits()).resolves.toBe(true);
    await keepScreenshot(page, 'service-sheet-phone');
    await page.getByRole('link', { name: fr.service.openReferral }).click();
    await page.locator('article.note').waitFor();
    await expect(fits()).resolves.toBe(true);
    await page.goto(`${origin}/territory/${encodeURIComponent('bassin:nord')}`);
    await page.locator('svg.territory-map').waitFor();
    await expect(fits()).resolves.toBe(true);
    await keepScreenshot(page, 'territory-phone');
  });

  it('shows an explorer on /graphql that works offline (GraphiQL from our own build)', async () => {
    const page = await open();
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.getByText('searchServices').first().waitFor();
    await keepScreenshot(page, 'graphql-explorer');
    // GraphQL itself still answers on the same URL.
    await expect(api<{ region: { id: string } }>('{ region { id } }')).resolves.toEqual({
      region: { id: 'region:bru' },
    });
  });

  it('shows the region with its bassins on a map', async () => {
    const page = await open();
    await page.goto(`${origin}/territory/region%3Abru`);
    await page.locator('svg.territory-map').waitFor();
    const { bassins } = await api<{ bassins: { nameFr: string }[] }>('{ bassins { nameFr } }');
    for (const bassin of bassins) {
      await page
        .locator('.parts')
        .getByRole('link', { name: bassin.nameFr, exact: true })
        .waitFor();
    }
    await keepScreenshot(page, 'territory-region');
  });
});
