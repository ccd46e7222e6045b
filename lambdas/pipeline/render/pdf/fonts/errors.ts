/** No directory holding the font files could be found; the PDF renderer cannot work without it. */
export class FontDirectoryNotFoundError extends Error {
  override readonly name = 'FontDirectoryNotFoundError';
  constructor(readonly tried: readonly string[]) {
    super(`No font directory found. Tried: ${tried.join(', ')}. Set SPEECH_PRESS_FONT_DIR or ship assets/fonts.`);
  }
}

/** A face is listed in the catalogue but its file is absent or unreadable as a TrueType font. */
export class FontFileError extends Error {
  override readonly name = 'FontFileError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Font file ${path}: ${reason}`);
  }
}
