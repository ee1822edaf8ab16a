import { render } from 'preact';
import { OptionsApp } from '../../modules/options/options-app';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
