/** Query parameters that carry secrets: the token may travel as `?asc_auth_key=`. */
const SECRET_PARAMS = /([?&](?:asc_auth_key|token|password)=)[^&#]*/gi;

/** The URL with every secret query value replaced by `[redacted]`, for logs. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}
