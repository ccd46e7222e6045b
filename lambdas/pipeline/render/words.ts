/**
 * Words and their parts of speech, for breaking titles and headings where a reader pauses.
 *
 * jieba: a prefix dictionary of ~350 000 words with the frequencies and part-of-speech tags of the People's
 * Daily corpus, plus an HMM for unknown words — jieba-rs's algorithm and data (render/jieba/, assets/jieba/),
 * read lazily. ICU's Intl.Segmenter was the alternative: no tags, and its dictionary cuts the vocabulary of
 * official titles apart (党|风|廉|政, 从|严|治|党, 全|县, 述|职), so it cannot tell 党组织书记 (one noun phrase)
 * from 书记|抓 (subject and verb). jieba's dictionary is Simplified: Traditional text is segmented through its
 * Simplified form (OpenCC tw2s, character for character), which also gives both editions the same breaks.
 *
 * Loaded on first use only, and then only the dictionary's bytes (5 MB, no parsing until a first character is
 * met); jieba-wasm, used before, built its whole dictionary first (~290 ms CPU and ~80 MiB per process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openccConverter } from '../script/opencc-chain';
import { jiebaDataDir } from './jieba/data-dir';
import { PrefixDictionary } from './jieba/dictionary';
import { Hmm } from './jieba/hmm';
import { Segmenter, type TaggedWord } from './jieba/segment';

export type { TaggedWord };

/** Sum of the frequencies in assets/jieba/dict.txt (jieba's `total`; test/pipeline/render/jieba/dictionary.test.ts sums the file). */
export const JIEBA_DICTIONARY_TOTAL = 60_101_964;

let segmenter: Segmenter | undefined;

function load(): Segmenter {
  if (segmenter) return segmenter;
  const dir = jiebaDataDir();
  const dictionary = new PrefixDictionary(readFileSync(join(dir, 'dict.txt')), JIEBA_DICTIONARY_TOTAL);
  segmenter = new Segmenter(dictionary, () => Hmm.parse(readFileSync(join(dir, 'hmm.model'), 'utf8')));
  return segmenter;
}

/**
 * `text` cut into words with their tags; the words concatenate to `text` exactly. Traditional text is tagged
 * through its Simplified form when that has the same characters one for one.
 */
export function taggedWords(text: string): TaggedWord[] {
  if (text === '') return [];
  const jieba = load();
  const chars = [...text];
  const simplified = openccConverter('to-simplified', 'tw')(text);
  const source = [...simplified].length === chars.length ? simplified : text;
  const words: TaggedWord[] = [];
  let at = 0;
  for (const { word, tag: partOfSpeech } of jieba.tag(source)) {
    const length = [...word].length;
    words.push({ word: chars.slice(at, at + length).join(''), tag: partOfSpeech });
    at += length;
  }
  return words;
}
