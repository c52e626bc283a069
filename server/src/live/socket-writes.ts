/** What a queued write needs of its socket: whether it is still open. */
interface Writable {
  readonly readyState: number;
  readonly OPEN: number;
}

interface Write {
  socket: Writable;
  write: () => void;
  dropped: () => void;
}

/**
 * A slice of queued writes ends once it has run this long: the event loop then reads what came in
 * (webhooks, admin reads) before the next slice.
 */
const SLICE_MS = 4;

/**
 * Socket writes, queued as they are made and written together on the event loop's next turn
 * (`setImmediate`, after I/O). A change fanned out to a thousand sockets is then written in slices
 * of at most `sliceMs`, and ingest is served between them rather than after the last socket.
 * Writes keep their order (one queue); a write whose socket closed meanwhile (its session ended)
 * is dropped, as graphql-ws drops a send on a closed socket.
 */
export class SocketWrites {
  private queue: Write[] = [];
  private scheduled = false;

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** `write` runs on a later turn if `socket` is open then; `dropped` runs instead if it is not. */
  add(socket: Writable, write: () => void, dropped: () => void): void {
    this.queue.push({ socket, write, dropped });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  private readonly flush = (): void => {
    const queue = this.queue;
    const until = performance.now() + this.sliceMs;
    let i = 0;
    try {
      while (i < queue.length) {
        const { socket, write, dropped } = queue[i++] as Write;
        if (socket.readyState === socket.OPEN) write();
        else dropped();
        if (performance.now() >= until) break;
      }
    } finally {
      // What is left (and what was added meanwhile) waits for the next turn, after the loop's I/O.
      this.queue = i < queue.length ? queue.slice(i) : [];
      this.scheduled = this.queue.length > 0;
      if (this.scheduled) setImmediate(this.flush);
    }
  };
}
