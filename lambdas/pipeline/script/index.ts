/** Script conversion of the document model: the Traditional (or reverse Simplified) edition. */
export { convertDocumentScript, type ScriptConversionOptions } from './convert-document';
export {
  DEFAULT_SCRIPT_VARIANT,
  SCRIPT_VARIANTS,
  TWP_WARNING,
  editionLanguage,
  editionScript,
  editionSuffix,
  isScriptVariant,
  type ScriptVariant,
} from './variant';
export { PROTECTED_TERMS, type ProtectedTerm } from './protected-terms';
export { MissingOpenccConfigError, openccConfigName, openccConverter, type Direction } from './opencc-chain';
export { toCornerQuotes, toCurlyQuotes } from './quotes';
