import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../lambdas/pipeline/character-references';
import { decode } from '../../lambdas/pipeline/decode';
import { InputRejectedError } from '../../lambdas/pipeline/errors';

describe('HTML character references', () => {
  it('decodes named, decimal and hex references, windows-1252 quotes, and never throws on an impossible one', () => {
    expect(decodeCharacterReferences('&ldquo;讲话&rdquo;&amp;&#20013;&#x6587;&#147;&#148;')).toBe('“讲话”&中文“”');
    expect(decodeCharacterReferences('&#9999999;&#xD800;&#0;')).toBe('\ufffd\ufffd\ufffd');
    expect(decodeCharacterReferences('&#65535;&#01;&#12;')).toBe('\uffff\u0001\u000c');
  });

  it('are decoded before the control-character check: a text of control references is refused as binary', () => {
    expect(() => decode(Buffer.from('&#01;&#02;&#03;&#04;讲话'.repeat(20), 'utf8'))).toThrow(InputRejectedError);
    expect(decode(Buffer.from('第一行&#13;&#10;第二行', 'utf8')).text).toBe('第一行\n第二行');
    expect(decode(Buffer.from('第一行\u2028第二行\u2029第三行', 'utf8')).text).toBe('第一行\n第二行\n第三行');
  });
});
