// LibreOffice conversions for the chart tests: several files in one soffice run (with a
// private profile that recalculates on load), and the pages of a PDF as grey pixels
// (pdftoppm -gray writes PGM, read here without an image library).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '../harness/libreoffice';

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class RenderDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'coop-charts-'));

  /** Converts each `name.xlsx` to `format` in one soffice run; returns the output paths by name. */
  convert(files: Readonly<Record<string, Buffer>>, format: 'pdf' | 'ods'): Record<string, string> {
    const soffice = findSoffice();
    if (!soffice) throw new Error('soffice not found');
    const inDir = join(this.dir, `in-${format}`);
    const outDir = join(this.dir, `out-${format}`);
    const profile = join(this.dir, `profile-${format}`);
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
    mkdirSync(inDir, { recursive: true });
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const path = join(inDir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--nodefault',
      '--convert-to', format, '--outdir', outDir, ...inputs], { timeout: 180_000, stdio: 'ignore' });
    const out: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      const path = join(outDir, `${name}.${format}`);
      if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${name}.${format}`);
      out[name] = path;
    }
    return out;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface GreyPage {
  readonly width: number;
  readonly height: number;
  /** 0 = black … 255 = white, row by row. */
  readonly pixels: Uint8Array;
}

/** Every page of `pdf` at `dpi`, in grey. */
export function pdfPages(pdf: string, dpi: number): GreyPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'coop-pgm-'));
  try {
    spawnSync('pdftoppm', ['-r', String(dpi), '-gray', pdf, join(dir, 'p')], { stdio: 'ignore' });
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => readPgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, maxval 255). */
export function readPgm(bytes: Buffer): GreyPage {
  const header: string[] = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at += 1;
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]))) token += String.fromCharCode(bytes[at++]);
    header.push(token);
  }
  if (header[0] !== 'P5' || header[3] !== '255') throw new Error(`not an 8-bit PGM: ${header.join(' ')}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(at + 1, at + 1 + width * height) };
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Pixels that differ by more than 32 grey levels, and their bounding box (null when none). */
export function difference(a: GreyPage, b: GreyPage): { count: number; box: Box | null } {
  let count = 0;
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = y * a.width + x;
      if (Math.abs(a.pixels[i] - b.pixels[i]) <= 32) continue;
      count += 1;
      if (!box) box = { left: x, top: y, right: x, bottom: y };
      else {
        box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
        box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
      }
    }
  }
  return { count, box };
}

/** Pixels of `page` inside `box` that are not white (below 224). */
export function ink(page: GreyPage, box: Box): number {
  let n = 0;
  for (let y = box.top; y <= box.bottom; y++) for (let x = box.left; x <= box.right; x++) if (page.pixels[y * page.width + x] < 224) n += 1;
  return n;
}

/** `pdftotext` of one page (1-based). */
export function pageText(pdf: string, page: number): string {
  return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
}

/** A PNG of one page's box, rendered at `dpi` (the box given in pixels at `fromDpi`). */
export function renderPng(pdf: string, page: number, box: Box, fromDpi: number, dpi: number, to: string): void {
  const k = dpi / fromDpi;
  const pad = 4;
  const out = join(tmpdir(), `coop-png-${process.pid}`);
  spawnSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png',
    '-x', String(Math.max(0, Math.floor((box.left - pad) * k))), '-y', String(Math.max(0, Math.floor((box.top - pad) * k))),
    '-W', String(Math.ceil((box.right - box.left + 2 * pad) * k)), '-H', String(Math.ceil((box.bottom - box.top + 2 * pad) * k)),
    pdf, out], { stdio: 'ignore' });
  cpSync(`${out}.png`, to);
  rmSync(`${out}.png`, { force: true });
}
