// How a plan's named cell style becomes ExcelJS style properties.
import type { Alignment, Borders, Fill, Font, Protection, Style } from 'exceljs';
import type { CellStyle } from '../../plan/types';

const THIN = { style: 'thin' as const };

/** ExcelJS style properties for a plan style and an optional number format; absent fields keep the defaults. */
export function excelStyle(style: CellStyle | undefined, numberFormat: string | undefined): Partial<Style> {
  const out: { -readonly [K in keyof Style]?: Style[K] } = {};
  if (style) {
    const font: Partial<Font> = {};
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.fontColor !== undefined) font.color = { argb: style.fontColor };
    if (Object.keys(font).length > 0) out.font = font;
    if (style.fill !== undefined) {
      const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
      out.fill = fill;
    }
    const border: Partial<Borders> = {};
    if (style.borderBottom) border.bottom = THIN;
    if (style.borderTop) border.top = THIN;
    if (Object.keys(border).length > 0) out.border = border;
    const alignment: Partial<Alignment> = {};
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (Object.keys(alignment).length > 0) out.alignment = alignment;
    if (style.locked !== undefined) {
      const protection: Partial<Protection> = { locked: style.locked };
      out.protection = protection;
    }
  }
  if (numberFormat !== undefined) out.numFmt = numberFormat;
  return out;
}
