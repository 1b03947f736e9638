import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decryptSops, decryptSopsFile } from './decrypt-sops';
import { SopsError } from './sops-error';

const F = path.join(import.meta.dirname, 'fixtures');
const key = (dir: string, file: string) => ({ identities: { SOPS_AGE_KEY_FILE: path.join(F, dir, file) } });
const text = async (file: string, opts: object) =>
  (await decryptSopsFile(path.join(F, file), opts)).plaintext.toString('utf8');
const yamlOf = async (file: string, opts: object) => parse(await text(file, opts));

describe('sops + age: every age-encrypted fixture decrypts to its stated plaintext with a matching MAC', () => {
  const flux = (f: string) => key('fluxcd-kustomize-controller', f);
  it('fluxcd kustomize-controller (yaml with encrypted_regex, post-quantum age, binary, dotenv)', async () => {
    const dir = 'fluxcd-kustomize-controller';
    expect((await yamlOf(`${dir}/algorithms/age.yaml`, flux('keys/age.txt'))).stringData).toEqual({ key: 'value' });
    expect((await yamlOf(`${dir}/algorithms/age-pq.yaml`, flux('keys/age-pq.txt'))).stringData).toEqual({
      key: 'value',
    });
    expect(await text(`${dir}/files/file.txt`, flux('keys/age.txt'))).toBe('value');
    expect(await text(`${dir}/envs/env.env`, flux('keys/age.txt'))).toBe('key=value\n');
    expect(await text(`${dir}/component/env.env`, flux('keys/age.txt'))).toBe('key=value\n');
    expect((await yamlOf(`${dir}/global/secret.yaml`, flux('keys/age-global.txt'))).stringData).toEqual({
      key: 'global-value',
    });
    expect((await yamlOf(`${dir}/patches/merge1.yaml`, flux('keys/age.txt'))).stringData).toEqual({ key: 'merge1' });
    expect((await yamlOf(`${dir}/patches/merge2.yaml`, flux('keys/age.txt'))).stringData).toEqual({ merge2: 'merge2' });
  });

  it('humphd sops-age: JSON keeps key order exactly and values typed; YAML and dotenv', async () => {
    const k = key('humphd-sops-age', 'key.txt');
    const json = await decryptSopsFile(path.join(F, 'humphd-sops-age/secret.enc.json'), k);
    const expected = readFileSync(path.join(F, 'humphd-sops-age/secret.json'), 'utf8');
    expect(JSON.parse(json.plaintext.toString())).toEqual(JSON.parse(expected));
    expect(Object.keys(JSON.parse(json.plaintext.toString()))).toEqual([
      'secret',
      'string',
      'int',
      'float',
      'boolean',
      '0word',
      'complex',
    ]);
    expect(json.data).toMatchObject({ int: 7, float: 3.14, boolean: true });
    const yaml = await yamlOf('humphd-sops-age/secret.enc.yaml', k);
    const { '0word': _dropped, ...withoutZeroWord } = JSON.parse(expected);
    expect(yaml).toEqual(withoutZeroWord);
    expect(await text('humphd-sops-age/secret.enc.env', k)).toBe('secret=this is a secret\nanother_secret=7\n');
  });

  it('mic92 sops-nix (4-space indent, age + PGP recipients) and jkroepke helm-secrets', async () => {
    expect(await yamlOf('mic92-sops-nix/secrets.yaml', key('mic92-sops-nix', 'age-keys.txt'))).toEqual({
      test_key: 'test_value',
      a_list: ['e1', 'e3'],
      nested: { test: { file: 'another value' } },
    });
    const helm = await decryptSopsFile(
      path.join(F, 'jkroepke-helm-secrets/secrets.age.yaml'),
      key('jkroepke-helm-secrets', 'key.txt'),
    );
    expect(helm.data).toMatchObject({ global_secret: 'global_age', service: { port: 92 } });
    expect(String((helm.data as { key: string }).key)).toMatch(/^-----BEGIN PGP MESSAGE-----/);
  });

  it.each([
    'example',
    'empty_value',
    'encrypted_regex',
    'encrypted_suffix',
    'unencrypted_regex',
    'unencrypted_suffix',
    'mac_only_encrypted',
  ])('rops %s matches its upstream plaintext (suffix/regex rules, mac_only_encrypted)', async (name) => {
    const expected = parse(readFileSync(path.join(F, `gibbz00-rops/age_${name}_plaintext.yaml`), 'utf8'));
    expect(await yamlOf(`gibbz00-rops/age_${name}.yaml`, key('gibbz00-rops', 'keys.txt'))).toEqual(expected);
  });

  it('PGP-encrypted sops examples decrypt with their recovered data keys (tree format, comments, JSON, binary, dotenv)', async () => {
    const dk = (hex: string) => ({ dataKey: Buffer.from(hex, 'hex') });
    const dir = 'getsops-sops';
    expect(
      (await yamlOf(`${dir}/example.yaml`, dk('8c68886c50b5b72965a3cb99c5172e1d74a8aca27b39ee880b535d6907e59f68')))
        .myapp1,
    ).toBe('t00m4nys3cr3tzupdated');
    expect(
      JSON.parse(
        await text(`${dir}/example.json`, dk('faf6a891866fac550ef548b4e5f6fbc98fccc6827cd943cc8d7539747f1d87bd')),
      ),
    ).toMatchObject({ age: 25.4, anEmptyValue: '' });
    expect(
      await text(`${dir}/example.txt`, dk('67788979caa78ea7c5ae7adae47eb9161bfd15c94a2f3d88c708bcfa19a85dd7')),
    ).toMatch(/^Welcome to SOPS!\n\nSOPS is a manager of encrypted files/);
    expect(
      await yamlOf(`${dir}/comments.enc.yaml`, dk('61bec946f5783fd4cea3d1b1ce407fce2b6e81fc301cc539c422015e27f6d1be')),
    ).toEqual(parse(readFileSync(path.join(F, dir, 'comments.yaml'), 'utf8')));
    expect(
      await text(`${dir}/format.enc.env`, dk('322d9a97997823fb2bf42f55a6c26100cbaf0520cf88bb7ebee1cf47dd6d318d')),
    ).toBe('foo = bar\n');
    expect(
      JSON.parse(
        await text(`${dir}/format.enc.json`, dk('9f6aeda6383502c38f7dae6fbbb8cb6890582adb0335effa8952fe590d7a9596')),
      ),
    ).toEqual({ foo: 'bar' });
    expect(
      await yamlOf(`${dir}/format.enc.yaml`, dk('af5e68dd342b72c6a0475f81a50da4fde898f4b7742c92cbcf1668211411f4e4')),
    ).toEqual({ foo: 'bar' });
  });
});

