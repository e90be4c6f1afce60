import { describe, expect, it } from 'vitest';
import { ApiDateTime, decodeAuthentication, encodeAuthentication } from '../../src/index.js';

describe('the login answer', () => {
  const body =
    '{"count":1,"status":0,"statusCode":201,"response":{"token":"abc+/=","expires":"2025-11-28T12:00:00.0000000+03:00"}}';

  it('decodes a token and its expiry', () => {
    expect(decodeAuthentication(body)).toEqual({
      _tag: 'Right',
      right: { token: 'abc+/=', expires: ApiDateTime.from('2025-11-28T12:00:00.0000000+03:00') },
    });
  });

  it('encodes it back as the server writes it', () => {
    const decoded = decodeAuthentication(body);
    expect(decoded._tag === 'Right' && JSON.parse(encodeAuthentication(decoded.right))).toEqual(
      JSON.parse(body),
    );
  });

  it('decodes a two-factor demand, which has no token', () => {
    expect(decodeAuthentication('{"count":1,"status":0,"statusCode":201,"response":{"tfa":true}}')).toEqual({
      _tag: 'Right',
      right: { tfa: true },
    });
  });

  it('gives a failed login (HTTP 500 envelope) as an api failure', () => {
    const failed =
      '{"status":1,"statusCode":500,"error":{"message":"User authentication failed","hresult":-2146233088,"data":{}}}';
    expect(decodeAuthentication(failed)).toEqual({
      _tag: 'Left',
      left: { kind: 'api', statusCode: 500, message: 'User authentication failed' },
    });
  });

  it('rejects a malformed answer with a path', () => {
    const result = decodeAuthentication('{"status":0,"response":{"token":42}}');
    expect(result._tag === 'Left' && result.left.kind === 'decode' && result.left.issues).toEqual([
      { kind: 'type', path: ['response', 'token'], expected: 'string', message: 'expected string, got 42' },
    ]);
  });
});
