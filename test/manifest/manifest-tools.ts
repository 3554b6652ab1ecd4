// Offline manifest validation, the three routes of ../shared/office-manifest-xsd/README.md:
// Office's own parser (office-addin-manifest-converter), the bundled JSON schema
// (office-addin-manifest validate on the converted JSON), and, where present, the XSDs.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '..', '..');
const CONVERTER = join(ROOT, 'node_modules', 'office-addin-manifest-converter', 'cli.js');
const MANIFEST_CLI = join(ROOT, 'node_modules', 'office-addin-manifest', 'cli.js');
export const XSD = resolve(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

export interface Outcome {
  readonly code: number;
  readonly output: string;
}

async function outcome(file: string, args: readonly string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: ROOT, timeout: 120_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Converts with Office's parser; `json` is the written manifest.json, or null when none was written. */
export async function convert(xmlPath: string): Promise<{ json: string | null; log: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const { output } = await outcome(process.execPath, [CONVERTER, 'convert', xmlPath, '-o', dir]);
  const json = join(dir, 'manifest.json');
  return { json: existsSync(json) ? json : null, log: output };
}

/** Validates a JSON manifest against the schema bundled with office-addin-manifest (no network). */
export function validateJson(jsonPath: string): Promise<Outcome> {
  return outcome(process.execPath, [MANIFEST_CLI, 'validate', jsonPath]);
}

/** True when xmllint and the shared XSDs are both here (CI); the XSD check is skipped otherwise. */
export async function xsdAvailable(): Promise<boolean> {
  if (!existsSync(XSD)) return false;
  try {
    await run('xmllint', ['--version']);
    return true;
  } catch {
    return false;
  }
}

export function validateXsd(xmlPath: string): Promise<Outcome> {
  return outcome('xmllint', ['--nonet', '--noout', '--schema', XSD, xmlPath]);
}
