/// <reference types="office-js" />
// The task pane's entry, and the only place that waits for Office.onReady.
// Inside Excel it drives the open workbook; in a plain browser, or when Office.js
// cannot load (no network), it starts the in-browser preview instead.
import { createRoot } from 'react-dom/client';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { sampleRawWorkbook } from '../sample';
import { App } from './App';
import { OfficeHost } from './host/office-host';
import { PreviewHost } from './host/preview-host';
import { PreviewWorkbook } from './host/preview-workbook';
import { langOfDisplayLanguage } from './i18n-context';

declare global {
  interface Window {
    /** Set by taskpane.html when the Office.js script fails to load. */
    __officeJsFailed?: boolean;
  }
}

/** How long to wait for Office.onReady before deciding we are not inside Office. */
const OFFICE_WAIT_MS = 4000;

function mount(element: JSX.Element): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  container.textContent = '';
  createRoot(container).render(element);
}

function startPreview(): void {
  const params = new URLSearchParams(window.location.search);
  // Seeded with the sample by default; `?workbook=empty` starts from an empty workbook.
  const workbook = new PreviewWorkbook(params.get('workbook') === 'empty' ? {} : sampleRawWorkbook());
  const asked = params.get('lang');
  const lang: Lang = isLang(asked) ? asked : DEFAULT_LANG;
  document.documentElement.lang = lang;
  mount(<App host={new PreviewHost(workbook)} initialLang={lang} preview={workbook} />);
}

function startOffice(): void {
  const lang = langOfDisplayLanguage(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  mount(<App host={new OfficeHost()} initialLang={lang} />);
}

function boot(): void {
  if (window.__officeJsFailed || typeof Office === 'undefined') {
    startPreview();
    return;
  }
  let started = false;
  const timer = window.setTimeout(() => {
    if (started) return;
    started = true;
    startPreview();
  }, OFFICE_WAIT_MS);
  void Office.onReady((info) => {
    if (started) return;
    started = true;
    window.clearTimeout(timer);
    if (info.host === Office.HostType.Excel) startOffice();
    else startPreview();
  });
}

boot();
