import { writeFile } from 'node:fs/promises';
import { CliError } from './errors';

/** Writes a file the user asked for; a failure (missing folder, no permission) is a located fault, exit 2. */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (cause) {
    const reason = (cause as { code?: string }).code ?? String(cause);
    throw new CliError('cli.error.writeFailed', { file: path, reason }, undefined, { cause });
  }
}
