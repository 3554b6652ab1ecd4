// A figure the engine could not compute is a value with a reason, never NaN or Infinity.

/** Why a figure has no value; the CLI writes it beside `null`, the sheets render it through src/i18n (`sheet.reason.<code>`). */
export type ReasonCode =
  | 'NOT_WITHIN_HORIZON'
  | 'RATE_NOT_ABOVE_MINUS_ONE'
  | 'NO_YEARS'
  | 'NO_PARTNERS'
  | 'NO_FTE';

export type Computed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: ReasonCode };

export const computed = <T>(value: T): Computed<T> => ({ ok: true, value });
export const notComputed = <T>(reason: ReasonCode): Computed<T> => ({ ok: false, reason });

/** The value, or null when it could not be computed (for JSON output). */
export function valueOrNull<T>(c: Computed<T>): T | null {
  return c.ok ? c.value : null;
}
