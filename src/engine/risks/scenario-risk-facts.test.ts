import type { CooperationData, Partner, StaffGroup } from '../../data/types';
import { aDefinition } from '../scenarios/scenario-builders.test-support';
import type { ScenarioBases, ScenarioOutcome } from '../scenarios/types';
import { scenarioRiskFacts } from './scenario-risk-facts';

const partner = (code: string, agreement: Partner['agreement']) => ({ code, agreement }) as Partner;
const staff = (p: string, agreement: StaffGroup['agreement']) => ({ partner: p, agreement }) as StaffGroup;
// Three partners: A (CCN66 staff, one group on CCN51), B (CCN66, no staff rows), C (BAD, left out below).
const data = {
  partners: [partner('A', 'CCN66'), partner('B', 'CCN66'), partner('C', 'BAD')],
  sites: [], budgets: [],
  staff: [staff('a', 'CCN66'), staff('A', 'CCN51'), staff('C', 'BAD')],
} as unknown as CooperationData;
const bases = {
  staffPayrollEur: [1_000_000, 500_000, 300_000],
  chargesEur: [2_000_000, 1_000_000, 4_000_000],
  // Sites: two of A, one of B, three of C, one without a partner.
  sitePartnerIndex: [0, 0, 1, 2, 2, 2, -1],
} as unknown as ScenarioBases;
const outcome = { harmonisationByYearEur: [0, 9_000, 18_000, 18_540], functionsPooled: 4 } as unknown as ScenarioOutcome;

describe('scenarioRiskFacts', () => {
  it('gathers what the default ratings follow, over the partners taking part', () => {
    const def = aDefinition(3, 7, { code: 'S3', form: 'FUSION_ABSORPTION', partnerFlags: [1, 1, 0], harmonisation: 1, newHeadOfficeEurPerYear: 50_000 });
    expect(scenarioRiskFacts(data, bases, def, outcome)).toEqual({
      code: 'S3', form: 'FUSION_ABSORPTION', integrationLevel: 5,
      // Peak 18 540 € / payroll of A and B 1 500 000 € = 1.236 %.
      harmonisationShare: 18_540 / 1_500_000,
      harmonisationOn: true,
      // CCN66 (A's first group, matched case-apart) and CCN51; B adds its own CCN66; C is out.
      agreements: 2,
      sites: 3,
      // (2 000 000 + 1 000 000) / 2 000 000 = 1.5.
      scaleRatio: 1.5,
      newHeadOfficeEurPerYear: 50_000,
      functionsPooled: 4,
    });
  });

  it('gives no share and no ratio when the partners in have no payroll or charges', () => {
    const def = aDefinition(3, 7, { partnerFlags: [0, 0, 0] });
    expect(scenarioRiskFacts(data, bases, def, outcome)).toMatchObject({ harmonisationShare: null, scaleRatio: null, agreements: 0, sites: 0, integrationLevel: 1 });
  });
});
