/** Codes of input the pipeline refuses. Each one ends as `<stem>.error.json`, never as a retry. */
export type RejectionCode = 'empty-input' | 'binary-input' | 'too-large' | 'bad-encoding';

/**
 * A typed refusal of the input itself. Shells (CLI, Lambda, local runner) catch exactly this class
 * to write an error report; anything else is treated as a transient or internal failure.
 */
export class InputRejectedError extends Error {
  override readonly name = 'InputRejectedError';
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }

  toReport(): { code: RejectionCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isInputRejected(error: unknown): error is InputRejectedError {
  return error instanceof InputRejectedError;
}
