// The live impact as the scenario moves: asked ~100 ms after the last change, the request
// before it cancelled (an AbortController), so that only the newest answer is ever drawn.
// A 429 (the server's write allowance) waits a second and asks again with the newest
// scenario. Each round trip, from the change to the map's next idle, is kept for the tests
// and the benchmark.

import { ApiError } from '../api';
import { preview, type Impact, type Scenario } from './api';

const DEBOUNCE_MS = 100;
const RETRY_MS = 1000;

export interface PreviewHandlers {
  /** Draws an answer; resolves once the map has painted it. */
  draw(impact: Impact): Promise<void>;
  busy(on: boolean): void;
  /** A 422 (`errors`) or another failure (none); `retrying` after a 429. */
  failed(err: ApiError | null, retrying: boolean): void;
}

export class LivePreview {
  private timer = 0;
  private inflight: AbortController | null = null;
  /** When the change that the pending or running request answers was made. */
  private changedAt = 0;
  /** Milliseconds from a change to the map painting its answer, newest last. */
  readonly rounds: number[] = [];

  constructor(
    private readonly id: string,
    private readonly read: () => { scenario: Scenario; dfes: string | null },
    private readonly on: PreviewHandlers,
  ) {}

  /** A control moved: ask again shortly. */
  changed(): void {
    this.changedAt ||= performance.now();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.ask(), DEBOUNCE_MS);
  }

  private async ask(): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    const started = this.changedAt;
    this.changedAt = 0;
    const { scenario, dfes } = this.read();
    this.on.busy(true);
    try {
      const impact = await preview(this.id, scenario, dfes, controller.signal);
      if (controller.signal.aborted) return;
      this.on.failed(null, false);
      await this.on.draw(impact);
      if (this.inflight !== controller) return;
      this.rounds.push(performance.now() - started);
      this.on.busy(false);
    } catch (err) {
      if (controller.signal.aborted || (err as Error).name === 'AbortError') return;
      const retry = err instanceof ApiError && err.code === 'rate_limited';
      this.on.failed(err instanceof ApiError ? err : null, retry);
      if (retry) {
        this.changedAt ||= started;
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => void this.ask(), RETRY_MS);
      } else {
        this.on.busy(false);
      }
    }
  }

  stop(): void {
    window.clearTimeout(this.timer);
    this.inflight?.abort();
  }
}
