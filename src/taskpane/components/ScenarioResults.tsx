// After a generation: the weighted first choice, then each scenario's NPV and payback
// in a three-column table that fits a 340 px pane (names wrap under their code).
import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatEur, formatNumber } from '../format';
import { useLang } from '../i18n-context';
import type { Headline } from '../model/headline';
import { scenarioName } from '../model/scenario-label';
import { useTextStyles } from './text-styles';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', margin: `${tokens.spacingVerticalS} 0` },
  cell: {
    textAlign: 'right', verticalAlign: 'top', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere',
  },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  scenario: { width: '40%' },
  value: { fontWeight: tokens.fontWeightSemibold },
  name: { display: 'block', fontWeight: tokens.fontWeightRegular },
  caption: { captionSide: 'top', textAlign: 'left', paddingBottom: tokens.spacingVerticalXS },
});

export function ScenarioResults({ headline }: { headline: Headline }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const first = headline.scenarios.find((s) => s.code === headline.first);
  const th = (label: string, ...extra: string[]) => (
    <th scope="col" className={mergeClasses(styles.cell, ...extra)}>{label}</th>
  );
  return (
    <>
      {first && (
        <Body1 as="p" className={text.paragraph} data-testid="first-choice">
          {t('pane.results.firstChoice', { code: first.code, name: scenarioName(lang, t, first) })}
        </Body1>
      )}
      <table className={styles.table} data-testid="scenario-results">
        <caption className={styles.caption}>
          <Caption1>{t('pane.results.tableCaption')}</Caption1>
        </caption>
        <thead>
          <tr>
            {th(t('pane.results.scenario'), styles.head, styles.scenario)}
            {th(t('pane.results.npv'))}
            {th(t('pane.results.payback'))}
          </tr>
        </thead>
        <tbody>
          {headline.scenarios.map((s) => (
            <tr key={s.code} data-testid={`result-${s.code}`}>
              <th scope="row" className={mergeClasses(styles.cell, styles.head)}>
                {s.code}
                <Caption1 className={styles.name}>{scenarioName(lang, t, s)}</Caption1>
                {s.code === headline.first && (
                  <Badge appearance="tint" color="brand" size="small">{t('pane.results.firstBadge')}</Badge>
                )}
                {s.score !== null && (
                  <Caption1 className={styles.name}>{t('pane.results.score', { score: formatNumber(lang, s.score, 0) })}</Caption1>
                )}
              </th>
              <td className={mergeClasses(styles.cell, styles.value)} data-testid={`npv-${s.code}`}>
                {s.npvEur === null ? t('pane.results.notAvailable') : formatEur(lang, s.npvEur)}
              </td>
              <td className={mergeClasses(styles.cell, styles.value)} data-testid={`payback-${s.code}`}>
                {s.paybackYears === null
                  ? t('pane.results.paybackNever')
                  : t('pane.results.paybackYears', { years: formatNumber(lang, s.paybackYears, 1) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
