import { SCHEMA } from '../data/schema';
import type { CellValue } from '../data/types';
import { sampleRawWorkbook } from './sample-raw-workbook';
import { sampleTables, type SampleTable } from './sample-tables';

const tables = sampleTables();

/** The rows of a table as objects keyed by French header. */
function rowsOf(table: SampleTable): Record<string, CellValue>[] {
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}
const num = (v: CellValue): number => (typeof v === 'number' ? v : 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const partners = rowsOf(tables.Partenaires);
const sites = rowsOf(tables.Sites);
const budgets = rowsOf(tables.Budgets);
const staff = rowsOf(tables.Effectifs);
const charges = budgets.filter((b) => b['Sens'] === 'Charges');
const income = budgets.filter((b) => b['Sens'] === 'Produits');

// Cost per place per year, DOMAIN §2.4 (CNSA 2016, ATIH 2013, ASH ESAT campaigns), widened by 10 % either side.
const COST_PER_PLACE: Record<string, [number, number]> = {
  EHPAD: [34_150, 41_189],
  IME: [32_000, 43_000],
  SESSAD: [17_623, 17_623],
  SSIAD: [12_639, 12_639],
  ESAT: [12_067, 12_957],
};

describe('sampleTables', () => {
  it('uses the French headers of the schema, in its order', () => {
    for (const spec of SCHEMA) expect(tables[spec.table].headers).toEqual(spec.columns.map((c) => c.fr));
  });

  it('gives every row as many cells as headers', () => {
    for (const spec of SCHEMA) {
      const t = tables[spec.table];
      expect(t.rows.filter((r) => r.length !== t.headers.length)).toEqual([]);
    }
  });

  it('has three partners, 8 to 12 sites and a few hundred budget lines', () => {
    expect(partners.map((p) => p['Code'])).toEqual(['TILLEULS', 'HORIZONS', 'PASSERELLE']);
    expect(sites.length).toBeGreaterThanOrEqual(8);
    expect(sites.length).toBeLessThanOrEqual(12);
    expect(budgets.length).toBeGreaterThanOrEqual(200);
    expect(staff.length).toBeGreaterThan(30);
  });

  it('reports one exercise year, 2025, for every partner', () => {
    expect(partners.map((p) => p['Exercice'])).toEqual([2025, 2025, 2025]);
  });

  it('fills every balance-sheet field of every partner', () => {
    const fields = ['Capitaux permanents', 'Actif immobilisé net', 'Dettes financières', 'BFR', 'CAF', 'Total bilan'];
    for (const p of partners) for (const f of fields) expect([p['Code'], f, typeof p[f]]).toEqual([p['Code'], f, 'number']);
  });

  it('keeps the cost per place of each site within the DOMAIN §2.4 range, ±10 %', () => {
    const checked = sites.filter((s) => COST_PER_PLACE[String(s['Type'])] !== undefined);
    expect(checked.length).toBe(5);
    for (const s of checked) {
      const [low, high] = COST_PER_PLACE[String(s['Type'])];
      const perPlace = sum(charges.filter((b) => b['Site'] === s['Code']).map((b) => num(b['Montant']))) / num(s['Places autorisées']);
      expect([s['Code'], perPlace >= low * 0.9 && perPlace <= high * 1.1]).toEqual([s['Code'], true]);
    }
  });

  it('keeps occupancy of every site with places between 85 % and 99 %', () => {
    for (const s of sites.filter((x) => x['Places autorisées'] !== null)) {
      const occupancy = num(s['Journées réalisées']) / (num(s['Places autorisées']) * num(s["Jours d'ouverture"]));
      expect([s['Code'], occupancy >= 0.85 && occupancy <= 0.99]).toEqual([s['Code'], true]);
    }
  });

  it('spends about 70 % of consolidated charges on staff (group II)', () => {
    const share = sum(charges.filter((b) => b['Groupe'] === 'II').map((b) => num(b['Montant']))) / sum(charges.map((b) => num(b['Montant'])));
    expect(share).toBeGreaterThanOrEqual(0.65);
    expect(share).toBeLessThanOrEqual(0.8);
  });

  it('never has more payroll in Effectifs than group II charges, partner by partner', () => {
    for (const p of partners) {
      const payroll = sum(staff.filter((s) => s['Partenaire'] === p['Code']).map((s) => num(s['Masse salariale chargée'])));
      const groupII = sum(charges.filter((b) => b['Partenaire'] === p['Code'] && b['Groupe'] === 'II').map((b) => num(b['Montant'])));
      expect(payroll).toBeGreaterThan(0);
      expect([p['Code'], payroll <= groupII]).toEqual([p['Code'], true]);
    }
  });

  it('balances each partner within 2 % (a small surplus or deficit)', () => {
    for (const p of partners) {
      const c = sum(charges.filter((b) => b['Partenaire'] === p['Code']).map((b) => num(b['Montant'])));
      const i = sum(income.filter((b) => b['Partenaire'] === p['Code']).map((b) => num(b['Montant'])));
      expect([p['Code'], Math.abs(i - c) / c < 0.02]).toEqual([p['Code'], true]);
    }
  });

  it('tags every charge line with a function but the head-office fees, and leaves income lines untagged', () => {
    // 6556 pays for the head office's costs, which the head office books under its own functions.
    expect(charges.filter((b) => b['Fonction'] === null && b['Compte'] !== '6556')).toEqual([]);
    expect(charges.filter((b) => b['Compte'] === '6556' && b['Fonction'] !== null)).toEqual([]);
    expect(income.filter((b) => b['Fonction'] !== null)).toEqual([]);
  });

  it('pays non-medical staff 40 000 to 50 000 € a FTE on average, differently in each partner', () => {
    const nonMedical = ['ADMINISTRATION_GESTION', 'SERVICES_GENERAUX', 'RESTAURATION', 'SOCIO_EDUCATIF', 'PARAMEDICAL', 'ASH'];
    const averages = partners.map((p) => {
      const rows = staff.filter((s) => s['Partenaire'] === p['Code'] && nonMedical.includes(String(s['Catégorie'])));
      return sum(rows.map((s) => num(s['Masse salariale chargée']))) / sum(rows.map((s) => num(s['ETP'])));
    });
    for (const a of averages) {
      expect(a).toBeGreaterThanOrEqual(40_000);
      expect(a).toBeLessThanOrEqual(50_000);
    }
    // Harmonisation needs a gap: per category, the partners' averages are not all equal.
    const socio = partners.map((p) => {
      const rows = staff.filter((s) => s['Partenaire'] === p['Code'] && s['Catégorie'] === 'SOCIO_EDUCATIF');
      return sum(rows.map((s) => num(s['Masse salariale chargée']))) / sum(rows.map((s) => num(s['ETP'])));
    });
    expect(Math.max(...socio) / Math.min(...socio)).toBeGreaterThan(1.03);
  });

  it('refers only to partners and sites it declares', () => {
    const partnerCodes = new Set(partners.map((p) => p['Code']));
    const siteCodes = new Set(sites.map((s) => s['Code']));
    for (const row of [...sites, ...budgets, ...staff]) expect(partnerCodes.has(row['Partenaire'])).toBe(true);
    for (const row of [...budgets, ...staff]) if (row['Site'] !== null) expect(siteCodes.has(row['Site'])).toBe(true);
  });

  it('returns the same tables on every call, without any random source', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random called'); });
    try {
      expect(sampleTables()).toEqual(tables);
    } finally {
      random.mockRestore();
    }
  });
});

describe('sampleRawWorkbook', () => {
  it('puts each table on a sheet of its name, headers on row 1 from column A', () => {
    const raw = sampleRawWorkbook();
    for (const spec of SCHEMA) {
      const t = raw[spec.table];
      expect(t).toMatchObject({ table: spec.table, sheet: spec.table, headerRow: 1, firstColumn: 1 });
      expect(t?.headers).toEqual(tables[spec.table].headers);
      expect(t?.rows).toEqual(tables[spec.table].rows);
    }
  });
});
