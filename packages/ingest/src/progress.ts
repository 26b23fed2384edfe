/**
 * "ingest 4,200/10,000 · 2,310/s · ETA 3s" on stderr, redrawn in place, only when stderr is a
 * terminal (logs and CI stay clean) and only once a run has taken a couple of seconds.
 */
export function progressLine(label: string, total: number, enabled: boolean): (done: number) => void {
  if (!enabled || !process.stderr.isTTY) return () => {};
  const started = performance.now();
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (now - started < 2000 || (now - last < 200 && done < total)) return;
    last = now;
    const rate = done / ((now - started) / 1000);
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    process.stderr.write(`\r${label} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} · ${Math.round(rate).toLocaleString("en-US")}/s · ETA ${eta}s   ${done === total ? "\n" : ""}`);
  };
}
