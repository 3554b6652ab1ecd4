// The CLI's `--scenarios scenarios.json`: scenarios written by a consultant in a few lines,
// each field optional and taken from a base scenario (the default of the same code, or the
// one named by `basedOn`). Problems are sentences in the user's language naming the scenario
// and the field; a field in error keeps the base's value, so the rest of the file still counts.
import { foldText } from '../data/fold-text';
import { catalogueLabels, matchCode } from '../data/match-code';
import type { CooperationData } from '../data/types';
import { COOPERATION_FORMS } from '../domain/codes';
import { POOLED_FUNCTIONS } from '../engine/model-assumptions';
import type { FunctionLever, ScenarioDefinition } from '../engine/scenarios/types';
import { t, type Lang, type Params } from '../i18n';
import { scenarioLeverBound, type ScenarioLeverKind } from './scenarios-layout';

const SCALAR_FIELDS = {
  harmonisation: 'flag', itMigration: 'flag', changeManagement: 'flag',
  movingCostPerSiteEur: 'amount', newHeadOfficeEurPerYear: 'amount', legalFeesEur: 'amount',
  shareKept: 'rate', delayYears: 'years', grantsEur: 'amount', loansEur: 'amount', loanYears: 'years',
} as const;
type ScalarField = keyof typeof SCALAR_FIELDS;
type Expect = 'text' | 'flag' | 'amount' | 'fte' | 'rate' | 'years' | 'list' | 'object' | 'method' | 'code';

const FIELDS = ['code', 'name', 'basedOn', 'form', 'partners', 'functions', 'sitesClosed', ...Object.keys(SCALAR_FIELDS), 'comment'];
const FUNCTION_FIELDS = ['pooled', 'method', 'fteRemoved', 'oneOffEur'];
const SCENARIO_CODE = /^S[1-9]\d*$/;

const LEVER_KIND: Readonly<Record<Exclude<Expect, 'text' | 'list' | 'object' | 'method' | 'code'>, ScenarioLeverKind>> = {
  flag: 'flag', amount: 'eur', fte: 'fte', rate: 'rate', years: 'years',
};

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A found value as the message quotes it, cut short. */
const shown = (v: Json): string => {
  const text = v === undefined ? 'undefined' : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
const formLabels = catalogueLabels('domain.form');

export interface ScenariosFileResult {
  readonly definitions: ScenarioDefinition[];
  readonly problems: string[];
}

/**
 * Scenario definitions from a parsed scenarios file (see docs/scenarios.md):
 * `{ "scenarios": [ { "code": "S1", "form": "GCSMS", "functions": { "ACHATS": { "pooled": true } } } ] }`.
 * Every omitted field takes `base(basedOn ?? code)`'s value; `partners` and `sitesClosed` list the codes
 * set to 1 (the others 0); codes match without regard to case or accents; a form may be named by its code
 * or its French or English name. Entries without a valid code, and repeated codes, are left out.
 * @example parseScenariosFile({ scenarios: [{ code: 'S1', shareKept: 0.5 }] }, data, 'fr', base).definitions[0].shareKept // 0.5
 */
export function parseScenariosFile(json: unknown, data: CooperationData, lang: Lang, base: (code: string) => ScenarioDefinition): ScenariosFileResult {
  const problems: string[] = [];
  const say = (key: string, params: Params = {}) => problems.push(t(lang, `scenarioFile.${key}`, params));
  if (!isObject(json) || !Array.isArray(json.scenarios)) {
    say('notAnObject');
    return { definitions: [], problems };
  }
  const definitions: ScenarioDefinition[] = [];
  json.scenarios.forEach((entry: Json, i: number) => {
    const index = i + 1;
    if (!isObject(entry)) return say('entryNotObject', { index, found: shown(entry) });
    if (entry.code === undefined) return say('codeMissing', { index });
    const code = typeof entry.code === 'string' ? entry.code.trim().toUpperCase() : '';
    if (!SCENARIO_CODE.test(code)) return say('codeInvalid', { index, found: shown(entry.code) });
    if (definitions.some((d) => d.code === code)) return say('codeDuplicate', { code });
    definitions.push(parseEntry(entry, code, data, lang, base, problems));
    return undefined;
  });
  return { definitions, problems };
}

function parseEntry(
  entry: Record<string, Json>, code: string, data: CooperationData, lang: Lang, base: (code: string) => ScenarioDefinition, problems: string[],
): ScenarioDefinition {
  const say = (key: string, params: Params = {}) => problems.push(t(lang, `scenarioFile.${key}`, { code, ...params }));
  const wrong = (field: string, expected: Expect, found: Json) =>
    say('wrongType', { field, expected: t(lang, `scenarioFile.expected.${expected}`), found: shown(found) });
  for (const field of Object.keys(entry)) {
    if (!FIELDS.includes(field)) say('unknownField', { field, fields: FIELDS.filter((f) => f !== 'comment').join(', ') });
  }

  /** A number of the given kind, or null after saying why (booleans count as 1/0 for flags only). */
  const numberOf = (field: string, kind: keyof typeof LEVER_KIND, v: Json): number | null => {
    const value = kind === 'flag' && typeof v === 'boolean' ? (v ? 1 : 0) : v;
    const bound = scenarioLeverBound(LEVER_KIND[kind]);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < bound.min || value > bound.max
      || (bound.kind === 'whole' && !Number.isInteger(value))) {
      wrong(field, kind, v);
      return null;
    }
    return value;
  };

  let start: ScenarioDefinition | null = null;
  if (entry.basedOn !== undefined) {
    const from = typeof entry.basedOn === 'string' ? entry.basedOn.trim().toUpperCase() : '';
    if (!SCENARIO_CODE.test(from)) wrong('basedOn', 'code', entry.basedOn);
    else start = baseOrNull(base, from);
    if (SCENARIO_CODE.test(from) && start === null) say('unknownBase', { found: shown(entry.basedOn) });
  }
  const b = start ?? base(code);

  let name = b.name;
  if (entry.name !== undefined) {
    if (typeof entry.name === 'string') name = entry.name.trim();
    else wrong('name', 'text', entry.name);
  }

  let form = b.form;
  if (entry.form !== undefined) {
    const found = typeof entry.form === 'string' ? matchCode(entry.form, COOPERATION_FORMS, formLabels) : null;
    if (found) form = found;
    else if (typeof entry.form === 'string') say('unknownForm', { found: shown(entry.form), codes: COOPERATION_FORMS.join(', ') });
    else wrong('form', 'text', entry.form);
  }

  const flagsFrom = (field: 'partners' | 'sitesClosed', codes: readonly string[], was: readonly number[]): number[] => {
    const v = entry[field];
    if (v === undefined) return [...was];
    if (!Array.isArray(v) || v.some((c) => typeof c !== 'string')) {
      wrong(field, 'list', v);
      return [...was];
    }
    const listed = new Set<number>();
    for (const c of v as string[]) {
      const i = codes.findIndex((k) => foldText(k) === foldText(c));
      if (i >= 0) listed.add(i);
      else say(field === 'partners' ? 'unknownPartner' : 'unknownSite', { found: shown(c), codes: codes.join(', ') || '—' });
    }
    return codes.map((_, i) => (listed.has(i) ? 1 : 0));
  };
  const partnerFlags = flagsFrom('partners', data.partners.map((p) => p.code), b.partnerFlags);
  const siteFlags = flagsFrom('sitesClosed', data.sites.map((s) => s.code), b.siteFlags);

  const functions = POOLED_FUNCTIONS.map((fn): FunctionLever =>
    b.functions.find((f) => f.code === fn) ?? { code: fn, pooled: 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 });
  if (entry.functions !== undefined) {
    if (!isObject(entry.functions)) wrong('functions', 'object', entry.functions);
    else {
      for (const [key, spec] of Object.entries(entry.functions)) {
        const fn = POOLED_FUNCTIONS.find((f) => foldText(f) === foldText(key));
        if (fn === undefined) {
          say('unknownFunction', { found: shown(key), codes: POOLED_FUNCTIONS.join(', ') });
          continue;
        }
        const i = POOLED_FUNCTIONS.indexOf(fn);
        functions[i] = functionLever(functions[i], spec, `functions.${fn}`, numberOf, wrong, say);
      }
    }
  }

  const scalars = Object.fromEntries((Object.keys(SCALAR_FIELDS) as ScalarField[]).map((field) => {
    const v = entry[field];
    const parsed = v === undefined ? null : numberOf(field, SCALAR_FIELDS[field], v);
    return [field, parsed ?? b[field]];
  })) as Record<ScalarField, number>;

  return { code, name, form, partnerFlags, functions, siteFlags, ...scalars };
}

