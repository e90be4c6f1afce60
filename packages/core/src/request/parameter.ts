/**
 * A route's parameters as data, and the one way to read every kind of them ({@link byParameter}),
 * as `bySchema` is for the schema: a new parameter type fails to compile until each reader (the
 * client's checks, the URL builder, the OpenAPI document, a server's binder) handles it.
 */

/** The types of parameter a route takes. */
export const PARAMETER_TYPES = ['integer', 'string', 'boolean', 'guid', 'date-time', 'enum'] as const;

/** `guid` and `date-time` are texts of that form; `enum` takes one of `values`. */
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/**
 * Where the client refuses what the real server takes (it is laxer): the client's own bounds, and
 * what the server does instead. On an integer, its presence says the server takes any Int32
 * outside the bounds without a 400.
 */
export interface ClientStricter {
  /** The smallest integer the client sends (the server's is the parameter's `minimum`). */
  readonly minimum?: number;
  /** A comma is refused: the server reads only what comes before it, or splits on it. */
  readonly noComma?: boolean;
  /** What the real server does with what the client refuses. */
  readonly server: string;
}

/** A parameter of a route. */
export interface RouteParameter {
  /** The name the server binds (query names are case-insensitive). */
  readonly name: string;
  /** `body` only on the login routes: a field of the JSON body. */
  readonly in: 'path' | 'query' | 'body';
  readonly type: ParameterType;
  readonly values?: ReadonlyArray<string>;
  /** Sent once per value (`tags=a&tags=b`). */
  readonly repeated?: boolean;
  readonly required?: boolean;
  /**
   * Smallest and largest integer the route means (a missing maximum is Int32's). Outside them the
   * server answers 400, unless `stricter` says what it does instead.
   */
  readonly minimum?: number;
  readonly maximum?: number;
  /** What the server does with it. */
  readonly doc: string;
  /** A text is sent without surrounding spaces. */
  readonly trim?: boolean;
  /** An empty text (after trimming) is left out (`omit`, the default) or refused (`refuse`). */
  readonly blank?: 'omit' | 'refuse';
  /** Where the client is stricter than the real server, and what the server does instead. */
  readonly stricter?: ClientStricter;
  /**
   * What the real server does with a value it cannot read (not a number, beyond Int32, not a
   * GUID, a name it does not know): a 400, or `ignored` as if it were not given (or read as its
   * default). Absent for texts, which the server reads whatever they are.
   */
  readonly unreadable?: 400 | 'ignored';
}

/** A parameter of one type. */
export type ParameterOf<T extends ParameterType> = RouteParameter & { readonly type: T };

/** One handler per parameter type. */
export type ParameterHandlers<R, Args extends unknown[] = []> = {
  readonly [T in ParameterType]: (parameter: ParameterOf<T>, ...args: Args) => R;
};

/**
 * A function of a parameter, by type. It checks the handlers once, when made, so that a reader in
 * JavaScript missing a type fails at load, not on the first parameter of that type.
 */
export function byParameter<R, Args extends unknown[] = []>(
  handlers: ParameterHandlers<R, Args>,
): (parameter: RouteParameter, ...args: Args) => R {
  const missing = PARAMETER_TYPES.filter((t) => typeof handlers[t] !== 'function');
  if (missing.length > 0) throw new TypeError(`no handler for the parameter types ${missing.join(', ')}`);
  return (parameter, ...args) => {
    const handler = handlers[parameter.type] as ((p: RouteParameter, ...a: Args) => R) | undefined;
    if (handler === undefined)
      throw new TypeError(`no handler for the parameter type ${String(parameter.type)}`);
    return handler(parameter, ...args);
  };
}
