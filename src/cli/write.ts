// Writing to a stream with back-pressure: wait for 'drain' when the buffer is full; a reader that
// went away (`rasid search | head`) ends the wait with an error instead of a hang.
import type { Writable } from 'node:stream';

export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed');
    this.name = 'OutputClosed';
  }
}

export function write(out: Writable, s: string): Promise<void> | void {
  if (out.destroyed || out.writableEnded) throw new OutputClosed();
  if (out.write(s)) return;
  return new Promise((resolve, reject) => {
    const done = (e?: unknown): void => {
      out.off('drain', done);
      out.off('close', closed);
      out.off('error', done);
      if (e) reject(new OutputClosed());
      else resolve();
    };
    const closed = (): void => done(new OutputClosed());
    out.once('drain', done);
    out.once('close', closed);
    out.once('error', done);
  });
}
