import Link from "next/link";
import type { LabelOption } from "@/components/editor/panel/types";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

type Props = {
  values: Record<string, string>;
  articles: Array<{ id: string; title: string }>;
  authors: Array<{ id: string; name: string }>;
  statuses: LabelOption[];
  showAuthor: boolean;
};

const field = "flex flex-col gap-1 text-xs font-medium text-muted-foreground";

// A GET form: filtering works without JavaScript and every filtered queue has a URL.
export function QueueFilters({ values, articles, authors, statuses, showAuthor }: Props) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border bg-card p-3" aria-label="Filter the queue">
      <label className={field}>
        Review state
        <NativeSelect name="reviewState" defaultValue={values.reviewState ?? "PENDING"}>
          <option value="PENDING">Pending</option>
          <option value="CHANGES_REQUESTED">Changes requested</option>
          <option value="ACCEPTED">Accepted</option>
          <option value="REJECTED">Rejected</option>
          <option value="ANY">Any</option>
        </NativeSelect>
      </label>
      <label className={field}>
        Article
        <NativeSelect name="articleId" defaultValue={values.articleId ?? ""} className="max-w-56">
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </NativeSelect>
      </label>
      {showAuthor ? (
        <label className={field}>
          Annotator
          <NativeSelect name="authorId" defaultValue={values.authorId ?? ""}>
            <option value="">Everyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </NativeSelect>
        </label>
      ) : null}
      <label className={field}>
        Kind
        <NativeSelect name="kind" defaultValue={values.kind ?? ""}>
          <option value="">Claims and mentions</option>
          <option value="CLAIM">Claims</option>
          <option value="ENTITY_MENTION">Entity mentions</option>
        </NativeSelect>
      </label>
      <label className={field}>
        Verification status
        <NativeSelect name="statusId" defaultValue={values.statusId ?? ""}>
          <option value="">Any</option>
          {statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className={field}>
        Changed from
        <Input type="date" name="from" defaultValue={values.from ?? ""} className="w-40" />
      </label>
      <label className={field}>
        to
        <Input type="date" name="to" defaultValue={values.to ?? ""} className="w-40" />
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="secondary">
          Apply
        </Button>
        <Button asChild size="sm" variant="ghost">
          <Link href="?">Reset</Link>
        </Button>
      </div>
    </form>
  );
}
