// The frame of every page: skip link, header with the FR/NL switch, the routed page, the footer.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { setLanguage, UI_LANGUAGES } from './i18n';
import type { UiLanguage } from './i18n';
import { ReferralNote } from './pages/referral-note';
import { SearchPage } from './pages/search-page';
import { ServicePage } from './pages/service-page';
import { TerritoryPage } from './pages/territory-page';
import { Link, routeOf, useLocation } from './router';

// The editors' workspace is its own chunk: the public pages never load it.
const EditApp = lazy(() =>
  import('./edit/edit-app').then((module) => ({ default: module.EditApp })),
);

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="language-switch">
      {UI_LANGUAGES.map((code: UiLanguage) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={i18n.language === code}
          onClick={() => void setLanguage(code)}
        >
          {code.toUpperCase()}
          <span className="visually-hidden"> — {code === 'fr' ? 'Français' : 'Nederlands'}</span>
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const route = routeOf(location.path);
  const main = useRef<HTMLElement>(null);
  // After a navigation, focus moves to the new page (screen readers announce it; Tab starts there).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (route.page !== 'search') {
      main.current?.focus();
    }
  }, [location.path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header no-print">
        <Link href="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label={t('app.title')}>
          <ul>
            <li>
              <Link href="/" aria-current={route.page === 'search' ? 'page' : undefined}>
                {t('app.search')}
              </Link>
            </li>
            <li>
              <Link
                href="/territory/region%3Abru"
                aria-current={route.page === 'territory' ? 'page' : undefined}
              >
                {t('app.territories')}
              </Link>
            </li>
            <li>
              <a href="/graphql">{t('app.explorer')}</a>
            </li>
            <li>
              <Link href="/edit" aria-current={route.page === 'edit' ? 'page' : undefined}>
                {t('app.editors')}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.page === 'search' ? <SearchPage /> : null}
        {route.page === 'service' ? <ServicePage id={route.id} /> : null}
        {route.page === 'note' ? <ReferralNote id={route.id} /> : null}
        {route.page === 'territory' ? <TerritoryPage id={route.id} /> : null}
        {route.page === 'edit' ? (
          <Suspense fallback={<p>{t('common.loading')}</p>}>
            <EditApp path={location.path} />
          </Suspense>
        ) : null}
        {route.page === 'missing' ? <p>404</p> : null}
      </main>
      <footer className="app-footer no-print">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
