/** Where the server is in its life: serving, or draining before shutdown (readiness then says 503). */
export class Lifecycle {
  private drainingSince?: number;

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  startDraining(now: number = Date.now()): void {
    this.drainingSince ??= now;
  }
}
