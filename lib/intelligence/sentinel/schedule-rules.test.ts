import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decode';
import { rankDigest } from './build-digest';
import { titleKey, similarity } from './dedupe';
import type { NormalItem } from './normalise-item';
import { canonicalUrl } from './normalise-item';
import { isBlocked, ruleSchema } from './rules';
import { nextIntervalSeconds, parseMaxAge, parseRetryAfter } from './schedule';

describe('feed schedule', () => {
  it('clamps to 5 min..24 h and is raised by ttl, Cache-Control, Retry-After and backoff', () => {
    expect(nextIntervalSeconds({ intervalSeconds: 60 })).toBe(300);
    expect(nextIntervalSeconds({ intervalSeconds: 999_999 })).toBe(86_400);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, ttlMinutes: 120 })).toBe(7200);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, ttlMinutes: 10 })).toBe(3600);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, maxAgeSeconds: parseMaxAge('public, max-age=10800') })).toBe(
      10_800,
    );
    const now = new Date('2026-11-27T00:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 05:00:00 GMT', now)).toBe(18_000);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, retryAfterSeconds: parseRetryAfter('7200', now) })).toBe(7200);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, backoffLevel: 2 })).toBe(14_400);
    expect(nextIntervalSeconds({ intervalSeconds: 3600, backoffLevel: 9 })).toBe(86_400);
  });
});

describe('decoding', () => {
  it('prefers the HTTP charset over the XML declaration', () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>caf\xe9</title></channel></rss>',
      'latin1',
    );
    expect(decodeFeedBytes(bytes, 'text/xml; charset=windows-1252').text).toContain('café');
    expect(decodeFeedBytes(bytes, 'text/xml; charset=ISO-8859-1').charset).toBe('windows-1252');
  });
});

const item = (over: Partial<NormalItem> = {}): NormalItem => ({
  guid: 'g',
  url: 'https://example.com/a',
  canonicalUrl: 'example.com/a',
  title: 'OpenAI releases a new model',
  summary: '<p>text</p>',
  author: 'Jane',
  publishedAt: new Date('2026-11-20T00:00:00Z'),
  contentHash: 'h',
  ...over,
});

describe('rules', () => {
  it('refuses an invalid regex or date form', () => {
    expect(
      ruleSchema.safeParse({ action: 'block', field: 'title', pattern: '(unclosed' }).error?.issues[0]?.message,
    ).toBe('Not a valid regular expression: unterminated group.');
    expect(
      ruleSchema.safeParse({ action: 'block', field: 'date', pattern: 'yesterday' }).error?.issues[0]?.message,
    ).toBe('Write a date rule as older-than:30 (days) or before:2026-01-01.');
    expect(ruleSchema.safeParse({ action: 'nuke', field: 'title', pattern: 'x' }).success).toBe(false);
  });

  it('blocks on title, url, content, author and date; keep rules win', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const rule = (field: string, pattern: string, action = 'block') => ruleSchema.parse({ action, field, pattern });
    expect(isBlocked(item(), [rule('title', 'openai')], now)).toBe(true);
    expect(isBlocked(item(), [rule('url', '^https://other')], now)).toBe(false);
    expect(isBlocked(item(), [rule('content', 'TEXT')], now)).toBe(true);
    expect(isBlocked(item(), [rule('author', '^jane$')], now)).toBe(true);
    expect(isBlocked(item(), [rule('date', 'older-than:3')], now)).toBe(true);
    expect(isBlocked(item(), [rule('date', 'before:2026-11-01')], now)).toBe(false);
    expect(isBlocked(item(), [rule('title', 'openai'), rule('author', 'jane', 'keep')], now)).toBe(false);
  });
});

describe('dedupe helpers', () => {
  it('canonicalises URLs and compares titles by their significant words', () => {
    expect(canonicalUrl('https://www.Example.com/a/?utm_source=x&b=2#top')).toBe('example.com/a?b=2');
    expect(
      similarity(
        titleKey('OpenAI releases GPT-6 with 1M context'),
        titleKey('GPT-6 released by OpenAI with 1M context'),
      ),
    ).toBeGreaterThan(0.5);
    expect(similarity(titleKey('Nvidia earnings beat estimates'), titleKey('OpenAI releases GPT-6'))).toBe(0);
  });
});

describe('digest ranking', () => {
  it('ranks by sources then recency, at most three stories per source', () => {
    const now = new Date('2026-11-27T05:00:00Z');
    const c = (id: string, primary: string, sources: string[]) => ({
      storyId: id,
      title: id,
      url: null,
      primarySource: primary,
      sources,
      newest: now.getTime() - 3_600_000,
    });
    const ranked = rankDigest(
      [
        c('a1', 'A', ['A']),
        c('a2', 'A', ['A']),
        c('a3', 'A', ['A']),
        c('a4', 'A', ['A']),
        c('b1', 'B', ['B', 'A', 'C']),
      ],
      now,
    );
    expect(ranked[0]?.storyId).toBe('b1');
    expect(ranked.filter((r) => r.storyId.startsWith('a'))).toHaveLength(3);
  });
});
