import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type Failure } from '../failure.js';
/** What `POST api/2.0/authentication` answers: a token, or a demand for a second factor. */
export declare const Authentication: import('../index.js').Codec<
  {
    readonly token?: string | undefined;
    readonly expires?: import('../index.js').ApiDateTime | undefined;
    readonly sms?: boolean | undefined;
    readonly tfa?: boolean | undefined;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Authentication}. */
export interface Authentication extends t.TypeOf<typeof Authentication> {}
/** The envelope of a login: `{"count":1,"status":0,"statusCode":201,"response":{"token":…,"expires":…}}`. */
export declare const AuthenticationEnvelope: import('../index.js').Codec<
  {
    readonly response: {
      readonly token?: string | undefined;
      readonly expires?: import('../index.js').ApiDateTime | undefined;
      readonly sms?: boolean | undefined;
      readonly tfa?: boolean | undefined;
    };
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** Decodes the JSON answer of `POST api/2.0/authentication`. */
export declare function decodeAuthentication(body: string): E.Either<Failure, Authentication>;
/** Writes the JSON answer of a login, as the server does. */
export declare function encodeAuthentication(authentication: Authentication): string;
//# sourceMappingURL=authentication.d.ts.map
