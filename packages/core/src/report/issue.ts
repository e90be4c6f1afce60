/** One way in which a response broke the contract. */
export interface Issue {
  /** Where, as a JS path: `response[1].stage.stageType`; `""` for the whole body. */
  readonly path: string;
  /** What, e.g. `expected 0 | 1 | 2, got 7`. */
  readonly message: string;
}
