import { renameSheetsInFormula } from './rename-sheets-in-formula';

const names = new Map([
  ['Données', 'Données (2)'],
  ["L'analyse", 'Analysis'],
  ['Data', 'Sheet 9'],
]);

describe('renameSheetsInFormula', () => {
  it('renames quoted references, doubling quotes as needed', () => {
    expect(renameSheetsInFormula("SUM('Données'!$B$3:$B$5)+'L''analyse'!B8", names)).toBe(
      "SUM('Données (2)'!$B$3:$B$5)+'Analysis'!B8",
    );
  });

  it('renames unquoted references and leaves other names and text alone', () => {
    expect(renameSheetsInFormula('Data!A1+DataX!A1+MyData!A1', names)).toBe("'Sheet 9'!A1+DataX!A1+MyData!A1");
    expect(renameSheetsInFormula('IF(A1>0,"\'Données\'!A1","Data!A1")', names)).toBe('IF(A1>0,"\'Données\'!A1","Data!A1")');
  });

  it('matches sheet names without regard to case, as Excel does', () => {
    expect(renameSheetsInFormula("'DONNÉES'!A1", names)).toBe("'Données (2)'!A1");
  });
});
