import { ERROR_CATALOGUE, type OoCrmError } from '@oo-crm/client';

/** The CLI's exit codes: a promise to the scripts that call it. */
export const EXIT = {
  ok: 0,
  /** Usage, or an invalid argument (a contact id like `1/../x`). */
  usage: 2,
  /** 401, 403, a failed login, a second factor demanded. */
  auth: 3,
  /** The server or the transport failed: 5xx after retries, 429, network, timeout, redirect, too large, `status: 1`. */
  server: 4,
  /** The response does not match the contract: decode failure, unexpected content type, malformed or hostile XML. */
  contract: 5,
} as const;

/** The exit code for a client error: the client's error catalogue says it, per code. */
export function exitCodeOf(error: OoCrmError): number {
  return ERROR_CATALOGUE[error.code]?.exit ?? EXIT.server;
}
