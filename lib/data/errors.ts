/** An unknown (or, for a user, out-of-scope) code: the same answer for both. */
export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly code: string,
  ) {
    super(code ? `${what} ${code} finns inte` : `${what} finns inte`);
    this.name = 'NotFoundError';
  }
}

export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
