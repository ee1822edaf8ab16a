import '../../modules/ui/styles.css';
import { startFirstScreen } from '../../modules/library/first-screen';

// The library (side panel, or full page with ?view=page). Its first screen — the most
// recent items — is read from the database while the rest of the page's code loads:
// this entry imports only the database code; the interface comes with library-page.
const first = startFirstScreen();
import('../../modules/sidepanel/library-page')
  .then(({ startLibraryPage }) => startLibraryPage(first))
  .catch((error: unknown) => console.error('[binome] library page not started', error));
