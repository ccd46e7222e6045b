import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A heading's bookmark: where it is and what it says. */
export interface Bookmark {
  readonly level: number;
  readonly title: string;
  /** 0-based page index. */
  readonly pageIndex: number;
  /** y of the top of the heading's line (pt from the page bottom). */
  readonly top: number;
}

export interface BookmarkNode {
  readonly bookmark: Bookmark;
  readonly children: BookmarkNode[];
}

/** Nests bookmarks by heading level: a heading belongs under the nearest preceding heading of a higher level. */
export function bookmarkTree(bookmarks: readonly Bookmark[]): BookmarkNode[] {
  const roots: BookmarkNode[] = [];
  const open: BookmarkNode[] = [];
  for (const bookmark of bookmarks) {
    const node: BookmarkNode = { bookmark, children: [] };
    while (open.length > 0 && open[open.length - 1]!.bookmark.level >= bookmark.level) open.pop();
    (open.length > 0 ? open[open.length - 1]!.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

const countAll = (nodes: readonly BookmarkNode[]): number =>
  nodes.reduce((n, node) => n + 1 + countAll(node.children), 0);

/**
 * Writes the document outline (PDF 32000 §12.3.3) — pdf-lib has no API for it. Entries open at the
 * heading's line; the outline panel opens with the document when there is one.
 */
export function writeOutline(pdf: PDFDocument, pageRefs: readonly PDFRef[], bookmarks: readonly Bookmark[]): void {
  const roots = bookmarkTree(bookmarks);
  if (roots.length === 0) return;
  const { context } = pdf;
  const outlinesRef = context.nextRef();

  const writeLevel = (nodes: readonly BookmarkNode[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = nodes.map(() => context.nextRef());
    nodes.forEach((node, i) => {
      const { bookmark } = node;
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(bookmark.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const page = pageRefs[bookmark.pageIndex]!;
      dict.set(PDFName.of('Dest'), context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(bookmark.top)), PDFNull]));
      if (node.children.length > 0) {
        const { first, last } = writeLevel(node.children, refs[i]!);
        dict.set(PDFName.of('First'), first);
        dict.set(PDFName.of('Last'), last);
        dict.set(PDFName.of('Count'), PDFNumber.of(countAll(node.children)));
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]! };
  };

  const { first, last } = writeLevel(roots, outlinesRef);
  context.assign(
    outlinesRef,
    context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(countAll(roots)) }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
