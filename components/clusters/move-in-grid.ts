export type GridPosition = { row: number; col: number };

// Where a key moves the focused cell of a rows × cols grid (column 0 is the
// row headers): arrows one step, Home/End along the row, Ctrl+Home/End to the
// corners, PageUp/PageDown five rows. Null when the key is not a move.
export function moveInGrid(at: GridPosition, key: string, ctrl: boolean, rows: number, cols: number): GridPosition | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number) => ({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  switch (key) {
    case "ArrowUp":
      return clamp(at.row - 1, at.col);
    case "ArrowDown":
      return clamp(at.row + 1, at.col);
    case "ArrowLeft":
      return clamp(at.row, at.col - 1);
    case "ArrowRight":
      return clamp(at.row, at.col + 1);
    case "Home":
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case "End":
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case "PageUp":
      return clamp(at.row - 5, at.col);
    case "PageDown":
      return clamp(at.row + 5, at.col);
    default:
      return null;
  }
}
