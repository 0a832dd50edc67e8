"use client";

import { useEffect } from "react";
import { DAY_MS } from "@/lib/domain/time";

const RENEWED_AT = "skillgap:session-renewed-at";

/**
 * The idle timeout: the session cookie lasts 7 days from its last renewal.
 * Pages are rendered on the server, where a cookie cannot be set, so a signed-in
 * page asks next-auth's session endpoint, at most once a day, to issue it anew.
 * The renewed token keeps its sign-in time, so the 30-day absolute limit holds.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const last = Number(window.localStorage.getItem(RENEWED_AT) ?? 0);
    if (Date.now() - last < DAY_MS) return;
    void fetch("/api/auth/session").then((response) => {
      if (response.ok) window.localStorage.setItem(RENEWED_AT, String(Date.now()));
    });
  }, []);
  return null;
}
