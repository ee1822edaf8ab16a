import type {} from 'binome/vue';
import 'binome/widgets/partner-card';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
