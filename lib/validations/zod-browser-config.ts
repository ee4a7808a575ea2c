import { z } from "zod";

// In the browser, zod's first object parse probes `new Function("")` to see
// whether it may compile fast parsers. Our CSP forbids eval, so the probe
// fails harmlessly but Chromium reports a CSP violation on every page. Tell
// zod up front not to try. The server keeps the compiled fast path.
if (typeof window !== "undefined") z.config({ jitless: true });
