import type { IncomingMessage } from 'node:http';
import { clientAddress, compileProxyTrust } from '../src/node.ts';

/** A request as Node hands it over: the connection's address and the header. */
const requestFrom = (remoteAddress: string, forwardedFor?: string): IncomingMessage =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('the client address behind trusted proxies', () => {
  const loopback = compileProxyTrust('loopback');

  test('a trusted proxy reports the client; what the client wrote on the left does not count', () => {
    expect(clientAddress(requestFrom('127.0.0.1', '203.0.113.7'), loopback)).toBe('203.0.113.7');
    expect(clientAddress(requestFrom('127.0.0.1', '198.51.100.1, 203.0.113.7'), loopback)).toBe(
      '203.0.113.7'
    );
    expect(clientAddress(requestFrom('::1', '198.51.100.9, 203.0.113.7'), loopback)).toBe(
      '203.0.113.7'
    );
  });

  test('a chain of trusted proxies is walked from the right', () => {
    const chain = compileProxyTrust('loopback, 10.0.0.0/8');
    expect(
      clientAddress(requestFrom('127.0.0.1', '198.51.100.1, 203.0.113.7, 10.1.2.3'), chain)
    ).toBe('203.0.113.7');
  });

  test('a caller that is not a trusted proxy is its own address, whatever it sends', () => {
    expect(clientAddress(requestFrom('192.0.2.44', '203.0.113.7'), loopback)).toBe('192.0.2.44');
    const nobody = compileProxyTrust(' ');
    expect(clientAddress(requestFrom('127.0.0.1', '203.0.113.7'), nobody)).toBe('127.0.0.1');
  });

  test('an entry that is no address, range or name is refused', () => {
    expect(() => compileProxyTrust('loopback, portal.example.org')).toThrow();
    expect(() => compileProxyTrust('10.0.0.0/33')).toThrow();
  });
});
