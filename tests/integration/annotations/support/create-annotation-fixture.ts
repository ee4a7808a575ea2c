import { createTestProject } from "@/tests/support/create-test-project";
import { createTestArticle } from "./create-test-article";
import { labelId } from "./label-id";

export const ARTICLE_TEXT =
  "Hafiz Saeed met LeT leaders in Gujranwala on Monday, police said.\n\n" +
  "The meeting lasted three hours, according to two officials who asked not to be named.";

// A project with one member per role, one article and the default labels' ids.
export async function createAnnotationFixture(text = ARTICLE_TEXT) {
  const people = await createTestProject();
  const { project, owner } = people;
  const article = await createTestArticle(project.id, text, owner.id);
  const [factual, statistical, unverified, trueStatus, person, organization, location] = await Promise.all([
    labelId(project.id, "CLAIM_TYPE", "factual"),
    labelId(project.id, "CLAIM_TYPE", "statistical"),
    labelId(project.id, "VERIFICATION_STATUS", "unverified"),
    labelId(project.id, "VERIFICATION_STATUS", "true"),
    labelId(project.id, "ENTITY_TYPE", "person"),
    labelId(project.id, "ENTITY_TYPE", "organization"),
    labelId(project.id, "ENTITY_TYPE", "location"),
  ]);
  return {
    ...people,
    slug: project.slug,
    article,
    labels: { factual, statistical, unverified, trueStatus, person, organization, location },
  };
}
