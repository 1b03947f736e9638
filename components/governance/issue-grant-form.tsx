'use client';

import { useState } from 'react';
import { SCOPES } from '@/lib/auth/scopes';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { type IssuedGrant, useIssueGrant } from './use-grants';

export function IssueGrantForm({ onIssued }: { onIssued: (issued: IssuedGrant) => void }) {
  const issue = useIssueGrant();
  const [subjectKind, setSubjectKind] = useState('agent');
  const [subject, setSubject] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [resources, setResources] = useState('');
  const [days, setDays] = useState('90');
  const errors = issue.error instanceof ApiClientError ? issue.error.fieldErrors : {};

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        issue.mutate(
          { subjectKind, subject, scopes, days: Number(days), resources: resources.split(/[\s,]+/).filter(Boolean) },
          {
            onSuccess: (issued) => {
              onIssued(issued);
              setSubject('');
              setScopes([]);
              setResources('');
            },
          },
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr_6rem]">
        <div className="space-y-1.5">
          <label htmlFor="grant-kind" className="block text-sm font-medium">
            Subject
          </label>
          <select
            id="grant-kind"
            value={subjectKind}
            onChange={(e) => setSubjectKind(e.target.value)}
            className="w-full rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm"
          >
            <option value="agent">agent</option>
            <option value="job">job</option>
            <option value="container">container</option>
          </select>
        </div>
        <Field
          id="grant-subject"
          label="Name"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          placeholder="e.g. nightly-reviewer"
          error={errors.subject?.[0]}
        />
        <Field
          id="grant-days"
          label="Days (≤ 90)"
          type="number"
          min={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={errors.days?.[0]}
        />
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Scopes</legend>
        <div className="flex flex-wrap gap-2">
          {SCOPES.map((scope) => (
            <label
              key={scope}
              className="inline-flex cursor-pointer items-center gap-1.5 rounded-lg border border-border bg-surface-2 px-2.5 py-1 font-mono text-xs has-[:checked]:border-accent has-[:checked]:text-accent"
            >
              <input
                type="checkbox"
                className="accent-current"
                checked={scopes.includes(scope)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              />
              {scope}
            </label>
          ))}
        </div>
        {errors.scopes?.[0] ? <p className="mt-1 text-xs text-bad">{errors.scopes[0]}</p> : null}
      </fieldset>
      <Field
        id="grant-resources"
        label="Resource patterns (optional, space separated globs)"
        value={resources}
        onChange={(e) => setResources(e.target.value)}
        placeholder="_active/shop/** _experiments/**"
        error={errors.resources?.[0]}
      />
      {issue.error && !Object.keys(errors).length ? <p className="text-sm text-bad">{issue.error.message}</p> : null}
      <Button type="submit" variant="primary" disabled={issue.isPending}>
        {issue.isPending ? 'Issuing…' : 'Issue grant'}
      </Button>
    </form>
  );
}
