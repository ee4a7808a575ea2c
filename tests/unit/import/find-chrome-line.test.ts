import { describe, expect, it } from "vitest";
import { findChromeLine } from "@/lib/import/find-chrome-line";

describe("findChromeLine", () => {
  it.each([
    ["Buy now", "shop or subscribe button"],
    ["spot_img", "template token"],
    ["LEAVE A REPLY", "comment form"],
    ["Please enter your comment!\nPlease enter your name here", "comment form"],
    ["Related Articles", "navigation or recommendation widget"],
    ["Stay Connected", "navigation or recommendation widget"],
    ["0FansLike\n0FollowersFollow\n0SubscribersSubscribe", "follower counter"],
    ["12.4K Followers", "follower counter"],
    ["- Advertisement -spot_img", "advertisement"],
    ["STORY CONTINUES BELOW THIS AD", "advertisement"],
    ["  • Post category:World News\nShare this Post", "category or tag list"],
    ["Share this Post", "share button"],
    ["Source link", "source or end marker"],
    ["End of Article", "source or end marker"],
    ["© 2026 Example News. All rights reserved.", "legal notice"],
    ["21.5 C\nNew Delhi\nSunday, February 22, 2026", "weather line"],
    ["Sunday, February 22, 2026", "date line"],
    ["Updated: 22 Feb 2026, 10:32 IST", "date line"],
    ["https://example.com/story", "bare link"],
    ["MOST SHARED THIS WEEK", "short all-caps line"],
  ])("recognises %j as %s", (text, label) => {
    expect(findChromeLine(text)?.label).toBe(label);
  });

  it("names the line that matched", () => {
    expect(findChromeLine("21.5 C\nNew Delhi")).toEqual({ label: "weather line", line: "21.5 C" });
  });

  it.each([
    "Conclusion",
    "Longstanding engagements raise eyebrows",
    "Note: Firstpost could not independently verify the authenticity of the video.",
    "The channel has 2 million subscribers and shares its videos widely, officials said.",
    "PMML",
    "On January 15, 2026, the US-led organisation was formally launched.",
  ])("leaves %j alone", (text) => {
    expect(findChromeLine(text)).toBeUndefined();
  });

  it("never removes a block that contains a prose line", () => {
    const text = "Share this Post\nThe meeting took place in Gujranwala, where a senior commander was seen on stage.";
    expect(findChromeLine(text)).toBeUndefined();
  });
});
