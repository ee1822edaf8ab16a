import { render } from 'preact';
import { LibraryApp } from '../../modules/library/library-app';

render(<LibraryApp />, document.getElementById('app') as HTMLElement);
