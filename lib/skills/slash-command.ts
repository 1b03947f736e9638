/** OpenClaw's slash command for a skill: lowercased, non [a-z0-9_] -> "_", cut to 32 characters. */
export function slashCommandFor(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 32);
}
