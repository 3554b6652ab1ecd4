// The register's texts in the model's language: a risk's owner and mitigation (the user's, or the
// catalogue's), and why the model proposed its rating.
import { riskDefinition } from '../../domain/risk-catalogue';
import type { RiskEntry, RiskReason } from '../../engine/risks/types';
import type { Lang, Translate } from '../../i18n';

const percent = (lang: Lang, v: number) => `${String(Math.round(v * 1000) / 10).replace('.', lang === 'fr' ? ',' : '.')} %`;
const number = (lang: Lang, v: number) => String(Math.round(v * 100) / 100).replace('.', lang === 'fr' ? ',' : '.');

/** The catalogue's default owner and mitigation of a risk in a language. */
export function defaultRiskTexts(t: Translate, id: string): { owner: string; mitigation: string } {
  return { owner: t(`risk.owner.${riskDefinition(id).owner}`), mitigation: t(`risk.${id}.mitigation`) };
}

/** One reason as a short clause: `niveau d'intégration 5 : 4`, `coût d'harmonisation 2,3 % de la masse salariale ≥ 1 % : +1`. */
function reasonText(t: Translate, lang: Lang, r: RiskReason): string {
  if (r.kind === 'level') return t('risk.reason.level', { level: r.level, likelihood: r.likelihood });
  if (r.kind === 'notApplicable') return t(`risk.reason.notApplicable.${r.trigger}`);
  const asShare = r.trigger === 'harmonisation' || r.trigger === 'scale';
  const fmt = (v: number | null) => (v === null ? '' : asShare ? percent(lang, v) : number(lang, v));
  return t(`risk.reason.raise.${r.trigger}`, { value: fmt(r.value), threshold: fmt(r.threshold) });
}

/** Why the proposal: the reasons in order, then the mitigation's expected effect. */
export function riskWhyText(t: Translate, lang: Lang, entry: RiskEntry): string {
  const effect = riskDefinition(entry.id).mitigationEffect;
  const parts = entry.proposal.reasons.map((r) => reasonText(t, lang, r));
  parts.push(t('risk.reason.residual', { likelihood: effect.likelihood, impact: effect.impact }));
  return parts.join(lang === 'fr' ? ' ; ' : '; ');
}
