'use client';

import { type FormEvent, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { Field, SelectField } from '../ui/field';
import type { Rule } from './types';
import { useRules } from './use-intelligence';
import { type RuleInput, useCreateRule, useDeleteRule } from './use-rules';

const FIELDS = ['title', 'url', 'content', 'author', 'date'] as const;
const EMPTY: RuleInput = { action: 'block', field: 'title', pattern: '' };
function RuleRow({ rule, onDelete, deleting }: { rule: Rule; onDelete: () => void; deleting: boolean }) {
  return (
    <li className="flex items-center gap-2 rounded-lg border border-border p-2.5" data-testid="rule">
      <Badge tone={rule.action === 'block' ? 'bad' : 'ok'}>{rule.action}</Badge>
      <span className="shrink-0 text-xs text-muted">{rule.field}</span>
      <code className="min-w-0 flex-1 truncate font-mono text-xs" title={rule.pattern}>
        {rule.pattern}
      </code>
      <Button
        variant="ghost"
        className="px-2 py-0.5 text-xs"
        onClick={onDelete}
        disabled={deleting}
        aria-label={`Delete the ${rule.action} rule on ${rule.field} "${rule.pattern}"`}
      >
        Delete
      </Button>
    </li>
  );
}

/**
 * Block and keep rules for incoming items. Block rules hide matching items from the stories and
 * the digest; keep rules are the owner's exceptions and win over block rules.
 */
export function RulesPanel() {
  const rules = useRules();
  const create = useCreateRule();
  const remove = useDeleteRule();
  const [form, setForm] = useState<RuleInput>(EMPTY);
  const errors = create.error instanceof ApiClientError ? create.error.fieldErrors : {};
  const set = (key: keyof RuleInput) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (create.error) create.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(form, { onSuccess: () => setForm((f) => ({ ...EMPTY, action: f.action, field: f.field })) });
  };
  const isDate = form.field === 'date';
  return (
    <Card data-testid="rules">
      <CardHeader
        title="Block and keep rules"
        hint="Blocked items stay out of the stories and the digest; a keep rule wins over a block rule."
      />
      <form onSubmit={submit} className="mb-4 space-y-3" noValidate aria-label="New rule">
        <div className="grid grid-cols-2 gap-2">
          <SelectField
            id="rule-action"
            label="Action"
            value={form.action}
            options={['block', 'keep']}
            error={errors.action?.[0]}
            onChange={(e) => set('action')(e.target.value)}
          />
          <SelectField
            id="rule-field"
            label="Field"
            value={form.field}
            options={FIELDS}
            error={errors.field?.[0]}
            onChange={(e) => set('field')(e.target.value)}
          />
        </div>
        <Field
          id="rule-pattern"
          label={isDate ? 'Date rule' : 'Pattern (regular expression, any case)'}
          value={form.pattern}
          onChange={(e) => set('pattern')(e.target.value)}
          error={errors.pattern?.[0]}
          placeholder={isDate ? 'older-than:30 or before:2026-01-01' : 'sponsored|webinar'}
          className="font-mono"
        />
        {create.error && Object.keys(errors).length === 0 ? (
          <p className="text-xs text-bad" role="alert">
            {create.error.message}
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add rule'}
        </Button>
      </form>
      {rules.error ? <p className="text-sm text-bad">Could not load rules: {rules.error.message}</p> : null}
      {remove.error ? (
        <p className="mb-2 text-xs text-bad" role="alert">
          Could not delete the rule: {remove.error.message}
        </p>
      ) : null}
      {rules.data && rules.data.rules.length === 0 ? (
        <p className="text-sm text-muted">No rules: every item is shown.</p>
      ) : null}
      <ul className="space-y-2" data-testid="rule-list">
        {rules.data?.rules.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            onDelete={() => remove.mutate(rule.id)}
            deleting={remove.isPending && remove.variables === rule.id}
          />
        ))}
      </ul>
    </Card>
  );
}
