import { test } from "node:test";
import assert from "node:assert/strict";
import { crc32, deflateSync } from "node:zlib";
import { lumaVariance, pixelAt, readPng } from "./png-reader";

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

test("reads size and pixels through the row filters", () => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // RGB
  // row 0 unfiltered: red, white; row 1 "up" filter: +0 → same as row 0 except the last byte
  const raw = Buffer.from([0, 255, 0, 0, 255, 255, 255, 2, 0, 0, 0, 0, 0, 0]);
  const png = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  const img = readPng(png);
  assert.deepEqual([img.width, img.height], [2, 2]);
  assert.deepEqual(pixelAt(img, 0, 0), [255, 0, 0, 255]);
  assert.deepEqual(pixelAt(img, 1, 1), [255, 255, 255, 255]);
  assert.ok(lumaVariance(img) > 0);
  assert.throws(() => readPng(Buffer.from("nope")), /not a PNG/);
});
