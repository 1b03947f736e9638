'use client';

import { type FormEvent, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { post, useIntelligenceMutation } from './use-intelligence';

type Form = { statement: string; percent: string; deadline: string; tags: string };

/** New prediction. Probability is typed in percent; the API refuses 0, 100 and anything outside 1–99. */
export function PredictionForm() {
  const [form, setForm] = useState<Form>({ statement: '', percent: '', deadline: '', tags: '' });
  const create = useIntelligenceMutation((f: Form) =>
    post('/api/intelligence/predictions', {
      statement: f.statement,
      probability: f.percent.trim() === '' ? Number.NaN : Number(f.percent) / 100,
      deadline: f.deadline,
      tags: f.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    }),
  );
  const errors = create.error instanceof ApiClientError ? create.error.fieldErrors : {};
  const set = (key: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(form, { onSuccess: () => setForm({ statement: '', percent: '', deadline: '', tags: '' }) });
  };
  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-start" noValidate>
      <Field
        id="p-statement"
        label="Statement"
        value={form.statement}
        onChange={set('statement')}
        error={errors.statement?.[0]}
        placeholder="An open-weights model tops the leaderboard"
      />
      <Field
        id="p-percent"
        label="Probability %"
        inputMode="decimal"
        value={form.percent}
        onChange={set('percent')}
        error={errors.probability?.[0]}
        placeholder="35"
      />
      <Field
        id="p-deadline"
        label="Deadline"
        type="date"
        value={form.deadline}
        onChange={set('deadline')}
        error={errors.deadline?.[0]}
      />
      <Field
        id="p-tags"
        label="Tags"
        value={form.tags}
        onChange={set('tags')}
        error={errors['tags.0']?.[0]}
        placeholder="models, open"
      />
      <Button type="submit" variant="primary" className="md:mt-6" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : 'Predict'}
      </Button>
      {create.error && Object.keys(errors).length === 0 ? (
        <p className="text-sm text-bad md:col-span-5" role="alert">
          {create.error.message}
        </p>
      ) : null}
    </form>
  );
}
