export type ChromiumChoice = { found: true; env: Record<string, string>; path: string | null } | { found: false; help: string; path: null };

export type ChromiumDeps = {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  playwrightPath?: () => string | null;
  install?: () => boolean;
};

export function chooseChromium(deps?: ChromiumDeps): ChromiumChoice;
