// The task pane: header with the language switch, then three steps as tabs
// (Données, Hypothèses, Générer). In the preview, the in-memory workbook is shown beside it.
import {
  Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Select, Tab, TabList, Title3,
  makeStyles, mergeClasses, tokens, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { translator, type Lang } from '../i18n';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PreviewWorkbookView } from './components/PreviewWorkbookView';
import type { PreviewWorkbook } from './host/preview-workbook';
import type { CellLocation, WorkbookHost } from './host/workbook-host';
import { LangContext } from './i18n-context';
import { useTextStyles } from './components/text-styles';
import { downloadModel } from './model/download-model';
import { AssumptionsPanel } from './panels/AssumptionsPanel';
import { DataPanel } from './panels/DataPanel';
import { GeneratePanel } from './panels/GeneratePanel';
import { usePaneState } from './use-pane-state';

type TabKey = 'data' | 'assumptions' | 'generate';

const useStyles = makeStyles({
  page: {
    display: 'flex', height: '100vh', backgroundColor: tokens.colorNeutralBackground2,
    // A narrow window (or Excel's task pane width) puts the preview's workbook below the pane.
    '@media (max-width: 760px)': { flexDirection: 'column', height: 'auto' },
  },
  pane: {
    width: '100%', maxWidth: '420px', flexShrink: 0, overflowY: 'auto', boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 760px)': { maxWidth: 'none', overflowY: 'visible' },
  },
  paneAlone: { maxWidth: 'none', borderRight: 'none' },
  workbook: { flexGrow: 1, minWidth: 0, '@media (max-width: 760px)': { height: '70vh' } },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  lang: { minWidth: '7em' },
  tabs: { margin: `${tokens.spacingVerticalS} 0` },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly initialLang: Lang;
  /** Present in the in-browser preview only. */
  readonly preview?: PreviewWorkbook;
}

export function App({ host, initialLang, preview }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabKey>('data');
  const t = useMemo(() => translator(lang), [lang]);
  const state = usePaneState(host, lang);
  const styles = useStyles();
  const text = useTextStyles();

  // Failures of these show in the pane's error bar, like every other action's.
  const goToCell = useCallback((l: CellLocation) => void state.goToCell(l), [state]);
  const showSheet = useCallback((name: string) => void state.showSheet(name), [state]);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = async () => {
    const plan = preview?.planWithInputs();
    if (!plan) return;
    setDownloading(true);
    setDownloadError(null);
    try {
      await downloadModel(plan, t('pane.preview.downloadName'));
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    } finally {
      setDownloading(false);
    }
  };
  const error = state.error ?? downloadError;

  return (
    <LangContext.Provider value={{ lang, t }}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <div className={styles.page}>
          <main className={mergeClasses(styles.pane, !preview && styles.paneAlone)} aria-labelledby="pane-title">
            <header className={styles.header}>
              <div>
                <Title3 as="h1" id="pane-title" className={text.paragraph}>{t('pane.title')}</Title3>
                <Caption1 as="p" className={text.paragraph}>{t('pane.subtitle')}</Caption1>
              </div>
              <Select
                className={styles.lang}
                aria-label={t('pane.language')}
                value={lang}
                onChange={(_, d) => setLang(d.value === 'en' ? 'en' : 'fr')}
                data-testid="language"
              >
                <option value="fr">{t('pane.language.fr')}</option>
                <option value="en">{t('pane.language.en')}</option>
              </Select>
            </header>
            <Body1 as="p" className={text.paragraph} data-testid="mode">{host.kind === 'preview' ? t('pane.mode.preview') : t('pane.mode.office')}</Body1>
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{t('pane.error', { message: error })}</MessageBarBody>
              </MessageBar>
            )}
            <TabList
              className={styles.tabs}
              aria-label={t('pane.tabs')}
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabKey)}
            >
              <Tab value="data">{t('pane.tab.data')}</Tab>
              <Tab value="assumptions">{t('pane.tab.assumptions')}</Tab>
              <Tab value="generate">{t('pane.tab.generate')}</Tab>
            </TabList>
            <div role="tabpanel" aria-label={t(`pane.tab.${tab}`)}>
              <ErrorBoundary key={tab} message={(detail) => t('pane.error', { message: detail })}>
                {tab === 'data' && <DataPanel state={state} goToCell={goToCell} />}
                {tab === 'assumptions' && <AssumptionsPanel state={state} />}
                {tab === 'generate' && (
                  <GeneratePanel
                    state={state}
                    showSheet={showSheet}
                    extra={
                      preview && state.generation.plan ? (
                        <Button disabled={downloading} onClick={() => void download()} data-testid="download">
                          {t('pane.preview.download')}
                        </Button>
                      ) : undefined
                    }
                  />
                )}
              </ErrorBoundary>
            </div>
          </main>
          {preview && (
            <div className={styles.workbook}>
              <ErrorBoundary message={(detail) => t('pane.error', { message: detail })}>
                <PreviewWorkbookView workbook={preview} />
              </ErrorBoundary>
            </div>
          )}
        </div>
      </FluentProvider>
    </LangContext.Provider>
  );
}
