/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a green sheet with three table rows
 * coloured like the overdue highlight (red, amber, green). `npx tsx scripts/build-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

function pixel(x: number, y: number): Rgba {
  // Coordinates in 0..1 of the icon square.
  if (x < 0.06 || x > 0.94 || y < 0.06 || y > 0.94) return [0, 0, 0, 0];
  if (y < 0.26) return [16, 124, 65, 255]; // header band, Excel green
  const rows: Rgba[] = [
    [255, 199, 206, 255],
    [255, 235, 156, 255],
    [198, 239, 206, 255],
  ];
  const band = Math.min(2, Math.floor((y - 0.26) / (0.68 / 3)));
  const inBandEdge = ((y - 0.26) / (0.68 / 3)) % 1 < 0.12;
  if (inBandEdge || x < 0.12 || x > 0.88) return [16, 124, 65, 255];
  return rows[band]!;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel((x + 0.5) / size, (y + 0.5) / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
