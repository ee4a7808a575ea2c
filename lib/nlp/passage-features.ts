// What lib/nlp finds in a sentence besides its words; stored with each passage
// (ArticlePassage.features) so queries need not re-read the text.

// A calendar date, as precise as the text: "2023", "February 2025", "Oct 29".
export type DateMention = { text: string; year?: number; month?: number; day?: number };

// A time relative to an event: "days before", "a week after", "weeks prior".
export type RelativeTimeMention = {
  text: string;
  unit: "hour" | "day" | "week" | "month" | "year";
  direction: "before" | "after";
  // null when the text gives no amount ("days before"); "a week" is 1.
  amount: number | null;
};

// A quantity: "three", "1,200", "dozens" (vague: an order of magnitude only).
export type NumberMention = { text: string; value: number; vague: boolean; unit: string | null };

export type PassageFeatures = {
  dates: DateMention[];
  relativeTimes: RelativeTimeMention[];
  numbers: NumberMention[];
};

export const emptyFeatures: PassageFeatures = { dates: [], relativeTimes: [], numbers: [] };
