/// <reference types="office-js" />
// The task pane's entry, and the only place that waits for Office.onReady.
// Inside Excel it drives the open workbook; in a plain browser, or when Office.js
// cannot load (no network), it starts the in-browser preview instead (start-up.ts decides).
import { createRoot, type Root } from 'react-dom/client';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { sampleRawWorkbook } from '../sample';
import { App } from './App';
import { OfficeHost } from './host/office-host';
import { PreviewHost } from './host/preview-host';
import { PreviewWorkbook } from './host/preview-workbook';
import { hasOfficeHostParameter, startUpStep, type StartEvent, type Started } from './start-up';

declare global {
  interface Window {
    /** Set by taskpane.html when the Office.js script fails to load. */
    __officeJsFailed?: boolean;
  }
}

/** How long to wait for Office.onReady before starting the preview (never inside Office: start-up.ts). */
const OFFICE_WAIT_MS = 4000;

let root: Root | null = null;
let started: Started = 'nothing';

/** Renders the pane; a later call (the preview giving way to Excel) replaces what runs. */
function mount(element: JSX.Element): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  if (!root) {
    container.textContent = '';
    root = createRoot(container);
  }
  root.render(element);
}

function startPreview(): void {
  const params = new URLSearchParams(window.location.search);
  // Seeded with the sample by default; `?workbook=empty` starts from an empty workbook.
  const workbook = new PreviewWorkbook(params.get('workbook') === 'empty' ? {} : sampleRawWorkbook());
  const asked = params.get('lang');
  const lang: Lang = isLang(asked) ? asked : DEFAULT_LANG;
  document.documentElement.lang = lang;
  mount(<App key="preview" host={new PreviewHost(workbook)} initialLang={lang} preview={workbook} />);
}

function startOffice(): void {
  const host = new OfficeHost();
  const lang = host.lang();
  document.documentElement.lang = lang;
  mount(<App key="office" host={host} initialLang={lang} />);
}

function boot(): void {
  const inOffice = hasOfficeHostParameter(window.location.search, window.location.hash);
  const apply = (event: StartEvent): void => {
    const next = startUpStep(started, inOffice, event);
    if (next === null) return;
    started = next;
    if (next === 'office') startOffice();
    else startPreview();
  };
  const officeJs = !window.__officeJsFailed && typeof Office !== 'undefined';
  apply({ kind: 'load', officeJs });
  if (!officeJs) return;
  window.setTimeout(() => apply({ kind: 'timeout' }), OFFICE_WAIT_MS);
  void Office.onReady((info) => apply({ kind: 'ready', excel: info.host === Office.HostType.Excel }));
}

boot();
