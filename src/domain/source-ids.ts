// The sources of DOMAIN.md §8: the ids provenances cite, with a short title and an address to show.
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
}

export const SOURCES = [
  { id: "S1", title: "soess.org — \"Qu'est-ce qu'un GCSMS ?\"", url: "https://soess.org/groupement-cooperation-sociale-medico-sociale-gcsms/" },
  { id: "S2", title: "ASH n°2556 & 2558 — \"Les groupements de coopération sociale et médico-sociale\"", url: "https://ash.tm.fr/hebdo/2556/les-politiques-sociales/les-groupements-de-cooperation-sociale-et-medico-sociale-410264.php" },
  { id: "S3", title: "ASH n°2556 — \"Le groupement de coopération : un instrument à manier avec précaution\"", url: "https://ash.tm.fr/hebdo/2556/les-acteurs/le-groupement-de-cooperation-un-instrument-a-manier-avec-precaution-410249.php" },
  { id: "S4", title: "Houdart — \"GCSMS : comment faciliter la coopération médico-sociale\"", url: "https://www.houdart.org/gcsms-comment-faciliter-la-cooperation-medico-sociale/" },
  { id: "S4-b", title: "Houdart \"Approbation des GCSMS : c'est toujours la pagaille\"", url: "http://www.houdart.org/approbation-des-gcsms-cest-toujours-la-pagaille/" },
  { id: "S5", title: "ANAP guide coopérations territoriales (123dok extracts: GCSMS objet; patrimonialité des autorisations; GIP)", url: "https://123dok.net/article/patrimonialit%C3%A9-des-autorisations-et-agr%C3%A9ments.q2nvw7n2" },
  { id: "S6", title: "CASF, assemblée des groupements (codes-et-lois.fr)", url: "http://codes-et-lois.fr/code-de-l-action-sociale-et-des-familles/toc-action-sociale-medico-sociale-mise-oeuvre-etablissements-se-2ada78f-texte-integral" },
  { id: "S7", title: "Groupe SOS — \"GIE, GCSMS, Groupements d'employeurs\"", url: "http://www.associations.groupe-sos.org/gie-gcsms-groupements-employeurs" },
  { id: "S8", title: "gipinfo.org FAQ", url: "http://gipinfo.org/faq_generalites.htm" },
  { id: "S9", title: "Associathèque \"Les groupements d'employeurs\"", url: "https://www.associatheque.fr/fr/focus-les-groupements-employeurs.html" },
  { id: "S10", title: "FFCO \"Mise à disposition de salariés\"", url: "https://www.ffco.org/mise-a-disposition-de-salaries-2/" },
  { id: "S11", title: "Direction[s] \"Mandat de gestion : portée et points de vigilance\" (2022)", url: "https://www.directions.fr/" },
  { id: "S12", title: "Association Mode d'Emploi \"Fusion, scission ou apport partiel d'actif\" (2021)", url: "https://www.associationmodeemploi.fr/article/fusion-scission-ou-apport-partiel-d-actif-trois-formes-de-restructuration-des-associations.73592" },
  { id: "S13", title: "Associathèque \"Nouveau régime des fusions\"", url: "https://www.associatheque.fr/fr/parutions/focus/nouveau-regime-des-fusions.html" },
  { id: "S14", title: "Avoconseil (BOFIP 13/06/2014, 210 A CGI)", url: "https://www.avoconseil.com/" },
  { id: "S15", title: "Banque des Territoires \"Un décret éclaircit… cession d'autorisations\"", url: "https://www.banquedesterritoires.fr/un-decret-eclaircit-un-peu-les-modalites-de-cession-dautorisations-detablissements-medicosociaux" },
  { id: "S16", title: "BOFIP BOI-TVA-CHAMP-30-10-40 (art. 261 B CGI)", url: "https://bofip.impots.gouv.fr/bofip/126-PGP.html/identifiant%3DBOI-TVA-CHAMP-30-10-40-20121001" },
  { id: "S17", title: "UNCCAS guide M22 \"Le financement global et le CPOM\"", url: "https://guidem22.unccas.org/le-guide/les-liens-gestionnaires-tarificateurs/le-financement-global-et-le-cpom/" },
  { id: "S18", title: "DNUM-SocialGouv/helios (GitHub): info-bulles des indicateurs ESMS (occupation, absentéisme, CAF, vétusté, FRNG, dépendance financière…)", url: "https://github.com/DNUM-SocialGouv/helios" },
  { id: "S18-b", title: "ANAP, tableau de bord de la performance ESMS: liste des colonnes (script DIAMANT public)", url: null },
  { id: "S19", title: "UNCCAS guide M22: ratios financiers", url: "https://guidem22.unccas.org/le-guide/construire-un-eprd/elements-danalyse-ratios-financiers/" },
  { id: "S20", title: "Décret 2003-1010 art. 20 (juriblio)", url: "https://juriblio.fr/decrets/decret-no-2003-1010-du-22-octobre-2003/134828084/titre-ier/chapitre-4/section-2" },
  { id: "S21", title: "Direction[s] \"Constituer et financer un siège social\" (2019)", url: "https://www.directions.fr/" },
  { id: "S22", title: "ASH n°2205 \"Les frais de siège social des établissements médico-sociaux\"", url: "https://ash.tm.fr/hebdo/2205/le-social-en-textes/les-frais-de-siege-social-des-etablissements-medico-sociaux-391342.php" },
  { id: "S22-b", title: "Uniopss fiche \"Les frais de siège social\" (2009)", url: "http://doczz.fr/doc/5186600/les-frais-de-si%C3%A8ge" },
  { id: "S22-c", title: "\"L'autorisation de frais de siège social — guide de bonnes pratiques\"", url: "https://123dok.net/document/zlg50w8l-l-autorisation-si%C3%A8ge-social-guide-bonnes-pratiques.html" },
  { id: "S22-d", title: "Accens (TITSS Paris 30/10/2020)", url: "https://accens-avocats.com/blog/2021/09/24/" },
  { id: "S23", title: "ASH \"Associations : les sièges, instances centrales aux contours flous\"", url: "https://ash.tm.fr/metiers-formations/associations-les-sieges-instances-centrales-aux-contours-flous-670374.php" },
  { id: "S24", title: "CNSA \"Situation des ESMS pour personnes handicapées en 2016\"", url: "http://www.cnsa.fr/actualites-agenda/actualites/situation-des-etablissements-et-services-medico-sociaux-pour-personnes-handicapees-en-2016" },
  { id: "S25", title: "Banque des Territoires \"Ehpad : coût total annuel moyen de 37 043 €\"", url: "https://www.banquedesterritoires.fr/ehpad-un-cout-total-annuel-moyen-de-37043-euros-par-place" },
  { id: "S26", title: "Capgeris, KPMG Observatoire EHPAD 2012", url: "https://capgeris.com/publications-1737/l-observatoire-ehpad-de-kmpg-edition-2012-a19869.htm" },
  { id: "S27", title: "ASH campagnes ESAT 2010 / 2013 / 2016", url: "https://ash.tm.fr/hebdo/2672/dans-les-textes/la-campagne-budgetaire-2010-des-esat-est-lancee-379741.php" },
  { id: "S28", title: "Sénat, avis PLF 2020 (CHRS)", url: "http://www.senat.fr/rap/a19-141-6/a19-141-69.html" },
  { id: "S29", title: "CNSA \"Résultats de l'étude nationale de coûts… aide à domicile\"", url: "https://www.cnsa.fr/actualites-agenda/actualites/resultats-de-letude-nationale-de-couts-sur-les-prestations-daide-et-daccompagnement-a-domicile" },
  { id: "S30", title: "Sénat debate (EPRD, 70 % personnel)", url: "https://archive.nossenateurs.fr/intervention/1654477" },
  { id: "S31", title: "ASH \"Salaires dans la CC 66 : les négociations butent sur le GVT\"", url: "https://ash.tm.fr/hebdo/2653/sur-le-terrain/salaires-dans-la-cc-66-les-negociations-butent-sur-le-gvt-381080.php" },
  { id: "S32", title: "ASH \"Comment savoir si on est éligible au Ségur\"", url: "https://www.ash.tm.fr/management-reseaux/comment-savoir-si-on-est-eligible-au-segur-954763.php" },
  { id: "S33", title: "Picard avocats \"Appliquer plusieurs conventions collectives\" (2016)", url: "https://picard-avocats.com/2016/12/" },
  { id: "S34", title: "Oppelia \"Accord d'adaptation — ex-GCMS\" (droits-salaries.com)", url: "https://www.droits-salaries.com/326021177-oppelia/" },
  { id: "S35", title: "BM Legal \"L'opération de fusion-absorption d'associations\"", url: "https://bm.legal/2025/04/02/loperation-de-fusion-absorption-dassociations" },
  { id: "S36", title: "ANAP \"Les coopérations dans le secteur médico-social\" (123dok)", url: "https://123dok.net/article/grands-enseignements-issus-guide-coop%C3%A9rations-secteur-m%C3%A9dico-social.y8g8mrk5" },
  { id: "S37", title: "Veille acteurs santé — ANAP état des lieux GCSMS", url: "https://toute-la.veille-acteurs-sante.fr/?p=206993" },
  { id: "S38", title: "ASH n°2825 \"Le GCSMS, une formule qui fait des émules\"", url: "https://ash.tm.fr/hebdo/2825/decryptage/le-gcsms-une-formule-qui-fait-des-emules-400316.php" },
  { id: "S39", title: "Géroscopie \"Pour l'achat direct aux fournisseurs\"", url: "https://www.geroscopie.fr/pour-l-achat-direct-aux-fournisseurs-idm-29-ids-376" },
  { id: "S40", title: "Direction[s] \"Une aide pour bien démarrer\" (2007)", url: "https://directions.fr/Gerer/archive/2007/9/Une-aide-pour-bien-demarrer1" },
  { id: "S41", title: "Association Mode d'Emploi \"Restructurations : ça ne s'improvise pas\"", url: "https://www.associationmodeemploi.fr/article/restructurations-ca-ne-s-improvise-pas.54303" },
  { id: "S42", title: "ASH \"Fusion associative : gérer le facteur humain\"", url: "https://ash.tm.fr/management-reseaux/fusion-associative-gerer-le-facteur-humain-616952.php" },
  { id: "S42-b", title: "Carenews \"Quand les associations entrent en fusion\" (2017)", url: null },
  { id: "S42-c", title: "Coopessance \"Associations en fusion : mythes et réalités\"", url: "https://www.coopessance.fr/associations-en-fusion-mythes-et-realites/" },
  { id: "S43", title: "Jurisassociations n°534 \"F… comme fusion\"", url: "https://studylibfr.com/doc/1928695/f%E2%80%A6-comme-fusion" },
  { id: "S44", title: "Institut ISBL — conduite de projet de fusion", url: "https://institut-isbl.fr/?p=26219999" },
  { id: "S45", title: "ASH \"Rapprochements associatifs : analyser la dimension RH\"", url: "https://ash.tm.fr/hebdo/2936/cote-terrain/rapprochements-associatifs-analyser-la-dimension-rh-pour-mieux-lanticiper-408291.php" },
  { id: "S46", title: "Aviance \"Coopérations territoriales\"", url: "http://aviance.fr/cooperations-territoriales/" },
  { id: "S46-b", title: "\"Mutualisation de moyens : vous avez dit Groupement ?\"", url: "https://doczz.fr/doc/2031645/mutualisation-de-moyens---vous-avez-dit-groupement-%3F" },
  { id: "S46-c", title: "Goutal Alibert \"Mener une fusion d'associations\"", url: "https://www.goutal-alibert.net/blog/mener-une-fusion-dassociations/" },
  { id: "S47", title: "IGAS RM2012-020P \"Fusions et regroupements hospitaliers\" (Banque des Territoires summary)", url: "https://banquedesterritoires.fr/restructurations-hospitalieres-beaucoup-de-bruit-pour-pas-grand-chose" },
  { id: "S48", title: "ANAP \"Pilotage & performance ESMS — guide des indicateurs\" (2012)", url: "http://docplayer.fr/4164509-Pilotage-performance-esms-guide-des-indicateurs.html" },
  { id: "S50", title: "ATIH \"Analyse des bilans sociaux des EPS à fin 2013\"", url: "https://123dok.net/document/q05n7m93-analyse-bilans-sociaux-%C3%A9tablissements-publics-sant%C3%A9-fin.html" },
  { id: "S52", title: "Weka \"L'analyse par les ratios\" (weka.fr, base documentaire ESMS, ch. 8.6/5)", url: null },
] as const satisfies readonly Source[];

/** A source id of DOMAIN.md §8 (`S13`, `S18-b`…). */
export type KnownSourceId = (typeof SOURCES)[number]['id'];

export const SOURCE_IDS: readonly KnownSourceId[] = SOURCES.map((s) => s.id);

/** True when `id` names a source of DOMAIN.md §8. */
export function isSourceId(id: string): id is KnownSourceId {
  return SOURCE_IDS.some((known) => known === id);
}

/** The source of an id, or null when DOMAIN.md §8 has none. */
export function sourceById(id: string): Source | null {
  return SOURCES.find((s) => s.id === id) ?? null;
}
