/**
 * OpenCC conversions (s2tw, tw2s, …) assembled from opencc-js's preset configurations — the same
 * dictionaries, segmentation and conversion chain as the C++ tool's JSON configs — and run on
 * {@link PhraseTable}. Each converter is built on first use and kept for the life of the process.
 */
import { configs as toTraditionalConfigs } from 'opencc-js/preset/cn2t';
import { configs as toSimplifiedConfigs } from 'opencc-js/preset/t2cn';
import { PhraseTable, type PackedDictionary } from './phrase-table';
import type { ScriptVariant } from './variant';

export type Direction = 'to-traditional' | 'to-simplified';
export type TextConverter = (text: string) => string;

/** The shape opencc-js 1.4 gives its preset configs (its typings omit normalizationChain). */
interface ChainConfig {
  readonly normalizationChain?: readonly (readonly PackedDictionary[])[];
  readonly segmentation?: PackedDictionary | readonly PackedDictionary[];
  readonly conversionChain: readonly (readonly PackedDictionary[])[];
}

export class MissingOpenccConfigError extends Error {
  override readonly name = 'MissingOpenccConfigError';
  constructor(readonly configName: string) {
    super(`opencc-js has no "${configName}" configuration (was opencc-js upgraded?)`);
  }
}

/** OpenCC's configuration file name for a direction and variant, e.g. s2tw, tw2sp. */
export function openccConfigName(direction: Direction, variant: ScriptVariant): string {
  if (direction === 'to-traditional') return `s2${variant}`;
  return variant === 'twp' ? 'tw2sp' : `${variant}2s`;
}

const converters = new Map<string, TextConverter>();

/** The converter for `direction`/`variant`, built once per process. */
export function openccConverter(direction: Direction, variant: ScriptVariant): TextConverter {
  const name = openccConfigName(direction, variant);
  let converter = converters.get(name);
  if (!converter) {
    const presets: Record<string, unknown> = direction === 'to-traditional' ? toTraditionalConfigs : toSimplifiedConfigs;
    const config = presets[name] as ChainConfig | undefined;
    if (!config) throw new MissingOpenccConfigError(name);
    converter = buildConverter(config);
    converters.set(name, converter);
  }
  return converter;
}

function buildConverter(config: ChainConfig): TextConverter {
  const normalization = (config.normalizationChain ?? []).map((group) => new PhraseTable(group));
  const segmentation = config.segmentation === undefined ? null : new PhraseTable(asGroup(config.segmentation));
  const stages = config.conversionChain.map((group) => new PhraseTable(group));
  return (text) => {
    const normalized = normalization.reduce((current, table) => table.convert(current), text);
    // Each segment goes through every stage alone, so a later stage cannot match across the
    // boundary of a phrase found by segmentation (OpenCC's behaviour; opencc-js issue #37).
    const segments = segmentation ? segmentation.segments(normalized) : [normalized];
    const converted: string[] = [];
    for (const segment of segments) converted.push(stages.reduce((current, table) => table.convert(current), segment));
    return converted.join('');
  };
}

function asGroup(dictionary: PackedDictionary | readonly PackedDictionary[]): readonly PackedDictionary[] {
  // A packed string is one dictionary; an array is either a group of dictionaries or a list of pairs.
  if (typeof dictionary === 'string') return [dictionary];
  const looksLikePairs = dictionary.length > 0 && Array.isArray(dictionary[0]) && typeof dictionary[0][0] === 'string';
  return looksLikePairs ? [dictionary as PackedDictionary] : (dictionary as readonly PackedDictionary[]);
}
