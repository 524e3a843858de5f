// The pseudo-locale (en-XA): English with every letter accented and each message ~40 % longer,
// made from the English text when it is shown. Running the app in it shows at a glance any text
// that does not come from the catalogue (it stays plain) and any layout that clips or overflows
// once a translation is longer than English, as French, Spanish and Russian often are.

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ',
  m: 'ɱ', n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ',
  y: 'ý', z: 'ž', A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ',
  K: 'Ķ', L: 'Ĺ', M: 'Ṁ', N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ',
  W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** How much longer than English the pseudo-locale makes each message. */
export const PSEUDO_GROWTH = 0.4;

// Fluent wraps each value put into a sentence (a name, a number, a date) in FIRST STRONG ISOLATE
// … POP DIRECTIONAL ISOLATE: those values are data, not text to translate, so they stay as typed.
const ISOLATED = /(\u2068[^\u2069]*\u2069)/;

/** `text` accented, lengthened by ~40 % with filler inside the brackets that mark its ends. */
export function pseudoLocalise(text: string): string {
  let letters = 0;
  const accented = text
    .split(ISOLATED)
    .map((part) => {
      if (part.startsWith('\u2068')) return part;
      return part.replace(/[A-Za-z]/g, (c) => {
        letters += 1;
        return ACCENTED[c] ?? c;
      });
    })
    .join('');
  const filler = Math.ceil(Math.max(letters, 1) * PSEUDO_GROWTH);
  // Spaced filler can wrap like real words; one long word would be an unfair test.
  const padding = Array.from({ length: filler }, (_, i) => ((i + 1) % 6 === 0 ? ' ' : '·')).join('');
  return `[${accented} ${padding}]`;
}
