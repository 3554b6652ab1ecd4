// manifest.xml checked offline: Office's own parser, the bundled JSON schema and,
// where ../shared/office-manifest-xsd exists, the XSDs; then its contents against
// what the add-in needs (issue 4, item 1), and broken copies that must be refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, convert, validateJson, validateXsd, xsdAvailable } from './manifest-tools';

// Plain CommonJS module shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require('../../config/manifest-urls') as {
  productionManifest(xml: string, urls: { dev: string; prod: string }): string;
};
const urls = JSON.parse(readFileSync(join(ROOT, 'config', 'addin-urls.json'), 'utf8')) as { dev: string; prod: string };

const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'manifest-copies-'));

function copy(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function expectAccepted(path: string): Promise<void> {
  const converted = await convert(path);
  expect(converted.log).not.toMatch(/error/i);
  expect(converted.json).not.toBeNull();
  const json = await validateJson(converted.json as string);
  // On success the JSON route prints nothing and exits 0; on failure it prints "not valid" or "Error".
  expect(json.output).not.toMatch(/not valid|error/i);
  expect(json.code).toBe(0);
  if (await xsdAvailable()) {
    const xsd = await validateXsd(path);
    expect(xsd.output).toMatch(/validates/);
    expect(xsd.code).toBe(0);
  }
}

/** The PNG's width and height, read from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('passes Office parser, the bundled JSON schema and (where present) the XSD', async () => {
    await expectAccepted(MANIFEST);
  });

  it('passes the same checks once rewritten with the production URL, with no localhost left', async () => {
    const prod = productionManifest(xml, urls);
    expect(prod).not.toContain('localhost');
    expect(prod).toContain(`<SourceLocation DefaultValue="${urls.prod}taskpane.html"/>`);
    await expectAccepted(copy('prod.xml', prod));
  });

  it('is an Excel task pane with ReadWriteDocument, French by default and English overrides', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="Modélisation de coopération">\s*<Override Locale="en-US" Value="Cooperation Modeler"\/>/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(xml).toContain(`<SourceLocation DefaultValue="${urls.dev}taskpane.html"/>`);
    expect(urls.dev).toBe('https://localhost:3000/');
  });

  it('gives British English the same texts as American English', () => {
    // Office picks an override by exact locale: without en-GB, a British Excel shows the French default.
    const overrides = (locale: string) => [...xml.matchAll(new RegExp(`Override Locale="${locale}" Value="([^"]+)"`, 'g'))].map((m) => m[1]);
    expect(overrides('en-US').length).toBeGreaterThanOrEqual(5);
    expect(overrides('en-GB')).toEqual(overrides('en-US'));
  });

  it('puts a ShowTaskpane button on the Home tab, every ribbon string in French and English', () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US" Value="[^"]+"\/>/g)];
    const ids = [...xml.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(strings.map((m) => m[1])).toEqual(ids);
  });

  it('names icons of 16, 32, 64 and 80 px that exist in assets/ at those sizes', () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    const sizes = new Set(icons.map((m) => Number(m[2])));
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [, file, size] of icons) expect(pngSize(join(ROOT, 'assets', file))).toEqual([Number(size), Number(size)]);
  });
});

describe('a broken manifest', () => {
  it('is refused by the converter when its XML is not well formed (exit code 0, errors in the log)', async () => {
    const converted = await convert(copy('unclosed.xml', xml.replace('</OfficeApp>', '')));
    expect(converted.log).toMatch(/error/i);
  });

  it('is refused when Permissions holds an unknown value (no JSON written; the XSD rejects it too)', async () => {
    const path = copy('permissions.xml', xml.replace('<Permissions>ReadWriteDocument<', '<Permissions>Everything<'));
    const converted = await convert(path);
    expect(converted.json).toBeNull();
    if (await xsdAvailable()) expect((await validateXsd(path)).code).not.toBe(0);
  });

  it('is refused by the JSON schema when the converted manifest has an unknown host scope', async () => {
    const converted = await convert(MANIFEST);
    const manifest = JSON.parse(readFileSync(converted.json as string, 'utf8')) as { extensions: { requirements: { scopes: string[] } }[] };
    manifest.extensions[0].requirements.scopes = ['spreadsheet'];
    const broken = copy('broken.json', JSON.stringify(manifest));
    const result = await validateJson(broken);
    expect(result.code).not.toBe(0);
  });

  it('makes the production rewrite fail when the prod URL is not https', () => {
    expect(() => productionManifest(xml, { dev: urls.dev, prod: 'http://example.org/' })).toThrow(/https/);
  });
});
