// Savings by year as plain SVG bars, with a text table for screen readers.
import { tokens } from '@fluentui/react-components';
import { formatEur } from '../format';
import { useLang } from '../i18n-context';
import type { YearAmount } from '../model/headline';

const WIDTH = 300;
const HEIGHT = 140;
const LABEL = 18;

export function SavingsChart({ data }: { data: readonly YearAmount[] }) {
  const { lang, t } = useLang();
  if (data.length === 0) return null;
  const max = Math.max(...data.map((d) => Math.abs(d.amountEur)), 1);
  const slot = WIDTH / data.length;
  const bar = Math.max(4, slot * 0.6);
  const plot = HEIGHT - LABEL * 2;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={t('pane.results.chartLabel')}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        data-testid="savings-chart"
      >
        {data.map((d, i) => {
          const h = (Math.abs(d.amountEur) / max) * plot;
          const x = i * slot + (slot - bar) / 2;
          const y = LABEL + plot - h;
          return (
            <g key={d.year}>
              <title>{t('pane.results.yearAmount', { year: d.year, amount: formatEur(lang, d.amountEur) })}</title>
              <rect x={x} y={y} width={bar} height={h} rx={2}
                fill={d.amountEur >= 0 ? tokens.colorBrandBackground : tokens.colorPaletteRedBackground3} />
              <text x={x + bar / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="10" fill={tokens.colorNeutralForeground2}>
                {d.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}>
        <table>
          <tbody>
            {data.map((d) => (
              <tr key={d.year}><th scope="row">{d.year}</th><td>{formatEur(lang, d.amountEur)}</td></tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
