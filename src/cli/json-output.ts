// The `--json [file]` convention shared by every command.
import type { Lang } from '../i18n';
import type { CommonOptions } from './command';
import type { CliContext } from './context';
import { writeOutputFile } from './write-output-file';

/**
 * Bumped when a field of the JSON output changes meaning or disappears.
 * 2 (issue 5): every scenario under `scenarios.<code>` with its levers and partners' shares,
 * `scoring`, and the assumptions at the top level (no longer under `scenarios.S1`).
 */
export const JSON_SCHEMA_VERSION = 2;

/** The envelope of every command's JSON output. */
export interface JsonEnvelope {
  readonly schemaVersion: number;
  readonly tool: 'coop-model';
  readonly command: string;
  readonly lang: Lang;
  readonly ok: boolean;
}

/**
 * Where a command's lines and JSON go: lines to standard output, or to standard
 * error when JSON takes standard output (`--json` without a file).
 */
export interface CommandOutput {
  line(text: string): void;
  /** Writes the JSON result where `--json` asked, if it did; does nothing otherwise. */
  json(command: string, ok: boolean, payload: Record<string, unknown>): Promise<void>;
}

export function commandOutput(ctx: CliContext, options: CommonOptions): CommandOutput {
  const target = options.json;
  const jsonOnStdout = target === true;
  return {
    line: (text) => (jsonOnStdout ? ctx.io.stderr : ctx.io.stdout)(`${text}\n`),
    async json(command, ok, payload) {
      if (target === undefined) return;
      const envelope: JsonEnvelope = { schemaVersion: JSON_SCHEMA_VERSION, tool: 'coop-model', command, lang: ctx.lang, ok };
      const text = `${JSON.stringify({ ...envelope, ...payload }, null, 2)}\n`;
      if (target === true) {
        ctx.io.stdout(text);
      } else {
        await writeOutputFile(target, text);
        ctx.io.stderr(`${ctx.t('cli.jsonWritten', { file: target })}\n`);
      }
    },
  };
}
