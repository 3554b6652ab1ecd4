import type { CooperationData } from '../data/types';
import { aLine, aPartner } from '../engine/comparison/data-builders.test-support';
import { dataSheetLayout } from './data-layout';

const data: CooperationData = {
  partners: [aPartner('A'), aPartner('B')], sites: [], staff: [],
  budgets: [aLine('A', 'CHARGES', 'I', 1), aLine('A', 'CHARGES', 'II', 2), aLine('B', 'PRODUITS', 'I', 3)],
};

describe('dataSheetLayout', () => {
  const layout = dataSheetLayout(data, "Données d'essai");

  it('gives absolute ranges over every record of a table, the sheet name quoted', () => {
    // Partenaires: 12 fields + 2 origin columns + 1 blank (A–O); Sites: 15 + 2 + 1 (P–AG); Budgets from AH, amount the 8th field (AO).
    expect(layout.column('Budgets', 'amountEur')).toBe("'Données d''essai'!$AO$6:$AO$8");
    expect(layout.column('Partenaires', 'code')).toBe("'Données d''essai'!$A$6:$A$7");
  });

  it('keeps one row for an empty table, so that its ranges stay valid', () => {
    expect(layout.column('Sites', 'authorisedPlaces')).toBe("'Données d''essai'!$V$6:$V$6");
  });

  it('addresses one record’s field', () => {
    expect(layout.cell('Budgets', 'amountEur', 2)).toBe("'Données d''essai'!$AO$8");
  });

  it('refuses an unknown field', () => {
    expect(() => layout.column('Budgets', 'nope')).toThrow();
  });
});
