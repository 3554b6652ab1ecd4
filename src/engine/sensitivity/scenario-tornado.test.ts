import { netPresentValue } from '../net-present-value';
import { scenarioOutcome } from '../scenarios/scenario-outcome';
import { scenarioTornado } from './scenario-tornado';
import { sampleCase } from './sensitivity.test-support';
import { sensitivityDrivers } from './sensitivity-drivers';

const npv = (nb: readonly number[], rate: number) => {
  const v = netPresentValue(nb, rate);
  if (!v.ok) throw new Error(v.reason);
  return v.value;
};
/** Present value at `rate` of a row: x_0 + Σ x_t / (1 + rate)^t. */
const pv = npv;

describe('scenarioTornado on the sample', () => {
  const c = sampleCase();
  const drivers = sensitivityDrivers(c.entries);

  it('the tornado’s swings equal the differences of two engine runs (savings rates and discount rate moved by hand)', () => {
    for (const d of c.definitions) {
      const tornado = scenarioTornado(c.bases, d, c.globals, drivers);
      drivers.forEach((driver, i) => {
        if (driver.kind !== 'savingsRate' && driver.kind !== 'discountRate') return;
        const run = (value: number) => {
          const globals = driver.kind === 'discountRate'
            ? { ...c.globals, discountRate: value }
            : { ...c.globals, functions: c.globals.functions.map((g, f) => (f === driver.functionIndex ? { ...g, savingsRate: value } : g)) };
          return npv(scenarioOutcome(c.bases, d, globals).netBenefitByYearEur, globals.discountRate);
        };
        const bar = tornado.bars[i];
        expect(bar.npvAtLowEur).toBeCloseTo(run(driver.low), 6);
        expect(bar.npvAtHighEur).toBeCloseTo(run(driver.high), 6);
        expect(bar.swingEur).toBeCloseTo(Math.abs(run(driver.high) - run(driver.low)), 6);
      });
    }
  });

  it('moves NPV linearly in the factors: swing = (high − low) × the present value of the row scaled', () => {
    const d = c.definitions[3];
    const o = scenarioOutcome(c.bases, d, c.globals);
    const r = c.globals.discountRate;
    const tornado = scenarioTornado(c.bases, d, c.globals, drivers);
    const bar = (kind: string) => tornado.bars[drivers.findIndex((x) => x.kind === kind)];
    expect(bar('oneOff').swingEur).toBeCloseTo((1.5 - 0.8) * pv(o.oneOff.byYearEur, r), 4);
    expect(bar('harmonisation').swingEur).toBeCloseTo((1.5 - 0.5) * pv(o.harmonisationByYearEur, r), 4);
    expect(bar('siteSavings').swingEur).toBeCloseTo((1 - 0.5) * d.shareKept * pv(o.siteSavingsByYearEur, r), 4);
    expect(bar('oneOff').npvAtHighEur).toBeLessThan(tornado.baseNpvEur);
  });

  it('a one-year slip moves every year’s savings one year later', () => {
    const d = c.definitions[0];
    const o = scenarioOutcome(c.bases, d, c.globals);
    const shifted = o.savingsByYearEur.map((_, t) => (t === 0 ? 0 : o.savingsByYearEur[t - 1]));
    const expected = pv(shifted, c.globals.discountRate) - pv(o.savingsByYearEur, c.globals.discountRate);
    const bar = scenarioTornado(c.bases, d, c.globals, drivers).bars[drivers.findIndex((x) => x.kind === 'rampUpSlip')];
    expect(bar.npvAtHighEur - bar.npvAtLowEur).toBeCloseTo(d.shareKept * expected, 4);
  });

  it('sorts the bars largest swing first, equal swings in the drivers’ order', () => {
    const tornado = scenarioTornado(c.bases, c.definitions[0], c.globals, drivers);
    const swings = tornado.order.map((i) => tornado.bars[i].swingEur);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const zeros = tornado.order.filter((i) => tornado.bars[i].swingEur === 0);
    expect(zeros).toEqual([...zeros].sort((a, b) => a - b));
  });
});
