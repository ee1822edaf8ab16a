// `npm start`: serves the built demo site and says where the built extension is.
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const server = await serveStatic(resolve(root, 'dist/demo'), { port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`
Binôme — site de démonstration : ${server.url}/
  (servi avec une Content-Security-Policy stricte, comme sur un site hospitalier)

Extension construite :
  Chrome / Chromium : ${resolve(root, '.output/chrome-mv3')}
    chrome://extensions → Mode développeur → « Charger l'extension non empaquetée »
  Firefox : ${resolve(root, '.output/firefox-mv2')}
    about:debugging → Ce Firefox → « Charger un module complémentaire temporaire » → manifest.json
  Archives : ${resolve(root, '.output')}/*.zip

Ctrl+C pour arrêter.`);
