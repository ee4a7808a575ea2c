import nlp from "compromise";
import datesPlugin from "compromise-dates";

// compromise with its dates plugin, extended once per process: the plugin adds
// the #Date / #Duration / #DateShift tags the extractors read and parses
// numeric date formats ("14/03/2025", "2025-03-14").
nlp.plugin(datesPlugin);

export { nlp };
