"use client";

import { useState } from "react";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// "3 minutes ago", with the exact time on hover and for machines.
export function RelativeTime({ iso }: { iso: string }) {
  // Fixed at first render: a list does not re-render every minute to age its times.
  const [now] = useState(() => Date.now());
  const seconds = (Date.parse(iso) - now) / 1000;
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  const text = unit === "second" ? "just now" : format.format(Math.round(seconds / size), unit);
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString("en")} suppressHydrationWarning>
      {text}
    </time>
  );
}
