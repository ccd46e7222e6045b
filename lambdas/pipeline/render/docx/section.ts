import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import {
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SIZE_PAGE_NUMBER,
  oneCharacter,
} from './geometry';
import { STYLE } from './styles';

/** `— n —`: GB/T 9704 7.5 page number between two 一字线, filled in by Word/WPS/LibreOffice. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const inset = oneCharacter(SIZE_PAGE_NUMBER); // 空一字 in 4号
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: inset } : { left: inset },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** One A4 section with GB/T margins; odd pages number on the right, even pages on the left. */
export function pageSection(children: Paragraph[]): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
        pageNumbers: { start: 1 },
      },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
    children,
  };
}
