// What the pane says when an action fails: a failed model write in the user's
// language, by how far it got (adapters/office README, "What a failure leaves");
// any other error by its own message.
import { PlanWriteError } from '../../adapters/office/write-plan';
import type { Translate } from '../../i18n';

/**
 * The text shown for a failure, inside `pane.error`.
 * @example errorText(new PlanWriteError('build', 'Could not write the model'), t) // "Le modèle n’a pas pu être écrit ; …"
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof PlanWriteError) {
    return error.phase === 'commit' ? t('pane.error.writeInterrupted') : t('pane.error.writeUntouched');
  }
  return error instanceof Error ? error.message : String(error);
}
