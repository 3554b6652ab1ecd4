// What every sheet builder receives and returns. The data sheet and the
// assumptions sheet are laid out first; the other sheets' formulas point at them.
import type { TableName } from '../domain/codes';
import type { CooperationData } from '../data/types';
import type { Lang, Translate } from '../i18n';
import type { PlanName, PlanSheet } from './types';

/** Localised sheet names by stable key (`cover`, `data`, `assumptions`, `comparison`, `indicators`, `savings`, `checks`). */
export type SheetNames = Readonly<Record<string, string>>;

/** Where the normalised partner data stands on the data sheet (Données). */
export interface DataLayout {
  readonly sheetName: string;
  /** Absolute range of one field's cells over all rows of a table, e.g. `'Données'!$H$6:$H$245`. */
  column(table: TableName, field: string): string;
  /** Absolute address of one record's field; `index` is the record's position in CooperationData. */
  cell(table: TableName, field: string, index: number): string;
}

/** Where each assumption's input cell stands on the assumptions sheet (Hypothèses). */
export interface AssumptionsLayout {
  readonly sheetName: string;
  /** Absolute address of an assumption's value cell, by its stable key. */
  ref(key: string): string;
}

export interface SheetContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly data: CooperationData;
  readonly names: SheetNames;
  readonly dataLayout: DataLayout;
  readonly assumptions: AssumptionsLayout;
}

/** A boolean check that the Contrôles sheet gathers; `formula` yields TRUE when the check passes. */
export interface PlanCheck {
  readonly key: string;
  readonly label: string;
  readonly formula: string;
  readonly expected: boolean;
  /** `warning`: shown on the checks sheet but left out of the master check (e.g. payroll vs group II). Default `error`. */
  readonly severity?: 'error' | 'warning';
}

export interface SheetBuild {
  readonly sheet: PlanSheet;
  readonly checks: readonly PlanCheck[];
  readonly names: readonly PlanName[];
}
