import { countRepair, type CleaningReport } from './report';

const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const NBSP_RE = /[\u00a0\u2007\u202f]/g;
/** Kangxi radicals and CJK radical supplements that look like ordinary ideographs (⼦ → 子). */
const RADICAL_RE = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;
/** Full-width Latin letters and digits (ＡＢＣ１２３) — GB/T 15835 wants half-width numerals. */
const FULLWIDTH_ALNUM_RE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const TAB_RE = /\t/g;

/**
 * Repairs invisible and look-alike characters on one line. Counts every repair so the manifest can say
 * what changed; nothing here removes visible content.
 */
export function repairCharacters(line: string, report: CleaningReport): string {
  let out = line.replace(ZERO_WIDTH_RE, () => {
    countRepair(report, 'zero-width');
    return '';
  });
  out = out.replace(NBSP_RE, () => {
    countRepair(report, 'nbsp');
    return ' ';
  });
  out = out.replace(TAB_RE, ' ');
  out = out.replace(RADICAL_RE, (ch) => {
    const unified = ch.normalize('NFKC');
    if (unified === ch) return ch;
    countRepair(report, 'kangxi-radical');
    return unified;
  });
  out = out.replace(FULLWIDTH_ALNUM_RE, (ch) => {
    countRepair(report, 'fullwidth-alphanumeric');
    return ch.normalize('NFKC');
  });
  return out;
}
