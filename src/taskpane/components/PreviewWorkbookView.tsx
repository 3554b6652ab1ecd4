// The preview's stand-in for Excel's grid: one tab per sheet, each sheet as an
// HTML table. Input cells of generated sheets can be typed into, like in Excel;
// "go to cell" scrolls to a cell and highlights it.
import { Caption1, Subtitle2, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import type { Lang } from '../../i18n';
import type { CellScalar, CellStyle, WorkbookPlan } from '../../plan/types';
import { cellAddress, columnLetters } from '../../data/cell-address';
import { fieldToNumber, formatNumber, numberToField } from '../format';
import type { GridCell, GridSheet, PreviewWorkbook } from '../host/preview-workbook';
import { useLang } from '../i18n-context';
import { useTextStyles } from './text-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, height: '100%' },
  tabs: { overflowX: 'auto', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
  scroller: { overflow: 'auto', flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, zIndex: 1 },
  corner: { backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 4px', color: tokens.colorNeutralForeground3, fontWeight: 'normal' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  // Like Excel, text runs on over empty cells to its right.
  spill: { overflow: 'visible', position: 'relative', zIndex: 0 },
  highlight: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground2 },
  input: { width: '7em', font: 'inherit', border: 'none', backgroundColor: 'transparent', color: 'inherit', textAlign: 'right' },
  empty: { padding: tokens.spacingVerticalL },
});

const ROW_HEADER_PX = 40;

const argb = (c: string | undefined) => (c && c.length === 8 ? `#${c.slice(2)}` : c);

function cssOf(style: CellStyle | undefined): CSSProperties {
  if (!style) return {};
  return {
    fontWeight: style.bold ? 600 : undefined,
    fontStyle: style.italic ? 'italic' : undefined,
    color: argb(style.fontColor),
    backgroundColor: argb(style.fill),
    textAlign: style.horizontal,
    borderBottom: style.borderBottom ? '1px solid #808080' : undefined,
  };
}

/** A cell's text the way its number format asks, roughly: percentages, euros, plain numbers. */
export function displayValue(lang: Lang, value: CellScalar, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  // Excel's General format: no grouping, up to 10 significant digits.
  if (!numberFormat || numberFormat === 'General') {
    const plain = String(Number(value.toPrecision(10)));
    return lang === 'fr' ? plain.replace('.', ',') : plain;
  }
  const decimals = numberFormat.match(/0\.(0+)/)?.[1].length ?? 0;
  // French puts a space before %, English none: `6,5 %`, `6.5%`.
  if (numberFormat.includes('%')) return `${formatNumber(lang, value * 100, decimals)}${lang === 'fr' ? ' %' : '%'}`;
  const text = formatNumber(lang, value, decimals);
  return numberFormat.includes('€') ? `${text} €` : text;
}

/** What an input cell shows while typed into: percentages as `4,5 %`, numbers without float noise. */
export function editText(lang: Lang, value: CellScalar, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  return numberFormat?.includes('%') ? `${numberToField(lang, value * 100)} %` : numberToField(lang, value);
}

/** What a typed text means, as Excel reads it: `6 %` is 0.06, `0,06` too; other text stays text. */
export function readTyped(text: string): CellScalar {
  const n = fieldToNumber(text);
  if (n === null) return text.trim() === '' ? null : text;
  return text.includes('%') ? n / 100 : n;
}

