export { ArticleSelection } from "./article-selection";
