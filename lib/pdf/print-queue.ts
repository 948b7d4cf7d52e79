// At most `parallel` PDFs print at once and at most `waiting` more wait for their turn. One more
// is refused at once (the caller answers 503 "try again later") instead of joining a queue that
// could grow without bound, each waiter holding a request, its cookies and memory.

export class PrintQueueFullError extends Error {
  constructor() {
    super('The PDF queue is full');
    this.name = 'PrintQueueFullError';
  }
}

export class PrintQueue {
  active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly parallel: number, private readonly waiting: number) {}

  get waitingCount(): number {
    return this.queue.length;
  }

  /** Resolves when it is this caller's turn; throws PrintQueueFullError when no place is left. */
  async enter(): Promise<void> {
    if (this.active >= this.parallel) {
      if (this.queue.length >= this.waiting) throw new PrintQueueFullError();
      await new Promise<void>((resolve) => this.queue.push(resolve));
    }
    this.active += 1;
  }

  /** The caller is done: the next in line, if any, goes. */
  leave(): void {
    this.active -= 1;
    this.queue.shift()?.();
  }
}
