import '../../modules/ui/styles.css';
import { ReviewApp } from '../../modules/review/review-app';
import { boot } from '../../modules/ui/boot';

// The review (« bilan ») of a project or of the establishment, in its own tab so that it prints on A4.
// The page sets its own title (the project's name); the charts' code comes later (review/charts.ts).
void boot(ReviewApp, () => document.title);
