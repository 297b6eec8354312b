import { inflateSync } from 'node:zlib';

/** A decoded image: RGBA, 8 bits per channel. */
export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/**
 * Decodes the PNGs Chromium writes (8-bit greyscale/RGB/RGBA, not interlaced), enough to
 * compare screenshots pixel by pixel without another dependency.
 */
export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colourType = body[9]!;
      if (depth !== 8 || body[12] !== 0)
        throw new Error(`unsupported PNG: depth ${String(depth)}, interlace ${String(body[12])}`);
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  if (!channels) throw new Error(`unsupported PNG colour type ${String(colourType)}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const source = pixels.subarray(i * channels, (i + 1) * channels);
    const grey = channels <= 2;
    rgba[i * 4] = source[0]!;
    rgba[i * 4 + 1] = grey ? source[0]! : source[1]!;
    rgba[i * 4 + 2] = grey ? source[0]! : source[2]!;
    rgba[i * 4 + 3] = channels === 4 ? source[3]! : channels === 2 ? source[1]! : 255;
  }
  return { width, height, rgba };
}

/** How many pixels differ (any channel by more than `threshold`), and the size of each image. */
export function comparePngs(
  a: Buffer,
  b: Buffer,
  threshold = 0,
): { differing: number; total: number; sizes: string } {
  const first = decodePng(a);
  const second = decodePng(b);
  const sizes = `${String(first.width)}×${String(first.height)} vs ${String(second.width)}×${String(second.height)}`;
  if (first.width !== second.width || first.height !== second.height)
    return { differing: Infinity, total: first.width * first.height, sizes };
  let differing = 0;
  for (let i = 0; i < first.rgba.length; i += 4) {
    for (let c = 0; c < 4; c += 1) {
      if (Math.abs(first.rgba[i + c]! - second.rgba[i + c]!) > threshold) {
        differing += 1;
        break;
      }
    }
  }
  return { differing, total: first.width * first.height, sizes };
}
