import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate, type ParserFactory } from '../../../scripts/clean-model/eval';
import { loadOwnPages, type GoldPage } from '../../../scripts/clean-model/pages';
import { parseSpeech } from '../../../lambdas/pipeline';

const TEXT = '首页 > 讲话\n在全县工作会议上的讲话\n同志们：\n今天我们召开会议，主要任务是总结工作、部署任务。\n';

function ownFolder(stems: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'own-pages-'));
  mkdirSync(join(root, 'own-pages', 'raw'), { recursive: true });
  mkdirSync(join(root, 'own-pages', 'expected'), { recursive: true });
  for (const stem of stems) {
    writeFileSync(join(root, 'own-pages', 'raw', `${stem}.txt`), TEXT);
    writeFileSync(join(root, 'own-pages', 'expected', `${stem}.json`), JSON.stringify({ title: '在全县工作会议上的讲话', noise_line_numbers: [1] }));
  }
  return root;
}

describe('loadOwnPages', () => {
  it('loads only the listed pages, each site kept apart from a ../shared site of the same key', () => {
    const root = ownFolder(['301_wx_a', '302_forum_b', '303_wx_c']);
    const list = join(root, 'trained.txt');
    writeFileSync(list, '# comment\n301_wx_a\n303_wx_c\n');
    const pages = loadOwnPages(root, list);
    expect(pages.map((p) => p.name)).toEqual(['301_wx_a', '303_wx_c']);
    expect(pages.map((p) => p.site)).toEqual(['own-wx', 'own-wx']);
    expect(pages[0]!.folder).toBe('own-pages');
  });

  it('loads nothing without a list', () => {
    expect(loadOwnPages(ownFolder(['301_wx_a']), '/nonexistent/list.txt')).toEqual([]);
  });
});

describe('crossValidate with own pages', () => {
  const page = (name: string, folder: string): GoldPage => ({ folder, name, site: name.split('_')[1]!, bytes: Buffer.from(TEXT), gold: { title: null } });

  it('leaves the folds of the shared pages as they were and never trains on the fold it tests', () => {
    const shared = ['1_a_x', '2_b_x', '3_c_x', '4_d_x', '5_e_x', '6_f_x'].map((n) => page(n, 'corpus-train'));
    const own = ['301_p_x', '302_q_x', '303_r_x'].map((n) => ({ ...page(n, 'own-pages'), site: `own-${n.split('_')[1]}` }));
    const seen: string[][] = [];
    const factory: ParserFactory = (training) => {
      seen.push(training.map((p) => p.name));
      return (bytes) => parseSpeech(bytes);
    };
    const withOwn = crossValidate(shared, factory, 3, own);
    const without = crossValidate(shared, () => (bytes) => parseSpeech(bytes), 3, []);
    withOwn.forEach((r, k) => {
      const tested = r.scores.map((s) => s.name);
      expect(tested.filter((n) => !n.startsWith('30'))).toEqual(without[k]!.scores.map((s) => s.name));
      for (const name of tested) expect(seen[k]).not.toContain(name);
    });
    expect(withOwn.flatMap((r) => r.scores.map((s) => s.name)).sort()).toEqual([...shared, ...own].map((p) => p.name).sort());
  });
});
