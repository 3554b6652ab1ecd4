// Headless LibreOffice as a second spreadsheet engine: it opens a generated
// .xlsx, recalculates every formula (forced through a private profile, since by
// default it keeps the cached results) and saves a copy whose cached values are
// its own answers.
import { spawn } from 'node:child_process';
import ExcelJS from 'exceljs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Grid } from './grid';
import { readWorkbookGrid } from './read-workbook';

/** One conversion normally takes about a second; a stuck soffice is killed after this. */
const DEFAULT_TIMEOUT_MS = 90_000;

// OOXMLRecalcMode / ODFRecalcMode 0 = "always recalculate on load".
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Where LibreOffice installs itself when it is not on the PATH. */
const INSTALL_PLACES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** Path of the `soffice` executable: `$SOFFICE`, then the PATH, then the usual install places; null when absent. */
export function findSoffice(
  env: Readonly<Record<string, string | undefined>> = process.env,
  places: readonly string[] = INSTALL_PLACES,
): string | null {
  const candidates: string[] = [];
  if (env.SOFFICE) candidates.push(env.SOFFICE);
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    candidates.push(join(dir, 'soffice'), join(dir, 'libreoffice'));
  }
  candidates.push(...places);
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next place
    }
  }
  return null;
}

/** A soffice conversion that did not produce its output. */
export class LibreOfficeError extends Error {
  override readonly name = 'LibreOfficeError';
}

export interface LibreOfficeOptions {
  readonly soffice?: string;
  readonly timeoutMs?: number;
}

/**
 * A working folder with a prepared profile; each conversion copies the profile
 * so that parallel sessions never share one. Call `dispose()` when done.
 */
export class LibreOfficeSession {
  private count = 0;
  /** Wall-clock milliseconds of each conversion, for the report. */
  readonly timingsMs: number[] = [];

  private constructor(
    private readonly soffice: string,
    private readonly workDir: string,
    private readonly timeoutMs: number,
  ) {}

  /** Prepares the profile once (its first start is the slow one) and returns the session. */
  static async start(options: LibreOfficeOptions = {}): Promise<LibreOfficeSession> {
    const soffice = options.soffice ?? findSoffice();
    if (!soffice) throw new LibreOfficeError('LibreOffice (soffice) not found; set $SOFFICE or install libreoffice-calc');
    const workDir = mkdtempSync(join(tmpdir(), 'coop-lo-'));
    const template = join(workDir, 'profile-template');
    mkdirSync(join(template, 'user'), { recursive: true });
    writeFileSync(join(template, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
    const session = new LibreOfficeSession(soffice, workDir, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    await session.warmUp(template);
    return session;
  }

  /** Starts LibreOffice once on the template profile, so that each copy is already initialised. */
  private async warmUp(template: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Warm-up').getCell('A1').value = { formula: '1+1', date1904: false };
    const source = join(this.workDir, 'warm-up.xlsx');
    await wb.xlsx.writeFile(source);
    const args = [`-env:UserInstallation=${pathToFileURL(template).href}`, '--headless', '--norestore', '--nologo',
      '--nodefault', '--convert-to', 'xlsx', '--outdir', join(this.workDir, 'warm-up'), source];
    const { stderr } = await run(this.soffice, args, this.timeoutMs);
    if (!existsSync(join(this.workDir, 'warm-up', 'warm-up.xlsx'))) {
      throw new LibreOfficeError(`LibreOffice could not start: ${stderr.trim()}`);
    }
  }

  /** Recalculates an .xlsx (bytes or a path) and returns the path of LibreOffice's saved copy. */
  async recalculate(input: Buffer | string, options: { readonly timeoutMs?: number } = {}): Promise<string> {
    this.count += 1;
    const job = join(this.workDir, `job-${this.count}`);
    const inDir = join(job, 'in');
    const outDir = join(job, 'out');
    mkdirSync(inDir, { recursive: true });
    mkdirSync(outDir, { recursive: true });
    const name = typeof input === 'string' ? basename(input) : 'model.xlsx';
    const source = join(inDir, name.endsWith('.xlsx') ? name : `${name}.xlsx`);
    if (typeof input === 'string') cpSync(input, source);
    else writeFileSync(source, input);
    const profile = join(job, 'profile');
    cpSync(join(this.workDir, 'profile-template'), profile, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      source,
    ];
    const started = process.hrtime.bigint();
    const { stderr } = await run(this.soffice, args, options.timeoutMs ?? this.timeoutMs);
    this.timingsMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    const output = join(outDir, basename(source));
    // soffice exits 0 even when the conversion failed: the output file is the only proof.
    if (!existsSync(output)) {
      throw new LibreOfficeError(`LibreOffice produced no output for ${source}: ${stderr.trim()}`);
    }
    rmSync(profile, { recursive: true, force: true });
    return output;
  }

  /** Recalculates and reads every cell back (values are LibreOffice's results). */
  async recalculateGrid(input: Buffer | string): Promise<Grid> {
    return readWorkbookGrid(await this.recalculate(input));
  }

  dispose(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ stderr: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so that a time-out kills soffice's children too.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new LibreOfficeError(`LibreOffice did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new LibreOfficeError(`Could not start ${command}`, { cause: error }));
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stderr });
    });
  });
}

/**
 * A jest `describe` that needs LibreOffice. Without soffice it fails in CI
 * (`CI=true`) and is skipped elsewhere with a visible message.
 */
export function describeWithLibreOffice(name: string, body: (session: () => LibreOfficeSession) => void): void {
  const soffice = findSoffice();
  if (!soffice) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('has LibreOffice available (required in CI)', () => {
          throw new Error('LibreOffice (soffice) is not installed; CI must install libreoffice-calc');
        });
      });
    } else {
      console.warn(`[skip] ${name}: LibreOffice (soffice) not found; the recalculation tests are skipped.`);
      describe.skip(name, () => body(() => {
        throw new LibreOfficeError('LibreOffice not available');
      }));
    }
    return;
  }
  describe(name, () => {
    let session: LibreOfficeSession | undefined;
    beforeAll(async () => {
      session = await LibreOfficeSession.start({ soffice });
    });
    afterAll(() => session?.dispose());
    body(() => {
      if (!session) throw new LibreOfficeError('LibreOffice session not started');
      return session;
    });
  });
}
