/** The global fetch, recording the headers of each request: Pact cannot assert a header's absence. */
export function recordingFetch() {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch: typeof globalThis.fetch = (input, init = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    requests.push({ url: String(input), headers });
    return globalThis.fetch(input, init);
  };
  return { fetch, requests };
}
