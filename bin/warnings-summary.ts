/**
 * The CLI's one-line list of a document's warnings: each code once, in the order first given, with how many
 * there are when more than one (a speech with ××× and ○○ has two placeholder warnings: `placeholder ×2`, not
 * `placeholder, placeholder`). What each says is in the manifest; a cut-off source is also printed in full.
 */
export function warningsSummary(warnings: readonly { readonly code: string }[]): string {
  const counts = new Map<string, number>();
  for (const { code } of warnings) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
}
