"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

const CHANGE_EVENT = "skillgap:stored-state";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function parse<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/**
 * A value kept in localStorage, so it survives a reload. The server renders
 * the fallback; the browser switches to the stored value once hydrated.
 * `stored` says whether a stored value is in use.
 */
export function useStoredState<T>(key: string, fallback: T) {
  const text = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const storedValue = useMemo(() => parse<T>(text), [text]);
  const value = storedValue ?? fallback;
  const set = useCallback(
    (next: T) => {
      window.localStorage.setItem(key, JSON.stringify(next));
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [key],
  );
  const clear = useCallback(() => {
    window.localStorage.removeItem(key);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, [key]);
  return { value, stored: storedValue !== null, set, clear };
}
