/**
 * The way to a review (« bilan », review/review-app.tsx): a link to `review.html`, in a new
 * tab so that it prints on A4 without the library around it — for one project, or for the
 * establishment (every project) from the projects list.
 */
import { REVIEW_MESSAGES } from '../i18n/review';
import { locale } from '../ui/locale';

export function ReviewLink({ projectId }: { readonly projectId?: string }) {
  const M = REVIEW_MESSAGES[locale.value];
  const href = projectId ? `/review.html?project=${encodeURIComponent(projectId)}` : '/review.html';
  return (
    <a class="button small" href={href} target="_blank" rel="noopener" data-testid="review-link">
      {projectId ? M.openProject : M.openEstablishment}
      <span class="visually-hidden"> {M.newTab}</span>
    </a>
  );
}
