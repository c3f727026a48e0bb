// A tiny PNG reader (IHDR + zlib via node:zlib, filters undone) for tests: size and pixel statistics.
import { inflateSync } from "node:zlib";

export interface PngInfo {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel */
  pixels: Uint8Array;
}

const SIGNATURE = "89504e470d0a1a0a";

export function readPng(buf: Uint8Array): PngInfo {
  const b = Buffer.from(buf);
  if (b.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG");
  let width = 0, height = 0, depth = 0, color = 0;
  const idat: Buffer[] = [];
  for (let off = 8; off < b.length; ) {
    const len = b.readUInt32BE(off);
    const type = b.toString("ascii", off + 4, off + 8);
    const data = b.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8];
      color = data[9];
      if (data[12] !== 0) throw new Error("interlaced PNGs are not supported");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    off += 12 + len;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[color];
  if (depth !== 8 || !channels) throw new Error(`unsupported PNG: depth ${depth}, colour type ${color}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const up = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + up - c;
      const pred = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? up : filter === 3 ? (a + up) >> 1
        : Math.abs(p - a) <= Math.abs(p - up) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - up) <= Math.abs(p - c) ? up : c;
      cur[i] = (line[i] + pred) & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const s = x * channels;
      const grey = channels <= 2;
      out[o] = cur[s];
      out[o + 1] = grey ? cur[s] : cur[s + 1];
      out[o + 2] = grey ? cur[s] : cur[s + 2];
      out[o + 3] = channels === 4 ? cur[s + 3] : channels === 2 ? cur[s + 1] : 255;
    }
    prev = cur;
  }
  return { width, height, pixels: out };
}

/** Variance of luminance over the image: near 0 for a blank image. */
export function lumaVariance({ pixels }: PngInfo): number {
  let n = 0, sum = 0, sq = 0;
  const step = 4 * Math.max(1, Math.floor(pixels.length / 4 / 200_000));
  for (let i = 0; i < pixels.length; i += step) {
    const l = 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
    n++;
    sum += l;
    sq += l * l;
  }
  return sq / n - (sum / n) ** 2;
}

/** RGBA of one pixel. */
export function pixelAt({ width, pixels }: PngInfo, x: number, y: number): [number, number, number, number] {
  const o = (y * width + x) * 4;
  return [pixels[o], pixels[o + 1], pixels[o + 2], pixels[o + 3]];
}
