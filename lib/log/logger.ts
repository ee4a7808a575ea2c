import pino, { type Logger } from "pino";
import { envSubset } from "@/lib/env";

// One JSON logger per process (kept on globalThis like the Prisma client, so
// dev reloads do not stack up loggers). Secrets never reach it: headers that
// carry credentials are redacted wherever they appear.
const holder = globalThis as unknown as { claimdeskLogger?: Logger };

export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: envSubset("LOG_LEVEL").LOG_LEVEL,
    base: { service: "claimdesk" },
    redact: { paths: ["*.authorization", "*.cookie", "*.headers.authorization", "*.headers.cookie", "password", "*.password"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

export function logger(): Logger {
  holder.claimdeskLogger ??= createLogger();
  return holder.claimdeskLogger;
}

/** Replaces the process's logger (tests read what was logged). */
export function replaceLogger(replacement: Logger | undefined): void {
  holder.claimdeskLogger = replacement;
}
