// The risk register, the risk map, the readiness checklist and the weighted choice with its risk
// criterion, recalculated by LibreOffice within buildModel's plan: every formula equal to the engine,
// the heat maps counting what the recalculated register holds, and a user's edits (a rating, an
// owner, a mitigation, a readiness score and weight) read back from the recalculated workbook and
// regenerated into the same cells. Two LibreOffice runs in all.
import { writePlan } from '../../src/adapters/exceljs';
import { cellAddress } from '../../src/adapters/exceljs/plan-address';
import type { CellValue } from '../../src/data/types';
import { RISK_RATING_MAX } from '../../src/domain/risk-catalogue';
import { defaultReadinessInputs } from '../../src/engine/risks/readiness-defaults';
import { readReadinessInputs } from '../../src/plan/read-readiness-inputs';
import { readRiskInputs } from '../../src/plan/read-risk-inputs';
import { READINESS_COLS, READINESS_FIRST_ROW } from '../../src/plan/sheets/readiness-sheet-layout';
import { RISK_COLS, type RiskRegisterLayout } from '../../src/plan/sheets/risks-sheet-layout';
import { riskModelPlan } from '../../src/plan/sheets/risks-sheet.test-support';
import type { PlanCell, PlanSheet, WorkbookPlan } from '../../src/plan/types';
import { compareWithPlan, describeMismatches, errorCells } from '../harness/compare-with-plan';
import type { Grid } from '../harness/grid';
import { describeWithLibreOffice } from '../harness/libreoffice';
import { sampleData } from '../harness/sample-model';
import { describeFindings, lintPlan } from '../lint';

/** A recalculated sheet as rows of values from A1, as the read-back functions take them. */
function rowsOf(grid: Grid, sheet: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [address, cell] of Object.entries(grid.sheets[sheet] ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    while (rows.length < row) rows.push([]);
    while (rows[row - 1].length < col) rows[row - 1].push(null);
    rows[row - 1][col - 1] = cell.value as CellValue;
  }
  return rows;
}

/** The plan with some input cells of one sheet set as a user would type them. */
function withEdits(plan: WorkbookPlan, key: string, edits: readonly { row: number; col: number; value: CellValue }[]): WorkbookPlan {
  const edit = (s: PlanSheet): PlanSheet => ({
    ...s,
    cells: s.cells.map((c): PlanCell => {
      const e = edits.find((x) => x.row === c.row && x.col === c.col);
      if (!e) return c;
      expect(c.style).toBe('input');
      return { ...c, value: e.value };
    }),
  });
  return { ...plan, sheets: plan.sheets.map((s) => (s.key === key ? edit(s) : s)) };
}

/** Counts of the recalculated register's (likelihood, impact) pairs, by scenario: what each heat map must show. */
function countsInGrid(grid: Grid, sheet: string, layout: RiskRegisterLayout, code: string, residual: boolean): number[][] {
  const cells = grid.sheets[sheet];
  const out = Array.from({ length: RISK_RATING_MAX }, () => Array.from({ length: RISK_RATING_MAX }, () => 0));
  for (let row = layout.firstRow; row <= layout.lastRow; row++) {
    if (cells[cellAddress(row, RISK_COLS.scenario)]?.value !== code) continue;
    const l = cells[cellAddress(row, residual ? RISK_COLS.residualLikelihood : RISK_COLS.likelihood)]?.value as number;
    const i = cells[cellAddress(row, residual ? RISK_COLS.residualImpact : RISK_COLS.impact)]?.value as number;
    out[l - 1][i - 1] += 1;
  }
  return out;
}

