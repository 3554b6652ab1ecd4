// The coded vocabularies of INPUT-SCHEMA.md and DOMAIN.md. Labels live in src/i18n/.

export const TABLE_NAMES = ['Partenaires', 'Sites', 'Budgets', 'Effectifs'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const SUPPORT_FUNCTIONS = [
  'DIRECTION_GENERALE',
  'COMPTABILITE_FINANCE',
  'PAIE_RH',
  'ACHATS',
  'SYSTEMES_INFORMATION',
  'QUALITE_GESTION_RISQUES',
  'JURIDIQUE',
  'COMMUNICATION',
  'RESTAURATION',
  'BLANCHISSERIE',
  'TRANSPORT',
  'MAINTENANCE_TECHNIQUE',
  'ASSURANCES',
  'FORMATION',
  'LOCAUX',
] as const;
export type SupportFunctionCode = (typeof SUPPORT_FUNCTIONS)[number];

/** Everything the `Fonction` column accepts: support functions plus care and support work. */
export const FUNCTION_CODES = [...SUPPORT_FUNCTIONS, 'ACCOMPAGNEMENT'] as const;
export type FunctionCode = (typeof FUNCTION_CODES)[number];

export const STAFF_CATEGORIES = [
  'DIRECTION_ENCADREMENT',
  'ADMINISTRATION_GESTION',
  'SERVICES_GENERAUX',
  'RESTAURATION',
  'SOCIO_EDUCATIF',
  'PARAMEDICAL',
  'PSYCHOLOGUE',
  'ASH',
  'MEDICAL',
  'EDUCATION_NATIONALE',
  'AUTRES',
] as const;
export type StaffCategoryCode = (typeof STAFF_CATEGORIES)[number];

export const ESTABLISHMENT_TYPES = [
  'EHPAD', 'IME', 'ESAT', 'MAS', 'FAM', 'FOYER_VIE', 'SESSAD', 'SSIAD', 'SAAD',
  'SAVS', 'SAMSAH', 'ITEP', 'CAMSP', 'CHRS', 'SIEGE', 'AUTRE',
] as const;
export type EstablishmentTypeCode = (typeof ESTABLISHMENT_TYPES)[number];

export const AGREEMENTS = ['CCN51', 'CCN66', 'CCN65', 'CHRS', 'BAD', 'AUTRE'] as const;
export type AgreementCode = (typeof AGREEMENTS)[number];

export const TENURES = ['PROPRIETE', 'LOCATION', 'MISE_A_DISPOSITION'] as const;
export type TenureCode = (typeof TENURES)[number];

export const SIDES = ['CHARGES', 'PRODUITS'] as const;
export type SideCode = (typeof SIDES)[number];

export const GROUPS = ['I', 'II', 'III'] as const;
export type GroupCode = (typeof GROUPS)[number];

export const COOPERATION_FORMS = [
  'CONVENTION',
  'MISE_A_DISPOSITION',
  'GROUPEMENT_EMPLOYEURS',
  'GIE',
  'GIP',
  'UNION_ASSOCIATIONS',
  'GCSMS',
  'MANDAT_GESTION',
  'CPOM_COMMUN',
  'APPORT_PARTIEL_ACTIF',
  'FUSION_ABSORPTION',
  'FUSION_CREATION',
  'TRANSFERT_AUTORISATION',
] as const;
export type CooperationFormCode = (typeof COOPERATION_FORMS)[number];
