/**
 * Real pages with hand-written gold (../shared/corpus, ../shared/corpus-train, own-pages/), loaded for scoring
 * and training. The site of a page is the `<site>` part of `NN_<site>_<topic>.txt`: cross-validation
 * keeps every page of a site in one fold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldHeading {
  readonly level: number;
  readonly text: string;
  readonly text_nfkc?: string;
  readonly line: number;
  /** `toc`: a site's table of contents, not a body heading (left out of scoring). */
  readonly kind?: string;
}

export interface Gold {
  readonly title: string | null;
  readonly noise_line_numbers?: readonly number[];
  readonly noise_fragments?: readonly string[];
  readonly headings?: readonly GoldHeading[];
  /** Synthetic pages only: noise lines of prose outside the speech (a portal's intro, a related report's opening): the span decision learns from them, the line classifier does not. */
  readonly outside_prose_lines?: readonly number[];
}

export interface GoldPage {
  /** `corpus` or `corpus-train`. */
  readonly folder: string;
  readonly name: string;
  readonly site: string;
  readonly bytes: Buffer;
  readonly gold: Gold;
}

export const sharedDir = resolve(__dirname, '..', '..', '..', 'shared');
export const PAGE_FOLDERS = ['corpus', 'corpus-train'] as const;
const repoRoot = resolve(__dirname, '..', '..');
/** Our own hand-labelled pages (kinds ../shared lacks), in the repository. */
export const OWN_FOLDER = 'own-pages';
/**
 * The own pages the committed models learn from, one stem a line. A page added to own-pages/ trains
 * nothing until it is listed here and the models are retrained in the same commit, so adding pages
 * never leaves a committed model stale (its byte-for-byte test red).
 */
export const OWN_PAGES_TRAINED = join(__dirname, 'own-pages-trained.txt');
/**
 * How much one of our own pages counts against a real one, in every fit (line classifier rows, span
 * candidates, title choices). At 1, cross-validated on corpus-train, noise lines went .951 → .942 and
 * 169's 2009年工作回顧 was taken for a title (87/88), for own pages' lines .902 instead of .894; at 0.5
 * corpus-train keeps 88/88 and its lines (.948, characters .935 → .937). Pages one team wrote in a day
 * are not yet worth a real site's.
 */
export const OWN_PAGE_WEIGHT = 0.5;

/** `06_theorychina_zfgzbg` → `theorychina`; `00_seed` → `seed`. */
export function siteOf(name: string): string {
  return name.split('_')[1] ?? name;
}

export function hasPages(folder: string, root = sharedDir): boolean {
  return existsSync(join(root, folder, 'raw'));
}

/**
 * The listed own pages (with their gold), sorted by name. Their site keys were invented for them, so
 * each is a site of its own: prefixed `own-` it never shares a fold with a ../shared site of that name.
 */
export function loadOwnPages(root = repoRoot, list = OWN_PAGES_TRAINED): GoldPage[] {
  if (!existsSync(list)) return [];
  const listed = new Set(readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
  return loadPages(OWN_FOLDER, root)
    .filter((p) => listed.has(p.name))
    .map((p) => ({ ...p, site: `own-${p.site}` }));
}

/** Every page of one folder with its gold, sorted by name; empty when the folder is absent. */
export function loadPages(folder: string, root = sharedDir): GoldPage[] {
  if (!hasPages(folder, root)) return [];
  return readdirSync(join(root, folder, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return {
        folder,
        name,
        site: siteOf(name),
        bytes: readFileSync(join(root, folder, 'raw', f)),
        gold: JSON.parse(readFileSync(join(root, folder, 'expected', `${name}.json`), 'utf8')) as Gold,
      };
    });
}
