// The parts of an .xlsx package, straight from the ZIP central directory: only the entries
// the reader asks for are inflated (node:zlib), the rest of the archive is never touched.
import { inflateRawSync } from 'node:zlib';
import { supported, XlsxUnsupported } from './unsupported';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface ZipEntry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** The entries of a package by name (leading `/` dropped, as ExcelJS does), read as UTF-8 text. */
export interface ZipPackage {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry as text, or null when the package has no such entry. */
  text(name: string): string | null;
}

/**
 * Opens the ZIP archive in `bytes`. Anything JSZip (ExcelJS's unzipper) might read otherwise
 * — ZIP64, encryption, non-ASCII names, names given in an extra field, a shifted directory —
 * throws XlsxUnsupported, so that the ExcelJS reader decides.
 *
 * @example openZip(bytes).text('xl/workbook.xml')
 */
export function openZip(bytes: Buffer): ZipPackage {
  const entries = withinBounds(() => centralDirectory(bytes));
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    text: (name) => {
      const entry = entries.get(name);
      return entry ? utf8(withinBounds(() => inflate(bytes, entry))) : null;
    },
  };
}

/** A read past the end of a truncated archive is one more thing left to ExcelJS. */
function withinBounds<T>(read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof RangeError) throw new XlsxUnsupported('truncated ZIP archive', { cause });
    throw cause;
  }
}

function endOfDirectory(bytes: Buffer): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new XlsxUnsupported('archive (no ZIP directory)');
}

function centralDirectory(bytes: Buffer): Map<string, ZipEntry> {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  supported(bytes.readUInt16LE(end + 4) === 0 && bytes.readUInt16LE(end + 6) === 0, 'multi-disk archive');
  supported(count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff, 'ZIP64 archive');
  supported(offset + size === end && bytes.readUInt16LE(end + 8) === count, 'ZIP directory layout');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    supported(at + 46 <= end && bytes.readUInt32LE(at) === DIRECTORY_ENTRY, 'ZIP directory entry');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    supported((flags & 1) === 0, 'encrypted entry');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    supported(nameBytes.every((b) => b < 0x80), 'non-ASCII entry name');
    supported(!hasExtraField(bytes, at + 46 + nameLength, extraLength, [0x0001, 0x7075]), 'ZIP64 or Unicode-path entry');
    let name = nameBytes.toString('latin1');
    if (name.startsWith('/')) name = name.slice(1);
    supported(!entries.has(name), 'duplicate entry name');
    entries.set(name, {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function hasExtraField(bytes: Buffer, from: number, length: number, ids: readonly number[]): boolean {
  for (let at = from; at + 4 <= from + length; at += 4 + bytes.readUInt16LE(at + 2)) {
    if (ids.includes(bytes.readUInt16LE(at))) return true;
  }
  return false;
}

function inflate(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  supported(at + 30 <= bytes.length && bytes.readUInt32LE(at) === LOCAL_HEADER, 'ZIP local header');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  supported(start + entry.compressedSize <= bytes.length, 'truncated ZIP entry');
  const data = bytes.subarray(start, start + entry.compressedSize);
  let out: Buffer;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data);
    } catch (cause) {
      throw new XlsxUnsupported('deflate stream', { cause });
    }
  } else throw new XlsxUnsupported(`compression method ${entry.method}`);
  supported(out.length === entry.size, 'ZIP entry size');
  return out;
}

/** UTF-8 text as JSZip gives it to ExcelJS; a leading byte-order mark is skipped, as the XML parser does. */
function utf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
