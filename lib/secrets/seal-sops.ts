import { createHash, randomBytes } from 'node:crypto';
import { armor, Encrypter } from 'age-encryption';
import { stringify } from 'yaml';
import { encryptValue } from './sops-cipher';

/**
 * Seals a flat map of strings into a sops YAML document for age recipients, as `sops -e` writes
 * it: one AES-256-GCM value per key (the key path as additional data), the MAC over the plaintext
 * values in file order, encrypted with lastmodified as additional data, and the data key sealed to
 * each recipient. `sops -d` and decryptSops read it back.
 */
export async function sealSopsYaml(values: Record<string, string>, recipients: string[]): Promise<string> {
  if (recipients.length === 0) throw new Error('sealSopsYaml: at least one age recipient is needed.');
  const dataKey = randomBytes(32);
  const mac = createHash('sha512');
  const data: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    data[name] = encryptValue(value, dataKey, `${name}:`);
    mac.update(Buffer.from(value, 'utf8'));
  }
  const lastmodified = `${new Date().toISOString().slice(0, 19)}Z`;
  const age = [];
  for (const recipient of recipients) {
    const e = new Encrypter();
    e.addRecipient(recipient);
    age.push({ recipient, enc: armor.encode(await e.encrypt(dataKey)) });
  }
  const sops = {
    age,
    lastmodified,
    mac: encryptValue(mac.digest('hex').toUpperCase(), dataKey, lastmodified),
    unencrypted_suffix: '_unencrypted',
    version: '3.9.4',
  };
  return stringify({ ...data, sops }, { lineWidth: 0 });
}