describeWithLibreOffice('LibreOffice recalculation of the risk, risk map, readiness and weighted-choice sheets', (session) => {
  it('agrees with the engine on every formula cell, and each heat map counts the recalculated register', async () => {
    const built = riskModelPlan(sampleData(), 'fr');
    expect(describeFindings(lintPlan(built.plan))).toBe('');
    const grid = await session().recalculateGrid(await writePlan(built.plan));
    const { compared, mismatches } = compareWithPlan(built.plan, grid);
    expect(errorCells(grid).slice(0, 20)).toEqual([]);
    expect(describeMismatches(mismatches)).toBe('');
    const ours = ['risks', 'riskMap', 'readiness', 'scoring'].map((k) => built.plan.sheets.find((s) => s.key === k)!);
    const formulas = ours.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
    console.log(`LibreOffice, risks: ${compared} formula cells compared, ${formulas} on the risk, map, readiness and scoring sheets, ${mismatches.length} mismatches`);
    expect(formulas).toBeGreaterThan(400);

    // The maps as LibreOffice computed them, against the pairs LibreOffice holds in the register.
    const layout = built.builds.risks.layout;
    const map = built.builds.riskMap.sheet;
    for (const s of built.register.scenarios) {
      for (const residual of [false, true]) {
        const expected = countsInGrid(grid, layout.sheetName, layout, s.code, residual);
        const cellsOfMap = map.cells.filter((c) => c.formula?.startsWith('COUNTIFS(') && c.formula.includes(`$A$`) && c.formula.includes(residual ? '$K$' : '$E$'));
        const mine = cellsOfMap.filter((c) => grid.sheets[map.name][cellAddress(c.row, c.col)] !== undefined);
        const got = Array.from({ length: RISK_RATING_MAX }, () => Array.from({ length: RISK_RATING_MAX }, () => 0));
        // Each map cell: its likelihood on its row's label, its impact on its column's header.
        for (const c of mine) {
          const titleOf = (c.formula!.match(/,\$A\$(\d+),/) ?? [])[1];
          if (grid.sheets[map.name][`A${titleOf}`]?.value !== s.code) continue;
          const labelCol = residual ? 9 : 2;
          const l = grid.sheets[map.name][cellAddress(c.row, labelCol)]?.value as number;
          const headerRow = Number((c.formula!.match(/,[A-Z]+\$(\d+)\)$/) ?? [])[1]);
          const i = grid.sheets[map.name][cellAddress(headerRow, c.col)]?.value as number;
          got[l - 1][i - 1] = grid.sheets[map.name][cellAddress(c.row, c.col)]?.value as number;
        }
        expect(got).toEqual(expected);
        expect(got).toEqual(residual ? s.residualHeatMap : s.heatMap);
      }
    }
    // The weighted choice reads the map's risk scores.
    const at = (ref: string) => {
      const m = /^'(.+)'!\$([A-Z]+)\$(\d+)$/.exec(ref)!;
      return grid.sheets[m[1].replace(/''/g, "'")][`${m[2]}${m[3]}`]?.value;
    };
    built.register.scenarios.forEach((s) => expect(at(built.builds.riskMap.refs.riskScore(s.code))).toBeCloseTo(s.meanResidualScore, 9));
  });

  it('keeps a user’s rating, owner, mitigation, readiness score and weight through a regeneration', async () => {
    const data = sampleData();
    const before = riskModelPlan(data, 'en');
    const layout = before.builds.risks.layout;
    const s3 = before.register.scenarios.find((s) => s.code === 'S3')!;
    const hum02 = s3.entries.find((e) => e.id === 'HUM-02')!;
    expect(hum02.likelihood).toBe(5);
    const edits = [
      { row: layout.row('S3', 'HUM-02'), col: RISK_COLS.likelihood, value: 2 },
      { row: layout.row('S3', 'LEG-03'), col: RISK_COLS.residualImpact, value: 3 },
      { row: layout.row('S1', 'FIN-01'), col: RISK_COLS.owner, value: 'Mrs Durand, treasurer' },
      { row: layout.row('S2', 'GOV-01'), col: RISK_COLS.mitigation, value: 'Governance charter signed before the GCSMS' },
    ];
    const readinessEdits = [
      { row: READINESS_FIRST_ROW + 3, col: READINESS_COLS.score, value: 2 }, // RDY-04
      { row: READINESS_FIRST_ROW + 5, col: READINESS_COLS.weight, value: 1 }, // RDY-06
    ];
    const edited = withEdits(withEdits(before.plan, 'risks', edits), 'readiness', readinessEdits);
    const grid = await session().recalculateGrid(await writePlan(edited));
    expect(errorCells(grid).slice(0, 20)).toEqual([]);

    const risks = readRiskInputs(rowsOf(grid, layout.sheetName));
    expect(risks).toEqual({
      S1: expect.objectContaining({ 'FIN-01': { owner: 'Mrs Durand, treasurer' } }),
      S2: expect.objectContaining({ 'GOV-01': { mitigation: 'Governance charter signed before the GCSMS' } }),
      S3: expect.objectContaining({ 'HUM-02': { likelihood: 2 }, 'LEG-03': { residualImpact: 3 } }),
    });
    // Nothing else reads as typed: every other row matches its proposal and the catalogue's texts.
    expect(Object.values(risks).flatMap((byId) => Object.values(byId)).filter((o) => Object.keys(o).length > 0)).toHaveLength(4);
    const readiness = readReadinessInputs(rowsOf(grid, before.builds.readiness.sheet.name), defaultReadinessInputs());
    expect(readiness.scores['RDY-04']).toBe(2);
    expect(readiness.weights['RDY-06']).toBe(1);

    // Regenerated with what was read back: the same inputs in the same cells, and every formula of the
    // new plan equal to what LibreOffice computed from the user's edited workbook.
    const after = riskModelPlan(data, 'en', { risks, readiness });
    for (const e of [...edits]) expect(after.builds.risks.sheet.cells.find((c) => c.row === e.row && c.col === e.col)?.value).toBe(e.value);
    expect(after.register.scenarios.find((s) => s.code === 'S3')!.entries.find((e) => e.id === 'HUM-02')!.score).toBe(2 * hum02.impact);
    const { mismatches } = compareWithPlan(after.plan, grid);
    expect(describeMismatches(mismatches)).toBe('');
  });
});
