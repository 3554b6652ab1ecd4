// The scenarios of the assumptions step: a list (code, name, form, functions pooled)
// with add (from a default), copy, remove and edit; editing opens one scenario's
// levers in place of the list, so that the 340 px pane never holds two columns.
// What is changed here takes effect at the next generation, replayed on the sheet's values.
import {
  Body1, Button, Caption1, Field, Select, Subtitle2, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTextStyles } from '../components/text-styles';
import { useLang } from '../i18n-context';
import { formName, scenarioName } from '../model/scenario-label';
import type { PaneState } from '../use-pane-state';
import { ScenarioEditor } from './ScenarioEditor';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  add: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0` },
  // A native select is as wide as its longest option (the GCSMS's full name): held to the pane's width.
  template: { minWidth: 0, width: '100%', maxWidth: '100%' },
  select: { minWidth: 0, width: '100%', maxWidth: '100%', textOverflow: 'ellipsis' },
  note: {
    display: 'block', padding: tokens.spacingVerticalS, margin: `${tokens.spacingVerticalS} 0`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground2,
  },
  pending: { borderLeftColor: tokens.colorPaletteYellowBorderActive, backgroundColor: tokens.colorPaletteYellowBackground1 },
});

export function ScenariosSection({ state }: { state: PaneState }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const scenarios = state.scenarios;
  const [editing, setEditing] = useState<string | null>(null);
  const [template, setTemplate] = useState<string>('');
  const [news, setNews] = useState('');
  // Back from the editor, the keyboard focus returns to the scenario's Edit button.
  const focusAfter = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // After a removal, to the Edit button of the scenario that took its place.
  useEffect(() => {
    if (editing !== null || !focusAfter.current) return;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-edit="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  }, [editing, scenarios?.list]);

  const heading = <Subtitle2 as="h3" id="scenarios-heading" className={text.heading}>{t('pane.scenarios.heading')}</Subtitle2>;
  if (!scenarios) {
    return (
      <div role="group" aria-labelledby="scenarios-heading" data-testid="scenarios">
        {heading}
        <Body1 as="p" className={text.paragraph}>{t('pane.scenarios.noData')}</Body1>
      </div>
    );
  }

  const open = scenarios.list.find((s) => s.code === editing);
  if (open) {
    return (
      <div role="group" aria-labelledby="scenarios-heading" data-testid="scenarios">
        {heading}
        <ScenarioEditor
          scenario={open}
          scenarios={scenarios}
          onEdit={state.editScenario}
          onBack={() => {
            focusAfter.current = open.code;
            setEditing(null);
          }}
        />
      </div>
    );
  }

  const chosenTemplate = template || scenarios.templates[0]?.code || '';
  const lastOne = scenarios.list.length <= 1;
  return (
    <div role="group" aria-labelledby="scenarios-heading" data-testid="scenarios">
      {heading}
      <Body1 as="p" className={text.paragraph}>{t('pane.scenarios.intro')}</Body1>
      <Caption1 as="p" className={text.paragraph}>
        {scenarios.fromSheet ? t('pane.scenarios.fromSheet') : t('pane.scenarios.defaults')}
      </Caption1>
      <ul className={styles.list} aria-label={t('pane.scenarios.list')} ref={listRef}>
        {scenarios.list.map((s) => {
          const pooled = s.functions.filter((f) => f.pooled !== 0).length;
          const partners = s.partnerFlags.filter((f) => f !== 0).length;
          return (
            <li key={s.code} className={styles.item} data-testid={`scenario-${s.code}`}>
              <Body1 className={styles.title}>{t('pane.scenarios.title', { code: s.code, name: scenarioName(lang, t, s) })}</Body1>
              <Caption1>
                {/* The form is in the title already when the scenario has no name of its own. */}
                {s.name.trim() !== ''
                  ? t('pane.scenarios.summary', { form: formName(lang, t, s.form), functions: pooled, partners })
                  : t('pane.scenarios.summaryUnnamed', { functions: pooled, partners })}
              </Caption1>
              <div className={styles.actions}>
                <Button size="small" data-edit={s.code} aria-label={t('pane.scenarios.editLabel', { code: s.code })}
                  onClick={() => setEditing(s.code)}>
                  {t('pane.scenarios.edit')}
                </Button>
                <Button size="small" aria-label={t('pane.scenarios.copyLabel', { code: s.code })}
                  onClick={() => {
                    const code = state.copyScenario(s.code);
                    if (code) setNews(t('pane.scenarios.copied', { code, source: s.code }));
                  }}>
                  {t('pane.scenarios.copy')}
                </Button>
                <Button size="small" aria-label={t('pane.scenarios.removeLabel', { code: s.code })}
                  // Focusable while disabled, so that a keyboard user hears why it does nothing.
                  disabledFocusable={lastOne} title={lastOne ? t('pane.scenarios.lastOne') : undefined}
                  onClick={() => {
                    const i = scenarios.list.indexOf(s);
                    focusAfter.current = (scenarios.list[i + 1] ?? scenarios.list[i - 1])?.code ?? null;
                    state.removeScenario(s.code);
                    setNews(t('pane.scenarios.removed', { code: s.code }));
                  }}>
                  {t('pane.scenarios.remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className={styles.add}>
        <Field label={t('pane.scenarios.template')} className={styles.template}>
          <Select className={styles.template} select={{ className: styles.select }} value={chosenTemplate}
            onChange={(_, d) => setTemplate(d.value)} data-testid="scenario-template">
            {scenarios.templates.map((s) => (
              <option key={s.code} value={s.code}>{t('pane.scenarios.title', { code: s.code, name: scenarioName(lang, t, s) })}</option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => {
          const code = state.addScenario(chosenTemplate);
          if (code) setNews(t('pane.scenarios.added', { code, template: chosenTemplate }));
        }} data-testid="add-scenario">
          {t('pane.scenarios.add')}
        </Button>
      </div>
      <div role="status" aria-live="polite"><Caption1>{news}</Caption1></div>
      {/* A note, not a live alert: the count is announced through the status line above. */}
      <div className={mergeClasses(styles.note, scenarios.edits.length > 0 && styles.pending)} data-testid="scenario-note">
        <Caption1>
          {scenarios.edits.length > 0
            ? t('pane.scenarios.pendingCount', { count: scenarios.edits.length })
            : t('pane.scenarios.nextGeneration')}
        </Caption1>
      </div>
      {scenarios.edits.length > 0 && (
        <Button size="small" appearance="subtle" onClick={() => {
          state.discardScenarioEdits();
          setNews(t('pane.scenarios.discarded'));
        }}>
          {t('pane.scenarios.discard')}
        </Button>
      )}
    </div>
  );
}
