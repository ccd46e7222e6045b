/**
 * Words and their parts of speech, for breaking titles and headings where a reader pauses.
 *
 * jieba (jieba-rs compiled to wasm, its dictionary inside): a prefix dictionary of ~350 000 words with the
 * frequencies and part-of-speech tags of the People's Daily corpus, plus an HMM for unknown words. ICU's
 * Intl.Segmenter was the alternative: no tags, and its dictionary cuts the vocabulary of official titles apart
 * (党|风|廉|政, 从|严|治|党, 全|县, 述|职), so it cannot tell 党组织书记 (one noun phrase) from 书记|抓 (subject
 * and verb). jieba's dictionary is Simplified: Traditional text is segmented through its Simplified form
 * (OpenCC tw2s, character for character), which also gives both editions the same breaks.
 *
 * Loaded on first use only (the wasm and its dictionary take ~0.4 s and ~70 MB once per process), so a
 * document whose title and headings fit their lines never pays for it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { initSync, tag } from 'jieba-wasm/web';
import { openccConverter } from '../script/opencc-chain';

export interface TaggedWord {
  readonly word: string;
  /** jieba's part-of-speech tag (ICTCLAS set: n noun, v verb, p preposition, c conjunction, uj 的, f 方位, …). */
  readonly tag: string;
}

let ready = false;

function load(): void {
  if (ready) return;
  // Read from node_modules at run time (the Lambda asset and the CLI bundle keep it there, as harfbuzz's).
  // The package exports only its glue, so the wasm is found beside it.
  initSync({ module: readFileSync(join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm')) });
  ready = true;
}

/**
 * `text` cut into words with their tags; the words concatenate to `text` exactly. Traditional text is tagged
 * through its Simplified form when that has the same characters one for one.
 */
export function taggedWords(text: string): TaggedWord[] {
  if (text === '') return [];
  load();
  const chars = [...text];
  const simplified = openccConverter('to-simplified', 'tw')(text);
  const source = [...simplified].length === chars.length ? simplified : text;
  const words: TaggedWord[] = [];
  let at = 0;
  for (const { word, tag: partOfSpeech } of tag(source, true)) {
    const length = [...word].length;
    words.push({ word: chars.slice(at, at + length).join(''), tag: partOfSpeech });
    at += length;
  }
  return words;
}
