import '../../modules/ui/styles.css';
import { OptionsApp } from '../../modules/options/options-app';
import { boot } from '../../modules/ui/boot';

void boot(OptionsApp, (m) => m.options.heading);
