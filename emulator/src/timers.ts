/** One-shot timers that never keep the process alive and all stop at once on close. */
export class Timers {
  private readonly pending = new Map<string | symbol, NodeJS.Timeout>();

  /** Runs `task` at `when` (epoch milliseconds); a named timer replaces the one of that name. */
  at(when: number, task: () => void, name: string | symbol = Symbol('timer')): void {
    this.cancel(name);
    const timer = setTimeout(
      () => {
        this.pending.delete(name);
        task();
      },
      Math.max(0, when - Date.now()),
    );
    timer.unref();
    this.pending.set(name, timer);
  }

  cancel(name: string | symbol): void {
    clearTimeout(this.pending.get(name));
    this.pending.delete(name);
  }

  get size(): number {
    return this.pending.size;
  }

  clear(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
