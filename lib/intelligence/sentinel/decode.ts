import iconv from 'iconv-lite';

// Windows-1252 puts printable characters where Unicode has C1 controls (0x80-0x9F); text that
// went through a wrong transcoding carries those controls. Map them back ("don\u0092t" -> "don’t").
const CP1252_C1: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

export function repairC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0)] ?? '');
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function charsetFromDeclaration(bytes: Buffer): string | null {
  // The declaration is ASCII in every encoding we accept, so reading the head as latin1 is safe.
  const head = bytes.subarray(0, 512).toString('latin1');
  return /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

/**
 * Bytes -> text: a BOM wins, then the HTTP charset, then the XML declaration, then UTF-8. Labels
 * iconv-lite does not know fall through to the next candidate rather than failing the feed.
 * ISO-8859-1 is read as Windows-1252, as browsers do, since real feeds mislabel one as the other.
 */
export function decodeFeedBytes(bytes: Buffer, contentType?: string | null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: repairC1(bytes.subarray(3).toString('utf8')), charset: 'utf-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), charset: 'utf-16be' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), charset: 'utf-16le' };
  const candidates = [charsetFromContentType(contentType), charsetFromDeclaration(bytes), 'utf-8'];
  for (const raw of candidates) {
    if (!raw) continue;
    const label = /^(iso-8859-1|latin-?1|us-ascii)$/i.test(raw) ? 'windows-1252' : raw.toLowerCase();
    if (!iconv.encodingExists(label)) continue;
    const text = iconv.decode(bytes, label);
    return { text: /^utf-?8$/.test(label) ? repairC1(text) : text, charset: label };
  }
  return { text: repairC1(bytes.toString('utf8')), charset: 'utf-8' };
}
