/**
 * Down-sampling of a time series for charts: the positions of at most `max`
 * values to keep, ascending, always keeping the first and the last and,
 * within each of equal-width buckets in between, the lowest and the highest
 * (the first of equal values). The overall extremes are therefore always
 * kept, and the chart's shape survives. Positions rather than points, so a
 * caller holding parallel lists builds only the points it keeps.
 */
export function downsampledPositions(values: readonly number[], max: number): number[] {
  if (values.length <= max) return [...values.keys()];
  if (max < 4) throw new RangeError("max must be at least 4");
  const interiorCount = values.length - 2;
  const bucketCount = Math.floor((max - 2) / 2);
  const kept = [0];
  for (let b = 0; b < bucketCount; b++) {
    const start = 1 + Math.floor((b * interiorCount) / bucketCount);
    const end = 1 + Math.floor(((b + 1) * interiorCount) / bucketCount);
    if (end <= start) continue;
    let low = start;
    let high = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i]! < values[low]!) low = i;
      if (values[i]! > values[high]!) high = i;
    }
    if (low === high) kept.push(low);
    else kept.push(Math.min(low, high), Math.max(low, high));
  }
  kept.push(values.length - 1);
  return kept;
}
