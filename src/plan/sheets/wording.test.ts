import { validateWorkbook } from '../../data';
import type { CooperationData } from '../../data/types';
import { sampleRawWorkbook } from '../../sample';
import { sheets } from '../../i18n/catalogues/sheets';
import { buildModel } from '../build-model';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

const textsOf = (lang: 'fr' | 'en') => buildModel(sample(), { lang, generatedAt: new Date('2026-01-15T09:00:00Z'), productVersion: '9.9.9' })
  .plan.sheets.flatMap((s) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string'));

describe('the wording of the generated sheets', () => {
  const fr = textsOf('fr');
  const en = textsOf('en');

  it('says "concordent avec" for reconciliations, "Gain net" and "Délai de récupération" in French', () => {
    expect(fr.filter((v) => /se rapproch|Bénéfice net|bénéfice net|Délai de retour|délai de retour/.test(v))).toEqual([]);
    expect(fr).toContain('Gain net');
    expect(fr).toContain('Délai de récupération (années)');
    expect(fr).toContain('Calendrier de l’harmonisation (part du coût annuel)');
    expect(fr.filter((v) => v.includes('concordent avec')).length).toBeGreaterThanOrEqual(4);
  });

  it('labels the budget-line check with what it verifies: each line belongs to a known partner', () => {
    expect(fr).toContain('Chaque ligne budgétaire appartient à un partenaire de la table Partenaires');
    expect(en).toContain('Every budget line belongs to a partner of the Partners table');
  });

  it('keeps "Net benefit" in English, with no space before a colon and "charges" for the budget side', () => {
    expect(en).toContain('Net benefit');
    expect(en.filter((v) => /\S :/.test(v))).toEqual([]);
    expect(en).toContain('Charges — Group I: Day-to-day operating expenses');
    expect(en.filter((v) => /^Expenses? /.test(v))).toEqual([]);
  });

  it('writes French apostrophes as ’ in the sheet labels, never as a straight quote', () => {
    // The data sheet's column headers are the input contract (INPUT-SCHEMA.md) and stay as typed.
    expect(Object.entries(sheets.fr).filter(([, text]) => text.includes("'"))).toEqual([]);
  });
});
