/// <reference types="office-js" />
// After a failed request: remove what this run added (temporary sheets, new
// sheets), give renamed sheets their names back and protect again what was
// protected, so that the previous model and the user's sheets stay as they were.
// Three round trips, on the failure path only: find, undo, protect.
import type { SheetTarget } from './plan-sheet-names';
import type { WorkbookState } from './workbook-state';

const fold = (s: string): string => s.toLowerCase();
const PROTECTION = { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true };

export async function cleanUp(
  context: Excel.RequestContext,
  temps: readonly string[],
  targets: readonly SheetTarget[],
  state: WorkbookState,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const find = (name: string): Excel.Worksheet => sheets.getItemOrNullObject(name).load('name');
  const added = [...temps, ...targets.filter((t) => !t.current).map((t) => t.final)].map(find);
  const ours = targets
    .filter((t) => t.current !== null)
    .map((t) => ({
      target: t,
      underCurrent: find(t.current as string),
      underFinal: t.current !== t.final ? find(t.final) : null,
      protectedBefore: state.sheets.get(fold(t.current as string))?.protected ?? false,
    }));
  await context.sync();

  for (const ws of added) if (!ws.isNullObject) ws.delete();
  const protections: Excel.WorksheetProtection[] = [];
  for (const o of ours) {
    let ws: Excel.Worksheet | null = o.underCurrent.isNullObject ? null : o.underCurrent;
    if (!ws && o.underFinal && !o.underFinal.isNullObject) {
      o.underFinal.name = o.target.current as string;
      ws = o.underFinal;
    }
    if (ws && o.protectedBefore) protections.push(ws.protection.load('protected'));
  }
  await context.sync();

  if (protections.length === 0) return;
  for (const p of protections) if (!p.protected) p.protect(PROTECTION);
  await context.sync();
}
