import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reusedDeflater } from '../../../../../lambdas/pipeline/render/pdf/adapters/reused-deflater';
import { repoRoot } from '../../../../support/shared';

describe('reusedDeflater', () => {
  it('gives deflateSync’s bytes for input after input: empty, tiny, page-sized, and outputs of several chunks', () => {
    let seed = 11;
    const noise = Uint8Array.from({ length: 200_000 }, () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 24);
    const page = Buffer.from(`BT /F1 16 Tf 1 0 0 1 90 700 Tm <${'4E2D'.repeat(900)}> Tj ET\n`.repeat(3), 'latin1');
    const face = readFileSync(join(repoRoot, 'assets', 'fonts', 'NotoSerifSC-PageDigits.ttf'));
    const inputs = [page, new Uint8Array(0), Uint8Array.of(7), noise, page, face, noise.subarray(0, 70_000), page.subarray(0, 100), page];
    for (const level of [2, 6]) {
      const deflate = reusedDeflater(level);
      for (const [i, input] of inputs.entries()) {
        const ours = deflate(input);
        expect(Buffer.from(ours).equals(deflateSync(input, { level })), `level ${level}, input ${i} (${input.byteLength} bytes)`).toBe(true);
        expect(inflateSync(ours).equals(Buffer.from(input))).toBe(true);
      }
    }
    expect(deflateSync(noise, { level: 2 }).byteLength).toBeGreaterThan(64 * 1024); // more than one output chunk
  });
});
