// A full style table for hand-made plans (the builders' real one lives in src/plan).
import type { CellStyle, StyleName } from '../../src/plan/types';

export const fixtureStyles: { readonly [K in StyleName]: CellStyle } = {
  title: { bold: true, size: 16, fontColor: 'FF1F4E79' },
  subtitle: { italic: true, size: 12 },
  header: { bold: true, fill: 'FFD9E1F2', borderBottom: true, horizontal: 'center', wrap: true },
  label: {},
  input: { fontColor: 'FF0000FF', fill: 'FFFFF2CC', locked: false },
  calc: {},
  total: { bold: true, borderTop: true },
  check: { bold: true, horizontal: 'center' },
  note: { italic: true, size: 9 },
  link: { fontColor: 'FF0563C1' },
  output: { bold: true },
  unit: { italic: true },
  source: { italic: true, size: 9, fontColor: 'FF595959' },
  text: { wrap: true },
};
