import { Role } from '@bxl/common';
import { expectData } from '@bxl/common/testkit';
import { ensureWebBuild } from '@bxl/tools';
import type { Browser, Page } from 'playwright-core';

import { editFr } from '../../services/web/src/edit/texts.fr';
import { editNl } from '../../services/web/src/edit/texts.nl';
import { fr } from '../../services/web/src/i18n/fr';
import {
  describeInBrowser,
  launchChromium,
  openContext,
  seriousViolations,
} from './support/browser';
import type { WebContext } from './support/browser';
import { addAccount, signInOnPage } from './support/editor-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The editors' workspace (issue 14) in Chromium: creating organisations and sites, a service's own
// hours and contacts at one of its sites, service areas picked on the map. Every expectation about
// data is read back from the API.
// Page callbacks run in the browser; the root program has no DOM types (they clash with Node's), so
// the little used here is declared for this file only, as in web.test.ts.
interface ShapeElement {
  scrollIntoView: (options: { block: string }) => void;
  getBoundingClientRect: () => { left: number; top: number; width: number; height: number };
}
declare const document: {
  documentElement: { scrollWidth: number };
  elementFromPoint: (x: number, y: number) => unknown;
};
declare const window: { innerWidth: number };

let stack: TestStack;
let browser: Browser;
let origin: string;
const opened: WebContext[] = [];
const PASSWORD = 'a long and honest passphrase';
const EDITOR = 'records.editor@brusano.test';

