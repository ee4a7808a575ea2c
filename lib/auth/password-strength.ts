import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";

// zxcvbn's score 3: "safely unguessable, moderate protection from an offline
// slow-hash attack" (under 10^10 guesses for score 2). Stored hashes are
// argon2id, so 3 is enough without pushing people to unusable passwords.
export const MIN_PASSWORD_SCORE = 3;

export type PasswordStrength = { ok: true } | { ok: false; message: string };

// Built on first use: loading the dictionaries takes a moment and memory that
// processes which never set a password should not pay.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
    // Fuzzy (Levenshtein) matching against whole dictionaries took 0.4–3.8 s
    // per password here against a few milliseconds without; exact, reversed
    // and l33t matching already catch common passwords.
    useLevenshteinDistance: false,
  });
  return factory;
}

// Judges a new password with zxcvbn (common passwords, words, names, dates,
// repeats, sequences, keyboard patterns) and, when it is too guessable, says
// why in zxcvbn's own words. `context` is what an attacker would try first:
// the person's name and email, the product's name.
export function checkPasswordStrength(password: string, context: readonly string[] = []): PasswordStrength {
  const inputs = ["claimdesk", ...context.flatMap((value) => [value, ...value.toLowerCase().split(/[^\p{L}\p{N}]+/u)])]
    .filter((value) => value.length >= 3);
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((line): line is string => !!line);
  const why = advice.length > 0 ? ` ${advice.join(" ")}` : " Add more words or characters that do not follow a pattern.";
  return { ok: false, message: `This password is too easy to guess.${why}` };
}
