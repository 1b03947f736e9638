const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;

/** Variables whose name says "secret" and that hold a value directly instead of a *_FILE path. */
export function secretEnvNames(entries: [string, string | undefined][]): string[] {
  return entries
    .filter(([name, value]) => SECRET_NAME.test(name) && !/_FILE$/i.test(name) && (value ?? '').trim() !== '')
    .map(([name]) => name);
}
