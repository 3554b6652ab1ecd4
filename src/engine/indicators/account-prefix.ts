/** Charges that are not paid out (DOMAIN §4.1 "charges décaissables = charges − 68 − 675"). */
export const NON_CASH_CHARGE_PREFIXES = ['68', '675'] as const;

/** Produits left out of the CAF rate's base (DOMAIN §4.1 "Σ class 7 − 775 − 777 − 7781 − 78 − 709 − 713"). */
export const CAF_RATE_EXCLUDED_PRODUIT_PREFIXES = ['775', '777', '7781', '78', '709', '713'] as const;

/**
 * Whether an account number starts with one of the prefixes; an empty account never does
 * (a line without account is kept in the totals: nothing says it is a non-cash item).
 *
 * Formula: account starts with p for some p. Source: plan comptable (account classes).
 * @example hasAccountPrefix('6811', ['68', '675']) // true
 */
export function hasAccountPrefix(account: string | null, prefixes: readonly string[]): boolean {
  return account !== null && prefixes.some((p) => account.startsWith(p));
}

/**
 * The smallest digit text above every account that starts with `prefix`, so that for digit
 * text "starts with prefix" ⇔ prefix ≤ account < bound. The sheets test prefixes this way,
 * since LEFT is not among the model's formula functions.
 *
 * Formula: increment the last digit, carrying over 9s. Source: convention.
 * @example prefixUpperBound('775') // '776'; prefixUpperBound('709') // '71'; prefixUpperBound('79') // '8'
 */
export function prefixUpperBound(prefix: string): string {
  let i = prefix.length - 1;
  while (i >= 0 && prefix[i] === '9') i -= 1;
  if (i < 0) throw new RangeError(`No upper bound for the prefix ${prefix}`);
  return prefix.slice(0, i) + String(Number(prefix[i]) + 1);
}
