import { describe, expect, it } from 'vitest';
import { validateSkill } from './validate-skill';

const GOOD_FM = {
  name: 'memory-search',
  description: 'Search memory.',
  meta: `metadata:
  openclaw:
    emoji: "🧠"
    requires:
      config: ["plugins.entries.governance-enforcement.enabled"]
  buddy:
    category: memory
    scopes: ["memory:read"]
    staging: null`,
};
const BODY = '# Search\n\n## Steps\n1. GET /api/memory?q=x\n\n## Done when\nYou cited ids.\n';

function skill({
  name = GOOD_FM.name,
  description = GOOD_FM.description,
  extra = '',
  meta = GOOD_FM.meta,
  body = BODY,
} = {}) {
  return `---\nname: ${name}\ndescription: ${JSON.stringify(description)}\n${extra}${meta}\n---\n${body}`;
}

const reasons = (folder: string, text: string) =>
  validateSkill(folder, `/x/${folder}/SKILL.md`, text).issues.map((i) => `${i.field}: ${i.message}`);

describe('validateSkill', () => {
  it('accepts a well-formed skill and derives its slash command', () => {
    const record = validateSkill('memory-search', '/x/memory-search/SKILL.md', skill());
    expect(record.issues).toEqual([]);
    expect(record).toMatchObject({ valid: true, slashCommand: 'memory_search' });
    expect(record.frontMatter?.['user-invocable']).toBe(true);
  });

  it.each([
    ['no front matter', '# Just markdown', 'must start with a "---"'],
    ['an unclosed block', '---\nname: x\n', 'not closed'],
    ['invalid YAML', '---\nname: [unclosed\n---\nbody', 'not valid YAML'],
    ['a duplicated key', '---\nname: a\nname: b\n---\nbody', 'not valid YAML'],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nbody', 'must be a YAML mapping'],
  ])('refuses %s', (_label, text, why) => {
    expect(reasons('memory-search', text).join('\n')).toContain(why);
  });

  it.each([
    ['Memory-Search', 'lowercase'],
    ['-memory', 'start or end with a hyphen'],
    ['memory--search', 'double hyphen'],
    ['a'.repeat(65), 'at most 64'],
  ])('refuses the name %s', (name, why) => {
    expect(reasons(name, skill({ name })).join('\n')).toContain(why);
  });

  it('refuses a name that does not match its folder', () => {
    expect(reasons('other-folder', skill())).toContain(
      'name: "memory-search" does not match its folder "other-folder"',
    );
  });

  it('refuses bad descriptions and unknown keys', () => {
    expect(reasons('memory-search', skill({ description: 'x'.repeat(1025) })).join()).toContain('at most 1024');
    expect(reasons('memory-search', skill({ description: 'use <b>this</b>' })).join()).toContain(
      'must not contain < or >',
    );
    expect(reasons('memory-search', skill({ extra: 'version: 2\n' }))).toContain(
      'front matter: unknown key(s): version',
    );
    expect(
      reasons('memory-search', skill({ meta: GOOD_FM.meta.replace('emoji: "🧠"', 'emoji: ""') })).join(),
    ).toContain('an emoji is required');
  });

  it("enforces Buddy's scope rules", () => {
    const withScopes = (scopes: string) => skill({ meta: GOOD_FM.meta.replace('["memory:read"]', scopes) });
    expect(reasons('memory-search', withScopes('["memory:write"]')).join()).toContain(
      '"memory:write" is not a scope in lib/auth/scopes.ts',
    );
    expect(reasons('memory-search', withScopes('["staging:approve"]')).join()).toContain(
      'no skill may need an approve scope',
    );
    expect(
      reasons('memory-search', skill({ meta: GOOD_FM.meta.replace('staging: null', 'staging: tweet') })).join(),
    ).toContain('"tweet" is not a staged item kind');
  });

  it('makes sandbox skills gate on config, not binaries', () => {
    const sandbox = GOOD_FM.meta
      .replace('category: memory', 'category: video')
      .replace('["memory:read"]', '["sandbox:exec"]');
    expect(reasons('memory-search', skill({ meta: sandbox })).join()).toContain(
      'must gate on "plugins.entries.sandbox-exec.enabled"',
    );
    const bins = sandbox.replace(
      'config: ["plugins.entries.governance-enforcement.enabled"]',
      'config: ["plugins.entries.sandbox-exec.enabled"]\n      bins: ["ffmpeg"]',
    );
    expect(reasons('memory-search', skill({ meta: bins })).join()).toContain('must not require binaries');
  });

  it('makes deploy skills owner-only and requires a checkable done-when', () => {
    const deploy = GOOD_FM.meta.replace('category: memory', 'category: deploy');
    expect(reasons('memory-search', skill({ meta: deploy })).join()).toContain('disable-model-invocation: true');
    expect(
      validateSkill('memory-search', 'x', skill({ meta: deploy, extra: 'disable-model-invocation: true\n' })).valid,
    ).toBe(true);
    expect(reasons('memory-search', skill({ body: '# Only steps\n' })).join()).toContain('"## Done when"');
  });

  it('refuses a 300 KB SKILL.md before parsing it', () => {
    const big = skill({ body: `${BODY}${'x'.repeat(300 * 1024)}` });
    expect(reasons('memory-search', big)).toEqual(['file: SKILL.md is 301 KB; the limit is 256 KB']);
  });
});
