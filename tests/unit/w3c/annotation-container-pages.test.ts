import { describe, expect, it } from "vitest";
import { containerPageIri, lastPageIndex, pageWindow } from "@/lib/w3c/annotation-container-pages";

describe("container paging (W3C Web Annotation Protocol §4.3)", () => {
  it("names pages of each view apart", () => {
    expect(containerPageIri("https://x.org/c", "descriptions", 3)).toBe("https://x.org/c?page=3");
    expect(containerPageIri("https://x.org/c", "iris", 0)).toBe("https://x.org/c?iris=1&page=0");
  });

  it("last page: an empty container has one empty page; 100 fill exactly one; 101 need two", () => {
    expect(lastPageIndex(0)).toBe(0);
    expect(lastPageIndex(1)).toBe(0);
    expect(lastPageIndex(100)).toBe(0);
    expect(lastPageIndex(101)).toBe(1);
    expect(lastPageIndex(250, 100)).toBe(2);
    expect(lastPageIndex(7, 3)).toBe(2);
  });

  it("a middle page has prev and next, startIndex page × size", () => {
    expect(pageWindow(7, 1, 3)).toEqual({ page: 1, startIndex: 3, limit: 3, prev: 0, next: 2, last: 2 });
  });

  it("the first page has no prev, the last no next; a single page neither", () => {
    expect(pageWindow(7, 0, 3)).toMatchObject({ prev: null, next: 1 });
    expect(pageWindow(7, 2, 3)).toMatchObject({ startIndex: 6, prev: 1, next: null });
    expect(pageWindow(0, 0, 3)).toMatchObject({ startIndex: 0, prev: null, next: null, last: 0 });
  });

  it("a page past the last, negative or fractional is no page", () => {
    expect(pageWindow(7, 3, 3)).toBeNull();
    expect(pageWindow(0, 1, 3)).toBeNull();
    expect(pageWindow(7, -1, 3)).toBeNull();
    expect(pageWindow(7, 0.5, 3)).toBeNull();
  });
});
