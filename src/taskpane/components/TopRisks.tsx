// The three highest residual risks of one scenario (the weighted first choice): the
// catalogue's description, the residual score out of 25 and its band, said in words
// (the coloured edge only repeats the band).
import { Body1, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { RiskBand } from '../../engine/risks';
import { formatNumber } from '../format';
import { useLang } from '../i18n-context';
import type { RiskFigures } from '../model/headline';
import { useTextStyles } from './text-styles';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `0 0 ${tokens.spacingVerticalS}`, padding: 0 },
  item: {
    display: 'block', marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  low: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  moderate: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  high: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  critical: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  block: { display: 'block' },
});

export function TopRisks({ risks, code }: { risks: readonly RiskFigures[]; code: string }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const band: Record<RiskBand, string> = { low: styles.low, moderate: styles.moderate, high: styles.high, critical: styles.critical };
  return (
    <section aria-labelledby="risks-heading" data-testid="top-risks">
      <Subtitle2 as="h4" id="risks-heading" className={text.heading}>{t('pane.results.risks.heading', { code })}</Subtitle2>
      <Caption1 as="p" className={text.paragraph}>{t('pane.results.risks.note')}</Caption1>
      <ol className={styles.list}>
        {risks.map((r) => (
          <li key={r.id} className={mergeClasses(styles.item, band[r.residualBand])} data-testid={`risk-${r.id}`}>
            <Body1 className={styles.block}>{t(`risk.${r.id}.description`)}</Body1>
            <Caption1 className={styles.block} data-testid={`risk-score-${r.id}`}>
              {t('pane.results.risks.residual', { score: formatNumber(lang, r.residualScore, 1), band: t(`risk.band.${r.residualBand}`) })}
            </Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}
