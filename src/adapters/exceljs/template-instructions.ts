// The instructions sheet of the template: what each table is for and, for each
// column, whether it is required, what it holds and which codes it accepts.
import type { Workbook } from 'exceljs';
import { SCHEMA, type ColumnKind } from '../../data/schema';
import { t, type Lang } from '../../i18n';
import { HEADER_FONT, TITLE_FONT, WRAP } from './template-style';

/** "number (€), at least 0", "code from the list: CCN51, CCN66…" in `lang`. */
export function kindText(kind: ColumnKind, lang: Lang): string {
  switch (kind.type) {
    case 'text':
      return kind.maxLength === undefined ? t(lang, 'template.kind.text') : t(lang, 'template.kind.textMax', { max: kind.maxLength });
    case 'digits':
      return t(lang, 'template.kind.digits');
    case 'code':
      return t(lang, 'template.kind.code', { codes: kind.codes.join(', ') });
    case 'ref':
      return t(lang, kind.to === 'partner' ? 'template.kind.refPartner' : 'template.kind.refSite');
    case 'number': {
      const unit = t(lang, `template.unit.${kind.unit}`);
      const base = t(lang, kind.whole ? 'template.kind.wholeNumber' : 'template.kind.number', { unit });
      if (kind.min !== undefined && kind.max !== undefined) return t(lang, 'template.kind.between', { kind: base, min: kind.min, max: kind.max });
      if (kind.min !== undefined) return t(lang, 'template.kind.min', { kind: base, min: kind.min });
      return base;
    }
  }
}

/** Adds the instructions sheet, to be placed first in the workbook. */
export function addInstructionsSheet(wb: Workbook, lang: Lang): void {
  const ws = wb.addWorksheet(t(lang, 'template.sheet.instructions'));
  const lists = t(lang, 'template.sheet.lists');
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 45;
  ws.getColumn(4).width = 60;
  let row = 1;
  ws.getCell(row, 1).value = t(lang, 'template.title');
  ws.getCell(row, 1).font = TITLE_FONT;
  row += 2;
  for (const n of [1, 2, 3, 4, 5]) {
    ws.mergeCells(row, 1, row, 4);
    ws.getCell(row, 1).value = t(lang, `template.intro.${n}`, { lists });
    ws.getCell(row, 1).alignment = WRAP;
    ws.getRow(row).height = 30;
    row += 1;
  }
  for (const table of SCHEMA) {
    row += 1;
    ws.mergeCells(row, 1, row, 4);
    ws.getCell(row, 1).value = t(lang, `template.table.${table.table}`);
    ws.getCell(row, 1).font = { bold: true, size: 12 };
    row += 1;
    ['column', 'required', 'type', 'notes'].forEach((h, i) => {
      ws.getCell(row, i + 1).value = t(lang, `template.heading.${h}`);
      ws.getCell(row, i + 1).font = HEADER_FONT;
      ws.getCell(row, i + 1).border = { bottom: { style: 'thin' } };
    });
    row += 1;
    for (const column of table.columns) {
      const [shown, other] = lang === 'fr' ? [column.fr, column.en] : [column.en, column.fr];
      const values = [
        shown === other ? shown : `${shown} (${other})`,
        t(lang, column.required ? 'template.required.yes' : 'template.required.no'),
        kindText(column.kind, lang),
        t(lang, `template.column.${table.table}.${column.field}`),
      ];
      values.forEach((v, i) => {
        ws.getCell(row, i + 1).value = v;
        ws.getCell(row, i + 1).alignment = WRAP;
      });
      if (column.required) ws.getCell(row, 1).font = HEADER_FONT;
      row += 1;
    }
  }
}
