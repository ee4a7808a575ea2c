import { describe, expect, it } from "vitest";
import { httpUrlHost, httpUrlSchema, isHttpUrl } from "@/lib/validations/http-url";
import { evidenceInputSchema } from "@/lib/validations/annotation";
import { importMetadataSchema } from "@/lib/server/article-import/import-metadata-schema";

const metadata = { title: "T", outlet: "", author: null, publishedAt: null, language: "en" };

describe("http(s) URLs, checked by parsing", () => {
  it("accepts http and https addresses with a host", () => {
    expect(isHttpUrl("https://example.org/a?b=c#d")).toBe(true);
    expect(isHttpUrl("http://127.0.0.1:8080/")).toBe(true);
    expect(isHttpUrl("https://[::1]/")).toBe(true);
  });

  it("refuses what does not parse, other schemes and host-less URLs", () => {
    for (const bad of ["http://[broken", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/", "https://", "example.org", "http:// spaced.org"]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  it("httpUrlHost gives the host or null, never throws", () => {
    expect(httpUrlHost("https://www.example.org/x")).toBe("www.example.org");
    expect(httpUrlHost("http://[broken")).toBeNull();
    expect(httpUrlHost("javascript:alert(1)")).toBeNull();
    expect(httpUrlHost(null)).toBeNull();
  });

  it("the schema trims and names the field", () => {
    expect(httpUrlSchema("url").parse("  https://example.org/  ")).toBe("https://example.org/");
    expect(httpUrlSchema("url").safeParse("http://[broken").error?.issues[0]?.message).toBe("url must be an http:// or https:// address.");
  });

  it("evidence and article metadata use it: http://[broken is refused where the regex let it through", () => {
    expect(evidenceInputSchema.safeParse({ url: "http://[broken", stance: "SUPPORTS" }).success).toBe(false);
    expect(evidenceInputSchema.safeParse({ url: "data:text/html,<b>x</b>", stance: "SUPPORTS" }).success).toBe(false);
    expect(importMetadataSchema.safeParse({ ...metadata, url: "http://[broken" }).success).toBe(false);
    expect(importMetadataSchema.safeParse({ ...metadata, url: "javascript:alert(1)" }).success).toBe(false);
    expect(importMetadataSchema.parse({ ...metadata, url: "https://example.org/a" }).url).toBe("https://example.org/a");
  });
});
