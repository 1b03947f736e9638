import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiRoutes } from './api-references';
import { checkPluginManifests } from './check-plugin-manifests';
import { checkSkillApiReferences } from './check-skill-api-references';
import { loadSkills } from './load-skills';

const USAGE =
  'usage: npm run skills -- check [--dir skills] [--plugins docker/gateway/extensions] [--openapi lib/api/openapi.json]\n       npm run skills -- list [--dir skills]';

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
}

/** `check` prints every invalid skill and plugin manifest with its reasons and exits 1 when any is found. */
async function main(args: string[]): Promise<number> {
  const [command] = args;
  const dir = path.resolve(option(args, '--dir', 'skills'));
  if (command !== 'check' && command !== 'list') {
    console.error(USAGE);
    return 2;
  }
  const library = await loadSkills(dir);
  if (command === 'list') {
    for (const s of library.skills) {
      const fm = s.frontMatter;
      console.log(
        `${s.valid ? 'ok ' : 'BAD'} ${s.name.padEnd(24)} ${fm?.metadata.buddy.category ?? '-'}  ${fm?.metadata.buddy.scopes.join(',') ?? ''}`,
      );
    }
    return 0;
  }
  let failures = 0;
  for (const skill of library.skills.filter((s) => !s.valid)) {
    failures++;
    console.error(`✗ ${path.relative(process.cwd(), skill.path)}`);
    for (const issue of skill.issues) console.error(`    ${issue.field}: ${issue.message}`);
  }
  const pluginsDir = path.resolve(option(args, '--plugins', 'docker/gateway/extensions'));
  const pluginProblems = await checkPluginManifests(pluginsDir);
  for (const problem of pluginProblems) {
    failures++;
    console.error(`✗ ${path.relative(process.cwd(), problem.file)}: ${problem.message}`);
  }
  // Every Buddy API call a skill names must exist, be open to the scopes the skill declares and send
  // what the route takes: judged by the API's OpenAPI document (generated from the routes by `npm run openapi`).
  const document = JSON.parse(await readFile(path.resolve(option(args, '--openapi', 'lib/api/openapi.json')), 'utf8'));
  const routes = apiRoutes(document);
  const apiProblems = await checkSkillApiReferences(library.skills, routes);
  for (const problem of apiProblems) {
    failures++;
    console.error(
      `✗ ${path.relative(process.cwd(), problem.path)}:${problem.line}: ${problem.call}: ${problem.message}`,
    );
  }
  const validCount = library.skills.filter((s) => s.valid).length;
  console.log(
    `${validCount}/${library.skills.length} skills valid; ${pluginProblems.length} plugin manifest problem(s); ${apiProblems.length} API call problem(s) against ${routes.length} routes`,
  );
  return failures === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