/** One function's levers from `{ "pooled": true, "method": "bottom-up", "fteRemoved": 1.5, "oneOffEur": 10000 }`. */
function functionLever(
  was: FunctionLever, spec: Json, field: string,
  numberOf: (field: string, kind: 'flag' | 'fte' | 'amount', v: Json) => number | null,
  wrong: (field: string, expected: Expect, found: Json) => void,
  say: (key: string, params?: Params) => void,
): FunctionLever {
  if (!isObject(spec)) {
    wrong(field, 'object', spec);
    return was;
  }
  for (const key of Object.keys(spec)) {
    if (!FUNCTION_FIELDS.includes(key)) say('unknownField', { field: `${field}.${key}`, fields: FUNCTION_FIELDS.join(', ') });
  }
  const pick = (key: 'pooled' | 'fteRemoved' | 'oneOffEur', kind: 'flag' | 'fte' | 'amount'): number =>
    spec[key] === undefined ? was[key] : numberOf(`${field}.${key}`, kind, spec[key]) ?? was[key];
  let bottomUp = was.bottomUp;
  if (spec.method !== undefined) {
    const method = typeof spec.method === 'string' ? spec.method.toLowerCase().replace(/[\s_-]/g, '') : '';
    if (method === 'bottomup') bottomUp = 1;
    else if (method === 'topdown') bottomUp = 0;
    else wrong(`${field}.method`, 'method', spec.method);
  }
  return { code: was.code, pooled: pick('pooled', 'flag'), bottomUp, fteRemoved: pick('fteRemoved', 'fte'), oneOffEur: pick('oneOffEur', 'amount') };
}

/** The base of a code, or null when `base` knows no such default (it may throw for an unknown code). */
function baseOrNull(base: (code: string) => ScenarioDefinition, code: string): ScenarioDefinition | null {
  try {
    return base(code);
  } catch {
    return null;
  }
}
