import { refreshArticleStatus } from "@/lib/server/article/refresh-article-status";
import { transaction } from "@/lib/db/transaction";

// For writes that lock an annotation row (deletes, restores, review
// decisions): updating the article row inside them would deadlock with
// concurrent edits, which take the article FOR SHARE and then wait for that
// annotation. So the state is refreshed in a transaction of its own, right
// after the write commits, holding no other lock. The state is derived data:
// if this step fails, the next change to the article recomputes it.
export async function refreshArticleStatusAfterWrite(articleId: string): Promise<void> {
  try {
    await transaction((tx) => refreshArticleStatus(tx, articleId));
  } catch (error) {
    console.error(`article ${articleId}: workflow state not refreshed`, error);
  }
}
