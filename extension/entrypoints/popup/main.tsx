import { render } from 'preact';
import { PopupApp } from '../../modules/popup/popup-app';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
