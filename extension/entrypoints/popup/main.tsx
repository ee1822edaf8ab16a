import '../../modules/ui/styles.css';
import { PopupApp } from '../../modules/popup/popup-app';
import { boot } from '../../modules/ui/boot';

void boot(PopupApp, (m) => `${m.appName} — ${m.popup.heading}`);
