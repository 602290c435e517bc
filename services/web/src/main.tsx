import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';

import { App } from './app';
import { client } from './graphql/client';
import { initI18n } from './i18n';

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <Provider value={client}>
          <App />
        </Provider>
      </StrictMode>,
    );
  }
});
