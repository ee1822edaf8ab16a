/**
 * The drawing pad's recorder: pointer events (mouse, touch, pen alike) on an SVG whose
 * viewBox is fixed, turned into SVG path data ("M x y L x y …", one path per stroke).
 * Coordinates are in viewBox units, so resizing the page or zooming never loses or
 * distorts a drawing (unlike a bitmap canvas), and the same path data goes into the
 * record, the print view and the PDF.
 */
export const PAD_WIDTH = 600;
export const PAD_HEIGHT = 200;
export const PAD_VIEW_BOX = `0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`;
/** Below this much ink (viewBox units) a drawing is a slip of the finger, not a signature. */
const MIN_INK = 20;
/** Points closer than this to the previous one are dropped (keeps records small). */
const MIN_STEP = 1.5;

const round = (n: number) => Math.round(n * 10) / 10;

export class StrokeRecorder {
  strokes: string[] = [];
  current = '';
  #pointer: number | null = null;
  #last: [number, number] = [0, 0];
  #ink = 0;
  #inkPerStroke: number[] = [];
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  get hasInk(): boolean {
    return this.strokes.length > 0 && this.#inkPerStroke.reduce((a, b) => a + b, 0) >= MIN_INK;
  }

  down = (event: PointerEvent): void => {
    if (this.#pointer !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const svg = event.currentTarget as SVGSVGElement;
    try {
      // Keeps the stroke when the pointer leaves the pad; refused for synthetic or already released pointers.
      svg.setPointerCapture(event.pointerId);
    } catch {}
    event.preventDefault();
    this.#pointer = event.pointerId;
    const [x, y] = this.#toPad(event, svg);
    this.#last = [x, y];
    this.#ink = 0;
    this.current = `M${x} ${y}`;
    this.#changed();
  };

  move = (event: PointerEvent): void => {
    if (event.pointerId !== this.#pointer) return;
    const svg = event.currentTarget as SVGSVGElement;
    // Coalesced events keep the fine detail of fast pen strokes (one event per frame otherwise).
    const events = event.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event]) this.#add(this.#toPad(e, svg));
    this.#changed();
  };

  up = (event: PointerEvent): void => {
    if (event.pointerId !== this.#pointer) return;
    this.#pointer = null;
    if (event.type === 'pointerup') this.#add(this.#toPad(event, event.currentTarget as SVGSVGElement));
    if (!this.current.includes('L')) this.current += `L${this.#last[0]} ${this.#last[1]}`; // a dot stays visible
    this.strokes = [...this.strokes, this.current];
    this.#inkPerStroke.push(this.#ink);
    this.current = '';
    this.#changed();
  };

  undo(): void {
    this.strokes = this.strokes.slice(0, -1);
    this.#inkPerStroke.pop();
    this.#changed();
  }

  clear(): void {
    this.strokes = [];
    this.#inkPerStroke = [];
    this.current = '';
    this.#pointer = null;
    this.#changed();
  }

  #add([x, y]: [number, number]): void {
    const distance = Math.hypot(x - this.#last[0], y - this.#last[1]);
    if (distance < MIN_STEP) return;
    this.current += `L${x} ${y}`;
    this.#ink += distance;
    this.#last = [x, y];
  }

  #toPad(event: PointerEvent, svg: SVGSVGElement): [number, number] {
    const rect = svg.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / (rect.width || 1)) * PAD_WIDTH;
    const y = ((event.clientY - rect.top) / (rect.height || 1)) * PAD_HEIGHT;
    return [round(Math.min(PAD_WIDTH, Math.max(0, x))), round(Math.min(PAD_HEIGHT, Math.max(0, y)))];
  }
}
