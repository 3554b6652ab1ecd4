import { describeFindings, lintFormula, lintPlan } from '../../../test/lint';
import { sampleData } from '../../../test/harness/sample-model';
import { RISK_CATALOGUE } from '../../domain/risk-catalogue';
import { RISK_COLS } from './risks-sheet-layout';
import { riskModelPlan } from './risks-sheet.test-support';

const cellAt = (sheet: { cells: readonly { row: number; col: number }[] }, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col) as { value?: unknown; formula?: string; expected?: unknown; style?: string } | undefined;

describe('risk register, risk map and readiness sheets in the model', () => {
  const built = riskModelPlan(sampleData(), 'fr');
  const { register } = built;

  it('keep the formula rules of MODELLING.md', () => {
    expect(describeFindings(lintPlan(built.plan))).toBe('');
    // The input sheets' formulas keep the constant rule all the same.
    for (const b of [built.builds.risks, built.builds.readiness]) {
      const problems = b.sheet.cells.filter((c) => c.formula !== undefined).flatMap((c) => lintFormula(c.formula!, 'calculation'));
      expect(problems).toEqual([]);
    }
  });

  it('writes one block per scenario, each catalogue risk once, ratings as inputs and score and band as formulas', () => {
    const sheet = built.builds.risks.sheet;
    const layout = built.builds.risks.layout;
    for (const s of register.scenarios) {
      for (const d of RISK_CATALOGUE) {
        const row = layout.row(s.code, d.id);
        expect(cellAt(sheet, row, RISK_COLS.scenario)?.value).toBe(s.code);
        expect(cellAt(sheet, row, RISK_COLS.id)?.value).toBe(d.id);
        expect(cellAt(sheet, row, RISK_COLS.likelihood)?.style).toBe('input');
        expect(cellAt(sheet, row, RISK_COLS.score)?.formula).toBe(`E${row}*F${row}`);
      }
    }
  });

  it('passes every check of its own sheets on the defaults', () => {
    expect(built.checks.filter((c) => !c.expected).map((c) => c.key)).toEqual([]);
  });

  it('counts on each heat map exactly the register’s risks of that cell', () => {
    const sheet = built.builds.riskMap.sheet;
    for (const s of register.scenarios) {
      // Counted here from the entries, apart from the engine's heatMapCounts.
      for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) {
        expect(s.heatMap[l - 1][i - 1]).toBe(s.entries.filter((e) => e.likelihood === l && e.impact === i).length);
        expect(s.residualHeatMap[l - 1][i - 1]).toBe(s.entries.filter((e) => e.residualLikelihood === l && e.residualImpact === i).length);
      }
      expect(s.heatMap.flat().reduce((a, b) => a + b, 0)).toBe(RISK_CATALOGUE.length);
    }
    const countifs = sheet.cells.filter((c) => c.formula?.startsWith('COUNTIFS(') && c.formula.includes('Risques'));
    // 2 maps × 25 cells per scenario, plus 4 bands per scenario in the summary.
    expect(countifs).toHaveLength(register.scenarios.length * (50 + 4));
    expect(countifs.reduce((a, c) => a + (c.expected as number), 0)).toBe(register.scenarios.length * (2 * RISK_CATALOGUE.length + RISK_CATALOGUE.length));
  });

  it('feeds each scenario’s mean residual score to the weighted choice', () => {
    const scoring = built.builds.scoring.sheet;
    const riskFigures = scoring.cells.filter((c) => c.formula?.startsWith("'Carte des risques'!"));
    expect(riskFigures.map((c) => c.expected)).toEqual(register.scenarios.map((s) => s.meanResidualScore));
    expect(built.scoring.figures?.map((f) => f.riskScore)).toEqual(register.scenarios.map((s) => s.meanResidualScore));
  });
});
