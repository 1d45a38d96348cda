/** The numbers behind the history chart: a y range with round ticks, and which x labels fit. */

/** Round tick values covering [low, high], about `count` of them (1, 2 or 5 times a power of ten apart). */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    return niceTicks(low - pad, high + pad, count);
  }
  const raw = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= high + step * 1e-9; tick += step) ticks.push(round(tick, step));
  if (ticks[ticks.length - 1]! < high) ticks.push(round(ticks[ticks.length - 1]! + step, step));
  return ticks;
}

/** Every n-th label from the newest back, so labels `labelWidth` wide never overlap on `width`. */
export function labelEvery(count: number, width: number, labelWidth: number): number {
  if (count <= 1) return 1;
  const room = width / count;
  return Math.max(1, Math.ceil(labelWidth / room));
}

/** Shows label i of n when it is a multiple of `every` counted from the last (the newest always shows). */
export function showsLabel(index: number, count: number, every: number): boolean {
  return (count - 1 - index) % every === 0;
}

function round(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(decimals));
}
