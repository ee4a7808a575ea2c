import { describe, expect, it } from "vitest";
import { acceptsJsonLd } from "@/lib/w3c/accepts-json-ld";
import { ifMatchAllows } from "@/lib/w3c/if-match-allows";
import { readContainerQuery } from "@/lib/w3c/read-container-query";

describe("acceptsJsonLd", () => {
  it("admits JSON-LD with the anno profile, JSON, wildcards and no header", () => {
    expect(acceptsJsonLd(null)).toBe(true);
    expect(acceptsJsonLd('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')).toBe(true);
    expect(acceptsJsonLd("application/json")).toBe(true);
    expect(acceptsJsonLd("text/html, */*;q=0.8")).toBe(true);
    expect(acceptsJsonLd("application/*")).toBe(true);
  });

  it("refuses what it cannot give: Turtle only, HTML only, JSON-LD at q=0", () => {
    expect(acceptsJsonLd("text/turtle")).toBe(false);
    expect(acceptsJsonLd("text/html")).toBe(false);
    expect(acceptsJsonLd("application/ld+json;q=0, text/turtle")).toBe(false);
  });
});

describe("ifMatchAllows (strong comparison)", () => {
  const etag = '"abc"';
  it("missing, matching, mismatching", () => {
    expect(ifMatchAllows(null, etag)).toBe("missing");
    expect(ifMatchAllows("  ", etag)).toBe("missing");
    expect(ifMatchAllows('"abc"', etag)).toBe("match");
    expect(ifMatchAllows('"zzz", "abc"', etag)).toBe("match");
    expect(ifMatchAllows("*", etag)).toBe("match");
    expect(ifMatchAllows('"zzz"', etag)).toBe("mismatch");
  });

  it("a weak tag never matches, nor an unquoted one", () => {
    expect(ifMatchAllows('W/"abc"', etag)).toBe("mismatch");
    expect(ifMatchAllows("abc", etag)).toBe("mismatch");
  });
});

describe("readContainerQuery", () => {
  const read = (query: string) => readContainerQuery(new URLSearchParams(query));
  it("the container itself, or a page of either view", () => {
    expect(read("")).toEqual({ page: null, view: null });
    expect(read("page=0")).toEqual({ page: 0, view: "descriptions" });
    expect(read("iris=1&page=12")).toEqual({ page: 12, view: "iris" });
    expect(read("iris=0&page=2")).toEqual({ page: 2, view: "descriptions" });
  });

  it("refuses anything else with a message", () => {
    for (const bad of ["page=-1", "page=01", "page=1.5", "page=x", "page=9999999999", "iris=1", "iris=2&page=0", "page=1&page=2", "limit=5"]) {
      expect(read(bad), bad).toHaveProperty("error");
    }
  });
});
