/**
 * The host step of Buddy's secrets (scripts/stack.sh calls it):
 *   secrets.ts seal  --recipient age1... [--out secrets/stack.sops.yaml]   fresh random values, sealed
 *   secrets.ts open  --dir /dev/shm/buddy-<stack> [--file secrets/stack.sops.yaml]
 *   secrets.ts close --dir /dev/shm/buddy-<stack>
 * `open` decrypts with the age key of SOPS_AGE_KEY_FILE / SOPS_AGE_KEY (or sops's standard keys
 * file), checks every value and the MAC before writing anything, and writes onto tmpfs only.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sealSopsYaml } from '../../lib/secrets/seal-sops';
import { SopsError } from '../../lib/secrets/sops-error';
import {
  distributeStackSecrets,
  generateStackSecrets,
  openStackSecrets,
  removeStackSecrets,
} from '../../lib/secrets/stack-secrets';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    recipient: { type: 'string', multiple: true },
    out: { type: 'string', default: 'secrets/stack.sops.yaml' },
    file: { type: 'string', default: 'secrets/stack.sops.yaml' },
    dir: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const command = positionals[0];
  if (command === 'seal') {
    const recipients = values.recipient ?? [];
    writeFileSync(values.out, await sealSopsYaml(generateStackSecrets(), recipients), { mode: 0o644 });
    console.log(`sealed fresh values to ${recipients.length} recipient(s) in ${values.out}`);
    return;
  }
  if (!values.dir) throw new Error('--dir is required (a folder on tmpfs, e.g. /dev/shm/buddy-buddystack)');
  if (command === 'open') {
    const secrets = await openStackSecrets(values.file);
    const written = distributeStackSecrets(values.dir, secrets);
    console.log(`secrets: ${written.length} files on tmpfs under ${values.dir}`);
    return;
  }
  if (command === 'close') {
    removeStackSecrets(values.dir);
    console.log(`secrets: removed ${values.dir}`);
    return;
  }
  throw new Error('usage: secrets.ts seal|open|close ...');
}

main().catch((error: unknown) => {
  const message = error instanceof SopsError ? `refusing to start: ${error.message}` : (error as Error).message;
  console.error(`secrets: ${message}`);
  process.exit(1);
});
