// The charge and income lines a site of each profile carries, with relative weights:
// the sample spreads a site's non-staff charges and its income over them.
import type { EstablishmentTypeCode, FunctionCode, GroupCode } from '../domain/codes';

export type Profile = 'residential' | 'service' | 'office' | 'workshop';

export const PROFILE: Readonly<Record<EstablishmentTypeCode, Profile>> = {
  EHPAD: 'residential', IME: 'residential', FOYER_VIE: 'residential', MAS: 'residential', FAM: 'residential',
  ITEP: 'residential', CHRS: 'residential',
  SSIAD: 'service', SESSAD: 'service', SAVS: 'service', SAMSAH: 'service', SAAD: 'service', CAMSP: 'service', AUTRE: 'service',
  SIEGE: 'office', ESAT: 'workshop',
};

export interface ChargeTemplate {
  readonly group: GroupCode;
  readonly account: string;
  readonly label: string;
  readonly fn: FunctionCode;
  readonly weights: Readonly<Partial<Record<Profile, number>>>;
  /** Only where the association owns the building (property tax, loan interest). */
  readonly ownedOnly?: boolean;
}

const line = (
  group: GroupCode, account: string, label: string, fn: FunctionCode,
  weights: Partial<Record<Profile, number>>, ownedOnly = false,
): ChargeTemplate => (ownedOnly ? { group, account, label, fn, weights, ownedOnly } : { group, account, label, fn, weights });

/** Non-staff charges of groups I and III (rent, building depreciation and frais de siège are added apart). */
export const CHARGE_TEMPLATES: readonly ChargeTemplate[] = [
  line('I', '6011', 'Achats de denrées alimentaires', 'RESTAURATION', { residential: 14, workshop: 6 }),
  line('I', '6061', 'Eau, gaz et électricité', 'LOCAUX', { residential: 9, service: 3, office: 4, workshop: 10 }),
  line('I', '6063', "Fournitures d'entretien et petit équipement", 'MAINTENANCE_TECHNIQUE', { residential: 3, service: 1, office: 1, workshop: 4 }),
  line('I', '6064', 'Fournitures administratives', 'ACHATS', { residential: 1, service: 2, office: 4, workshop: 1.5 }),
  line('I', '6066', 'Fournitures médicales et pharmaceutiques', 'ACCOMPAGNEMENT', { residential: 4, service: 5 }),
  line('I', '6068', "Produits d'incontinence et autres fournitures", 'ACHATS', { residential: 3, service: 1, workshop: 3 }),
  line('I', '6111', 'Prestations à caractère médical', 'ACCOMPAGNEMENT', { residential: 3, service: 12 }),
  line('I', '6241', 'Transports des usagers', 'TRANSPORT', { residential: 3, workshop: 8 }),
  line('I', '6251', 'Voyages et déplacements', 'TRANSPORT', { residential: 1, service: 14, office: 4, workshop: 1 }),
  line('I', '6261', "Frais postaux et d'affranchissement", 'COMPTABILITE_FINANCE', { residential: 0.4, service: 0.6, office: 2, workshop: 0.4 }),
  line('I', '6262', 'Télécommunications', 'SYSTEMES_INFORMATION', { residential: 1, service: 3, office: 4, workshop: 1 }),
  line('I', '6281', 'Blanchissage à l’extérieur', 'BLANCHISSERIE', { residential: 2 }),
  line('I', '6282', 'Repas livrés par un prestataire', 'RESTAURATION', { service: 1, workshop: 4 }),
  line('III', '6135', 'Locations mobilières (copieurs, véhicules)', 'TRANSPORT', { residential: 1.5, service: 6, office: 3, workshop: 3 }),
  line('III', '6152', 'Entretien et réparations des bâtiments', 'LOCAUX', { residential: 4, service: 1, office: 1, workshop: 5 }),
  line('III', '6156', 'Maintenance des équipements', 'MAINTENANCE_TECHNIQUE', { residential: 2.5, service: 0.5, workshop: 5 }),
  line('III', '6156', 'Maintenance des logiciels', 'SYSTEMES_INFORMATION', { residential: 1.5, service: 3, office: 10, workshop: 1.5 }),
  line('III', '6161', 'Assurance multirisque', 'ASSURANCES', { residential: 2, service: 1, office: 2, workshop: 2.5 }),
  line('III', '6163', 'Assurance des véhicules', 'ASSURANCES', { residential: 0.6, service: 2, office: 0.5, workshop: 1.5 }),
  line('III', '6168', 'Assurance responsabilité civile', 'ASSURANCES', { residential: 0.8, service: 0.8, office: 1, workshop: 0.8 }),
  line('III', '6226', 'Honoraires du commissaire aux comptes', 'COMPTABILITE_FINANCE', { residential: 1, service: 1.5, office: 8, workshop: 1 }),
  line('III', '6226', "Honoraires d'avocat", 'JURIDIQUE', { office: 5 }),
  line('III', '6227', "Frais d'actes et de contentieux", 'JURIDIQUE', { residential: 0.3, office: 1 }),
  line('III', '6231', 'Annonces et insertions', 'COMMUNICATION', { residential: 0.3, service: 0.5, office: 4, workshop: 0.8 }),
  line('III', '6283', 'Nettoyage des locaux à l’extérieur', 'MAINTENANCE_TECHNIQUE', { service: 2, office: 3 }),
  line('III', '63512', 'Taxes foncières', 'LOCAUX', { residential: 2, workshop: 3 }, true),
  line('III', '6611', 'Intérêts des emprunts immobiliers', 'LOCAUX', { residential: 2, workshop: 2 }, true),
  line('III', '6718', 'Autres charges exceptionnelles', 'COMPTABILITE_FINANCE', { residential: 0.2, service: 0.2, workshop: 0.3 }),
  line('III', '6811', 'Dotations aux amortissements du matériel et du mobilier', 'ACCOMPAGNEMENT', { residential: 4, service: 3, workshop: 6 }),
  line('III', '6811', 'Dotations aux amortissements du matériel informatique', 'SYSTEMES_INFORMATION', { residential: 0.8, service: 1, office: 6, workshop: 0.8 }),
  line('III', '6815', 'Dotations aux provisions pour risques et charges', 'COMPTABILITE_FINANCE', { residential: 0.8, workshop: 0.8 }),
];

