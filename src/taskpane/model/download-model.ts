// The preview's "download the model": the plan written to .xlsx in the browser by
// the same ExcelJS adapter the CLI uses, handed to the browser as a file.
import type { WorkbookPlan } from '../../plan/types';

export async function downloadModel(plan: WorkbookPlan, fileName: string): Promise<void> {
  // ExcelJS is loaded on demand: the pane starts without its megabyte.
  const { writePlan } = await import(/* webpackChunkName: "exceljs" */ '../../adapters/exceljs/write-plan');
  const bytes = await writePlan(plan);
  const blob = new Blob([new Uint8Array(bytes)], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
