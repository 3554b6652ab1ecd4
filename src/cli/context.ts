// What every command is given: the language, its translator and where to write.
import type { Lang, Translate } from '../i18n';

/** The process's streams and environment, replaceable in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CliContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly io: CliIO;
}

export const processIO: CliIO = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  env: process.env,
};
