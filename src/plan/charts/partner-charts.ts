// The partners side by side on the Comparatif sheet (issue 8): their expense structure
// (stacked bars of groupes I, II and III) and their size (authorised places and FTE). The
// rows are found by the labels the comparison sheet gives them (comparison-sheet.ts).
import { GROUPS } from '../../domain/codes';
import type { Translate } from '../../i18n';
import { FIRST_PARTNER_COL, LABEL_COL, NAME_ROW } from '../sheets/partner-columns';
import type { PlanChart, PlanChartSeries, PlanSheet } from '../types';
import { CHART_FORMAT_EUR, chartAnchor } from './chart-anchor';
import { cellAddress, cellText, ChartLayoutError, rowRange, rowWhere } from './sheet-lookup';

/** The label of a charges row by group, as comparison-sheet.ts writes it. */
export function chargesGroupLabel(t: Translate, group: string): string {
  return t('sheet.common.groupRow', {
    side: t('sheet.common.side.CHARGES'), group: t(`domain.group.${group}`), title: t('domain.groupTitle.CHARGES.' + group),
  });
}

function partnerSeries(sheet: PlanSheet, partnerCount: number, label: string): PlanChartSeries {
  if (partnerCount < 1) throw new ChartLayoutError('No partner to chart');
  const row = rowWhere(sheet, LABEL_COL, (c) => c.value === label, `"${label}"`);
  const last = FIRST_PARTNER_COL + partnerCount - 1;
  return {
    name: cellText({ row, col: LABEL_COL, value: label }),
    nameRef: cellAddress(sheet, row, LABEL_COL),
    values: rowRange(sheet, row, FIRST_PARTNER_COL, last),
    categories: rowRange(sheet, NAME_ROW, FIRST_PARTNER_COL, last),
  };
}

/**
 * Each partner's charges by group, stacked (groupe I, II, III), one bar per partner.
 * @example expenseStructureChart(t, comparisonBuild.sheet, data.partners.length)
 */
export function expenseStructureChart(t: Translate, sheet: PlanSheet, partnerCount: number, slot = 0): PlanChart {
  return {
    key: 'expenseStructure',
    type: 'stackedBar',
    title: t('chart.expenses.title'),
    categoryAxisTitle: t('chart.axis.partner'),
    valueAxisTitle: t('chart.axis.eur'),
    valueFormat: CHART_FORMAT_EUR,
    series: GROUPS.map((g) => partnerSeries(sheet, partnerCount, chargesGroupLabel(t, g))),
    anchor: chartAnchor(sheet, slot),
  };
}

/**
 * Each partner's authorised places and FTE (all categories), side by side.
 * @example capacityByPartnerChart(t, comparisonBuild.sheet, data.partners.length, 1)
 */
export function capacityByPartnerChart(t: Translate, sheet: PlanSheet, partnerCount: number, slot = 0): PlanChart {
  return {
    key: 'capacityByPartner',
    type: 'bar',
    title: t('chart.capacity.title'),
    categoryAxisTitle: t('chart.axis.partner'),
    valueAxisTitle: t('chart.axis.count'),
    valueFormat: '#,##0',
    series: [
      partnerSeries(sheet, partnerCount, t('sheet.comparison.places')),
      partnerSeries(sheet, partnerCount, t('sheet.comparison.total.fte')),
    ],
    anchor: chartAnchor(sheet, slot),
  };
}
