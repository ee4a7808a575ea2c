import { request as httpRequest, type ClientRequest } from "node:http";

// An open editor's live connection: the article's server-sent event stream,
// counting the events that arrive (`id:` lines are stored events; presence
// and heartbeats carry none). Opened before the load starts, closed after.
export function openLiveListener(url: string, cookie: string) {
  let events = 0;
  let request: ClientRequest | null = null;
  const opened = new Promise<void>((done, fail) => {
    request = httpRequest(url, { headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) {
        fail(new Error(`live stream answered HTTP ${res.statusCode}`));
        res.resume();
        return;
      }
      done();
      let carry = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        const lines = (carry + chunk).split("\n");
        carry = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("id:")) events += 1;
      });
      res.on("error", () => undefined);
    });
    request.on("error", (error) => fail(error));
    request.end();
  });
  return {
    opened,
    received: () => events,
    close: () => request?.destroy(),
  };
}

export type LiveListener = ReturnType<typeof openLiveListener>;
