import { applyTint, untintColor } from '../../src/core/marks/tint';
import { isWritten, textFingerprint } from '../../src/core/marks/savedState';

describe('theme tints', () => {
  test('a tinted fill is put back exactly: untint then tint gives the colour Excel showed', () => {
    let checked = 0;
    for (const base of [
      '#92D050',
      '#4472C4',
      '#ED7D31',
      '#A5A5A5',
      '#FFC000',
      '#5B9BD5',
      '#70AD47',
      '#264478',
      '#C00000',
    ])
      for (const t of [0.8, 0.6, 0.4, -0.25, -0.5, 0.3999755851924192, -0.249977111117893]) {
        const shown = applyTint(base, t);
        expect(applyTint(untintColor(shown, t), t)).toBe(shown);
        checked++;
      }
    expect(checked).toBe(63);
    // Setting the shown colour and the tint again would tint twice: lighter than it was.
    expect(applyTint(applyTint('#4472C4', 0.4), 0.4)).not.toBe(applyTint('#4472C4', 0.4));
  });
});

describe('saved state', () => {
  test('holds a fingerprint of what was written, not the text', () => {
    const text = '【绩效目标表审核】错误：指标值为空\n  Error: the value is empty';
    const fp = textFingerprint(text);
    expect(fp.length).toBeLessThan(20);
    expect(isWritten(text, fp)).toBe(true);
    expect(isWritten(`${text} `, fp)).toBe(false);
    expect(isWritten(text, text)).toBe(true); // states saved before fingerprints
    expect(isWritten(null, fp)).toBe(false);
  });
});
