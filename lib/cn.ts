import { clsx } from "clsx";
import type { ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins conditional class names and lets later Tailwind classes override
 * earlier conflicting ones, so callers can pass `className` to restyle a
 * primitive without fighting its defaults.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
