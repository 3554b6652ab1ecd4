// The workbook's styles (MODELLING.md "Style"): one input style (blue on pale yellow,
// unlocked), plain calculations, bold totals and outputs, checks coloured by conditional format.
import type { CellStyle, StyleName } from './types';

export const PLAN_STYLES: { readonly [K in StyleName]: CellStyle } = {
  title: { bold: true, size: 14, fontColor: 'FF1F4E79' },
  subtitle: { bold: true, size: 11, fontColor: 'FF1F4E79' },
  header: { bold: true, fill: 'FFD9E1F2', borderBottom: true, horizontal: 'center', wrap: true },
  label: {},
  input: { fontColor: 'FF0000FF', fill: 'FFFFF2CC', locked: false },
  calc: {},
  total: { bold: true, borderTop: true },
  check: { bold: true, horizontal: 'center' },
  note: { italic: true, fontColor: 'FF595959' },
  link: { fontColor: 'FF0563C1' },
  output: { bold: true, fill: 'FFE2EFDA', borderTop: true, borderBottom: true },
  unit: { fontColor: 'FF595959', horizontal: 'center' },
  source: { italic: true, size: 9, fontColor: 'FF595959' },
  text: { wrap: true },
};
