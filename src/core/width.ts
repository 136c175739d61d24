/**
 * Full-width to half-width, the one place it is done: full-width ASCII
 * (U+FF01–U+FF5E: digits, letters, ％＋－．，＜＞＝（） …) and the ideographic
 * space. One character in, one character out, so indices into the result are
 * indices into the input.
 */

const FULL_WIDTH_TEST = /[\uFF01-\uFF5E\u3000]/;

export function halfWidth(s: string): string {
  if (!FULL_WIDTH_TEST.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}
