import { describe, expect, it } from 'vitest';
import { librarySanitise, sanitise, simpleSanitise } from './sanitise';

const BASE = 'https://news.example/posts/1';

// Fragments that real feed HTML and hostile HTML are made of; inputs are random sequences of them.
const TEXTS = [
  'Plain text',
  ' and more ',
  '"quoted"',
  "it's",
  'a > b',
  '5 < 6',
  'x\u0000y',
  'tab\tnew\r\nline',
  'café ’ 😀',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#39;',
  '&nbsp;',
  '&AMP;',
  '&hellip;',
  '&#x27;',
  '&unknown;',
  '&',
  ';',
  ' & ',
  'R&D',
  '&x',
  '&#',
  '&1',
  '&amp',
  '&ampx',
  '&;',
  '&&',
];
const FRAGMENTS = [
  ...TEXTS,
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<strong>',
  '</strong>',
  '<i>',
  '</i>',
  '<em>',
  '</em>',
  '<code>',
  '</code>',
  '<P>',
  '<p class="x">',
  '<p >',
  '<br>',
  '<br/>',
  '<br />',
  '<BR>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<div>',
  '</div>',
  '<span>',
  '<a href="/x/1">',
  '<a href="rel/2?q=1">',
  '<a href="https://other.example/a">',
  '<a href="http://h.example">',
  '</a>',
  '<a href="javascript:alert(1)">',
  '<a href="mailto:a@b.example">',
  '<a href="//evil.example/">',
  '<a href="a&amp;b">',
  '<a href=" /sp ">',
  '<a href=x>',
  "<a href='/q'>",
  '<a name="n">',
  '<a href="/x" onclick="alert(1)">',
  '<a>',
  '<script>alert(1)</script>',
  '<script>if (a < b) x()</script>',
  '<script src="x.js"></script>',
  '<SCRIPT>x</SCRIPT>',
  '<style>p{color:red}</style>',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="x"></iframe>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '<p',
  '<a href="',
  '"',
  '>',
  '</',
  '<',
  '<?xml?>',
  '<svg onload=alert(1)>',
];

const HREFS = [
  '/x/1',
  'rel/2?q=1',
  'https://other.example/a',
  'http://h.example',
  '',
  '#top',
  '?q=2',
  'javascript:alert(1)',
  'mailto:a@b.example',
  '//evil.example/',
];

/** Mostly well-formed feed HTML (so the recogniser is exercised), now and then a hostile fragment. */
function feedHtml(rand: () => number, depth = 0): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  let out = '';
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.35 || depth > 2) out += pick(TEXTS);
    else if (r < 0.5) out += `<p>${feedHtml(rand, depth + 1)}</p>`;
    else if (r < 0.65) {
      const tag = pick(['b', 'strong', 'i', 'em', 'code']);
      out += `<${tag}>${feedHtml(rand, depth + 1)}</${tag}>`;
    } else if (r < 0.75) out += `<a href="${pick(HREFS)}">${feedHtml(rand, depth + 1)}</a>`;
    else if (r < 0.8) out += pick(['<br>', '<br/>', '<br />']);
    else if (r < 0.85) out += pick(['<script>alert(1)</script>', '<style>p{color:red}</style>', '<script></script>']);
    else if (r < 0.9) out += pick(FRAGMENTS);
    else out += pick(TEXTS);
  }
  return out;
}

function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

describe('sanitise', () => {
  it('gives exactly what sanitize-html gives whenever the fast recogniser accepts an input', () => {
    const rand = seeded(11);
    let accepted = 0;
    let declined = 0;
    for (let n = 0; n < 20_000; n++) {
      const html =
        n % 2
          ? feedHtml(rand)
          : Array.from(
              { length: 1 + Math.floor(rand() * 8) },
              () => FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)],
            ).join('');
      const fast = simpleSanitise(html, BASE);
      if (fast === null) {
        declined++;
        continue;
      }
      accepted++;
      expect(fast, html).toBe(librarySanitise(html, BASE));
    }
    // Both paths must be exercised for the comparison to mean anything.
    expect(accepted).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(1000);
  });

  it('handles typical feed HTML itself and resolves its relative links', () => {
    const html = '<p>Story <script>alert(1)</script><a href="/x/7">more</a> &amp; <b>details</b><br></p>';
    expect(simpleSanitise(html, BASE)).toBe(
      '<p>Story <a href="https://news.example/x/7" rel="noopener noreferrer nofollow">more</a> &amp; <b>details</b><br /></p>',
    );
    expect(sanitise(html, BASE)).toBe(librarySanitise(html, BASE));
  });

  it('lets through only allowed tags, href and rel, and http(s) or mailto links, on either path', () => {
    const rand = seeded(5);
    const allowed = new Set([
      'p',
      'br',
      'a',
      'b',
      'strong',
      'i',
      'em',
      'ul',
      'ol',
      'li',
      'blockquote',
      'code',
      'pre',
      'h3',
      'h4',
    ]);
    for (let n = 0; n < 2000; n++) {
      const html =
        n % 2
          ? feedHtml(rand)
          : Array.from(
              { length: 1 + Math.floor(rand() * 6) },
              () => FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)],
            ).join('');
      const out = sanitise(html, BASE);
      for (const [, name = '', attributes = ''] of out.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)) {
        expect(allowed.has(name), `${html} -> ${out}`).toBe(true);
        expect(attributes, `${html} -> ${out}`).toMatch(
          /^(\s+(href="(https?:\/\/|mailto:)[^"]*"|rel="noopener noreferrer nofollow"))*\s*\/?$/,
        );
      }
    }
  });
});
