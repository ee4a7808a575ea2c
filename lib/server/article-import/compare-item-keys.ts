/** Orders item keys ("2", "2:15") by file, then line, so errors read in file order. */
export function compareItemKeys(a: string, b: string): number {
  const [fa = 0, la = 0] = a.split(":").map(Number);
  const [fb = 0, lb = 0] = b.split(":").map(Number);
  return fa - fb || la - lb;
}
