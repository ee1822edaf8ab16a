/**
 * SVG path data → PDF path operators, so a drawn signature stays vector line art in
 * the PDF (no image, no rasterising). Supports the commands a drawing pad produces
 * (M, L, H, V, C, Q, Z, absolute or relative); anything else ends the path there.
 */
export interface PathTransform {
  /** Scale from path units to points. */
  scale: number;
  /** Where path (0, 0) lands, in PDF points (origin bottom-left). */
  x: number;
  y: number;
}

const TOKEN = /([A-Za-z])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

export function svgPathToPdf(d: string, t: PathTransform, num: (n: number) => string): string {
  const tokens = [...d.matchAll(TOKEN)].map((m) => m[0]);
  const ops: string[] = [];
  const px = (x: number) => num(t.x + x * t.scale);
  const py = (y: number) => num(t.y - y * t.scale);
  let i = 0;
  let cmd = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const next = (): number | null => {
    const token = tokens[i];
    if (token === undefined || /[A-Za-z]/.test(token)) return null;
    i++;
    return Number(token);
  };
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[A-Za-z]/.test(token)) {
      cmd = token;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        ops.push('h');
        cx = sx;
        cy = sy;
        continue;
      }
    } else if (!cmd) {
      break;
    }
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? cx : 0;
    const oy = rel ? cy : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
      case 'L': {
        const x = next();
        const y = next();
        if (x === null || y === null) return ops.join(' ');
        cx = ox + x;
        cy = oy + y;
        if (cmd.toUpperCase() === 'M') {
          sx = cx;
          sy = cy;
          ops.push(`${px(cx)} ${py(cy)} m`);
          cmd = rel ? 'l' : 'L'; // further pairs after M are line-tos (SVG 1.1, 8.3.2)
        } else {
          ops.push(`${px(cx)} ${py(cy)} l`);
        }
        break;
      }
      case 'H':
      case 'V': {
        const v = next();
        if (v === null) return ops.join(' ');
        if (cmd.toUpperCase() === 'H') cx = (rel ? cx : 0) + v;
        else cy = (rel ? cy : 0) + v;
        ops.push(`${px(cx)} ${py(cy)} l`);
        break;
      }
      case 'C': {
        const n = [next(), next(), next(), next(), next(), next()];
        if (n.some((v) => v === null)) return ops.join(' ');
        const [x1, y1, x2, y2, x, y] = n as number[];
        ops.push(`${px(ox + x1!)} ${py(oy + y1!)} ${px(ox + x2!)} ${py(oy + y2!)} ${px(ox + x!)} ${py(oy + y!)} c`);
        cx = ox + x!;
        cy = oy + y!;
        break;
      }
      case 'Q': {
        const n = [next(), next(), next(), next()];
        if (n.some((v) => v === null)) return ops.join(' ');
        const [qx, qy, x, y] = (n as number[]).map((v, k) => v + (k % 2 === 0 ? ox : oy)) as [number, number, number, number];
        // A quadratic Bézier is the cubic whose control points sit 2/3 of the way to the quadratic's one.
        const c1x = cx + (2 / 3) * (qx - cx);
        const c1y = cy + (2 / 3) * (qy - cy);
        const c2x = x + (2 / 3) * (qx - x);
        const c2y = y + (2 / 3) * (qy - y);
        ops.push(`${px(c1x)} ${py(c1y)} ${px(c2x)} ${py(c2y)} ${px(x)} ${py(y)} c`);
        cx = x;
        cy = y;
        break;
      }
      default:
        return ops.join(' ');
    }
  }
  return ops.join(' ');
}