describeInBrowser('the editors’ records in Chromium', () => {
  beforeAll(async () => {
    const webRoot = ensureWebBuild();
    stack = await startTestStack({ syntheticServices: 0, webRoot });
    origin = new URL(stack.gatewayUrl).origin;
    await addAccount(stack.database.url, EDITOR, Role.EDITOR, PASSWORD);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  afterEach(async () => {
    for (const web of opened.splice(0)) {
      await web.context.close();
      expect(web.outside).toEqual([]);
      expect(web.errors.filter((error) => !/status of (400)\b/.test(error))).toEqual([]);
    }
  });

  const api = <D>(query: string, variables: Record<string, unknown> = {}) =>
    expectData<D>(stack.gatewayUrl, query, variables, stack.as(Role.EDITOR));

  async function signedIn(options: { locale?: string; width?: number } = {}): Promise<Page> {
    const web = await openContext(browser, origin, {
      locale: options.locale ?? 'fr-BE',
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    opened.push(web);
    const texts = options.locale === 'nl-BE' ? editNl : editFr;
    await signInOnPage(web.page, origin, EDITOR, PASSWORD, texts);
    return web.page;
  }

  const fits = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  /** A real click on a shape of the map: at a point where the shape itself is on top. */
  async function clickShape(page: Page, id: string): Promise<void> {
    const point = await page.locator(`path[data-id="${id}"]`).evaluate((element) => {
      const path = element as unknown as ShapeElement;
      path.scrollIntoView({ block: 'center' });
      const box = path.getBoundingClientRect();
      for (let i = 1; i < 20; i += 1) {
        for (let j = 1; j < 20; j += 1) {
          const x = box.left + (box.width * i) / 20;
          const y = box.top + (box.height * j) / 20;
          if (document.elementFromPoint(x, y) === path) {
            return { x, y };
          }
        }
      }
      return null;
    });
    if (!point) {
      throw new Error(`no visible point of ${id}`);
    }
    await page.mouse.click(point.x, point.y);
  }

  it('creates an organisation then a site for it, FR and NL side by side, the API’s messages next to their fields', async () => {
    const page = await signedIn();
    await page.locator('summary', { hasText: editFr.newOrganisation.heading }).click();
    const nameFr = page.locator('#new-organisation-nameFr');
    const nameNl = page.locator('#new-organisation-nameNl');
    // Side by side at 1280 px: the Dutch name beside the French one.
    const [fromFr, fromNl] = [await nameFr.boundingBox(), await nameNl.boundingBox()];
    expect(fromNl!.x).toBeGreaterThan(fromFr!.x + fromFr!.width);
    await page.getByRole('button', { name: editFr.newOrganisation.create }).click();
    await page.locator('#new-organisation-nameFr-error').waitFor();
    await expect(nameFr.getAttribute('aria-invalid')).resolves.toBe('true');
    await nameFr.fill('Maison d’accueil du test');
    await nameNl.fill('Onthaalhuis van de test');
    await page.getByRole('button', { name: editFr.newOrganisation.create }).click();
    await page.waitForURL(/\/edit\/organisation\//);
    const organisationId = decodeURIComponent(page.url().split('/').pop() as string);
    const { organisation } = await api<{ organisation: { nameFr: string; nameNl: string } }>(
      'query($id: ID!) { organisation(id: $id) { nameFr nameNl } }',
      { id: organisationId },
    );
    expect(organisation).toEqual({
      nameFr: 'Maison d’accueil du test',
      nameNl: 'Onthaalhuis van de test',
    });

    await page.locator('summary', { hasText: editFr.newSite.heading }).click();
    await page.locator('#new-site-streetFr').fill('Rue de la Loi');
    await page.locator('#new-site-streetNl').fill('Wetstraat');
    await page.locator('#new-site-number').fill('16');
    await page.locator('#new-site-postcode').fill('1000');
    await page.getByRole('button', { name: editFr.newSite.create }).click();
    // No point and no commune: the API names the commune.
    await page.locator('#new-site-communeNis-error').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#new-site-communeNis').selectOption('21004');
    await page.getByRole('button', { name: editFr.newSite.create }).click();
    await page.waitForURL(/\/edit\/site\//);
    await page.getByRole('heading', { name: new RegExp(editFr.site.heading) }).waitFor();
    const siteId = decodeURIComponent(page.url().split('/').pop() as string);
    const { site } = await api<{
      site: { streetNl: string; organisation: { id: string }; commune: { id: string } };
    }>('query($id: ID!) { site(id: $id) { streetNl organisation { id } commune { id } } }', {
      id: siteId,
    });
    expect(site).toEqual({
      streetNl: 'Wetstraat',
      organisation: { id: organisationId },
      commune: { id: 'commune:21004' },
    });
  });

  it('creating works at 360 px and in Dutch: the two languages stack, nothing is wider than the screen', async () => {
    const page = await signedIn({ locale: 'nl-BE', width: 360 });
    await page.locator('summary', { hasText: editNl.newOrganisation.heading }).click();
    const [fromFr, fromNl] = [
      await page.locator('#new-organisation-nameFr').boundingBox(),
      await page.locator('#new-organisation-nameNl').boundingBox(),
    ];
    expect(fromNl!.y).toBeGreaterThan(fromFr!.y);
    await expect(fits(page)).resolves.toBe(true);
    await page.getByRole('button', { name: editNl.newOrganisation.create }).waitFor();
  });

  it('gives a service its own hours and contacts at one of its sites; the service form still saves after', async () => {
    const { services } = await api<{
      services: { edges: { node: { id: string; sites: { id: string }[] } }[] };
    }>(
      '{ services(filter: { synthetic: false }, first: 100) { edges { node { id sites { id } } } } }',
    );
    const service = services.edges
      .map((edge) => edge.node)
      .filter((node) => node.sites.length > 0)
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    if (!service) {
      throw new Error('no real service with a site');
    }
    const siteId = service.sites[0]!.id;
    const page = await signedIn();
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    await page.getByRole('heading', { name: editFr.delivery.title }).waitFor();
    const delivery = page.locator('details.delivery').first();
    await delivery.locator('summary').click();
    await delivery.getByLabel(editFr.delivery.ownHours).check();
    const monday = delivery.getByLabel(fr.weekday.MONDAY);
    await monday.fill('10:00-25:00');
    await delivery.getByRole('button', { name: editFr.delivery.save }).click();
    await delivery.locator('.hours-picker .field-error').waitFor();
    await monday.fill('10:00-12:00');
    await delivery
      .getByLabel(new RegExp(`^${editFr.delivery.contacts.replace(/[()]/g, '.')}`))
      .fill('Permanence du service;Accueil;02 511 22 55;');
    await delivery.getByRole('button', { name: editFr.delivery.save }).click();
    await delivery.locator('.saved').waitFor();
    const read = () =>
      api<{
        service: {
          nameNl: string;
          deliveries: {
            site: { id: string };
            ownHours: boolean;
            ownContacts: boolean;
            openingHours: { weekly: { day: string; opens: string; closes: string }[] };
            contacts: { name: string; phone: string }[];
          }[];
        };
      }>(
        'query($id: ID!) { service(id: $id) { nameNl deliveries { site { id } ownHours ownContacts openingHours { weekly { day opens closes } } contacts { name phone } } } }',
        { id: service.id },
      );
    const { service: after } = await read();
    const here = after.deliveries.find((candidate) => candidate.site.id === siteId);
    expect(here).toEqual({
      site: { id: siteId },
      ownHours: true,
      ownContacts: true,
      openingHours: { weekly: [{ day: 'MONDAY', opens: '10:00', closes: '12:00' }] },
      contacts: [{ name: 'Permanence du service', phone: '+3225112255' }],
    });
    // The form follows the version the site form wrote: saving it is no conflict.
    await page.getByLabel(`${editFr.fields.name} (NL)`).fill(`${after.nameNl} (test)`);
    await page.getByRole('button', { name: editFr.service.save, exact: true }).click();
    await page.locator('.record-form .saved').waitFor();
    await expect(read().then((now) => now.service.nameNl)).resolves.toBe(`${after.nameNl} (test)`);
  });

  it('picks service areas on the map (a commune, a quartier): the tree follows, the service’s areas are saved', async () => {
    const { services, quartiers, communes } = await api<{
      services: { edges: { node: { id: string; serviceAreas: string[] } }[] };
      quartiers: { id: string; nameFr: string }[];
      communes: { id: string; nameFr: string }[];
    }>(
      '{ services(filter: { synthetic: false }, first: 100) { edges { node { id serviceAreas } } } quartiers { id nameFr } communes { id nameFr } }',
    );
    const service = services.edges
      .map((edge) => edge.node)
      .filter((node) => node.serviceAreas.length === 0)
      .sort((a, b) => b.id.localeCompare(a.id))[0]!;
    const commune = communes.find((candidate) => candidate.id === 'commune:21009')!;
    const quartier = [...quartiers].sort((a, b) => a.id.localeCompare(b.id))[0]!;
    const page = await signedIn({ width: 360 });
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    const picker = page.getByRole('group', { name: editFr.fields.serviceAreaIds });
    await picker.locator('summary', { hasText: editFr.areas.map }).click();
    await page.locator(`path[data-id="${commune.id}"]`).waitFor();
    await expect(fits(page)).resolves.toBe(true);
    await clickShape(page, commune.id);
    await expect(
      page.locator(`path[data-id="${commune.id}"]`).getAttribute('class'),
    ).resolves.toContain('chosen');
    // The tree (the keyboard's way) shows the same choice.
    await expect(
      picker.getByRole('checkbox', { name: commune.nameFr, exact: true }).first().isChecked(),
    ).resolves.toBe(true);
    await picker.getByLabel(editFr.areas.layer_quartiers, { exact: true }).check();
    await page.locator(`path[data-id="${quartier.id}"]`).waitFor();
    await clickShape(page, quartier.id);
    // A quartier is not in the tree: it is listed as a box of its own, which unticks it too.
    const box = picker.getByRole('checkbox', { name: quartier.nameFr, exact: true });
    await box.click();
    await box.waitFor({ state: 'detached' });
    await expect(
      page.locator(`path[data-id="${quartier.id}"]`).getAttribute('class'),
    ).resolves.not.toContain('chosen');
    await clickShape(page, quartier.id);
    await expect(box.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: editFr.service.save, exact: true }).click();
    await page.locator('.record-form .saved').waitFor();
    const { service: saved } = await api<{ service: { serviceAreas: string[] } }>(
      'query($id: ID!) { service(id: $id) { serviceAreas } }',
      { id: service.id },
    );
    expect([...saved.serviceAreas].sort()).toEqual([commune.id, quartier.id].sort());
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('zooms the picking map at phone width: a quartier grows, the page keeps its width, a click still picks it', async () => {
    const { services, quartiers } = await api<{
      services: { edges: { node: { id: string } }[] };
      quartiers: { id: string }[];
    }>(
      '{ services(filter: { synthetic: false }, first: 1) { edges { node { id } } } quartiers { id } }',
    );
    const page = await signedIn({ width: 360 });
    await page.goto(`${origin}/edit/service/${encodeURIComponent(services.edges[0]!.node.id)}`);
    const picker = page.getByRole('group', { name: editFr.fields.serviceAreaIds });
    await picker.locator('summary', { hasText: editFr.areas.map }).click();
    await picker.getByLabel(editFr.areas.layer_quartiers, { exact: true }).check();
    const quartier = [...quartiers].sort((a, b) => a.id.localeCompare(b.id))[0]!;
    const shape = page.locator(`path[data-id="${quartier.id}"]`);
    await shape.waitFor();
    // The shape's drawn width, whether or not all of it is scrolled into the frame.
    const width = () => shape.evaluate((element) => element.getBoundingClientRect().width);
    const before = await width();
    const zoomIn = picker.getByRole('button', { name: fr.map.zoomIn, exact: true });
    await zoomIn.click();
    await zoomIn.click();
    await picker.getByText(fr.map.zoom.replace('{{zoom}}', '4')).waitFor();
    expect(await width()).toBeGreaterThan(before * 3.5);
    await expect(fits(page)).resolves.toBe(true);
    await clickShape(page, quartier.id);
    await expect(shape.getAttribute('class')).resolves.toContain('chosen');
    await picker.getByRole('button', { name: fr.map.zoomOut, exact: true }).click();
    await picker.getByText(fr.map.zoom.replace('{{zoom}}', '2')).waitFor();
    expect(await width()).toBeLessThan(before * 2.5);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
