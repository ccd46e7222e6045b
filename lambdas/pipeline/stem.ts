/** `dir/讲话.txt` → `讲话`: every output is named after its source's stem. */
export function stemOf(sourceName: string): string {
  const base = sourceName.split('/').pop() ?? sourceName;
  return base.replace(/\.[^.]*$/, '') || base;
}