describe('sops refusals: nothing is returned unless the MAC verifies', () => {
  const k = key('humphd-sops-age', 'key.txt');
  const source = readFileSync(path.join(F, 'humphd-sops-age/secret.enc.yaml'), 'utf8');
  const refuse = async (yamlText: string, code: string, opts: object = k) => {
    const error = await decryptSops(yamlText, 'secret.enc.yaml', opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SopsError);
    expect((error as SopsError).code).toBe(code);
    expect((error as Error).message).not.toContain('AGE-SECRET-KEY');
    return error as SopsError;
  };

  it('no_mac.yaml is refused', async () => {
    await refuse(readFileSync(path.join(F, 'getsops-sops/no_mac.yaml'), 'utf8'), 'NO_MAC', {
      dataKey: Buffer.from('87f9ee7ab041cfd1946fb50e6166b29858fcb4224ae3816186a129248558461f', 'hex'),
    });
  });

  it('a tampered value, a truncated ciphertext and a value moved to another key are refused', async () => {
    const line = source.split('\n').find((l) => l.startsWith('secret:')) as string;
    const data = /data:([^,]+)/.exec(line)?.[1] as string;
    const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
    await refuse(source.replace(line, line.replace(data, flipped)), 'TAMPERED');
    await refuse(source.replace(line, line.replace(/iv:[^,]+/, 'iv:AAAA')), 'MALFORMED');
    const stringLine = source.split('\n').find((l) => l.startsWith('string:')) as string;
    await refuse(source.replace(stringLine, `string:${line.slice('secret:'.length)}`), 'TAMPERED');
  });

  it('reordered or removed keys and a changed lastmodified fail the MAC', async () => {
    const lines = source.split('\n');
    const i = lines.findIndex((l) => l.startsWith('secret:'));
    const j = lines.findIndex((l) => l.startsWith('string:'));
    const swapped = [...lines];
    [swapped[i], swapped[j]] = [lines[j] as string, lines[i] as string];
    await refuse(swapped.join('\n'), 'BAD_MAC');
    await refuse(lines.filter((_, n) => n !== j).join('\n'), 'BAD_MAC');
    await refuse(source.replace(/lastmodified: "?([0-9T:-]+)Z"?/, 'lastmodified: "2001-01-01T00:00:00Z"'), 'BAD_MAC');
  });

  it('a wrong key, or no key at all, names the sources tried and never the key', async () => {
    const wrong = await refuse(source, 'NO_KEY', key('gibbz00-rops', 'keys.txt'));
    expect(wrong.message).toMatch(/SOPS_AGE_KEY_FILE \(.*gibbz00-rops\/keys.txt\)/);
    const none = await refuse(source, 'NO_KEY', {
      identities: { SOPS_AGE_KEY_FILE: '/nonexistent/keys.txt', keysFile: '/nonexistent/std.txt' },
    });
    expect(none.message).toContain('no age identity was found');
    expect(none.message).toContain('standard keys file (/nonexistent/std.txt)');
    const inline = readFileSync(path.join(F, 'gibbz00-rops/keys.txt'), 'utf8');
    const viaEnv = await refuse(source, 'NO_KEY', { identities: { SOPS_AGE_KEY: inline } });
    expect(viaEnv.message).toContain('SOPS_AGE_KEY');
  });

  it('identities from SOPS_AGE_KEY work like the key file', async () => {
    const inline = readFileSync(path.join(F, 'humphd-sops-age/key.txt'), 'utf8');
    const result = await decryptSops(source, 'secret.enc.yaml', { identities: { SOPS_AGE_KEY: inline } });
    expect(result.data).toMatchObject({ secret: 'this is a secret' });
  });

  it('a file that is not sops, or not parseable, is refused with the reason', async () => {
    await refuse('plain: value\n', 'MALFORMED');
    await refuse('a: [unclosed\n', 'MALFORMED');
  });
});
