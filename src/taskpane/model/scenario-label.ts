// How the pane names a scenario: the board's name, else its legal form's name (as the sheets do).
import type { CooperationFormCode } from '../../domain';
import { hasText, type Lang, type Translate } from '../../i18n';

/** The form's localised name (`domain.form.<CODE>.name`), its code when the catalogue has none. */
export function formName(lang: Lang, t: Translate, form: CooperationFormCode): string {
  const key = `domain.form.${form}.name`;
  return hasText(lang, key) ? t(key) : form;
}

/**
 * The scenario's name to show: its own, or its form's when empty.
 * @example scenarioName('fr', t, { name: '', form: 'GCSMS' }) // 'Groupement de coopération sociale ou médico-sociale (GCSMS)'
 */
export function scenarioName(lang: Lang, t: Translate, s: { readonly name: string; readonly form: CooperationFormCode }): string {
  return s.name.trim() !== '' ? s.name : formName(lang, t, s.form);
}
