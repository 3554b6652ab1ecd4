import fc from 'fast-check';
import { CAF_RATE_EXCLUDED_PRODUIT_PREFIXES, hasAccountPrefix, NON_CASH_CHARGE_PREFIXES, prefixUpperBound } from './account-prefix';

describe('account prefixes', () => {
  it('finds depreciation (6811) and book value of assets sold (675) among non-cash charges, not 6411', () => {
    expect(hasAccountPrefix('6811', NON_CASH_CHARGE_PREFIXES)).toBe(true);
    expect(hasAccountPrefix('675', NON_CASH_CHARGE_PREFIXES)).toBe(true);
    expect(hasAccountPrefix('6411', NON_CASH_CHARGE_PREFIXES)).toBe(false);
    expect(hasAccountPrefix(null, NON_CASH_CHARGE_PREFIXES)).toBe(false);
  });

  it('excludes 7781 but not 7788 from the CAF rate base', () => {
    expect(hasAccountPrefix('7781', CAF_RATE_EXCLUDED_PRODUIT_PREFIXES)).toBe(true);
    expect(hasAccountPrefix('7788', CAF_RATE_EXCLUDED_PRODUIT_PREFIXES)).toBe(false);
  });

  it('gives the next prefix, carrying over nines', () => {
    expect(prefixUpperBound('775')).toBe('776');
    expect(prefixUpperBound('709')).toBe('71');
    expect(prefixUpperBound('79')).toBe('8');
    expect(() => prefixUpperBound('99')).toThrow(RangeError);
  });

  it('lists prefixes that do not overlap, so the sheets may add one range per prefix', () => {
    for (const list of [NON_CASH_CHARGE_PREFIXES, CAF_RATE_EXCLUDED_PRODUIT_PREFIXES]) {
      for (const p of list) for (const q of list) if (p !== q) expect(q.startsWith(p)).toBe(false);
    }
  });

  it('agrees with the text-range test prefix ≤ account < bound on digit text', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: 6 });
    fc.assert(fc.property(digits, fc.constantFrom(...NON_CASH_CHARGE_PREFIXES, ...CAF_RATE_EXCLUDED_PRODUIT_PREFIXES), (account, prefix) => {
      const inRange = account >= prefix && account < prefixUpperBound(prefix);
      expect(inRange).toBe(account.startsWith(prefix));
    }), { seed: 3, numRuns: 500 });
  });
});
