import '../../modules/ui/styles.css';
import { LibraryApp } from '../../modules/library/library-app';
import { boot } from '../../modules/ui/boot';

// The same page is the side panel and, with ?view=page, the full-page library.
void boot(LibraryApp, (m) => `${m.appName} — ${m.library.heading}`, {
  view: new URLSearchParams(location.search).get('view') === 'page' ? 'page' : 'panel',
});
