// Hypothèses: the global settings, the scenarios (list and levers, ScenariosSection),
// each pooled function's savings rate and ramp-up, and harmonisation on or off. Values come from the assumptions sheet
// when the model exists (it is the source of truth); edits are written back to it.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Subtitle2, Switch,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { hasText } from '../../i18n';
import { modelAssumptions, type AssumptionEntry } from '../../engine/model-assumptions';
import { assumptionBound } from '../../plan/assumption-bounds';
import { modelDataYear } from '../../plan/data-year';
import { AssumptionField, type FieldKind } from '../components/AssumptionField';
import { formatPercent } from '../format';
import { useLang } from '../i18n-context';
import { useTextStyles } from '../components/text-styles';
import { numericInputs } from '../model/overrides';
import type { PaneState } from '../use-pane-state';
import { ScenariosSection } from './ScenariosSection';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  // Cells as narrow as 6.5em: at a 340 px pane, two or three fields a row, never wider than the pane.
  years: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(6.5em, 100%), 1fr))', gap: tokens.spacingHorizontalS },
});

export function AssumptionsPanel({ state }: { state: PaneState }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const [status, setStatus] = useState<Record<string, 'saved' | 'pending'>>({});
  const fromSheet = numericInputs(state.inputs);
  const hasSheet = Object.keys(fromSheet).length > 0;
  const data = state.validation?.ok ? state.validation.value : null;
  // The same data year as the model's (plan/data-year.ts), so the default first year matches the sheet's.
  const dataYear = data ? modelDataYear(data, new Date()) : new Date().getFullYear() - 1;

  const entries = useMemo(
    () => modelAssumptions(dataYear, { ...state.pending, ...fromSheet }),
    [dataYear, state.pending, state.inputs],
  );
  const entry = (key: string): AssumptionEntry | undefined => entries.find((e) => e.key === key);
  // Model year t is calendar year FirstYear + t, as on the assumptions sheet's header row.
  const firstYear = entry('firstYear')?.value ?? dataYear + 1;
  const functionLabel = (code: string) => (hasText(lang, `domain.function.${code}`) ? t(`domain.function.${code}`) : code);

  const commit = async (key: string, value: number) => {
    const result = await state.setAssumption(key, value);
    setStatus((s) => ({ ...s, [key]: result }));
  };

  const scalarField = (key: string, label: string, kind: FieldKind) => {
    const e = entry(key);
    if (!e || e.value === null) return null;
    return (
      <AssumptionField key={key} id={key} label={label} value={e.value} kind={kind} bound={assumptionBound(e)}
        status={status[key] ?? null} busy={state.busy} onCommit={(v) => void commit(key, v)} />
    );
  };

  const functions = entries.filter((e) => e.section === 'functions' && e.key.startsWith('savingsRate.'));
  const harmonisation = entry('harmonisation.enabled');

  return (
    <section aria-labelledby="assumptions-heading">
      <Subtitle2 as="h2" id="assumptions-heading" className={text.heading}>{t('pane.assumptions.heading')}</Subtitle2>
      <Body1 as="p" className={text.paragraph}>{t('pane.assumptions.intro')}</Body1>
      <Caption1 as="p" className={text.paragraph} role="status">
        {hasSheet
          ? t('pane.assumptions.fromSheet', { sheet: assumptionsSheetName(state) || t('pane.tab.assumptions') })
          : t('pane.assumptions.noSheet')}
      </Caption1>
      <Button size="small" onClick={() => void state.refreshInputs()}>{t('pane.refresh')}</Button>

      <div className={styles.group} role="group" aria-labelledby="general-heading">
        <Subtitle2 as="h3" id="general-heading" className={text.heading}>{t('pane.assumptions.general')}</Subtitle2>
        {scalarField('discountRate', t('pane.assumptions.discountRate'), 'percent')}
        {scalarField('horizonYears', t('pane.assumptions.horizonYears'), 'number')}
        {scalarField('firstYear', t('pane.assumptions.firstYear'), 'year')}
      </div>

      <div className={styles.group}>
        <ScenariosSection state={state} />
      </div>

      {harmonisation && harmonisation.value !== null && (
        <div className={styles.group} role="group" aria-labelledby="harmonisation-heading">
          <Subtitle2 as="h3" id="harmonisation-heading" className={text.heading}>{t('pane.assumptions.harmonisation')}</Subtitle2>
          <Switch
            label={t('pane.assumptions.harmonisationOn')}
            checked={harmonisation.value !== 0}
            // Not disabled while a save runs: a disabled control drops the keyboard focus.
            aria-busy={state.busy || undefined}
            onChange={(_, d) => {
              if (!state.busy) void commit('harmonisation.enabled', d.checked ? 1 : 0);
            }}
          />
        </div>
      )}

      <div className={styles.group} role="group" aria-labelledby="savings-heading">
        <Subtitle2 as="h3" id="savings-heading" className={text.heading}>{t('pane.assumptions.savings')}</Subtitle2>
        <Accordion collapsible multiple>
          {functions.map((f) => {
            const code = f.functionCode ?? f.key.slice('savingsRate.'.length);
            const ramp = entry(`rampUp.${code}`);
            const label = functionLabel(code);
            return (
              <AccordionItem key={code} value={code}>
                <AccordionHeader>
                  {label} — {formatPercent(lang, f.value ?? 0)}
                </AccordionHeader>
                <AccordionPanel>
                  {scalarField(f.key, t('pane.assumptions.savingsRate', { function: label }), 'percent')}
                  {ramp?.byYear && (
                    <div className={styles.years} role="group" aria-label={t('pane.assumptions.rampUp')}>
                      {ramp.byYear.map((v, year) =>
                        year === 0 ? null : (
                          <AssumptionField
                            key={year}
                            id={`rampUp.${code}.y${year}`}
                            label={t('pane.assumptions.rampUpYear', { year, calendarYear: firstYear + year })}
                            value={v}
                            kind="percent"
                            bound={assumptionBound(ramp)}
                            status={status[`rampUp.${code}.y${year}`] ?? null}
                            busy={state.busy}
                            onCommit={(value) => void commit(`rampUp.${code}.y${year}`, value)}
                          />
                        ),
                      )}
                    </div>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      </div>
      {hasSheet && <Caption1 as="p" className={text.paragraph}>{t('pane.assumptions.regenerateHint')}</Caption1>}
    </section>
  );
}

function assumptionsSheetName(state: PaneState): string {
  return state.generation.plan?.sheets.find((s) => s.key === 'assumptions')?.name ?? '';
}
