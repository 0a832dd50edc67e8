/**
 * Down-sampling of a time series for charts: at most `max` points, always
 * keeping the first and the last point and, within each of equal-width
 * buckets in between, the lowest and the highest. The overall extremes are
 * therefore always kept, and the chart's shape survives.
 */
export function downsampleKeepingExtremes<T>(points: readonly T[], value: (point: T) => number, max: number): T[] {
  if (points.length <= max) return [...points];
  if (max < 4) throw new RangeError("max must be at least 4");
  const interior = points.slice(1, -1);
  const bucketCount = Math.floor((max - 2) / 2);
  const kept: T[] = [points[0]!];
  for (let b = 0; b < bucketCount; b++) {
    const start = Math.floor((b * interior.length) / bucketCount);
    const end = Math.floor(((b + 1) * interior.length) / bucketCount);
    if (end <= start) continue;
    let low = start;
    let high = start;
    for (let i = start; i < end; i++) {
      if (value(interior[i]!) < value(interior[low]!)) low = i;
      if (value(interior[i]!) > value(interior[high]!)) high = i;
    }
    for (const index of low === high ? [low] : [Math.min(low, high), Math.max(low, high)]) kept.push(interior[index]!);
  }
  kept.push(points[points.length - 1]!);
  return kept;
}
