import type { RouteParameter } from './parameter.js';

/**
 * A precondition between parameters that the client enforces, with what the real server does
 * when it does not hold (it never refuses: it answers something the caller did not mean).
 */
export type RouteRule =
  /** Both or neither. */
  | {
      readonly kind: 'together';
      readonly names: readonly [string, string];
      /** What the server does with only one of them. */
      readonly server: string;
    }
  /** Each of `names` only with `needs`. */
  | {
      readonly kind: 'requires';
      readonly names: ReadonlyArray<string>;
      readonly needs: string;
      /** What the server does with them alone. */
      readonly server: string;
    };

/** A name the server takes on a route but the client never sends: refused, saying why. */
export interface IgnoredParameter {
  readonly name: string;
  /** What the real server does with it. */
  readonly server: string;
  /** Why the client refuses it. */
  readonly why: string;
}

/** A route as a request: what any caller needs to build one and check it. */
export interface RequestRoute {
  /** A short name: `bycontact`, `byId`, `filter`, `authentication`… */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** Under the portal's origin, without the format suffix; `{name}` for a path parameter. */
  readonly path: string;
  readonly parameters: ReadonlyArray<RouteParameter>;
  /** Preconditions between parameters (none when absent). */
  readonly rules?: ReadonlyArray<RouteRule>;
  /** Names the server ignores on this route, refused by the client. */
  readonly ignored?: ReadonlyArray<IgnoredParameter>;
  /**
   * The handler's arguments in its signature's order, which is the order the server binds them in:
   * of two values it cannot read, the 400 names the first (absent: the table's order, which is the
   * order the client sends them in).
   */
  readonly handlerArguments?: ReadonlyArray<string>;
}

/** The parameter of a route by its name; `undefined` when it has none of that name. */
export const parameterOf = (route: RequestRoute, name: string): RouteParameter | undefined =>
  route.parameters.find((p) => p.name === name);
