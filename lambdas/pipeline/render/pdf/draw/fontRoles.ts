import type { FontRole } from '../fonts';
import type { TextStyle } from '../layout/styles';

/**
 * Which font role draws each text style (GB/T 9704: title 小标宋, body 仿宋, 一、 黑体, （一） 楷体,
 * 1. bold 仿宋, （1） 仿宋; lead-ins bold; subtitle, speaker and date 楷体 as in the DOCX edition).
 */
const ROLE: Readonly<Record<TextStyle, FontRole>> = {
  title: 'title',
  subtitle: 'meta',
  meta: 'meta',
  body: 'body',
  'lead-in': 'bodyBold',
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'bodyBold',
  heading4: 'body',
};

export const roleOf = (style: TextStyle): FontRole => ROLE[style];
