import { Role } from '@bxl/common';
import { expectData } from '@bxl/common/testkit';
import { ensureWebBuild } from '@bxl/tools';
import type { Browser, Page } from 'playwright-core';

import { editFr } from '../../services/web/src/edit/texts.fr';
import { fr } from '../../services/web/src/i18n/fr';
import {
  describeInBrowser,
  launchChromium,
  openContext,
  seriousViolations,
} from './support/browser';
import type { WebContext } from './support/browser';
import { addAccount, importCsv, signInOnPage } from './support/editor-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The editors' workspace (/edit, issue 14) in a real Chromium, on the real gateway serving the
// build, over the real records (and a few synthetic ones). Records are chosen by id from the API,
// never by search ranking; every expectation about data is read back from the API.
let stack: TestStack;
let browser: Browser;
let origin: string;
const opened: WebContext[] = [];
const PASSWORD = 'a long and honest passphrase';
const EDITOR = 'editor@brusano.test';
const OTHER_EDITOR = 'second.editor@brusano.test';
const ADMIN = 'admin@brusano.test';
const TARGET = 'target@brusano.test';

describeInBrowser('the editors’ workspace in Chromium', () => {
  beforeAll(async () => {
    const webRoot = ensureWebBuild();
    stack = await startTestStack({
      syntheticServices: 20,
      searchIndexer: true,
      indexerPollMs: 500,
      webRoot,
      lockout: { after: 3, firstSeconds: 60, maxSeconds: 120 },
    });
    origin = new URL(stack.gatewayUrl).origin;
    await addAccount(stack.database.url, EDITOR, Role.EDITOR, PASSWORD);
    await addAccount(stack.database.url, OTHER_EDITOR, Role.EDITOR, PASSWORD);
    await addAccount(stack.database.url, ADMIN, Role.ADMIN, PASSWORD);
    await addAccount(stack.database.url, TARGET, Role.EDITOR, PASSWORD);
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
      // A refused sign-in (401, 429) or file (400) is an answer Chromium reports in the console,
      // not a page error; anything else is.
      expect(web.errors.filter((error) => !/status of (400|401|429)\b/.test(error))).toEqual([]);
    }
  });

  const api = <D>(query: string, variables: Record<string, unknown> = {}) =>
    expectData<D>(stack.gatewayUrl, query, variables, stack.as(Role.EDITOR));

  async function open(locale = 'fr-BE'): Promise<Page> {
    const web = await openContext(browser, origin, { locale });
    opened.push(web);
    return web.page;
  }

  async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${origin}/edit`);
    await page.getByLabel(editFr.signIn.email).fill(email);
    await page.getByLabel(editFr.signIn.password).fill(password);
    await page.getByRole('button', { name: editFr.signIn.submit }).click();
  }

  async function signedIn(email: string): Promise<Page> {
    const page = await open();
    await signInOnPage(page, origin, email, PASSWORD);
    return page;
  }

  /** The n-th real service by id (a stable choice that depends on no ranking). */
  async function realService(
    index: number,
  ): Promise<{ id: string; nameFr: string; nameNl: string }> {
    const { services } = await api<{
      services: { edges: { node: { id: string; nameFr: string; nameNl: string } }[] };
    }>(
      '{ services(filter: { synthetic: false }, first: 100) { edges { node { id nameFr nameNl } } } }',
    );
    // Named in both languages: the edits below change one and check the other stays.
    const sorted = services.edges
      .map((edge) => edge.node)
      .filter((node) => node.nameFr && node.nameNl)
      .sort((a, b) => a.id.localeCompare(b.id));
    const service = sorted[index];
    if (!service) {
      throw new Error(`no real service #${index}`);
    }
    return service;
  }

  const historyRow = (page: Page, field: string) =>
    page.locator(`table.changes tr[data-field="${field}"]`).first();

  it('signs in (after a wrong password), shows the work list, and signs out', async () => {
    const page = await open();
    await signIn(page, EDITOR, 'not the password');
    await expect(page.getByRole('alert').innerText()).resolves.toBe(editFr.signIn.wrong);
    await expect(page.getByLabel(editFr.signIn.password).inputValue()).resolves.toBe('');
    await signIn(page, EDITOR);
    await page.getByRole('heading', { name: editFr.work.heading }).waitFor();
    await expect(page.locator('.workspace-bar').innerText()).resolves.toContain(EDITOR);
    const count = Number((await page.locator('#work-count').innerText()).replace(/\D/g, ''));
    const { services } = await api<{ services: { totalCount: number } }>(
      'query($since: DateTimeISO) { services(filter: { unverifiedSince: $since }) { totalCount } }',
      { since: new Date().toISOString() },
    );
    expect(count).toBe(services.totalCount);
    expect(await seriousViolations(page)).toEqual([]);
    // The session cookie is out of the page's reach.
    await expect(page.evaluate('document.cookie')).resolves.toBe('');
    await page.getByRole('button', { name: editFr.signOut }).click();
    await page.getByRole('heading', { name: editFr.signIn.heading }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: editFr.signIn.heading }).waitFor();
  });

  it('done when: corrects a service’s Dutch name (seen in the public search), verifies it, imports a file after its dry run, and each change is in the records’ history', async () => {
    const service = await realService(0);
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    const dutchName = page.getByLabel(`${editFr.fields.name} (NL)`);
    await expect(dutchName.inputValue()).resolves.toBe(service.nameNl);
    const corrected = `${service.nameNl} Kwartelzorg`;
    await dutchName.fill(corrected);
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.getByRole('status').filter({ hasText: 'version' }).waitFor();
    await expect(historyRow(page, 'nameNl').locator('.after').innerText()).resolves.toBe(corrected);
    await expect(historyRow(page, 'nameNl').innerText()).resolves.toContain(EDITOR);
    await expect(historyRow(page, 'nameNl').locator('.before').innerText()).resolves.toBe(
      service.nameNl,
    );

    // The public search (in Dutch) finds it by the new word once the indexer has followed.
    const publicPage = await open('nl-BE');
    const deadline = Date.now() + 30_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      await publicPage.goto(`${origin}/?q=Kwartelzorg`);
      found = await publicPage
        .locator('.result', { hasText: corrected })
        .first()
        .waitFor({ timeout: 2000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(found).toBe(true);

    // Verify, after a confirmation.
    await page.getByRole('button', { name: editFr.verify.button }).click();
    await page.getByText(editFr.verify.confirm).waitFor();
    await page.getByRole('button', { name: editFr.verify.yes }).click();
    await page.locator('#verified-state', { hasText: EDITOR }).waitFor();
    await historyRow(page, 'verifiedAt').waitFor();
    const { service: verified } = await api<{ service: { verifiedBy: string; nameNl: string } }>(
      'query($id: ID!) { service(id: $id) { verifiedBy nameNl } }',
      { id: service.id },
    );
    expect(verified).toEqual({ verifiedBy: EDITOR, nameNl: corrected });

    // Import: a dry run, then the same file applied; the imported record has its history too.
    const tag = `done-${Date.now()}`;
    await page.getByRole('link', { name: editFr.nav.import }).click();
    await page.locator('#import-file').setInputFiles({
      name: 'registry.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        importCsv(tag, [
          { nameFr: 'Service importé', nameNl: 'Geïmporteerde dienst', typeCode: 'debt-mediation' },
        ]),
      ),
    });
    await page.getByRole('button', { name: editFr.import.dryRun }).click();
    await page.getByRole('heading', { name: editFr.import.dryRunDone }).waitFor();
    const serviceRecord = page.locator('.import-record', { hasText: 'Service ' }).first();
    await expect(serviceRecord.innerText()).resolves.toContain('Geïmporteerde dienst');
    const importedId = (await serviceRecord.locator('summary').innerText()).split(' ')[1] as string;
    await page.getByRole('button', { name: editFr.import.apply }).click();
    await page.getByRole('heading', { name: editFr.import.applied }).waitFor();
    await page.goto(`${origin}/edit/service/${encodeURIComponent(importedId)}`);
    await expect(historyRow(page, 'nameNl').innerText()).resolves.toContain('IMPORT');
    await expect(historyRow(page, 'nameNl').locator('.after').innerText()).resolves.toBe(
      'Geïmporteerde dienst',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a version conflict between two editors shows what changed meanwhile and re-applies the second editor’s change', async () => {
    const service = await realService(1);
    const href = `${origin}/edit/service/${encodeURIComponent(service.id)}`;
    const first = await signedIn(EDITOR);
    const second = await signedIn(OTHER_EDITOR);
    await first.goto(href);
    await second.goto(href);
    const firstName = first.getByLabel(`${editFr.fields.name} (FR)`);
    await expect(firstName.inputValue()).resolves.toBe(service.nameFr);
    await second.getByLabel(`${editFr.fields.cost} (NL)`).waitFor();

    await firstName.fill(`${service.nameFr} (corrigé)`);
    await first.getByRole('button', { name: editFr.service.save }).click();
    await first.locator('.saved').waitFor();

    await second.getByLabel(`${editFr.fields.cost} (NL)`).fill('Gratis');
    await second.getByRole('button', { name: editFr.service.save }).click();
    const conflict = second.locator('.conflict');
    await conflict.getByRole('heading', { name: editFr.conflict.heading }).waitFor();
    await expect(conflict.locator('tr[data-field="nameFr"] .theirs').innerText()).resolves.toBe(
      `${service.nameFr} (corrigé)`,
    );
    await conflict.getByRole('button', { name: /Réappliquer/ }).click();
    await second.locator('.saved').waitFor();
    const { service: now } = await api<{ service: { nameFr: string; costNl: string } }>(
      'query($id: ID!) { service(id: $id) { nameFr costNl } }',
      { id: service.id },
    );
    expect(now).toEqual({ nameFr: `${service.nameFr} (corrigé)`, costNl: 'Gratis' });
  });

  it('shows the API’s validation message next to its field', async () => {
    const service = await realService(2);
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    await page.getByLabel(`${editFr.fields.name} (FR)`).fill('');
    await page.getByLabel(`${editFr.fields.name} (NL)`).fill('');
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.getByText(editFr.service.invalid).waitFor();
    const field = page.getByLabel(`${editFr.fields.name} (FR)`);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#record-nameFr-error').innerText()).resolves.toMatch(/name/);
  });

  it('edits the service’s organisation from its form: a bad phone is named next to the field, a good one saved; a new service added to it', async () => {
    const service = await realService(5);
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    await page.locator('.record-links a[href^="/edit/organisation/"]').click();
    await page.getByRole('heading', { name: new RegExp(editFr.organisation.heading) }).waitFor();
    const phones = page.getByLabel(new RegExp(`^${editFr.fields.phones}`));
    await phones.fill('12');
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.getByText(editFr.service.invalid).waitFor();
    await expect(phones.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#record-phones-error').innerText()).resolves.not.toBe('');
    await phones.fill('02 511 22 33');
    const agrements = page.getByLabel(new RegExp(`^${editFr.fields.agrements}`));
    const before = await agrements.inputValue();
    await agrements.fill(`${before}\nCOCOF;Service de santé mentale;SSM-123;2020-01-01;;`.trim());
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.locator('.saved').waitFor();
    const organisationId = decodeURIComponent(page.url().split('/').pop() as string);
    const { organisation } = await api<{
      organisation: { phones: string[]; agrements: { authority: string; number: string | null }[] };
    }>('query($id: ID!) { organisation(id: $id) { phones agrements { authority number } } }', {
      id: organisationId,
    });
    expect(organisation.phones).toEqual(['+3225112233']);
    expect(organisation.agrements).toContainEqual({ authority: 'COCOF', number: 'SSM-123' });

    await expect(historyRow(page, 'phones').locator('.after').innerText()).resolves.toContain(
      '+3225112233',
    );
    // A new service of this organisation: refused without a type (named beside it), then created.
    await page.locator('summary', { hasText: editFr.newService.heading }).click();
    await page.locator('#new-service-nameFr').fill('Permanence sociale du mardi');
    await page.locator('#new-service-nameNl').fill('Sociale permanentie op dinsdag');
    await page.getByRole('button', { name: editFr.newService.create }).click();
    await page.locator('#new-service-typeCodes-error').waitFor();
    await page.locator('#new-service-typeCodes').selectOption('casg');
    await page.getByRole('button', { name: editFr.newService.create }).click();
    await page.waitForURL(/\/edit\/service\//);
    await expect(page.getByLabel(`${editFr.fields.name} (NL)`).inputValue()).resolves.toBe(
      'Sociale permanentie op dinsdag',
    );
    await expect(historyRow(page, 'nameNl').innerText()).resolves.toContain('CREATE');
  });

  it('picks a service area on the territory tree: the service then serves that bassin', async () => {
    const service = await realService(6);
    const { bassins } = await api<{ bassins: { id: string; nameFr: string }[] }>(
      '{ bassins { id nameFr } }',
    );
    const bassin = bassins[bassins.length - 1] as { id: string; nameFr: string };
    const serving = async () => {
      const { services } = await api<{ services: { edges: { node: { id: string } }[] } }>(
        'query($t: ID!) { services(filter: { territory: $t, mode: SERVES }, first: 500) { edges { node { id } } } }',
        { t: bassin.id },
      );
      return services.edges.map((edge) => edge.node.id);
    };
    await expect(serving()).resolves.not.toContain(service.id);
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    const picker = page.getByRole('group', { name: editFr.fields.serviceAreaIds });
    await picker.locator('summary', { hasText: bassin.nameFr }).click();
    await picker
      .getByRole('checkbox', { name: editFr.areas.wholeBassin.replace('{{name}}', bassin.nameFr) })
      .check();
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.locator('.saved').waitFor();
    await expect(serving()).resolves.toContain(service.id);
  });

  it('edits a site’s opening hours and exceptions: a wrong time is refused next to them, good ones saved', async () => {
    const { services } = await api<{
      services: { edges: { node: { id: string; sites: { id: string; hoursKnown: boolean }[] } }[] };
    }>(
      '{ services(filter: { synthetic: false, problems: [NO_HOURS] }, first: 1) { edges { node { id sites { id hoursKnown } } } } }',
    );
    const site = services.edges[0]?.node.sites[0];
    if (!site) {
      throw new Error('no real service with a site and no hours');
    }
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/site/${encodeURIComponent(site.id)}`);
    await page.getByRole('heading', { name: new RegExp(editFr.site.heading) }).waitFor();
    const monday = page.getByLabel(fr.weekday.MONDAY);
    await monday.fill('09:00-25:00');
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.getByText(editFr.service.invalid).waitFor();
    await page.locator('#record-openingHours-error').waitFor();
    await monday.fill('09:00-12:00, 13:00-17:00');
    await page.getByLabel(/^Exceptions/).fill('2026-12-24 closed');
    await page
      .getByLabel(new RegExp(`^${editFr.fields.contacts}`))
      .fill('Marie Dupont;Accueil;02 511 22 44;accueil@example.be');
    await page.getByRole('button', { name: editFr.service.save }).click();
    await page.locator('.saved').waitFor();
    const { site: saved } = await api<{
      site: {
        hoursKnown: boolean;
        openingHours: {
          weekly: { day: string; opens: string; closes: string }[];
          exceptions: { date: string; closed: boolean }[];
        };
      };
    }>(
      'query($id: ID!) { site(id: $id) { hoursKnown openingHours { weekly { day opens closes } exceptions { date closed } } } }',
      { id: site.id },
    );
    expect(saved.hoursKnown).toBe(true);
    expect(saved.openingHours.weekly).toEqual([
      { day: 'MONDAY', opens: '09:00', closes: '12:00' },
      { day: 'MONDAY', opens: '13:00', closes: '17:00' },
    ]);
    expect(saved.openingHours.exceptions).toEqual([{ date: '2026-12-24', closed: true }]);
    const { site: withContact } = await api<{
      site: { contacts: { name: string; phone: string }[] };
    }>('query($id: ID!) { site(id: $id) { contacts { name phone } } }', { id: site.id });
    expect(withContact.contacts).toEqual([{ name: 'Marie Dupont', phone: '+3225112244' }]);
    await historyRow(page, 'openingHours').waitFor();
  });

  it('verifies a stale record from the work list: it leaves the list', async () => {
    const page = await signedIn(EDITOR);
    const count = async () =>
      Number((await page.locator('#work-count').innerText()).replace(/\D/g, ''));
    const before = await count();
    const link = page.locator('.work-item a').first();
    const name = await link.innerText();
    await link.click();
    await page
      .getByRole('heading', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .waitFor();
    await expect(page.locator('#verified-state').innerText()).resolves.toBe(
      editFr.service.neverVerified,
    );
    await page.getByRole('button', { name: editFr.verify.button }).click();
    // "Cancel" changes nothing; "yes" verifies.
    await page.getByRole('button', { name: editFr.verify.no }).click();
    await page.getByRole('button', { name: editFr.verify.button }).click();
    await page.getByRole('button', { name: editFr.verify.yes }).click();
    await page.locator('#verified-state', { hasText: EDITOR }).waitFor();
    await page.getByRole('link', { name: editFr.nav.work }).click();
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as {
            document: { querySelector: (s: string) => { textContent: string } | null };
          }
        ).document
          .querySelector('#work-count')
          ?.textContent.startsWith(`${expected} `),
      before - 1,
    );
    await expect(page.locator('.work-item a', { hasText: name }).count()).resolves.toBe(0);
  });

  it('lists the records to complete by problem and type, and the records changed recently', async () => {
    const page = await signedIn(EDITOR);
    await page.getByLabel(editFr.work.list).selectOption('problems');
    await page.getByRole('heading', { name: editFr.work.headingProblems }).waitFor();
    await page.getByLabel(editFr.work.problem).selectOption('NO_HOURS');
    await page.getByLabel(editFr.work.type).selectOption('home-nursing');
    await page.getByRole('button', { name: editFr.work.apply }).click();
    await page.waitForURL((url) => url.searchParams.get('problem') === 'NO_HOURS');
    const { services } = await api<{ services: { totalCount: number } }>(
      '{ services(filter: { problems: [NO_HOURS], types: ["home-nursing"] }) { totalCount } }',
    );
    const { services: all } = await api<{ services: { totalCount: number } }>(
      '{ services(filter: { problems: [NO_HOURS] }) { totalCount } }',
    );
    expect(services.totalCount).toBeLessThan(all.totalCount);
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as {
            document: { querySelector: (s: string) => { textContent: string } | null };
          }
        ).document
          .querySelector('#work-count')
          ?.textContent.startsWith(`${expected} `),
      services.totalCount,
    );

    // A service changed now is in the recent list.
    const service = await realService(3);
    const { service: current } = await api<{ service: { version: number } }>(
      'query($id: ID!) { service(id: $id) { version } }',
      { id: service.id },
    );
    await api('mutation($input: UpdateServiceInput!) { updateService(input: $input) { id } }', {
      input: { id: service.id, version: current.version, costFr: 'Gratuit' },
    });
    await page.getByLabel(editFr.work.list).selectOption('recent');
    await page.getByRole('heading', { name: editFr.work.headingRecent }).waitFor();
    await page.locator('.work-item a', { hasText: service.nameFr }).waitFor();
  });

  it('archives a record (gone from the public lists) and restores it, each after a confirmation', async () => {
    const service = await realService(4);
    const isPublic = async () => {
      const { service: found } = await expectData<{ service: { id: string } | null }>(
        stack.gatewayUrl,
        'query($id: ID!) { service(id: $id) { id } }',
        { id: service.id },
      );
      return found !== null;
    };
    await expect(isPublic()).resolves.toBe(true);
    const page = await signedIn(EDITOR);
    await page.goto(`${origin}/edit/service/${encodeURIComponent(service.id)}`);
    await page.getByRole('button', { name: editFr.archive.button }).click();
    await page.getByText(editFr.archive.confirm).waitFor();
    await page.getByRole('button', { name: editFr.archive.yes }).click();
    await page.locator('#archived-state').waitFor();
    await expect(isPublic()).resolves.toBe(false);
    await page.getByRole('button', { name: editFr.restore.button }).click();
    await page.getByRole('button', { name: editFr.restore.yes }).click();
    await page.locator('#archived-state').waitFor({ state: 'detached' });
    await expect(isPublic()).resolves.toBe(true);
    await expect(historyRow(page, 'archivedAt').innerText()).resolves.toContain('RESTORE');
  });

  it('an import with one bad row shows the row and field and writes nothing; the good file then applies', async () => {
    const page = await signedIn(EDITOR);
    const tag = `bad-${Date.now()}`;
    const totals = () =>
      api<{ services: { totalCount: number } }>(
        '{ services(filter: { synthetic: true }) { totalCount } }',
      ).then((data) => data.services.totalCount);
    const before = await totals();
    await page.goto(`${origin}/edit/import`);
    const upload = (csv: string) =>
      page.locator('#import-file').setInputFiles({
        name: 'registry.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    await upload(
      importCsv(tag, [
        { nameFr: 'Bon service', nameNl: 'Goede dienst', typeCode: 'debt-mediation' },
        { nameFr: 'Mauvais service', nameNl: 'Slechte dienst', typeCode: 'no-such-type' },
      ]),
    );
    await page.getByRole('button', { name: editFr.import.dryRun }).click();
    const problems = page.locator('.import-problems');
    await problems.getByText(editFr.import.rejected, { exact: false }).waitFor();
    await expect(problems.locator('tbody tr').count()).resolves.toBe(1);
    await expect(problems.locator('tbody tr').innerText()).resolves.toMatch(/^3\s+svc_types\s+/);
    await expect(
      page.getByRole('button', { name: editFr.import.apply }).isDisabled(),
    ).resolves.toBe(true);
    expect(await totals()).toBe(before);

    await upload(
      importCsv(tag, [
        { nameFr: 'Bon service', nameNl: 'Goede dienst', typeCode: 'debt-mediation' },
      ]),
    );
    await page.getByRole('button', { name: editFr.import.dryRun }).click();
    await page.getByRole('heading', { name: editFr.import.dryRunDone }).waitFor();
    await expect(page.locator('[data-kind="services"]').innerText()).resolves.toContain('1 créé');
    expect(await totals()).toBe(before);
    await page.getByRole('button', { name: editFr.import.apply }).click();
    await page.getByRole('heading', { name: editFr.import.applied }).waitFor();
    expect(await totals()).toBe(before + 1);
  });

  it('slows a brute-force sign-in: after repeated failures even the right password waits', async () => {
    const page = await open();
    for (let attempt = 0; attempt < 3; attempt++) {
      await signIn(page, TARGET, `guess number ${attempt}`);
      await expect(page.getByRole('alert').innerText()).resolves.toBe(editFr.signIn.wrong);
    }
    await signIn(page, TARGET);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/Trop de tentatives/);
    await expect(page.getByRole('button', { name: editFr.signOut }).count()).resolves.toBe(0);
  });

  it('an editor is offered no admin action, and the admin page refuses them; an admin has it', async () => {
    const admin = await signedIn(ADMIN);
    await admin.getByRole('link', { name: editFr.nav.admin }).click();
    await admin.getByRole('button', { name: editFr.admin.refresh }).waitFor();

    const page = await signedIn(OTHER_EDITOR);
    await expect(page.getByRole('link', { name: editFr.nav.admin }).count()).resolves.toBe(0);
    await page.goto(`${origin}/edit/admin`);
    await page.getByText(editFr.admin.forbidden).waitFor();
    await expect(page.getByRole('button', { name: editFr.admin.refresh }).count()).resolves.toBe(0);
    // The public header still leads to the workspace, in French.
    await expect(page.getByRole('link', { name: fr.app.editors }).count()).resolves.toBe(1);
  });
});
