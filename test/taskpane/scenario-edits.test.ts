// The pane's scenario edits, replayed on the workbook's scenarios at the next generation:
// add from a default, copy, remove (never the last one), lever changes by code.
import fc from 'fast-check';
import { validateWorkbook } from '../../src/data';
import type { CooperationData } from '../../src/data/types';
import { defaultScenarios } from '../../src/engine/scenarios';
import type { ScenarioDefinition } from '../../src/engine/scenarios/types';
import { sampleRawWorkbook } from '../../src/sample';
import {
  applyScenarioEdits, codesAfter, nextScenarioCode, type ScenarioEdit,
} from '../../src/taskpane/model/scenario-edits';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

const data = sample();
const templates = defaultScenarios(data);
const ctx = { data, templates };
const codes = (list: readonly ScenarioDefinition[]) => list.map((s) => s.code);

describe('nextScenarioCode', () => {
  it('takes the number after the highest in use, so that a removed code is not given again', () => {
    expect(nextScenarioCode(['S1', 'S2', 'S3'])).toBe('S4');
    expect(nextScenarioCode(['S1', 'S3'])).toBe('S4');
    expect(nextScenarioCode(['S2', 'S10'])).toBe('S11');
    expect(nextScenarioCode([])).toBe('S1');
  });

  it('counts the codes the pane gave, even to a scenario removed since', () => {
    const edits: ScenarioEdit[] = [{ kind: 'add', code: 'S4', template: 'S1' }, { kind: 'remove', code: 'S4' }];
    expect(nextScenarioCode(codesAfter(['S1', 'S2', 'S3'], edits))).toBe('S5');
  });
});

describe('applyScenarioEdits', () => {
  it('adds a scenario made from a default, under its new code', () => {
    const list = applyScenarioEdits(templates, [{ kind: 'add', code: 'S4', template: 'S3' }], ctx);
    expect(codes(list)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect({ ...list[3], code: 'S3' }).toEqual(templates[2]);
  });

  it('copies a scenario as it stands when copied: earlier edits come along, later ones do not', () => {
    const list = applyScenarioEdits(templates, [
      { kind: 'scalar', code: 'S2', lever: 'legalFeesEur', value: 55_000 },
      { kind: 'copy', code: 'S4', source: 'S2' },
      { kind: 'scalar', code: 'S2', lever: 'legalFeesEur', value: 70_000 },
    ], ctx);
    expect(list.find((s) => s.code === 'S4')?.legalFeesEur).toBe(55_000);
    expect(list.find((s) => s.code === 'S2')?.legalFeesEur).toBe(70_000);
    expect(list.find((s) => s.code === 'S4')?.form).toBe('GCSMS');
  });

  it('removes a scenario, but never the last one', () => {
    expect(codes(applyScenarioEdits(templates, [{ kind: 'remove', code: 'S2' }], ctx))).toEqual(['S1', 'S3']);
    const one = applyScenarioEdits(templates, [
      { kind: 'remove', code: 'S1' }, { kind: 'remove', code: 'S2' }, { kind: 'remove', code: 'S3' },
    ], ctx);
    expect(codes(one)).toEqual(['S3']);
  });

  it('sets a partner’s and a site’s flag by code, whatever their position', () => {
    // Sample order: TILLEULS, HORIZONS, PASSERELLE; sites: HOR-SIEGE is the 7th.
    const list = applyScenarioEdits(templates, [
      { kind: 'partner', code: 'S1', partner: 'HORIZONS', value: 0 },
      { kind: 'site', code: 'S1', site: 'HOR-SIEGE', value: 1 },
    ], ctx);
    expect(list[0].partnerFlags).toEqual([1, 0, 1]);
    expect(list[0].siteFlags).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]);
    // The other scenarios are untouched.
    expect(list[1]).toBe(templates[1]);
  });

  it('changes one function’s lever and leaves the other functions alone', () => {
    const [s1] = applyScenarioEdits(templates, [
      { kind: 'function', code: 'S1', fn: 'PAIE_RH', lever: 'pooled', value: 1 },
      { kind: 'function', code: 'S1', fn: 'PAIE_RH', lever: 'bottomUp', value: 1 },
      { kind: 'function', code: 'S1', fn: 'PAIE_RH', lever: 'fteRemoved', value: 1.5 },
    ], ctx);
    expect(s1.functions.find((f) => f.code === 'PAIE_RH')).toEqual({ code: 'PAIE_RH', pooled: 1, bottomUp: 1, fteRemoved: 1.5, oneOffEur: 0 });
    // S1 pools purchasing, insurance and training by default (domain/scenario-templates.ts), and now payroll/HR.
    expect(s1.functions.filter((f) => f.pooled === 1).map((f) => f.code).sort()).toEqual(['ACHATS', 'ASSURANCES', 'FORMATION', 'PAIE_RH']);
  });

  it('renames, changes the form, and skips an edit of a scenario that is no longer there', () => {
    const list = applyScenarioEdits(templates.slice(0, 2), [
      { kind: 'name', code: 'S1', value: 'Achats groupés' },
      { kind: 'form', code: 'S1', value: 'GIE' },
      { kind: 'scalar', code: 'S3', lever: 'shareKept', value: 0.5 },
    ], ctx);
    expect(list.map((s) => [s.code, s.name, s.form])).toEqual([['S1', 'Achats groupés', 'GIE'], ['S2', '', 'GCSMS']]);
  });

  it('gives a new scenario the next free code when the workbook already uses the pane’s, and edits it there', () => {
    const base = [...templates, { ...templates[0], code: 'S4' }];
    const list = applyScenarioEdits(base, [
      { kind: 'copy', code: 'S4', source: 'S2' },
      { kind: 'name', code: 'S4', value: 'Copie de S2' },
    ], ctx);
    expect(codes(list)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(list[3].name).toBe('');
    expect(list[4].name).toBe('Copie de S2');
    expect(list[4].form).toBe('GCSMS');
  });

  it('keeps at least one scenario and unique codes whatever the edits (seeded)', () => {
    const codeArb = fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S5', 'S6');
    const edit: fc.Arbitrary<ScenarioEdit> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), code: codeArb, template: fc.constantFrom('S1', 'S2', 'S3') }),
      fc.record({ kind: fc.constant('copy' as const), code: codeArb, source: codeArb }),
      fc.record({ kind: fc.constant('remove' as const), code: codeArb }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const list = applyScenarioEdits(templates, edits, ctx);
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(codes(list)).size).toBe(list.length);
      }),
      { seed: 20261126, numRuns: 200 },
    );
  });
});
