import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../modules/background/background';

export default defineBackground(() => startBackground());
