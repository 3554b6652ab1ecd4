// One scenario's levers, in the order of the Scénarios sheet: name and legal form, then
// folding sections (partners, functions, integration, sites, costs, financing) so that the
// 340 px pane shows one at a time. Numbers take the sheet's own bounds (plan/scenarios-layout.ts).
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Checkbox, Field, Input, Select, Switch,
  makeStyles, mergeClasses, tokens, typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { COOPERATION_FORMS, type CooperationFormCode } from '../../domain/codes';
import { hasText } from '../../i18n';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import { scenarioLeverBound, scenarioLeverKind } from '../../plan/scenarios-layout';
import type { ScenarioFunctionLever } from '../../plan/scenario-refs';
import { AssumptionField, type FieldKind } from '../components/AssumptionField';
import { useTextStyles } from '../components/text-styles';
import { useLang } from '../i18n-context';
import type { NumericScalarLever, ScenarioEdit } from '../model/scenario-edits';
import { formName, scenarioName } from '../model/scenario-label';
import type { ScenarioPaneState } from '../use-pane-state';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  fn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  fnFields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL, minWidth: 0 },
  title: { ...typographyStyles.subtitle2, overflowWrap: 'anywhere' },
  full: { minWidth: 0, width: '100%', maxWidth: '100%', boxSizing: 'border-box' },
  // A native select is as wide as its longest option: held to the pane's width.
  select: { minWidth: 0, width: '100%', maxWidth: '100%', textOverflow: 'ellipsis' },
});

type LeverEdit = Exclude<ScenarioEdit, { kind: 'add' | 'copy' | 'remove' }>;

export interface ScenarioEditorProps {
  readonly scenario: ScenarioDefinition;
  readonly scenarios: ScenarioPaneState;
  onEdit(edit: LeverEdit): void;
  onBack(): void;
}

/** The field kind and bound of a numeric scalar lever, from the sheet's own rules. */
function scalarBound(lever: NumericScalarLever) {
  const kind = scenarioLeverKind({ kind: 'scalar', lever });
  return kind ? scenarioLeverBound(kind) : null;
}