export interface IncomeTemplate {
  readonly group: GroupCode;
  readonly account: string;
  readonly label: string;
  readonly share: number;
}

const income = (group: GroupCode, account: string, label: string, share: number): IncomeTemplate => ({ group, account, label, share });

/** Income lines by type of site; shares of the site's income. */
export const INCOME_TEMPLATES: Readonly<Partial<Record<EstablishmentTypeCode, readonly IncomeTemplate[]>>> = {
  EHPAD: [
    income('I', '7311', 'Forfait global relatif aux soins', 0.3),
    income('I', '7312', 'Forfait global relatif à la dépendance', 0.17),
    income('I', '7318', "Produits de l'hébergement (prix de journée)", 0.49),
    income('II', '7588', 'Produits divers (repas des familles, refacturations)', 0.02),
    income('II', '7471', "Subventions d'exploitation", 0.005),
    income('III', '777', "Quote-part des subventions d'investissement", 0.01),
    income('III', '7781', 'Autres produits exceptionnels', 0.005),
  ],
  SSIAD: [
    income('I', '7311', 'Dotation globale de soins', 0.985),
    income('II', '7588', 'Produits divers', 0.01),
    income('III', '7781', 'Autres produits exceptionnels', 0.005),
  ],
  AUTRE: [
    income('I', '7311', 'Forfait soins accueil de jour', 0.55),
    income('I', '7318', 'Participation des personnes accueillies', 0.43),
    income('III', '7781', 'Autres produits exceptionnels', 0.02),
  ],
  IME: [
    income('I', '7311', 'Dotation globale assurance maladie', 0.97),
    income('II', '7471', "Subventions d'exploitation", 0.01),
    income('II', '7588', 'Produits divers (repas du personnel)', 0.01),
    income('III', '777', "Quote-part des subventions d'investissement", 0.01),
  ],
  SESSAD: [
    income('I', '7311', 'Dotation globale assurance maladie', 0.985),
    income('II', '7588', 'Produits divers', 0.01),
    income('III', '7781', 'Autres produits exceptionnels', 0.005),
  ],
  ESAT: [
    income('I', '7311', 'Dotation globale de financement (budget social)', 0.96),
    income('II', '7471', "Aides de l'État", 0.02),
    income('II', '7588', 'Produits divers', 0.01),
    income('III', '777', "Quote-part des subventions d'investissement", 0.01),
  ],
  SIEGE: [
    income('II', '7588', 'Quote-part des frais de siège versée par les établissements', 1),
  ],
  FOYER_VIE: [
    income('I', '7312', 'Prix de journée à la charge du département', 0.82),
    income('I', '7318', 'Participation des résidents aux frais d’hébergement', 0.15),
    income('II', '7471', "Subventions d'exploitation", 0.01),
    income('II', '7588', 'Produits divers', 0.01),
    income('III', '777', "Quote-part des subventions d'investissement", 0.01),
  ],
  SAVS: [
    income('I', '7312', 'Dotation globale du département', 0.97),
    income('II', '7471', "Subventions d'exploitation", 0.02),
    income('III', '7781', 'Autres produits exceptionnels', 0.01),
  ],
};
