/**
 * What a cleaning rule is: a pattern of whole lines that web pages and PDF exports add around a
 * speech, as data. Each pattern is anchored and short-line-bound so that a real sentence mentioning
 * the same words is never matched. The tables are page-furniture.ts (anywhere), head-chrome.ts and
 * tail-chrome.ts (by region).
 */

/** Where on the page a rule applies (regions.ts decides which lines are head, body and tail). */
export type NoiseRegion = 'anywhere' | 'head' | 'tail-stopper' | 'tail';

/** Why a whole line was removed, as the manifest says it. */
export type NoiseReason =
  | 'page number'
  | 'page title with page number'
  | 'mobile/desktop switch'
  | 'breadcrumb'
  | 'toolbar'
  | 'publish/source line'
  | 'publish time'
  | 'SEO intro'
  | 'site name'
  | 'WeChat header'
  | 'WeChat byline'
  | 'keywords/tags line'
  | 'read-more link'
  | 'paywall'
  | 'share line'
  | 'comments'
  | 'related list'
  | 'navigation'
  | 'footer'
  | 'end marker'
  | 'editor credit'
  | 'WeChat footer'
  | 'download link'
  | 'foreign-language notice'
  | 'photo caption'
  | 'compilation number'
  | 'trailing page junk';

/**
 * One cleaning rule as data: what it matches, where, why, and example lines it must and must not
 * match (test/pipeline/clean/noise-rules.test.ts checks every example, table by table).
 */
export interface NoiseRule {
  readonly id: string;
  readonly region: NoiseRegion;
  readonly pattern: RegExp;
  /** A line the pattern matches that the rule still leaves alone (a shape a regular expression cannot tell). */
  readonly unless?: (text: string) => boolean;
  readonly reason: NoiseReason;
  readonly examples: { readonly hit: readonly string[]; readonly miss: readonly string[] };
}

/** Whether the rule takes the line: its pattern matches and its exception does not. */
export function ruleMatches(rule: NoiseRule, text: string): boolean {
  return rule.pattern.test(text) && !(rule.unless?.(text) ?? false);
}

/** The reason of the first rule of the table that matches the line, or null. */
export function matchNoise(text: string, patterns: readonly NoiseRule[]): NoiseReason | null {
  for (const rule of patterns) if (ruleMatches(rule, text)) return rule.reason;
  return null;
}
