/** A misbehaviour the portal can be told to show, for the client's fault tests (test mode only). */
export type Fault =
  /** Close the connection abruptly before any header. */
  | { readonly kind: 'reset' }
  /** Accept the request and never answer. */
  | { readonly kind: 'hang' }
  /** Send the headers and the first `bytes` of the real body, then nothing more. */
  | { readonly kind: 'stall'; readonly bytes?: number }
  /** Promise the real body's length, send half of it, and close. */
  | { readonly kind: 'truncate' }
  /** Send a 200 body of `bytes` bytes; `declared: false` leaves out Content-Length (chunked). */
  | { readonly kind: 'oversize'; readonly bytes: number; readonly declared?: boolean }
  /** Answer with this status, headers and body instead of the real answer. */
  | {
      readonly kind: 'respond';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body?: string;
    };

/** When a fault applies: to requests whose path contains `path` (any path if absent), `times` times. */
export interface FaultRule {
  readonly path?: string;
  readonly times?: number;
  readonly fault: Fault;
}

/** The faults still to be served, in order. */
export class FaultPlan {
  private readonly rules: { rule: FaultRule; left: number }[] = [];

  add(...rules: FaultRule[]): void {
    for (const rule of rules) this.rules.push({ rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /** The fault for this request, if a rule matches; counts it as served. */
  take(path: string): Fault | undefined {
    const entry = this.rules.find(
      (e) => e.left > 0 && (e.rule.path === undefined || path.includes(e.rule.path)),
    );
    if (!entry) return undefined;
    entry.left--;
    return entry.rule.fault;
  }
}
