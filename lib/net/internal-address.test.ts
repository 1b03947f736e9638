import { describe, expect, it } from 'vitest';
import { isInternalAddress, isInternalName } from './internal-address';

describe('isInternalAddress', () => {
  it.each(['93.184.216.34', '104.16.1.1', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001:82a::200e'])(
    'lets the public address %s through',
    (address) => {
      expect(isInternalAddress(address)).toBe(false);
    },
  );

  it.each([
    '127.0.0.1',
    '10.0.0.7',
    '172.18.0.2',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '203.0.113.9',
    '224.0.0.1',
    '::1',
    '[::1]',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:93.184.216.34', // any v4-mapped spelling: a public host never needs one
    '64:ff9b::a00:1',
    '2002:7f00:1::',
    'fd00::1',
    'fe80::1%eth0',
    'ff02::1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });
});

describe('isInternalName', () => {
  it.each(['redis', 'socket-proxy', 'localhost', 'printer.local', 'db.internal', 'nas.home.arpa.'])(
    'treats %s as a name inside a network',
    (name) => expect(isInternalName(name)).toBe(true),
  );
  it.each(['example.com', 'docs.openclaw.ai', '93.184.216.34'])('treats %s as public', (name) =>
    expect(isInternalName(name)).toBe(false),
  );
});
