import type { HttpClient, HttpResult } from "@/scripts/bench/load-support/http-client";
import type { LatencyRecorder, Operation } from "@/scripts/bench/load-support/latency-recorder";
import type { Random } from "@/scripts/bench/support/seeded-random";

export type LoadArticle = { id: string; text: string; revision: number };
export type AnnotatorSetup = {
  client: HttpClient;
  cookie: string;
  // A colleague who may review (a reviewer, or the owner when the annotator is the reviewer).
  reviewerCookie: string;
  slug: string;
  article: LoadArticle;
  random: Random;
  recorder: LatencyRecorder;
  // Mean pause before each request in ms (exponentially distributed); 0 = closed loop.
  meanPauseMs: number;
};

type Annotation = { id: string; version: number };

// One person at work, as the issue describes the load: opens the article,
// then over and over creates a claim on a random passage, edits its note,
// has a colleague accept it with a comment (the review panel's request),
// lists the article's annotations and deletes the claim. A failed step is
// counted as an error and the cycle starts again.
export async function runAnnotator(setup: AnnotatorSetup, until: number): Promise<void> {
  const { slug, article } = setup;
  const base = `/api/projects/${slug}`;
  if (!(await step(setup, "open", "GET", `${base}/articles/${article.id}`, until, undefined, 200))) return;
  while (performance.now() < until) {
    const created = await step(setup, "create", "POST", `${base}/articles/${article.id}/annotations`, until, claimOn(setup), 201);
    if (!created) continue;
    let annotation = (created.body as { annotation: Annotation }).annotation;
    const edited = await step(setup, "edit", "PATCH", `${base}/annotations/${annotation.id}`, until, {
      version: annotation.version,
      note: `checked at ${Date.now()}`,
    }, 200);
    if (edited) annotation = (edited.body as { annotation: Annotation }).annotation;
    // A decision leaves the annotation's version alone, so the delete below still names the right one.
    await step(setup, "review", "POST", `${base}/annotations/${annotation.id}/reviews`, until, {
      decision: "ACCEPT",
      comment: "Checked against the source.",
      version: annotation.version,
    }, 201, setup.reviewerCookie);
    await step(setup, "list", "GET", `${base}/articles/${article.id}/annotations`, until, undefined, 200);
    // Runs even past the deadline, so the benchmark leaves no claims behind.
    await step(setup, "delete", "DELETE", `${base}/annotations/${annotation.id}?version=${annotation.version}`, Infinity, undefined, 200);
  }
}

async function step(
  setup: AnnotatorSetup,
  operation: Operation,
  method: string,
  path: string,
  until: number,
  body: unknown,
  expected: number,
  cookie = setup.cookie,
): Promise<HttpResult | null> {
  if (setup.meanPauseMs > 0) await pause(-Math.log(1 - setup.random.next()) * setup.meanPauseMs);
  if (performance.now() >= until) return null;
  try {
    const result = await setup.client.send(method, path, { cookie }, body);
    if (result.status !== expected) {
      setup.recorder.error(operation, `HTTP ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
      return null;
    }
    setup.recorder.record(operation, result.ms);
    return result;
  } catch (error) {
    setup.recorder.error(operation, error instanceof Error ? error.message : String(error));
    return null;
  }
}

// A claim on 5–40 code points of the article at a random place.
function claimOn({ article, random }: AnnotatorSetup) {
  const points = Array.from(article.text);
  const length = 5 + Math.floor(random.next() * 36);
  const start = Math.floor(random.next() * Math.max(1, points.length - length));
  const end = Math.min(points.length, start + length);
  return { kind: "CLAIM", revision: article.revision, start, end, exact: points.slice(start, end).join("") };
}

function pause(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
