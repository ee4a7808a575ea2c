const Key = ({ children }: { children: string }) => <kbd className="rounded border px-1 font-mono">{children}</kbd>;

/** The panel column while nothing is selected: how to start, by mouse and by keyboard. */
export function EmptyPanel({ canCreate }: { canCreate: boolean }) {
  return (
    <div className="flex h-full w-[22rem] max-w-full flex-col gap-3 border-l bg-card p-4 text-sm text-muted-foreground" data-testid="empty-panel">
      <h2 className="text-sm font-semibold text-foreground">No annotation selected</h2>
      {canCreate ? (
        <>
          <p>Select words in the text, then choose Claim or an entity type, or press a key:</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-xs">
            <dt><Key>C</Key></dt>
            <dd>claim</dd>
            <dt><Key>1</Key>–<Key>9</Key></dt>
            <dd>entity mention of that type</dd>
            <dt><Key>Alt</Key></dt>
            <dd>hold while selecting to keep part of a word</dd>
            <dt><Key>J</Key> <Key>K</Key></dt>
            <dd>next / previous annotation</dd>
            <dt><Key>Ctrl Z</Key></dt>
            <dd>undo the last annotation action</dd>
            <dt><Key>Ctrl K</Key></dt>
            <dd>all commands</dd>
          </dl>
        </>
      ) : (
        <p>Click a highlight or pick an annotation from the list to see its details. Your role in this project is read-only.</p>
      )}
    </div>
  );
}
