// 繁體 detection and the one-for-one conversion that keeps offsets.
import { describe, expect, it } from 'vitest';
import { originalScript, simplifyScript } from '../../../graph/read/script.ts';
import { normaliseText } from '../../../graph/normalise/normalise.ts';

describe('simplifyScript', () => {
  it('converts a traditional text character for character', () => {
    const text = '關於推動經濟發展的實施方案\n一、著力推進產業升級（區發展改革委牽頭）';
    const conversion = simplifyScript(text)!;
    expect(conversion.text).toBe('关于推动经济发展的实施方案\n一、着力推进产业升级（区发展改革委牵头）');
    expect(conversion.text.length).toBe(text.length);
  });

  it('leaves a simplified text alone, even with a few characters that have traditional forms', () => {
    expect(simplifyScript('关于推动经济发展的实施方案。显著提升乾隆年间的著作')).toBeNull();
  });

  it('maps the normalised text back to the original characters', () => {
    const original = '一、推進產業升級（區發展改革委牽頭）';
    const conversion = simplifyScript(original)!;
    const norm = normaliseText(conversion.text);
    const shown = originalScript(norm.text, norm.toOriginal, conversion);
    expect(norm.text).toBe('一、推进产业升级(区发展改革委牵头)');
    expect(shown).toBe('一、推進產業升級(區發展改革委牽頭)');
  });
});