export function ScenarioEditor({ scenario: s, scenarios, onEdit, onBack }: ScenarioEditorProps) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const { data } = scenarios;
  // Opened from the list, whose Edit button is gone: the keyboard focus moves to the scenario's heading.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [s.code]);
  const fnLabel = (code: string) => (hasText(lang, `domain.function.${code}`) ? t(`domain.function.${code}`) : code);
  // Which levers of this scenario wait for the next generation.
  const pending = new Set(scenarios.edits.filter((e) => e.code === s.code).map(editKey));
  const status = (key: string) => (pending.has(key) ? ('pending' as const) : null);

  const number = (lever: NumericScalarLever, label: string, kind: FieldKind = 'number') => (
    <AssumptionField id={`scenario-${s.code}-${lever}`} label={label} value={s[lever]} kind={kind}
      bound={scalarBound(lever)} status={status(`scalar:${lever}`)}
      onCommit={(value) => onEdit({ kind: 'scalar', code: s.code, lever, value })} />
  );
  const flag = (lever: 'harmonisation' | 'itMigration' | 'changeManagement', label: string) => (
    <Switch label={label} checked={s[lever] !== 0}
      onChange={(_, d) => onEdit({ kind: 'scalar', code: s.code, lever, value: d.checked ? 1 : 0 })} />
  );
  const fnNumber = (fn: ScenarioDefinition['functions'][number], lever: ScenarioFunctionLever, label: string) => {
    const kind = scenarioLeverKind({ kind: 'function', lever, fn: fn.code });
    return (
      <AssumptionField id={`scenario-${s.code}-${lever}-${fn.code}`} label={label} value={fn[lever]} kind="number"
        bound={kind ? scenarioLeverBound(kind) : null} status={status(`function:${fn.code}:${lever}`)}
        onCommit={(value) => onEdit({ kind: 'function', code: s.code, fn: fn.code, lever, value })} />
    );
  };
  const section = (value: string, title: string, body: ReactNode) => (
    <AccordionItem value={value}>
      <AccordionHeader>{title}</AccordionHeader>
      <AccordionPanel><div className={styles.fields}>{body}</div></AccordionPanel>
    </AccordionItem>
  );

  return (
    <div className={styles.fields} data-testid={`scenario-editor-${s.code}`}>
      <Button size="small" appearance="subtle" onClick={onBack} data-testid="scenario-back">{t('pane.scenarios.back')}</Button>
      <h4 className={mergeClasses(text.heading, styles.title)} id={`scenario-editor-${s.code}-title`} ref={title} tabIndex={-1}>
        {t('pane.scenarios.title', { code: s.code, name: scenarioName(lang, t, s) })}
      </h4>
      <NameField code={s.code} value={s.name} status={status('name')} onCommit={(value) => onEdit({ kind: 'name', code: s.code, value })} />
      <Field label={t('pane.scenarios.form')} validationMessage={status('form') ? t('pane.assumptions.pending') : undefined}>
        <Select className={styles.full} select={{ className: styles.select }} value={s.form}
          onChange={(_, d) => {
            if (isForm(d.value)) onEdit({ kind: 'form', code: s.code, value: d.value });
          }}>
          {COOPERATION_FORMS.map((f) => <option key={f} value={f}>{formName(lang, t, f)}</option>)}
        </Select>
      </Field>
      <Accordion collapsible multiple>
        {section('partners', t('pane.scenarios.partners'), data.partners.map((p, i) => (
          <Checkbox key={p.code} label={t('pane.scenarios.partnerLabel', { code: p.code, name: p.name })}
            checked={(s.partnerFlags[i] ?? 0) !== 0}
            onChange={(_, d) => onEdit({ kind: 'partner', code: s.code, partner: p.code, value: d.checked === true ? 1 : 0 })} />
        )))}
        {section('functions', t('pane.scenarios.functions'), s.functions.map((fn) => {
          const label = fnLabel(fn.code);
          return (
            <div key={fn.code} className={styles.fn} role="group" aria-label={label}>
              <Checkbox label={label} checked={fn.pooled !== 0}
                onChange={(_, d) => onEdit({ kind: 'function', code: s.code, fn: fn.code, lever: 'pooled', value: d.checked === true ? 1 : 0 })} />
              {fn.pooled !== 0 && (
                <div className={styles.fnFields}>
                  <Field label={t('pane.scenarios.method', { function: label })}>
                    <Select className={styles.full} select={{ className: styles.select }} value={fn.bottomUp !== 0 ? 'bottomUp' : 'topDown'}
                      onChange={(_, d) => onEdit({ kind: 'function', code: s.code, fn: fn.code, lever: 'bottomUp', value: d.value === 'bottomUp' ? 1 : 0 })}>
                      <option value="topDown">{t('pane.scenarios.method.topDown')}</option>
                      <option value="bottomUp">{t('pane.scenarios.method.bottomUp')}</option>
                    </Select>
                  </Field>
                  {fn.bottomUp !== 0 && fnNumber(fn, 'fteRemoved', t('pane.scenarios.fteRemoved', { function: label }))}
                  {fnNumber(fn, 'oneOffEur', t('pane.scenarios.oneOff', { function: label }))}
                </div>
              )}
            </div>
          );
        }))}
        {section('integration', t('pane.scenarios.integration'), <>
          {flag('harmonisation', t('pane.scenarios.harmonisation'))}
          {flag('itMigration', t('pane.scenarios.itMigration'))}
          {flag('changeManagement', t('pane.scenarios.changeManagement'))}
        </>)}
        {section('sites', t('pane.scenarios.sites'), <>
          {data.sites.length === 0 && <Body1>{t('pane.scenarios.noSite')}</Body1>}
          {data.sites.map((site, i) => (
            <Checkbox key={site.code} label={t('pane.scenarios.siteLabel', { code: site.code, name: site.name ?? site.code, partner: site.partner })}
              checked={(s.siteFlags[i] ?? 0) !== 0}
              onChange={(_, d) => onEdit({ kind: 'site', code: s.code, site: site.code, value: d.checked === true ? 1 : 0 })} />
          ))}
          {number('movingCostPerSiteEur', t('pane.scenarios.movingCost'))}
        </>)}
        {section('costs', t('pane.scenarios.costs'), <>
          {number('newHeadOfficeEurPerYear', t('pane.scenarios.newHeadOffice'))}
          {number('legalFeesEur', t('pane.scenarios.legalFees'))}
          {number('shareKept', t('pane.scenarios.shareKept'), 'percent')}
          {number('delayYears', t('pane.scenarios.delay'))}
        </>)}
        {section('financing', t('pane.scenarios.financing'), <>
          {number('grantsEur', t('pane.scenarios.grants'))}
          {number('loansEur', t('pane.scenarios.loans'))}
          {number('loanYears', t('pane.scenarios.loanYears'))}
        </>)}
      </Accordion>
    </div>
  );
}

const isForm = (v: string): v is CooperationFormCode => (COOPERATION_FORMS as readonly string[]).includes(v);

/** The key of the lever an edit changes, to mark its field as waiting for the next generation. */
function editKey(e: ScenarioEdit): string {
  switch (e.kind) {
    case 'scalar': return `scalar:${e.lever}`;
    case 'function': return `function:${e.fn}:${e.lever}`;
    case 'partner': return `partner:${e.partner}`;
    case 'site': return `site:${e.site}`;
    default: return e.kind;
  }
}

/** The scenario's name, committed on Enter or when the field loses focus. */
function NameField({ code, value, status, onCommit }: { code: string; value: string; status: 'pending' | null; onCommit(v: string): void }) {
  const { t } = useLang();
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const commit = () => {
    if (typed !== value) onCommit(typed);
  };
  return (
    <Field label={t('pane.scenarios.name')} validationMessage={status ? t('pane.assumptions.pending') : undefined}>
      <Input id={`scenario-${code}-name`} value={typed} onChange={(_, d) => setTyped(d.value)} onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }} style={{ minWidth: 0, width: '100%' }} />
    </Field>
  );
}
