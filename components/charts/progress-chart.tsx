"use client";

import { useEffect, useRef, useState } from "react";
import { formatDateTime, formatReadiness, shareAMinute } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import { DAY_MS } from "@/lib/domain/time";
import { timeTicks } from "@/lib/domain/time-axis";
import { ChartFigure, LegendItem } from "./chart-figure";

export interface ProgressSeries {
  slug: string;
  name: string;
  points: { at: string; readiness: number }[];
}

interface Props {
  series: ProgressSeries[];
  /** The owner's goal line; left out where the viewer is not the owner (a shared profile). */
  goal?: number;
  /** A dashed line from the latest point towards the goal, when there is a forecast. */
  projection: { from: { at: string; readiness: number }; to: { at: string; readiness: number } } | null;
}

const HEIGHT = 260;
const MARGIN = { top: 20, right: 16, bottom: 28, left: 44 };
/** Wide enough for "28 Nov" or "Nov 2026" at 12 px, with a gap. */
const TICK_SPACING = 84;
const SERIES_CLASSES = [
  { stroke: "stroke-you", fill: "fill-you", swatch: "bg-you" },
  { stroke: "stroke-series-2", fill: "fill-series-2", swatch: "bg-series-2" },
  { stroke: "stroke-series-3", fill: "fill-series-3", swatch: "bg-series-3" },
];
const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric" });
const offsetOf = (time: number) => new Date(time).getTimezoneOffset() * 60_000;

/** The width the chart has: it is drawn at its real size, so text stays at its real size too. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Readiness over time on a true time axis: the target role, other roles when toggled, the goal and the projection. */
export function ProgressChart({ series, goal, projection }: Props) {
  const { ref, width } = useWidth();
  const zone = useViewerZone();
  const first = series[0];
  const seconds = shareAMinute((first?.points ?? []).map((p) => p.at));
  const rows = (first?.points ?? []).map((p) => [
    formatDateTime(p.at, zone, { seconds }),
    ...series.map((s) => {
      const match = s.points.find((q) => q.at === p.at);
      return match ? formatReadiness(match.readiness) : "—";
    }),
  ]);
  return (
    <ChartFigure
      id="progress"
      caption={`Readiness over time${first ? ` for ${series.map((s) => s.name).join(", ")}` : ""}${goal === undefined ? "" : `, with your goal of ${formatReadiness(goal)}`}`}
      legend={
        <>
          {series.map((s, index) => (
            <LegendItem key={s.slug} swatch={<span className={`inline-block h-1 w-5 rounded ${SERIES_CLASSES[index % 3]!.swatch}`} />}>
              {s.name}
            </LegendItem>
          ))}
          {projection && (
            <LegendItem swatch={<span className="inline-block w-5 border-t-2 border-dashed border-you" />}>Forecast</LegendItem>
          )}
          {goal !== undefined && (
            <LegendItem swatch={<span className="inline-block w-5 border-t-2 border-dotted border-muted" />}>Goal</LegendItem>
          )}
        </>
      }
      columns={["Assessment", ...series.map((s) => s.name)]}
      rows={rows}
    >
      {/* Hidden overflow: between a resize and the redraw at the new width, the old drawing must not widen the page. */}
      <div ref={ref} style={{ height: HEIGHT }} className="overflow-hidden">
        {width > 0 && <Plot width={width} series={series} goal={goal} projection={projection} />}
      </div>
    </ChartFigure>
  );
}

function Plot({ width, series, goal, projection }: Props & { width: number }) {
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const times = [...series.flatMap((s) => s.points.map((p) => Date.parse(p.at))), ...(projection ? [Date.parse(projection.to.at)] : [])];
  let from = Math.min(...times);
  let to = Math.max(...times);
  // A single day (or a single point) still gets an axis a day wide either side, so its dot is not pinned to an edge.
  if (to - from < 2 * DAY_MS) [from, to] = [from - DAY_MS, to + DAY_MS];
  const x = (time: number) => MARGIN.left + ((time - from) / (to - from)) * innerWidth;
  const y = (readiness: number) => MARGIN.top + (1 - readiness) * innerHeight;
  const ticks = timeTicks(from, to, Math.floor(innerWidth / TICK_SPACING), offsetOf);

  return (
    <svg width={width} height={HEIGHT} role="presentation" className="overflow-visible text-xs">
      {[0, 0.25, 0.5, 0.75, 1].map((value) => (
        <g key={value}>
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(value)} y2={y(value)} className="stroke-line" />
          <text x={MARGIN.left - 6} y={y(value)} dy="0.32em" textAnchor="end" className="fill-muted">
            {value * 100}%
          </text>
        </g>
      ))}
      {ticks.map((tick) => (
        <g key={tick.at}>
          <line x1={x(tick.at)} x2={x(tick.at)} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom + 4} className="stroke-control" />
          <text x={x(tick.at)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" className="fill-muted">
            {(tick.unit === "day" ? dayLabel : monthLabel).format(tick.at)}
          </text>
        </g>
      ))}
      {goal !== undefined && (
        <>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(goal)}
            y2={y(goal)}
            strokeDasharray="2 3"
            strokeWidth={2}
            className="stroke-muted"
          />
          <text x={width - MARGIN.right} y={y(goal) - 6} textAnchor="end" className="fill-ink font-medium">
            Goal {formatReadiness(goal)}
          </text>
        </>
      )}
      {projection && (
        <line
          x1={x(Date.parse(projection.from.at))}
          y1={y(projection.from.readiness)}
          x2={x(Date.parse(projection.to.at))}
          y2={y(projection.to.readiness)}
          strokeDasharray="6 4"
          strokeWidth={2}
          className="stroke-you"
        />
      )}
      {series.map((s, index) => {
        const style = SERIES_CLASSES[index % 3]!;
        const path = s.points
          .map((p, i) => `${i === 0 ? "M" : "L"}${x(Date.parse(p.at)).toFixed(1)},${y(p.readiness).toFixed(1)}`)
          .join("");
        return (
          <g key={s.slug}>
            <path d={path} fill="none" strokeWidth={index === 0 ? 3 : 2} strokeLinejoin="round" className={style.stroke} />
            {s.points.length < 60 &&
              s.points.map((p, pointIndex) => (
                <circle key={pointIndex} cx={x(Date.parse(p.at))} cy={y(p.readiness)} r={index === 0 ? 4 : 3} className={style.fill} />
              ))}
          </g>
        );
      })}
    </svg>
  );
}
