/**
 * The layout checker on generated text: random paragraphs and headings of Han, every kind of mark (pairs and
 * runs of them included), ——/……, digits and Latin words, in both scripts, laid out with a stand-in measure
 * (fast, many runs) and with the real fonts (fewer runs). Every rule of layout-checker.ts must hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Script, SpeechDocument } from '../../../../../lambdas/pipeline/model';
import { layoutPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { paginate } from '../../../../../lambdas/pipeline/render/pdf/layout/paginate';
import { metricsOf } from '../../../../../lambdas/pipeline/render/pdf/layout/styles';
import { typesetDocument } from '../../../../../lambdas/pipeline/render/pdf/layout/typeset';
import type { Measure } from '../../../../../lambdas/pipeline/render/pdf/layout/units';
import { layoutViolations } from '../layout-checker';

const HAN = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'];
const MARKS = [...'，。、；：？！“”‘’（）《》【】「」『』·'];
const LATIN = ['2022', '5.2%', 'XXXX', 'GB/T', '12', 'A', 'COVID-19', '3.5'];
const PAIRS = ['”，', '”。', '》，', '。（', '）、', '】【', '。”', '？”', '！”', '：“', '，“', '”（', '）。'];

const token = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...HAN) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PAIRS) },
  { weight: 1, arbitrary: fc.constantFrom('——', '……') },
  { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
);
const paragraphText = fc.array(token, { minLength: 1, maxLength: 160 }).map((parts) => parts.join(''));

const block = fc.oneof(
  { weight: 5, arbitrary: paragraphText.map((text): Block => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line: 1 })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(1, 2, 3, 4 as const), fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 60 }))
      .map(([level, chars]): Block => ({ kind: 'heading', level, runs: [{ text: `一、${chars.join('')}`, role: 'heading' }], line: 1 })),
  },
);

const documentOf = (blocks: Block[], script: Script): SpeechDocument => ({
  script,
  language: script === 'Hans' ? 'zh-CN' : 'zh-TW',
  title: null,
  meta: {},
  blocks,
});

/** Stand-in for the fonts: ASCII half an em, everything else a full em. */
const measure: Measure = (style, text) =>
  [...text].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 0.5 : 1) * metricsOf(style).size, 0);

describe('layout rules on generated paragraphs', () => {
  it.each(['Hans', 'Hant'] as const)('%s: no rule broken (stand-in measure)', (script) => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const doc = documentOf(blocks, script);
        expect(layoutViolations(doc, paginate(typesetDocument(doc, measure)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['Hans', 'Hant'] as const)('%s: no rule broken (real fonts)', (script) => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const doc = documentOf(blocks, script);
        expect(layoutViolations(doc, layoutPdf(doc).pages)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
