import { NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { parseOrThrow } from '../cassandra/parse-or-throw';
import { type Rule, ruleSchema } from './rules';

export async function loadRules(): Promise<Rule[]> {
  const db = await getDb();
  const rows = await db.feedRule.findMany({ orderBy: { createdAt: 'asc' } });
  // Stored rules were validated on the way in; re-check so a hand-edited row cannot break a tick.
  return rows.flatMap((r) => {
    const parsed = ruleSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function listRules() {
  const db = await getDb();
  return db.feedRule.findMany({ orderBy: { createdAt: 'asc' } });
}

export async function createRule(input: unknown, actor = 'owner') {
  const rule = parseOrThrow(ruleSchema, input);
  const db = await getDb();
  const row = await db.feedRule.create({ data: rule });
  await recordAudit({ actor, action: 'intelligence.add-feed-rule', target: row.id, details: rule });
  await publishEvent('intelligence', 'rule-created', row.id);
  return row;
}

export async function deleteRule(id: string, actor = 'owner') {
  const db = await getDb();
  const { count } = await db.feedRule.deleteMany({ where: { id } });
  if (!count) throw new NotFoundError(`No rule ${id}.`);
  await recordAudit({ actor, action: 'intelligence.remove-feed-rule', target: id });
  await publishEvent('intelligence', 'rule-deleted', id);
}
