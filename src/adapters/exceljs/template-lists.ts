// The visible "Listes" sheet: every code list of the schema, code and label
// side by side; the tables' dropdowns refer to its ranges, since an inline list
// is limited to 255 characters.
import type { Workbook } from 'exceljs';
import { SCHEMA, type ColumnKind } from '../../data/schema';
import { hasText, t, type Lang } from '../../i18n';
import { HEADER_FONT, TITLE_FONT, fittingWidth } from './template-style';

type CodeKind = Extract<ColumnKind, { type: 'code' }>;

/** The key under which two columns share one list (Partenaires and Effectifs share the agreements). */
export function listKey(kind: CodeKind): string {
  return kind.codes.join('|');
}

/**
 * Adds the lists sheet and returns, per list key, the absolute range of its
 * codes (`'Listes'!$A$3:$A$8`) for list validations.
 */
export function addListsSheet(wb: Workbook, lang: Lang): Map<string, string> {
  const sheetName = t(lang, 'template.sheet.lists');
  const ws = wb.addWorksheet(sheetName);
  ws.getCell(1, 1).value = t(lang, 'template.lists.title');
  ws.getCell(1, 1).font = TITLE_FONT;
  const ranges = new Map<string, string>();
  let col = 1;
  for (const table of SCHEMA) {
    for (const column of table.columns) {
      if (column.kind.type !== 'code' || ranges.has(listKey(column.kind))) continue;
      const { codes, labelPrefix } = column.kind;
      const label = (code: string): string => {
        const key = `${labelPrefix}.${code}`;
        return labelPrefix !== null && hasText(lang, key) ? t(lang, key) : '';
      };
      ws.getCell(2, col).value = lang === 'fr' ? column.fr : column.en;
      ws.getCell(2, col + 1).value = t(lang, 'template.lists.label');
      ws.getCell(2, col).font = HEADER_FONT;
      ws.getCell(2, col + 1).font = HEADER_FONT;
      codes.forEach((code, i) => {
        ws.getCell(3 + i, col).value = code;
        ws.getCell(3 + i, col + 1).value = label(code) || null;
      });
      ws.getColumn(col).width = fittingWidth([column.fr, column.en, ...codes]);
      ws.getColumn(col + 1).width = fittingWidth(codes.map(label));
      const letter = ws.getColumn(col).letter;
      ranges.set(listKey(column.kind), `'${sheetName}'!$${letter}$3:$${letter}$${2 + codes.length}`);
      col += 3;
    }
  }
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return ranges;
}
