// What the user changed about the scenarios in the pane, kept as a list of edits and
// replayed onto the scenarios as the Scénarios sheet holds them at the next generation.
// So a value typed into the sheet meanwhile is kept, and the pane's additions, copies,
// removals and lever changes come on top of it. Partners, sites and functions are named
// by code, not by position, so that an edit still lands right when the data moved.
import type { CooperationData } from '../../data/types';
import type { CooperationFormCode, SupportFunctionCode } from '../../domain';
import type { FunctionLever, ScenarioDefinition } from '../../engine/scenarios/types';
import type { ScenarioFunctionLever, ScenarioScalarLever } from '../../plan/scenario-refs';

/** The numeric scalar levers (every scalar lever but the name and the form). */
export type NumericScalarLever = Exclude<ScenarioScalarLever, 'name' | 'form'>;

export type ScenarioEdit =
  /** A new scenario `code` made from one of the default scenarios (by its code, `S1`…`S3`). */
  | { readonly kind: 'add'; readonly code: string; readonly template: string }
  /** A new scenario `code`, a copy of `source` as it stands at that point. */
  | { readonly kind: 'copy'; readonly code: string; readonly source: string }
  | { readonly kind: 'remove'; readonly code: string }
  | { readonly kind: 'name'; readonly code: string; readonly value: string }
  | { readonly kind: 'form'; readonly code: string; readonly value: CooperationFormCode }
  | { readonly kind: 'scalar'; readonly code: string; readonly lever: NumericScalarLever; readonly value: number }
  | {
    readonly kind: 'function'; readonly code: string; readonly fn: SupportFunctionCode;
    readonly lever: ScenarioFunctionLever; readonly value: number;
  }
  /** 1 when the partner (by code) takes part. */
  | { readonly kind: 'partner'; readonly code: string; readonly partner: string; readonly value: number }
  /** 1 when the site (by code) is closed. */
  | { readonly kind: 'site'; readonly code: string; readonly site: string; readonly value: number };

const numberOf = (code: string): number => {
  const m = /^S(\d+)$/i.exec(code.trim());
  return m ? Number(m[1]) : 0;
};

/**
 * The code of a new scenario: `S` and the number after the highest in use, so that a code
 * once removed is not given to another scenario (scores typed for it stay with none).
 * @example nextScenarioCode(['S1', 'S3']) // 'S4'
 */
export function nextScenarioCode(codes: readonly string[]): string {
  return `S${Math.max(0, ...codes.map(numberOf)) + 1}`;
}

/** The codes in use once `edits` are replayed on `codes`: what the next new scenario must avoid. */
export function codesAfter(codes: readonly string[], edits: readonly ScenarioEdit[]): string[] {
  const out = [...codes];
  for (const e of edits) if ((e.kind === 'add' || e.kind === 'copy') && !out.includes(e.code)) out.push(e.code);
  return out;
}

export interface ReplayContext {
  readonly data: CooperationData;
  /** The default scenarios for this data (what `add` copies). */
  readonly templates: readonly ScenarioDefinition[];
}

/**
 * The scenarios once the pane's edits are replayed on `base` (the sheet's, or the defaults).
 * An edit of a scenario that is no longer there is skipped; a removal that would leave no
 * scenario is skipped; a new scenario whose code the base already uses takes the next free one.
 * @example applyScenarioEdits([s1], [{ kind: 'copy', code: 'S2', source: 'S1' }], ctx).map((s) => s.code) // ['S1', 'S2']
 */
export function applyScenarioEdits(
  base: readonly ScenarioDefinition[],
  edits: readonly ScenarioEdit[],
  ctx: ReplayContext,
): ScenarioDefinition[] {
  let list = [...base];
  // A new scenario's code as the pane named it → the code it got here.
  const renamed = new Map<string, string>();
  const codeOf = (code: string) => renamed.get(code) ?? code;
  const update = (code: string, change: (s: ScenarioDefinition) => ScenarioDefinition) => {
    list = list.map((s) => (s.code === codeOf(code) ? change(s) : s));
  };
  const addNew = (code: string, from: ScenarioDefinition | undefined) => {
    if (!from) return;
    const free = list.some((s) => s.code === code) ? nextScenarioCode(list.map((s) => s.code)) : code;
    renamed.set(code, free);
    list.push({ ...from, code: free });
  };

  for (const e of edits) {
    switch (e.kind) {
      case 'add':
        addNew(e.code, ctx.templates.find((s) => s.code === e.template));
        break;
      case 'copy':
        addNew(e.code, list.find((s) => s.code === codeOf(e.source)));
        break;
      case 'remove':
        if (list.length > 1) list = list.filter((s) => s.code !== codeOf(e.code));
        break;
      case 'name':
        update(e.code, (s) => ({ ...s, name: e.value }));
        break;
      case 'form':
        update(e.code, (s) => ({ ...s, form: e.value }));
        break;
      case 'scalar':
        update(e.code, (s) => ({ ...s, [e.lever]: e.value }));
        break;
      case 'function':
        update(e.code, (s) => ({ ...s, functions: s.functions.map((f) => (f.code === e.fn ? withLever(f, e.lever, e.value) : f)) }));
        break;
      case 'partner': {
        const i = ctx.data.partners.findIndex((p) => p.code === e.partner);
        if (i >= 0) update(e.code, (s) => ({ ...s, partnerFlags: withItem(s.partnerFlags, i, e.value, ctx.data.partners.length) }));
        break;
      }
      case 'site': {
        const i = ctx.data.sites.findIndex((x) => x.code === e.site);
        if (i >= 0) update(e.code, (s) => ({ ...s, siteFlags: withItem(s.siteFlags, i, e.value, ctx.data.sites.length) }));
        break;
      }
    }
  }
  return list;
}

function withLever(f: FunctionLever, lever: ScenarioFunctionLever, value: number): FunctionLever {
  return { ...f, [lever]: value };
}

/** `list` with item `i` set, padded with zeros to `length` (a list read before the data grew). */
function withItem(list: readonly number[], i: number, value: number, length: number): number[] {
  const out = Array.from({ length: Math.max(length, list.length) }, (_, k) => list[k] ?? 0);
  out[i] = value;
  return out;
}
