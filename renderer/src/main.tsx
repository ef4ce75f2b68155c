import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseBridge } from './api/choose-bridge';
import { createClient } from './api/client';
import { ClientProvider } from './api/client-context';
import { App } from './app/app';
import { LanguageProvider } from './i18n/language-provider';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ClientProvider client={createClient(chooseBridge())}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </ClientProvider>
  </StrictMode>,
);
