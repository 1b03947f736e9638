'use client';

import { KeyRound, ShieldAlert, X } from 'lucide-react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { SkillMarkdown } from './skill-markdown';
import { useSkill } from './use-skills';

export function SkillDetailPanel({ name, onClose }: { name: string; onClose: () => void }) {
  const { data: skill, error, isPending } = useSkill(name);
  return (
    <Card className="lg:sticky lg:top-6" aria-label={`Skill ${name}`} data-testid="skill-detail">
      <div className="mb-4 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="flex items-center gap-2 text-base font-semibold">
            <span aria-hidden>{skill?.emoji}</span>
            <span className="truncate font-mono">{name}</span>
          </h2>
          {skill?.slashCommand ? <p className="mt-0.5 font-mono text-xs text-muted">/{skill.slashCommand}</p> : null}
        </div>
        <Button variant="ghost" className="px-2" aria-label="Close skill" onClick={onClose}>
          <X className="size-4" aria-hidden />
        </Button>
      </div>
      {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
      {error ? <p className="text-sm text-bad">{error.message}</p> : null}
      {skill ? (
        <>
          <div className="mb-4 flex flex-wrap gap-1.5">
            <Badge tone={skill.valid ? 'ok' : 'bad'}>
              {skill.valid ? 'Valid' : `${skill.issues.length} problem(s)`}
            </Badge>
            {skill.category ? <Badge>{skill.category}</Badge> : null}
            {skill.ownerOnly ? (
              <Badge tone="warn">
                <ShieldAlert className="size-3" aria-hidden /> Owner-only
              </Badge>
            ) : null}
            {skill.staging ? <Badge tone="accent">stages {skill.staging}</Badge> : null}
          </div>
          {!skill.valid ? (
            <ul className="mb-4 space-y-1 rounded-lg border border-bad/30 bg-bad/5 p-3 text-xs text-bad">
              {skill.issues.map((i) => (
                <li key={`${i.field}:${i.message}`}>
                  <span className="font-mono">{i.field}</span>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="mb-4 rounded-lg border border-border bg-surface-2/50 p-3">
            <p className="mb-2 flex items-center gap-1.5 text-xs font-semibold text-muted">
              <KeyRound className="size-3.5" aria-hidden /> Grant scopes needed
            </p>
            <ul className="flex flex-wrap gap-1.5" aria-label="Grant scopes">
              {skill.scopes.length ? (
                skill.scopes.map((s) => (
                  <li key={s}>
                    <code className="rounded bg-surface px-1.5 py-0.5 text-xs">{s}</code>
                  </li>
                ))
              ) : (
                <li className="text-xs text-muted">none</li>
              )}
            </ul>
            {skill.requiresConfig.length ? (
              <p className="mt-2 text-xs text-muted">
                Loads when <code className="text-text">{skill.requiresConfig.join(', ')}</code> is set in the gateway.
              </p>
            ) : null}
          </div>
          <SkillMarkdown source={skill.body} />
        </>
      ) : null}
    </Card>
  );
}
