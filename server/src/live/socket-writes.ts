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
 * A slice of queued writes ends once it has run this long and written at least MIN_SLICE writes
 * (on a loaded machine the process may be descheduled mid-slice: a slice still does some work):
 * the event loop then reads what came in (webhooks, admin reads) before the next slice.
 */
const SLICE_MS = 4;
const MIN_SLICE = 64;
/** A backlog this far written is copied down (rarely: a copy per slice would cost as much as the writes). */
const COMPACT_AFTER = 4096;

/**
 * Socket writes, queued as they are made and written together on the event loop's next turn
 * (`setImmediate`, after I/O). A change fanned out to a thousand sockets is then written in slices
 * of about `sliceMs`, and ingest is served between them rather than after the last socket.
 * Writes keep their order (one queue); a write whose socket closed meanwhile (its session ended)
 * is dropped, as graphql-ws drops a send on a closed socket.
 */
export class SocketWrites {
  /** Written entries are cleared (`undefined`) up to `head`, and dropped from the array in bulk, not per slice. */
  private queue: (Write | undefined)[] = [];
  private head = 0;
  private scheduled = false;

  constructor(
    private readonly sliceMs = SLICE_MS,
    private readonly minSlice = MIN_SLICE,
  ) {}

  /** `write` runs on a later turn if `socket` is open then; `dropped` runs instead if it is not. */
  add(socket: Writable, write: () => void, dropped: () => void): void {
    this.queue.push({ socket, write, dropped });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  private readonly flush = (): void => {
    const until = performance.now() + this.sliceMs;
    let written = 0;
    try {
      while (this.head < this.queue.length) {
        const { socket, write, dropped } = this.queue[this.head] as Write;
        this.queue[this.head++] = undefined;
        if (socket.readyState === socket.OPEN) write();
        else dropped();
        if (++written >= this.minSlice && performance.now() >= until) break;
      }
    } finally {
      if (this.head >= this.queue.length || this.head > COMPACT_AFTER) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      // What is left (and what was added meanwhile) waits for the next turn, after the loop's I/O.
      this.scheduled = this.queue.length > 0;
      if (this.scheduled) setImmediate(this.flush);
    }
  };
}
