// Each scenario's Monte Carlo NPV range (P10, P50, P90) and the chance that the NPV is
// positive, with the seed and draws that reproduce them. Two columns per scenario group
// (statistic, value) rather than one column per statistic: euros stay on one line at 340 px.
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang, Translate } from '../../i18n';
import { formatEur, formatNumber, formatPercent } from '../format';
import { useLang } from '../i18n-context';
import type { Headline } from '../model/headline';
import { scenarioName } from '../model/scenario-label';
import { useTextStyles } from './text-styles';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', margin: `${tokens.spacingVerticalXS} 0` },
  cell: {
    padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere', textAlign: 'right',
  },
  stat: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, width: '45%' },
  group: {
    textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  value: { fontWeight: tokens.fontWeightSemibold },
});

/** Shown to one decimal, a share that is not 0 or 1 must not read "0 %" or "100 %". */
function probabilityText(lang: Lang, t: Translate, p: number): string {
  if (p > 0.999 && p < 1) return t('pane.results.mc.above', { value: formatPercent(lang, 0.999, 1) });
  if (p > 0 && p < 0.001) return t('pane.results.mc.below', { value: formatPercent(lang, 0.001, 1) });
  return formatPercent(lang, p, 1);
}

export function MonteCarloResults({ headline }: { headline: Headline }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const rows = headline.monteCarlo;
  if (rows.length === 0) return null;
  const { seed, draws } = rows[0];
  const nameOf = (code: string) => {
    const s = headline.scenarios.find((x) => x.code === code);
    return s ? `${code} — ${scenarioName(lang, t, s)}` : code;
  };
  const stat = (label: string, value: string, testId: string) => (
    <tr>
      <th scope="row" className={mergeClasses(styles.cell, styles.stat)}>{label}</th>
      <td className={mergeClasses(styles.cell, styles.value)} data-testid={testId}>{value}</td>
    </tr>
  );
  return (
    <section aria-labelledby="mc-heading" data-testid="monte-carlo">
      <Subtitle2 as="h4" id="mc-heading" className={text.heading}>{t('pane.results.mc.heading')}</Subtitle2>
      <Caption1 as="p" className={text.paragraph}>{t('pane.results.mc.intro')}</Caption1>
      <table className={styles.table}>
        {rows.map((r) => (
          <tbody key={r.code} data-testid={`mc-${r.code}`}>
            <tr>
              <th scope="colgroup" colSpan={2} className={mergeClasses(styles.cell, styles.group)}>{nameOf(r.code)}</th>
            </tr>
            {stat(t('pane.results.mc.p10'), formatEur(lang, r.p10Eur), `mc-p10-${r.code}`)}
            {stat(t('pane.results.mc.p50'), formatEur(lang, r.p50Eur), `mc-p50-${r.code}`)}
            {stat(t('pane.results.mc.p90'), formatEur(lang, r.p90Eur), `mc-p90-${r.code}`)}
            {stat(t('pane.results.mc.positive'), probabilityText(lang, t, r.probabilityPositive), `mc-positive-${r.code}`)}
          </tbody>
        ))}
      </table>
      <Caption1 as="p" className={text.paragraph} data-testid="mc-reproduce">
        {t('pane.results.mc.reproduce', { seed: String(seed), draws: formatNumber(lang, draws, 0) })}
      </Caption1>
    </section>
  );
}
