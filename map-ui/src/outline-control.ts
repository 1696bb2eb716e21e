// Drawing an outline on the map from a form (the area to follow, a project's site): a hint, a
// status line, a start button and, while drawing, the finish / undo / stop buttons. Focus
// moves to the buttons when drawing starts, to the status when it ends, and back to the start
// button when it is stopped; each step is also said aloud. The corners themselves are drawn
// by AreaDrawing (draw.ts).

import type { LonLat } from './api';
import type { AreaDrawing, DrawHandlers } from './draw';
import { focus, h } from './dom';

/** What the control says: each form words its outline its own way ("area", "site"). */
export interface OutlineTexts {
  hint: string;
  start: string;
  again: string;
  finish: string;
  undo: string;
  stop: string;
  corners(count: number): string;
  drawing: string;
  done(count: number): string;
  stopped: string;
  tooFew: string;
}

export interface OutlineHost {
  /** Starts drawing on the map (null without a map). */
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  /** Takes the outline off the map. */
  clearArea(): void;
  announce(message: string): void;
  /** Drawing began or ended (a phone shows the map above the form meanwhile). */
  drawing?(on: boolean): void;
  /** Drawing starts (again): the outline the form had is gone. */
  starting(): void;
  /** Why a finished outline cannot be taken (shown as the status), or null to take it. */
  refuse?(ring: LonLat[]): string | null;
  /** An outline was finished, taken or refused (`ring` then says which). */
  finished?(): void;
}

export class OutlineControl {
  /** What goes into the form, in this order. */
  readonly parts: HTMLElement[];
  private readonly status = h('p', { class: 'chosen', tabindex: -1, hidden: true });
  private readonly startButton: HTMLButtonElement;
  private readonly controls: HTMLElement;
  private drawing: AreaDrawing | null = null;
  /** The finished outline's closed ring (null until one is drawn and taken). */
  private taken: LonLat[] | null = null;
  /** Counts the drawings asked for: one asked before `stop()` is dropped when the map is ready. */
  private asked = 0;

  constructor(
    private readonly texts: OutlineTexts,
    private readonly host: OutlineHost,
  ) {
    this.startButton = h('button', { type: 'button', class: 'button', onclick: () => void this.start() }, texts.start);
    this.controls = h(
      'div',
      { class: 'form-actions draw-controls', hidden: true },
      h('button', { type: 'button', class: 'button primary', onclick: () => this.drawing?.finish() }, texts.finish),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawing?.undo() }, texts.undo),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawing?.cancel() }, texts.stop),
    );
    this.parts = [h('p', { class: 'hint' }, texts.hint), this.status, h('p', {}, this.startButton), this.controls];
  }

  /** The finished outline's closed ring, ending where it starts. */
  get ring(): LonLat[] | null {
    return this.taken;
  }

  /** What an error summary links to: the first drawing button while drawing, else the start button. */
  target(): HTMLElement {
    return this.controls.hidden ? this.startButton : (this.controls.querySelector('button') ?? this.startButton);
  }

  /** The outline leaves the map and the form forgets it (another choice, or the form closes). */
  stop(): void {
    this.asked += 1;
    if (!this.drawing) return;
    this.host.clearArea();
    this.drawing = null;
    this.taken = null;
    this.host.drawing?.(false);
    this.controls.hidden = true;
    this.startButton.hidden = false;
    this.startButton.textContent = this.texts.start;
    this.status.hidden = true;
  }

  private async start(): Promise<void> {
    const t = this.texts;
    this.taken = null;
    this.host.starting();
    const asked = ++this.asked;
    const drawing = await this.host.draw({
      changed: (n) => {
        this.say(t.corners(n));
        if (n > 0) this.host.announce(t.corners(n));
      },
      finished: (ring) => {
        const refused = this.host.refuse?.(ring) ?? null;
        this.taken = refused ? null : ring;
        this.ended(refused ?? t.done(ring.length - 1));
        this.startButton.textContent = t.again;
        focus(this.status);
        this.host.finished?.();
      },
      cancelled: () => {
        this.ended(t.stopped);
        this.host.announce(t.stopped);
        this.startButton.focus();
      },
      tooFew: () => {
        this.say(t.tooFew);
        this.host.announce(t.tooFew);
      },
    });
    if (!drawing) return;
    if (!this.status.isConnected || asked !== this.asked) {
      // The form closed, or another choice was made, while the map was still loading.
      this.host.clearArea();
      return;
    }
    this.drawing = drawing;
    this.host.drawing?.(true);
    this.startButton.hidden = true;
    this.controls.hidden = false;
    this.say(t.drawing);
    focus(this.controls.querySelector('button'));
  }

  private ended(status: string): void {
    this.host.drawing?.(false);
    this.controls.hidden = true;
    this.startButton.hidden = false;
    this.say(status);
  }

  private say(text: string): void {
    this.status.hidden = false;
    this.status.textContent = text;
  }
}
