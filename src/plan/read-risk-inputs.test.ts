import { sampleData } from '../../test/harness/sample-model';
import type { CellValue } from '../data/types';
import { readRiskInputs } from './read-risk-inputs';
import { RISK_COLS } from './sheets/risks-sheet-layout';
import { riskModelPlan } from './sheets/risks-sheet.test-support';
import { planSheetRows } from './plan-sheet-rows.test-support';

/** The sheet as a spreadsheet would hand it back: values, and formulas' results. */
describe('readRiskInputs', () => {
  const data = sampleData();
  const fr = riskModelPlan(data, 'fr');
  const layout = fr.builds.risks.layout;
  const rows = () => planSheetRows(fr.builds.risks.sheet);

  it('reads nothing typed from a register as generated, in either language', () => {
    const read = readRiskInputs(rows());
    expect(Object.keys(read)).toEqual(['S1', 'S2', 'S3']);
    expect(Object.values(read).flatMap((byId) => Object.values(byId)).every((o) => Object.keys(o).length === 0)).toBe(true);
    const en = readRiskInputs(planSheetRows(riskModelPlan(data, 'en').builds.risks.sheet));
    expect(Object.values(en).flatMap((byId) => Object.values(byId)).every((o) => Object.keys(o).length === 0)).toBe(true);
  });

  it('keeps an edited rating, owner and mitigation through a regeneration, matched by scenario and risk id', () => {
    const r = rows();
    const at = (code: string, id: string, col: number, value: CellValue) => { r[layout.row(code, id) - 1][col - 1] = value; };
    at('S3', 'HUM-02', RISK_COLS.likelihood, 3);
    at('S2', 'FIN-03', RISK_COLS.owner, 'M. Bernard (trésorier)');
    at('S1', 'GOV-01', RISK_COLS.mitigation, 'Réunion mensuelle du binôme');
    at('S1', 'GOV-03', RISK_COLS.owner, null); // cleared
    const read = readRiskInputs(r);
    expect(read.S3['HUM-02']).toEqual({ likelihood: 3 });
    expect(read.S2['FIN-03']).toEqual({ owner: 'M. Bernard (trésorier)' });
    expect(read.S1['GOV-01']).toEqual({ mitigation: 'Réunion mensuelle du binôme' });
    expect(read.S1['GOV-03']).toEqual({ owner: '' });

    // Regenerated in English: the edits stand in the same cells, the untouched texts are in English.
    const again = riskModelPlan(data, 'en', { risks: read });
    const cell = (code: string, id: string, col: number) => again.builds.risks.sheet.cells.find((c) => c.row === layout.row(code, id) && c.col === col)?.value;
    expect(cell('S3', 'HUM-02', RISK_COLS.likelihood)).toBe(3);
    expect(cell('S2', 'FIN-03', RISK_COLS.owner)).toBe('M. Bernard (trésorier)');
    expect(cell('S1', 'GOV-01', RISK_COLS.mitigation)).toBe('Réunion mensuelle du binôme');
    expect(cell('S1', 'GOV-03', RISK_COLS.owner)).toBe('');
    expect(cell('S1', 'FIN-03', RISK_COLS.owner)).toBe('Finance director');
    // The proposal beside the edit still shows what the model proposes.
    expect(cell('S3', 'HUM-02', RISK_COLS.proposedLikelihood)).toBe(5);
  });

  it('follows the moved rows of a register whose blocks were reordered, and ignores unknown scenarios and risks', () => {
    const r = rows();
    r[layout.row('S3', 'LEG-03') - 1][RISK_COLS.residualImpact - 1] = 2;
    const s3 = r.slice(layout.titleRow('S3') - 1, layout.row('S3', 'OVS-02'));
    const moved = [...r.slice(0, layout.firstRow - 1), ...s3, ['S7', 'HUM-01', null, null, 4], ['S1', 'XYZ-01', null, null, 4]];
    const read = readRiskInputs(moved);
    expect(Object.keys(read)).toEqual(['S3', 'S7']);
    expect(read.S3['LEG-03']).toEqual({ residualImpact: 2 });
    // A row without a proposal: its rating is kept as typed.
    expect(read.S7['HUM-01']).toMatchObject({ likelihood: 4 });
  });
});
