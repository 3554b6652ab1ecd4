// An indicator shown as "n/a", said as a warning a user reads: which indicator, for whom, and why.
import { tableSpec } from '../data/schema';
import type { CooperationData } from '../data/types';
import type { IndicatorNote } from '../engine/indicators/types';
import type { Lang, Translate } from '../i18n';

/**
 * The note as one line in the model's language, indicator and partner named.
 * @example indicatorNoteText(note, data, 'fr', t)
 * // "Indicateur « Taux d’absentéisme » non disponible pour A1 — Association A : donnée absente (Effectifs : Jours d’absence)"
 */
export function indicatorNoteText(note: IndicatorNote, data: CooperationData, lang: Lang, t: Translate): string {
  const partner = note.partner === null
    ? t('sheet.checks.indicatorNote.consolidated')
    : (() => {
      const found = data.partners.find((p) => p.code === note.partner);
      return found ? `${found.code} — ${found.name}` : note.partner;
    })();
  const needs = note.needs.map((n) => {
    const column = tableSpec(n.table).columns.find((c) => c.field === n.field);
    return t('sheet.checks.indicatorNeed', { table: t(`domain.table.${n.table}`), column: column ? column[lang] : n.field });
  });
  const reason = note.reason === 'DATA_MISSING'
    ? t('sheet.checks.indicatorReason.DATA_MISSING', { needs: needs.join(', ') })
    : t('sheet.checks.indicatorReason.ZERO_DENOMINATOR');
  return t('sheet.checks.indicatorNote', { indicator: t(`sheet.indicators.${note.indicator}`), partner, reason });
}
