import { describe, expect, it } from 'vitest';
import { documentStates, markersOlderThanSource, type ListedObject } from '../../../lambdas/web/api/documents';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
const object = (name: string, seconds: number, size = 10): ListedObject => ({ name, lastModified: at(seconds), size });
const MINUTE = 60_000;

describe('documentStates', () => {
  it('a source without outputs is converting, then failed once it waited longer than the limit', () => {
    const sources = [object('讲话.txt', 0)];
    expect(documentStates(sources, [], at(30), MINUTE)[0]).toMatchObject({ name: '讲话.txt', stem: '讲话', status: 'converting', files: [] });
    expect(documentStates(sources, [], at(61), MINUTE)[0]?.status).toBe('failed');
  });

  it('a manifest makes it done, listing every output in reading order and ignoring other stems', () => {
    const outputs = ['讲话.json', '讲话.clean.txt', '讲话.zh-Hant.pdf', '讲话.pdf', '讲话.docx', '讲话.zh-Hant.docx', '讲话.zh-Hant.txt', '讲话稿.pdf'].map((n) => object(n, 5));
    const [state] = documentStates([object('讲话.txt', 1)], outputs, at(6), MINUTE);
    expect(state?.status).toBe('done');
    expect(state?.manifest).toBe('讲话.json');
    expect(state?.files.map((f) => f.name)).toEqual(['讲话.pdf', '讲话.docx', '讲话.zh-Hant.pdf', '讲话.zh-Hant.docx', '讲话.clean.txt', '讲话.zh-Hant.txt', '讲话.json']);
  });

  it('an error report makes it rejected with the report as its only file', () => {
    const [state] = documentStates([object('空.txt', 1)], [object('空.error.json', 2)], at(3), MINUTE);
    expect(state).toMatchObject({ status: 'rejected', report: '空.error.json' });
    expect(state?.files.map((f) => f.name)).toEqual(['空.error.json']);
  });

  it('results older than a re-upload do not count: it is converting again', () => {
    const [state] = documentStates([object('讲话.txt', 10)], [object('讲话.json', 5), object('讲话.pdf', 5)], at(11), MINUTE);
    expect(state?.status).toBe('converting');
  });

  it('an older manifest counts when it was made from the current bytes (identical re-upload: the handler writes nothing)', () => {
    const sources = [object('讲话.txt', 10)];
    const outputs = [object('讲话.json', 5), object('讲话.pdf', 5)];
    expect(markersOlderThanSource(sources, outputs).map((c) => c.marker)).toEqual(['讲话.json']);
    expect(documentStates(sources, outputs, at(11), MINUTE, new Set(['讲话.json']))[0]?.status).toBe('done');
  });

  it('the newer of manifest and report decides', () => {
    expect(documentStates([object('a.txt', 0)], [object('a.json', 3), object('a.error.json', 2)], at(4), MINUTE)[0]?.status).toBe('done');
    expect(documentStates([object('a.txt', 0)], [object('a.json', 2), object('a.error.json', 3)], at(4), MINUTE)[0]?.status).toBe('rejected');
  });

  it('outputs whose source was deleted are still listed; non-transcripts are not', () => {
    const states = documentStates([object('notes.md', 0)], [object('旧.json', 1), object('旧.pdf', 1)], at(2), MINUTE);
    expect(states.map((s) => [s.name, s.status])).toEqual([['旧.txt', 'done']]);
  });

  it('a report named after the whole file name (name taken by another spelling) belongs to that upload', () => {
    const states = documentStates([object('a.txt', 0), object('a.TXT', 5)], [object('a.json', 2), object('a.pdf', 2), object('a.TXT.error.json', 6)], at(7), MINUTE);
    expect(states.map((s) => [s.name, s.status, s.report])).toEqual([['a.TXT', 'rejected', 'a.TXT.error.json']]);
  });

  it('lists newest first', () => {
    const states = documentStates([object('a.txt', 1), object('b.txt', 3), object('c.txt', 2)], [], at(4), MINUTE);
    expect(states.map((s) => s.name)).toEqual(['b.txt', 'c.txt', 'a.txt']);
  });
});
