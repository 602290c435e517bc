// The editors' workspace under /edit, loaded only when an editor opens it (its code, texts and
// styles never weigh on the public pages): sign-in, then the work list, record editing, history,
// import and (admins) administration. It offers only what the signed-in role may do.
import './edit.css';

import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider } from 'urql';

import { Link } from '../router';
import { AdminPage } from './admin-page';
import { editClient } from './edit-client';
import { ChangeFeed } from './change-feed';
import { ImportPage } from './import-page';
import { NewOrganisationForm } from './new-organisation-form';
import { OrganisationEditor, ServiceEditor, SiteEditor } from './record-editors';
import { isAdmin, loadSession, signOut } from './session';
import type { Session } from './session';
import { SignInForm } from './sign-in-form';
import { editFr } from './texts.fr';
import { editNl } from './texts.nl';
import { WorkList } from './work-list';

i18next.addResourceBundle('fr', 'translation', { edit: editFr }, true, true);
i18next.addResourceBundle('nl', 'translation', { edit: editNl }, true, true);

export type EditRoute =
  | { view: 'work' }
  | { view: 'service'; id: string }
  | { view: 'organisation'; id: string }
  | { view: 'site'; id: string }
  | { view: 'import' }
  | { view: 'history' }
  | { view: 'admin' }
  | { view: 'missing' };

export function editRouteOf(path: string): EditRoute {
  const [, , view, id] = path.split('/');
  switch (view) {
    case undefined:
    case '':
      return { view: 'work' };
    case 'service':
    case 'organisation':
    case 'site':
      return id ? { view, id: decodeURIComponent(id) } : { view: 'missing' };
    case 'import':
    case 'history':
    case 'admin':
      return { view };
    default:
      return { view: 'missing' };
  }
}

function Workspace(props: { session: Session; path: string; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const route = editRouteOf(props.path);
  const admin = isAdmin(props.session);
  const current = (view: EditRoute['view']) => (route.view === view ? 'page' : undefined);
  return (
    <div className="workspace">
      <div className="workspace-bar">
        <p>
          {t('edit.signedInAs', {
            email: props.session.email,
            roles: props.session.roles.map((role) => t(`edit.role_${role}`)).join(', '),
          })}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void signOut().then(props.onSignedOut)}
        >
          {t('edit.signOut')}
        </button>
      </div>
      <nav aria-label={t('edit.title')} className="workspace-nav">
        <ul>
          <li>
            <Link href="/edit" aria-current={current('work')}>
              {t('edit.nav.work')}
            </Link>
          </li>
          <li>
            <Link href="/edit/import" aria-current={current('import')}>
              {t('edit.nav.import')}
            </Link>
          </li>
          <li>
            <Link href="/edit/history" aria-current={current('history')}>
              {t('edit.nav.history')}
            </Link>
          </li>
          {admin ? (
            <li>
              <Link href="/edit/admin" aria-current={current('admin')}>
                {t('edit.nav.admin')}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {route.view === 'work' ? (
        <>
          <NewOrganisationForm />
          <WorkList />
        </>
      ) : null}
      {route.view === 'service' ? <ServiceEditor key={route.id} id={route.id} /> : null}
      {route.view === 'organisation' ? <OrganisationEditor key={route.id} id={route.id} /> : null}
      {route.view === 'site' ? <SiteEditor key={route.id} id={route.id} /> : null}
      {route.view === 'import' ? <ImportPage /> : null}
      {route.view === 'history' ? <ChangeFeed /> : null}
      {route.view === 'admin' ? <AdminPage session={props.session} /> : null}
      {route.view === 'missing' ? <p>404</p> : null}
    </div>
  );
}

export function EditApp(props: { path: string }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    void loadSession().then(setSession, () => setSession(null));
  }, []);
  return (
    <Provider value={editClient}>
      <h1>{t('edit.title')}</h1>
      {session === undefined ? <p>{t('common.loading')}</p> : null}
      {session === null ? <SignInForm onSignedIn={setSession} /> : null}
      {session ? (
        <Workspace session={session} path={props.path} onSignedOut={() => setSession(null)} />
      ) : null}
    </Provider>
  );
}