function CellView({ sheet, cell, row, col, plan, workbook, highlighted, spills }: {
  sheet: GridSheet; cell: GridCell | undefined; row: number; col: number; plan: WorkbookPlan | null;
  workbook: PreviewWorkbook; highlighted: boolean; spills: boolean;
}) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const ref = useRef<HTMLTableCellElement>(null);
  const address = cellAddress(row, col);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [highlighted]);
  const style = cssOf(cell?.style && plan ? plan.styles[cell.style] : undefined);
  const text = cell ? displayValue(lang, cell.value, cell.numberFormat) : '';
  const editable = sheet.key !== null && cell?.style === 'input' && cell.formula === undefined;
  return (
    <td
      ref={ref}
      id={`cell-${sheet.name}-${address}`}
      data-address={address}
      data-highlighted={highlighted ? 'true' : undefined}
      className={mergeClasses(styles.cell, spills && styles.spill, highlighted && styles.highlight)}
      style={style}
      title={cell?.formula ? `=${cell.formula}` : undefined}
    >
      {editable ? (
        <input
          className={styles.input}
          aria-label={t('pane.preview.cellInput', { cell: `${sheet.name}!${address}` })}
          defaultValue={editText(lang, cell?.value ?? null, cell?.numberFormat)}
          key={`${lang}:${String(cell?.value)}`}
          onBlur={(e) => {
            // Leaving a cell untouched writes nothing (its text may round the stored value).
            if (e.currentTarget.value === e.currentTarget.defaultValue) return;
            workbook.setInput(sheet.key!, row, col, readTyped(e.currentTarget.value));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      ) : (
        text
      )}
    </td>
  );
}

export function PreviewWorkbookView({ workbook }: { workbook: PreviewWorkbook }) {
  const { t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  useSyncExternalStore(
    (cb) => workbook.subscribe(cb),
    () => workbook.revision,
  );
  const sheets = workbook.sheets();
  const plan = workbook.currentPlan();
  const active = sheets.find((s) => s.name === workbook.activeSheet) ?? sheets[0];
  const highlighted = workbook.highlightedCell;
  // Excel's width unit is about one character of the default font: ~7 px at 12 px, plus padding.
  const widths = active ? Array.from({ length: active.colCount }, (_, i) => Math.round((active.columnWidths[i] ?? 10) * 7 + 10)) : [];

  return (
    <section className={styles.root} aria-labelledby="workbook-heading" data-testid="preview-workbook">
      <Subtitle2 as="h2" id="workbook-heading" className={text.heading} style={{ padding: '8px 12px 0' }}>{t('pane.preview.workbook')}</Subtitle2>
      {sheets.length === 0 ? (
        <Caption1 as="p" className={mergeClasses(text.paragraph, styles.empty)}>{t('pane.preview.empty')}</Caption1>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={t('pane.preview.sheets')}
            selectedValue={active?.name}
            onTabSelect={(_, d) => workbook.show(String(d.value))}
          >
            {sheets.map((s) => (
              <Tab key={s.name} value={s.name} title={s.key ? t('pane.preview.generatedSheet') : t('pane.preview.userSheet')}>
                {s.name}
              </Tab>
            ))}
          </TabList>
          {active && (
            <div key={active.name} className={styles.scroller} role="region" aria-label={active.name} tabIndex={0}>
              {/* A fixed layout needs the table's width: then long texts never widen their column. */}
              <table className={styles.table} data-sheet={active.name} style={{ width: `${ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0)}px` }}>
                <colgroup>
                  <col style={{ width: `${ROW_HEADER_PX}px` }} />
                  {widths.map((w, i) => <col key={i} style={{ width: `${w}px` }} />)}
                </colgroup>
                <thead className={styles.head}>
                  <tr>
                    <th className={styles.corner} scope="col" />
                    {Array.from({ length: active.colCount }, (_, i) => (
                      <th key={i} className={styles.corner} scope="col">{columnLetters(i + 1)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: active.rowCount }, (_, r) => (
                    <tr key={r}>
                      <th className={styles.corner} scope="row">{r + 1}</th>
                      {Array.from({ length: active.colCount }, (_, c) => {
                        const address = cellAddress(r + 1, c + 1);
                        const cell = active.cell(r + 1, c + 1);
                        const next = active.cell(r + 1, c + 2);
                        const spills = typeof cell?.value === 'string' && (next === undefined || next.value === null || next.value === '');
                        return (
                          <CellView key={c} sheet={active} cell={cell} row={r + 1} col={c + 1} spills={spills}
                            plan={plan} workbook={workbook}
                            highlighted={highlighted === address && workbook.activeSheet === active.name} />
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
