/**
 * A light suffix stripper: enough that "deploys", "deployed" and "deploying" meet, without the
 * rule tables of a full Porter stemmer. Only the comparison sees its output, so a stem need not be
 * a word; it must only be the same for the inflections of one word.
 */
const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ences',
  'ence',
  'ances',
  'ance',
  'ingly',
  'ings',
  'ing',
  'edly',
  'ied',
  'ies',
  'ers',
  'ed',
  'es',
  'er',
  'ly',
  's',
];

export function stem(word: string): string {
  // Numbers, short words and identifiers are values or names: kept as they are.
  if (word.length <= 3 || /\d/.test(word)) return word;
  let out = word;
  for (const suffix of SUFFIXES) {
    if (!out.endsWith(suffix) || out.length - suffix.length < 3) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(out)) continue;
    out = out.slice(0, -suffix.length);
    if (suffix === 'ies' || suffix === 'ied') out += 'y';
    break;
  }
  // "preferr(ed)" and "prefer", "runn(ing)" and "run": a doubled final consonant is one.
  if (/([b-df-hj-np-tv-z])\1$/.test(out) && !/(ss|ll|zz)$/.test(out)) out = out.slice(0, -1);
  // "use"/"us(ing)", "stage"/"stag(ing)": a final e is dropped everywhere.
  if (out.length > 3 && out.endsWith('e')) out = out.slice(0, -1);
  return out;
}
