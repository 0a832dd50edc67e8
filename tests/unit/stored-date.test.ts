import { expect, test } from "vitest";
import { isoDateOfStored, storedDate } from "@/lib/db/stored-date";

test.each(["2026-03-01T09:30:15.123Z", "1999-12-31T23:59:59.999Z", "+010000-01-01T00:00:00.000Z"])(
  "a date stored as SQLite's text reads back as the same instant's ISO text: %s",
  (iso) => {
    expect(storedDate(new Date(iso))).not.toBe(iso);
    expect(isoDateOfStored(storedDate(new Date(iso)))).toBe(iso);
  },
);

test("text in another form (an explicit offset) still reads back as the instant it names", () => {
  expect(isoDateOfStored("2026-03-01T10:30:15.123+01:00")).toBe("2026-03-01T09:30:15.123Z");
});
