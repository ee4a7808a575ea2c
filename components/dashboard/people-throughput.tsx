import type { ProjectProgress } from "@/lib/server/assignment/get-project-progress";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Props = { people: ProjectProgress["people"]; days: number };

/** Per person: annotations in the recent window as bars, then the full figures. */
export function PeopleThroughput({ people, days }: Props) {
  if (people.length === 0) return <p className="text-sm text-muted-foreground">Nobody has annotated or been assigned yet.</p>;
  return (
    <div className="space-y-4">
      <HorizontalBarChart
        caption={`Annotations per person, last ${days} days`}
        valueLabel="Annotations"
        rows={people.map((p) => ({ key: p.id, label: p.name, value: p.recentAnnotations }))}
      />
      <Table aria-label="Throughput per person">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Person</TableHead>
            <TableHead scope="col" className="text-right">Annotations</TableHead>
            <TableHead scope="col" className="text-right">Last {days} days</TableHead>
            <TableHead scope="col" className="text-right">Articles submitted</TableHead>
            <TableHead scope="col" className="text-right">Open assignments</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {people.map((p) => (
            <TableRow key={p.id} data-testid="person-row">
              <TableCell className="font-medium">{p.name}</TableCell>
              <TableCell className="text-right tabular-nums">{p.annotations}</TableCell>
              <TableCell className="text-right tabular-nums">{p.recentAnnotations}</TableCell>
              <TableCell className="text-right tabular-nums">{p.submitted}</TableCell>
              <TableCell className="text-right tabular-nums">{p.open}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
