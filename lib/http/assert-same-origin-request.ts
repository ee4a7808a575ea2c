import { AppError } from "@/lib/errors/app-error";
import { appOrigins } from "./app-origins";
import { crossSiteRequestProblem } from "./cross-site-request-problem";

// Refuses (403) a cookie-authenticated state change sent from another
// origin. routeHandler calls it before every handler, so a new route is
// covered without remembering to.
export function assertSameOriginRequest(request: Request): void {
  const problem = crossSiteRequestProblem(request, appOrigins());
  if (problem) throw new AppError("FORBIDDEN", problem);
}
