import { z } from 'zod';
import type { NormalItem } from './normalise-item';

export const RULE_FIELDS = ['title', 'url', 'content', 'author', 'date'] as const;

/** V8 says "Invalid regular expression: /(a/i: Unterminated group"; the owner needs only the last part. */
function regexProblem(error: Error): string {
  const reason = error.message.slice(error.message.lastIndexOf(': ') + 2).trim() || error.message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** A rule is refused at creation when its regex does not compile or its date form is unknown. */
export const ruleSchema = z
  .object({
    action: z.enum(['block', 'keep'], { error: 'Action is block or keep.' }),
    field: z.enum(RULE_FIELDS, { error: 'Field is title, url, content, author or date.' }),
    pattern: z.string().trim().min(1, 'Give a pattern.').max(300),
  })
  .superRefine((rule, ctx) => {
    if (rule.field === 'date') {
      const ok =
        /^older-than:\d{1,4}$/.test(rule.pattern) ||
        (/^before:\d{4}-\d{2}-\d{2}/.test(rule.pattern) && !Number.isNaN(Date.parse(rule.pattern.slice(7))));
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          path: ['pattern'],
          message: 'Write a date rule as older-than:30 (days) or before:2026-01-01.',
        });
      return;
    }
    try {
      new RegExp(rule.pattern, 'i');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `Not a valid regular expression: ${regexProblem(error as Error)}.`,
      });
    }
  });
export type Rule = z.output<typeof ruleSchema>;

function matches(rule: Rule, item: NormalItem, now: Date): boolean {
  if (rule.field === 'date') {
    if (rule.pattern.startsWith('older-than:'))
      return now.getTime() - item.publishedAt.getTime() > Number(rule.pattern.slice(11)) * 86_400_000;
    return item.publishedAt.getTime() < Date.parse(rule.pattern.slice(7));
  }
  const value = { title: item.title, url: item.url ?? '', content: item.summary, author: item.author ?? '' }[
    rule.field
  ];
  return new RegExp(rule.pattern, 'i').test(value);
}

/** Blocked when a block rule matches and no keep rule does: keep rules are the owner's exceptions. */
export function isBlocked(item: NormalItem, rules: readonly Rule[], now = new Date()): boolean {
  const blocked = rules.some((r) => r.action === 'block' && matches(r, item, now));
  return blocked && !rules.some((r) => r.action === 'keep' && matches(r, item, now));
}
