import { isScope } from '../auth/scopes';
import { STAGED_KINDS } from '../staging/schemas';
import { FrontMatterError, parseFrontMatter } from './parse-front-matter';
import {
  frontMatterSchema,
  MAX_SKILL_BYTES,
  type SkillFrontMatter,
  type SkillIssue,
  type SkillRecord,
} from './schemas';
import { slashCommandFor } from './slash-command';

/** The config flag a sandbox skill gates on: its tools live in the sandbox, not in the gateway. */
export const SANDBOX_GATE = 'plugins.entries.sandbox-exec.enabled';

function buddyRules(fm: SkillFrontMatter, folder: string, body: string): SkillIssue[] {
  const issues: SkillIssue[] = [];
  const buddy = fm.metadata.buddy;
  const requires = fm.metadata.openclaw.requires;
  if (fm.name !== folder) issues.push({ field: 'name', message: `"${fm.name}" does not match its folder "${folder}"` });
  for (const scope of buddy.scopes) {
    if (/approve/i.test(scope)) {
      issues.push({
        field: 'metadata.buddy.scopes',
        message: `"${scope}": no skill may need an approve scope (approval is owner-only)`,
      });
    } else if (!isScope(scope)) {
      issues.push({ field: 'metadata.buddy.scopes', message: `"${scope}" is not a scope in lib/auth/scopes.ts` });
    }
  }
  if (buddy.staging !== null && !(STAGED_KINDS as readonly string[]).includes(buddy.staging)) {
    issues.push({ field: 'metadata.buddy.staging', message: `"${buddy.staging}" is not a staged item kind` });
  }
  const usesSandbox =
    buddy.scopes.includes('sandbox:exec') || buddy.category === 'video' || buddy.category === 'sandbox';
  if (usesSandbox && !(requires.config ?? []).includes(SANDBOX_GATE)) {
    issues.push({
      field: 'metadata.openclaw.requires.config',
      message: `a sandbox skill must gate on "${SANDBOX_GATE}"`,
    });
  }
  if (usesSandbox && (requires.bins?.length || requires.anyBins?.length)) {
    issues.push({
      field: 'metadata.openclaw.requires.bins',
      message:
        'a sandbox skill must not require binaries: they are checked in the gateway, but its tools run in the sandbox',
    });
  }
  if (buddy.category === 'deploy' && !fm['disable-model-invocation']) {
    issues.push({
      field: 'disable-model-invocation',
      message: 'a deploy skill must set disable-model-invocation: true (owner-only)',
    });
  }
  if (fm['command-dispatch'] === 'tool' && !fm['command-tool']) {
    issues.push({ field: 'command-tool', message: 'command-dispatch: tool needs command-tool' });
  }
  if (!/^##\s+Done when\b/im.test(body)) {
    issues.push({ field: 'body', message: 'instructions need a "## Done when" section with a checkable result' });
  }
  return issues;
}

/** Validates one SKILL.md against OpenClaw's format and Buddy's rules; never throws. */
export function validateSkill(folder: string, path: string, text: string): SkillRecord {
  const bytes = Buffer.byteLength(text);
  const record: SkillRecord = {
    name: folder,
    folder,
    path,
    bytes,
    valid: false,
    issues: [],
    frontMatter: null,
    body: '',
    slashCommand: null,
  };
  if (bytes > MAX_SKILL_BYTES) {
    record.issues.push({
      field: 'file',
      message: `SKILL.md is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_SKILL_BYTES / 1024} KB`,
    });
    return record;
  }
  let parsed: ReturnType<typeof parseFrontMatter>;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    record.issues.push({ field: 'front matter', message: error.message });
    return record;
  }
  record.body = parsed.body;
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'front matter';
      const message = issue.code === 'unrecognized_keys' ? `unknown key(s): ${issue.keys.join(', ')}` : issue.message;
      record.issues.push({ field, message });
    }
    const raw = parsed.data as { name?: unknown };
    if (typeof raw.name === 'string') record.name = raw.name;
    return record;
  }
  const fm = result.data;
  record.name = fm.name;
  record.frontMatter = fm;
  record.slashCommand = fm['user-invocable'] ? slashCommandFor(fm.name) : null;
  record.issues.push(...buddyRules(fm, folder, parsed.body));
  record.valid = record.issues.length === 0;
  return record;
}
