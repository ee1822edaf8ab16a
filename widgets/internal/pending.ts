/**
 * Work an element's next render depends on (a module fetched on demand: the
 * validation messages, English words). Elements override `getUpdateComplete`
 * with `pending.updateComplete(() => super.getUpdateComplete())`, so that
 * `await el.updateComplete` still means "the element shows its data or its
 * message", as it did when everything was loaded up front.
 */
export class PendingWork {
  #pending: Promise<unknown> = Promise.resolve();
  #unsettled = 0;

  /** True while some added work has not settled. */
  get busy(): boolean {
    return this.#unsettled > 0;
  }

  /** Adds `work`; a failure is the work's own business (it must report it), never the waiter's. */
  add(work: Promise<unknown>): void {
    this.#unsettled++;
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    void settled.then(() => this.#unsettled--);
    this.#pending = Promise.all([this.#pending, settled]);
  }

  /** Resolves once everything added so far, and anything added meanwhile, is done. */
  async settled(): Promise<void> {
    let pending: Promise<unknown>;
    do {
      pending = this.#pending;
      await pending;
    } while (pending !== this.#pending);
  }

  /** The element's update cycles and this work, until neither has anything left to do. */
  async updateComplete(superUpdateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await superUpdateComplete();
    while (this.busy) {
      await this.settled();
      done = await superUpdateComplete();
    }
    return done;
  }
}
