// Draws the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): a blue
// rounded square with two overlapping circles, two partners becoming one.
// Run: node scripts/make-icons.mjs. The PNGs are committed; this script is how
// they were made, so that a new size or colour is one edit away.
// A tiny PNG encoder of our own (RGBA, 8 bits, filter 0, zlib from Node) keeps
// image tooling out of the dependencies.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { stdout } from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [0x1f, 0x4e, 0x79];
const LEFT = [0x4f, 0xc3, 0xf7];
const RIGHT = [0xff, 0xb3, 0x47];
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG bytes of an RGBA image given as rows of [r, g, b, a]. */
function encodePng(width, height, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y += 1) {
    const start = y * (1 + width * 4);
    raw[start] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const p = pixel(x, y);
      for (let i = 0; i < 4; i += 1) raw[start + 1 + x * 4 + i] = p[i];
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The colour at a point of the unit square, or null outside the rounded square. */
function shade(u, v) {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null;
  const inLeft = (u - 0.38) ** 2 + (v - 0.5) ** 2 < 0.24 ** 2;
  const inRight = (u - 0.62) ** 2 + (v - 0.5) ** 2 < 0.24 ** 2;
  if (inLeft && inRight) return LEFT.map((c, i) => Math.round((c + RIGHT[i]) / 2 * 0.85 + 255 * 0.15));
  if (inLeft) return LEFT;
  if (inRight) return RIGHT;
  return BACKGROUND;
}

function drawIcon(size) {
  return encodePng(size, size, (x, y) => {
    const sum = [0, 0, 0];
    let covered = 0;
    for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
      for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
        const colour = shade((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
        if (!colour) continue;
        covered += 1;
        for (let i = 0; i < 3; i += 1) sum[i] += colour[i];
      }
    }
    if (covered === 0) return [0, 0, 0, 0];
    const alpha = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
    return [...sum.map((s) => Math.round(s / covered)), alpha];
  });
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
stdout.write(`icons written to ${out}: ${SIZES.join(', ')} px\n`);
