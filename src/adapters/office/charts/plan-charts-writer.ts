/// <reference types="office-js" />
// The charts step of the Office writer: what it needs before the commit (the previous run's
// charts, loaded with a request that is sent anyway) and what it queues in the commit.
import { t } from '../../../i18n';
import type { WorkbookPlan } from '../../../plan/types';
import { queueCharts, queueDeleteOurCharts, resolverFor } from './queue-charts';

/** The requirement set of the series calls (series.add, setValues, setXAxisValues, chartType). */
export const CHARTS_REQUIREMENT = '1.7';

export interface ChartsReport {
  readonly written: number;
  /** Charts of the plan not written (the host lacks ExcelApi 1.7). */
  readonly skipped: number;
  /** Why they were skipped, in the plan's language; null when none was. */
  readonly warning: string | null;
}

export interface PlanChartsWriter {
  readonly enabled: boolean;
  /** Queues loads of the charts on our existing sheets; they must be synced before `queue` runs. */
  loadPrevious(context: Excel.RequestContext, existing: readonly string[]): boolean;
  /** Queues, for plan sheet `index` on `ws`: removal of our previous charts there, then the plan's. */
  queue(ws: Excel.Worksheet, index: number, current: string | null): void;
  report(): ChartsReport;
}

/**
 * The charts step for `plan` with the host's requirement-set check `supports`.
 * @example const charts = planChartsWriter(plan, supports); charts.loadPrevious(context, ['Comparatif']);
 */
export function planChartsWriter(plan: WorkbookPlan, supports: (version: string) => boolean): PlanChartsWriter {
  const total = plan.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  const enabled = total > 0 && supports(CHARTS_REQUIREMENT);
  const previous = new Map<string, Excel.ChartCollection>();
  const bySheet = new Map<string, Excel.Worksheet>();
  let written = 0;
  return {
    enabled,
    loadPrevious(context, existing) {
      // A plan without charts (or a host without them) keeps the writer's request count as it was.
      if (!enabled) return false;
      for (const name of existing) previous.set(name, context.workbook.worksheets.getItem(name).charts.load('items/name'));
      return existing.length > 0;
    },
    queue(ws, index, current) {
      const sheet = plan.sheets[index];
      bySheet.set(sheet.name, ws);
      const old = current === null ? undefined : previous.get(current);
      if (old) queueDeleteOurCharts(old);
      if (!enabled || !sheet.charts?.length) return;
      // Every chart reads its own sheet; other plan sheets are resolved as they are queued.
      queueCharts(ws, sheet.charts, resolverFor(bySheet), { axisFormat: supports('1.8') });
      written += sheet.charts.length;
    },
    report: () => ({
      written,
      skipped: total - written,
      warning: total > 0 && !enabled ? t(plan.lang, 'chart.warning.unsupported', { version: CHARTS_REQUIREMENT }) : null,
    }),
  };
}
