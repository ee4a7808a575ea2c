// Function words of English, for the stopword-density signal: prose is full of
// them (jusText uses ~0.30 as its "good" threshold), menus and link lists are
// not. English only; other languages get no stopword signal at all rather
// than a wrong one.
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each either even ever every few
  for from further had has have having he her here hers herself him himself his how however i if in
  into is it its itself just least less many may me might more most much must my myself neither no
  nor not now of off on once one only or other others our ours ourselves out over own per rather
  said same say says she should since so some such than that the their theirs them themselves then
  there these they this those though through thus to too toward towards under until up upon us very
  was we were what when where whether which while who whom whose why will with within without would
  yet you your yours yourself yourselves`.split(/\s+/),
);
