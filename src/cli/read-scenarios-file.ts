// `--scenarios scenarios.json`: the file read and parsed against the partner data.
// A file that cannot be read or is not JSON is a fault of the command line (exit 2);
// what is wrong inside it is the user's data (exit 1, each problem printed).
import { readFile } from 'node:fs/promises';
import type { CooperationData } from '../data/types';
import { defaultScenarios } from '../engine/scenarios';
import type { ScenarioDefinition } from '../engine/scenarios/types';
import { t, type Lang } from '../i18n';
import { parseScenariosFile } from '../plan/scenarios-file';
import { CliError } from './errors';

export type ScenariosFileRead =
  | { readonly ok: true; readonly definitions: readonly ScenarioDefinition[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Line and column (from 1) of a character offset of `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The file's JSON value; CliError (exit 2) when it is missing, unreadable or not JSON. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError('cli.scenarios.notFound', { file }, undefined, { cause });
    throw new CliError('cli.scenarios.unreadable', { file, reason: code ?? String(cause) }, undefined, { cause });
  }
  try {
    // A byte-order mark, as some Windows editors write, is not JSON.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /at position (\d+)/.exec(message);
    if (position) throw new CliError('cli.scenarios.badJsonAt', { file, ...lineAndColumn(text, Number(position[1])) }, undefined, { cause });
    throw new CliError('cli.scenarios.badJson', { file, reason: message.split('\n')[0] }, undefined, { cause });
  }
}

/** Thrown by the templates lookup for a code without a default scenario. */
class NoTemplate extends Error {
  constructor(readonly code: string) {
    super(`no default scenario ${code}`);
    this.name = 'NoTemplate';
  }
}

/**
 * The scenarios of a scenarios file's JSON for `data`: each entry resolved against its template,
 * the default scenario (`defaultScenarios(data)`) named by `basedOn` or else by the entry's own code;
 * or the problems found, as messages naming the scenario and the field.
 */
export function resolveScenarios(json: unknown, data: CooperationData, lang: Lang): ScenariosFileRead {
  const defaults = defaultScenarios(data);
  // Codes beyond the defaults (S4…) given without `basedOn`: each is a problem; the parse is run
  // again with a stand-in template for them, so that every other problem of the file is listed too.
  const orphans: string[] = [];
  const template = (code: string): ScenarioDefinition => {
    const found = defaults.find((d) => d.code === code);
    if (found) return found;
    if (orphans.includes(code) && defaults.length > 0) return defaults[0];
    throw new NoTemplate(code);
  };
  for (;;) {
    try {
      const parsed = parseScenariosFile(json, data, lang, template);
      const problems = [
        ...orphans.map((code) => t(lang, 'cli.scenarios.noTemplate', { code, codes: defaults.map((d) => d.code).join(', ') })),
        ...parsed.problems,
      ];
      return problems.length > 0 ? { ok: false, problems } : { ok: true, definitions: parsed.definitions };
    } catch (error) {
      if (!(error instanceof NoTemplate) || orphans.includes(error.code) || defaults.length === 0) throw error;
      orphans.push(error.code);
    }
  }
}
