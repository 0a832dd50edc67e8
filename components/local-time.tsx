"use client";

import { useSyncExternalStore } from "react";
import { formatDate, formatDateTime, type TimeZone } from "./format";

const noSubscription = () => () => {};

/**
 * True once running in the browser. The server does not know the viewer's
 * time zone, so it renders UTC, and the browser re-renders in its own zone
 * right after hydration (without a hydration mismatch).
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The zone to show moments in: the viewer's once in the browser, UTC in the server's render before it. */
export function useViewerZone(): TimeZone {
  return useInBrowser() ? "viewer" : "UTC";
}

/** A moment in the viewer's time zone. */
export function LocalTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const zone = useViewerZone();
  return <time dateTime={value}>{dateOnly ? formatDate(value, zone) : formatDateTime(value, zone)}</time>;
}
