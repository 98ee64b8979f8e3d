/**
 * One budget of bytes for request bodies being read and not yet verified, shared by every
 * request of the server. A body takes from it chunk by chunk as it arrives and gives it all
 * back once its handler has checked it (or it is refused, or its client goes away).
 *
 * When a chunk does not fit, the reads that started earliest are cut first to make room: an
 * honest platform sends its body in one go, so the oldest unfinished bodies are the slow ones
 * (someone trickling bytes to hold memory), and a fresh request still gets through.
 */
export interface BodyHolder {
  /** Bytes this body holds now. */
  held: number;
  /** Called when the budget cuts this body to make room: refuse it and stop reading. Must release. */
  evict(): void;
}

export class BodyBudget {
  /** Holders in the order they first took bytes: oldest first. */
  private readonly holders = new Set<BodyHolder>();
  private total = 0;
  private cut = 0;

  constructor(readonly max: number) {}

  /** Bytes held now by all bodies. */
  get held(): number {
    return this.total;
  }

  /** Bodies cut to make room so far. */
  get evictions(): number {
    return this.cut;
  }

  /** Takes `bytes` for `holder`, cutting older bodies if needed; false when they cannot fit even so. */
  take(holder: BodyHolder, bytes: number): boolean {
    if (this.total + bytes > this.max) this.makeRoom(holder, bytes);
    if (this.total + bytes > this.max) return false;
    this.holders.add(holder);
    holder.held += bytes;
    this.total += bytes;
    return true;
  }

  release(holder: BodyHolder): void {
    if (!this.holders.delete(holder)) return;
    this.total -= holder.held;
    holder.held = 0;
  }

  private makeRoom(taker: BodyHolder, bytes: number): void {
    // Only worth cutting anyone if the newcomer fits once everyone else is gone.
    if (bytes + taker.held > this.max) return;
    for (const holder of this.holders) {
      if (this.total + bytes <= this.max) return;
      if (holder === taker) continue;
      this.cut += 1;
      holder.evict();
      this.release(holder);
    }
  }
}
