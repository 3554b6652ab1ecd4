import { handWorkedData } from '../engine/comparison/data-builders.test-support';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import { FIRST_SCENARIO_COL, SCENARIOS_HEADER_ROW, scenarioLeverBound, scenariosSheetLayout } from './scenarios-layout';

const data = handWorkedData(); // partners A, B, A*; sites S1, S2 (A), S3 (B)
const layout = scenariosSheetLayout(data, ['S1', 'S2', 'S3'], 'Scénarios');

describe('scenariosSheetLayout', () => {
  it('puts S1 in column D, S2 in E, S3 in F and the note column after them', () => {
    expect(FIRST_SCENARIO_COL).toBe(4);
    expect([layout.col('S1'), layout.col('S2'), layout.col('S3')]).toEqual([4, 5, 6]);
    expect(layout.noteCol).toBe(7);
    expect(() => layout.col('S4')).toThrow('No scenario S4');
  });

  it('orders the rows: name, form, partners in data order, then each function, switches, sites, costs, financing', () => {
    // Header on row 6, then title rows between groups: general 7, name 8, form 9, partners title 10, A 11, B 12, A* 13,
    // first function title 14 and its levers 15–18; 14 functions × 5 rows end on row 83.
    expect(SCENARIOS_HEADER_ROW).toBe(6);
    expect(['name', 'form', 'partner.A', 'partner.B', 'partner.A*'].map(layout.row)).toEqual([8, 9, 11, 12, 13]);
    expect(POOLED_FUNCTIONS[0]).toBe('DIRECTION_GENERALE');
    expect(['pooled', 'bottomUp', 'fteRemoved', 'oneOffEur'].map((l) => layout.row(`${l}.DIRECTION_GENERALE`))).toEqual([15, 16, 17, 18]);
    expect(layout.row(`oneOffEur.${POOLED_FUNCTIONS[13]}`)).toBe(83);
    expect(['harmonisation', 'itMigration', 'changeManagement'].map(layout.row)).toEqual([85, 86, 87]);
    expect(['site.S1', 'site.S2', 'site.S3', 'movingCostPerSiteEur'].map(layout.row)).toEqual([89, 90, 91, 92]);
    expect(['newHeadOfficeEurPerYear', 'legalFeesEur', 'shareKept', 'delayYears'].map(layout.row)).toEqual([94, 95, 96, 97]);
    expect(['grantsEur', 'loansEur', 'loanYears'].map(layout.row)).toEqual([99, 100, 101]);
    expect(layout.sections.map((s) => s.titleRow).slice(0, 3)).toEqual([7, 10, 14]);
    expect(layout.lastRow).toBe(101);
  });

  it('gives absolute sheet-qualified addresses and flag ranges', () => {
    expect(layout.ref('S2', 'shareKept')).toBe("'Scénarios'!$E$96");
    expect(layout.partnerFlags('S1')).toBe("'Scénarios'!$D$11:$D$13");
    expect(layout.siteFlags('S3')).toBe("'Scénarios'!$F$89:$F$91");
    expect(() => layout.row('pooled.LOCAUX')).toThrow('No lever pooled.LOCAUX');
  });

  it('has no site flags without sites, and still the moving cost row', () => {
    const bare = scenariosSheetLayout({ ...data, sites: [] }, ['S1'], 'Scenarios');
    expect(bare.siteFlags('S1')).toBeNull();
    expect(bare.row('movingCostPerSiteEur')).toBe(bare.row('changeManagement') + 2);
  });

  it('bounds flags to whole 0–1, years to whole 0–30 and the share kept to 0–1', () => {
    expect(scenarioLeverBound('flag')).toEqual({ kind: 'whole', min: 0, max: 1 });
    expect(scenarioLeverBound('years')).toEqual({ kind: 'whole', min: 0, max: 30 });
    expect(scenarioLeverBound('rate')).toEqual({ kind: 'decimal', min: 0, max: 1 });
    expect(scenarioLeverBound('eur').min).toBe(0);
  });
});
