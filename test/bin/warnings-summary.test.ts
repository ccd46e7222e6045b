import { describe, expect, it } from 'vitest';
import { warningsSummary } from '../../bin/warnings-summary';

describe('warningsSummary', () => {
  it('names each warning code once, in order, with its number when more than one', () => {
    expect(warningsSummary([])).toBe('');
    expect(warningsSummary([{ code: 'placeholder' }, { code: 'source-truncated' }])).toBe('placeholder, source-truncated');
    expect(warningsSummary([{ code: 'placeholder' }, { code: 'source-truncated' }, { code: 'placeholder' }])).toBe('placeholder ×2, source-truncated');
  });
});
