import fc from 'fast-check';
import { movedInputs } from './moved-inputs';
import { scenarioClosedForm } from './scenario-closed-form';
import { scenarioNpv } from './scenario-npv';
import { scenarioOutcome } from '../scenarios/scenario-outcome';
import { paybackPeriod } from '../payback-period';
import { sampleCase } from './sensitivity.test-support';
import { sensitivityDrivers } from './sensitivity-drivers';

describe('scenarioClosedForm', () => {
  const c = sampleCase();
  const drivers = sensitivityDrivers(c.entries);
  const forms = c.definitions.map((d) => scenarioClosedForm(c.bases, d, c.globals, drivers));
  // Each driver anywhere from half its low to 1.5 × its high (slip up to 2.5 years), rates never ≤ −1.
  const valuesArb = fc.tuple(...drivers.map((d) => fc.double({
    min: Math.min(d.low, d.high) * 0.5 - (d.kind === 'rampUpSlip' ? 0.5 : 0),
    max: Math.max(d.low, d.high) * 1.5 + (d.kind === 'rampUpSlip' ? 1 : 0), noNaN: true,
  })));

  it('equals scenarioOutcome re-run with the drivers moved, at random driver values', () => {
    fc.assert(fc.property(fc.nat({ max: c.definitions.length - 1 }), valuesArb, (s, values) => {
      const moved = movedInputs(c.bases, c.definitions[s], c.globals, drivers, values);
      const outcome = scenarioOutcome(moved.bases, moved.definition, moved.globals);
      const nb = forms[s].netBenefitByYear(values);
      nb.forEach((v, t) => expect(Math.abs(v - outcome.netBenefitByYearEur[t])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v))));
      const { npvEur, paybackWithinHorizon } = forms[s].evaluate(values);
      const engineNpv = scenarioNpv(moved);
      expect(Math.abs(npvEur - engineNpv)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(engineNpv)));
      expect(paybackWithinHorizon).toBe(outcome.partnersIncluded > 0 && paybackPeriod(outcome.netBenefitByYearEur).ok);
    }), { seed: 7, numRuns: 200 });
  });
});
