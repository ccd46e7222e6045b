/**
 * Whatever characters a transcript holds — controls, non-characters, references to them — every output
 * opens: each DOCX part is well-formed XML 1.0 to a strict parser, and the text outputs hold no
 * control character.
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { convert, isInputRejected } from '../lambdas/pipeline';

/** What the text outputs may hold below U+0020: only the line break between paragraphs. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/u;

/** A raw NUL is left out: decode refuses any file holding one as binary, by design (test/pipeline/decode.test.ts). */
const HOSTILE = [
  ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== '\n' && c !== '\u0000'),
  '\u007f', '\u0085', '\u009f', '\ufffe', '\uffff', '\ufdd0', '\u{1fffe}', '\u{10ffff}', '\u2028', '\u2029',
  '&#65535;', '&#01;', '&#12;', '&#0;', '&#x1;', '&#xFFFE;', '&#55296;', '&#128;', '&#9999999;', '&amp;#1;',
];

const HAN = Array.from('我们要坚持以人民为中心的发展思想深化改革开放推进高质量发展');
const words = fc.array(fc.constantFrom(...HAN), { minLength: 6, maxLength: 30 }).map((a) => a.join(''));

/** Enough plain prose that even the most inserts (6 paragraphs × 3) stay well under decode's 1 % share for a binary file. */
const FILLER = '今年以来，我们坚持稳中求进工作总基调，统筹发展和安全，推动经济运行持续向好、社会大局保持稳定。'.repeat(40);

/** A speech whose paragraphs have hostile characters or references dropped in anywhere. */
const speech = fc
  .array(fc.tuple(words, fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...HOSTILE)), { maxLength: 3 })), { minLength: 2, maxLength: 6 })
  .map((paragraphs) =>
    ['关于工作的讲话', '同志们：', FILLER, ...paragraphs.map(([text, inserts]) => {
      let out = text;
      for (const [at, ch] of inserts) out = out.slice(0, at % (out.length + 1)) + ch + out.slice(at % (out.length + 1));
      return `${out}，各项工作取得新成效。`;
    })].join('\n'),
  );

function wellFormed(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

const RUNS = 6;

describe('outputs open whatever characters the source holds', () => {
  it('every DOCX part parses as XML 1.0 and the text outputs hold no control character', async () => {
    let converted = 0;
    await fc.assert(
      fc.asyncProperty(speech, async (text) => {
        let result;
        try {
          result = await convert(Buffer.from(text, 'utf8'), { sourceName: 'hostile.txt' });
        } catch (error) {
          if (isInputRejected(error)) return;
          throw error;
        }
        converted++;
        for (const file of result.files) {
          if (file.name.endsWith('.docx')) {
            for (const [part, bytes] of Object.entries(unzipSync(file.body))) {
              if (/\.(xml|rels)$/.test(part)) wellFormed(Buffer.from(bytes).toString('utf8'), `${file.name}/${part}`);
            }
          } else if (file.name.endsWith('.txt')) {
            expect(Buffer.from(file.body).toString('utf8').replace(/\n/g, ''), file.name).not.toMatch(CONTROL);
          }
        }
        // Nor does the manifest, which quotes removed lines.
        JSON.stringify(result.manifest, (_, value: unknown) => {
          if (typeof value === 'string') expect(value.replace(/\n/g, ''), 'manifest').not.toMatch(CONTROL);
          return value;
        });
      }),
      { numRuns: RUNS },
    );
    // Every input is text with a few hostile characters in it: none may be refused, or the property says nothing.
    expect(converted, 'inputs converted (not refused as binary)').toBe(RUNS);
  });
});
