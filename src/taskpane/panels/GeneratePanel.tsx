// Générer: runs a generation with visible progress, then shows each scenario's NPV
// and payback, its Monte Carlo range, the weighted first choice, the master check,
// the first choice's top risks, the readiness index and a link to each generated
// sheet. Regenerating keeps typed inputs.
import {
  Badge, Body1, Button, Caption1, Field, Link, MessageBar, MessageBarBody, ProgressBar, Subtitle2,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SavingsChart } from '../components/SavingsChart';
import { MonteCarloResults } from '../components/MonteCarloResults';
import { ReadinessResults } from '../components/ReadinessResults';
import { ScenarioResults } from '../components/ScenarioResults';
import { TopRisks } from '../components/TopRisks';
import { useLang } from '../i18n-context';
import { useTextStyles } from '../components/text-styles';
import { GENERATION_STEPS } from '../model/run-generation';
import type { PaneState } from '../use-pane-state';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  sheets: { paddingLeft: tokens.spacingHorizontalL, margin: 0 },
});

export interface GeneratePanelProps {
  readonly state: PaneState;
  readonly showSheet: (name: string) => void;
  /** Extra actions, e.g. the preview's download button. */
  readonly extra?: ReactNode;
}

export function GeneratePanel({ state, showSheet, extra }: GeneratePanelProps) {
  const { t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const { generation } = state;
  const headline = generation.headline;
  const hasModel = headline !== null || Object.keys(state.inputs).length > 0;
  const stepIndex = generation.step ? GENERATION_STEPS.indexOf(generation.step) : 0;
  const within = generation.step === 'write' ? generation.writeFraction : 0;
  const progress = Math.min(1, (stepIndex + within) / (GENERATION_STEPS.length - 1));

  return (
    <section aria-labelledby="generate-heading">
      <Subtitle2 as="h2" id="generate-heading" className={text.heading}>{t('pane.generate.heading')}</Subtitle2>
      <Body1 as="p" className={text.paragraph}>{t('pane.generate.intro')}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.busy || generation.running} onClick={() => void state.generate()} data-testid="generate">
          {hasModel ? t('pane.generate.regenerate') : t('pane.generate.button')}
        </Button>
        {extra}
      </div>
      {hasModel && <Caption1 as="p" className={text.paragraph}>{t('pane.generate.keepsInputs')}</Caption1>}
      {(state.scenarios?.edits.length ?? 0) > 0 && (
        <Caption1 as="p" className={text.paragraph} data-testid="pending-scenarios">
          {t('pane.scenarios.pendingCount', { count: state.scenarios?.edits.length ?? 0 })}
        </Caption1>
      )}

      {(generation.running || generation.step) && (
        <Field label={t('pane.generate.progress')} validationState="none"
          validationMessage={generation.step ? t(`pane.generate.step.${generation.step}`) : t('pane.busy')}>
          <ProgressBar value={progress} />
        </Field>
      )}
      <div aria-live="polite" className="sr-status" style={{ position: 'absolute', left: -10000 }}>
        {generation.step ? t(`pane.generate.step.${generation.step}`) : ''}
      </div>

      {generation.invalid && (
        <MessageBar intent="error"><MessageBarBody>{t('pane.generate.invalid')}</MessageBarBody></MessageBar>
      )}

      {headline && (
        <section aria-labelledby="results-heading" data-testid="results">
          <Subtitle2 as="h3" id="results-heading" className={text.heading}>{t('pane.results.heading')}</Subtitle2>
          <ScenarioResults headline={headline} />
          <MonteCarloResults headline={headline} />
          <dl className={styles.figures}>
            <dt>{t('pane.results.masterCheck')}</dt>
            <dd className={styles.value} data-testid="master-check">
              <Badge appearance="filled" color={headline.masterCheck ? 'success' : 'danger'}
                style={{ height: 'auto', whiteSpace: 'normal', padding: '2px 8px' }}>
                {headline.masterCheck ? t('pane.results.checkOk') : t('pane.results.checkFailed')}
              </Badge>
            </dd>
          </dl>
          {headline.savingsByYear.length > 0 && (
            <>
              <Subtitle2 as="h4" className={text.heading}>
                {t('pane.results.savingsByYearOf', { code: headline.savingsScenario ?? '' })}
              </Subtitle2>
              <SavingsChart data={headline.savingsByYear} />
            </>
          )}
          {headline.risksScenario && headline.topRisks.length > 0 && (
            <TopRisks risks={headline.topRisks} code={headline.risksScenario} />
          )}
          {headline.readiness && <ReadinessResults readiness={headline.readiness} />}
          <Subtitle2 as="h4" className={text.heading}>{t('pane.results.sheets')}</Subtitle2>
          <ul className={styles.sheets} data-testid="sheet-links">
            {headline.sheets.map((s) => (
              <li key={s.key}>
                <Link as="button" aria-label={t('pane.results.openSheet', { sheet: s.name })} onClick={() => showSheet(s.name)}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
