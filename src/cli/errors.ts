// Faults the CLI reports with a translated one-line message and a chosen exit code.
import type { Params } from '../i18n';

/** Exit codes: 0 done; 1 the user's data holds errors; 2 usage errors and faults (unreadable file, internal error). */
export const EXIT = { ok: 0, dataErrors: 1, fault: 2 } as const;

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
    readonly exitCode: number = EXIT.fault,
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = 'CliError';
  }
}
