/** A request that breaks a rule of the route table, found before anything is sent. */
export class RequestRuleError extends Error {
  override readonly name = 'RequestRuleError';
  /**
   * @param message one line naming the parameter as the caller knows it, never quoting its value
   * @param parameter the server's name of the parameter at fault
   */
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}
