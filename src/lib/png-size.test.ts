import { describe, expect, test } from 'vitest';
import { pngSize } from './png-size.ts';

/** The start of a PNG: signature, then the IHDR chunk's length, type, width and height (big-endian). */
const pngStart = (width: number, height: number, type = 'IHDR') => {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...[...type].map((c) => c.charCodeAt(0))]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
};

describe('pngSize', () => {
  test('reads the width and height the header declares', () => {
    expect(pngSize(pngStart(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(pngStart(70_000, 1))).toEqual({ width: 70_000, height: 1 });
  });

  test('reads them from bytes that are a view into a larger buffer', () => {
    const inside = new Uint8Array(40);
    inside.set(pngStart(16, 9), 7);
    expect(pngSize(inside.subarray(7))).toEqual({ width: 16, height: 9 });
  });

  test('knows no size for what is not a PNG: another format, a cut-off file, a first chunk other than IHDR', () => {
    expect(pngSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]))).toBeUndefined();
    expect(pngSize(pngStart(1200, 630).subarray(0, 20))).toBeUndefined();
    expect(pngSize(pngStart(1200, 630, 'IDAT'))).toBeUndefined();
  });
});
