import { materializeSecrets, removeSecretsOnSignals } from '../materialize-secrets';

/** Test helper process: decrypts to tmpfs, installs the signal cleanup, says "ready" and waits. */
const [sourceDir, targetDir, keyFile] = process.argv.slice(2) as [string, string, string];
await materializeSecrets({ sourceDir, targetDir, identities: { SOPS_AGE_KEY_FILE: keyFile } });
removeSecretsOnSignals(targetDir);
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
