// "Charte d'engagement" page: lists the events of <pp-charter-signer> for developers, as text
// (an external file: the site's CSP forbids inline scripts).
const journal = document.getElementById('journal');
const signer = document.querySelector('pp-charter-signer:not([mode])');

function log(line) {
  const item = document.createElement('li');
  item.textContent = line;
  journal?.append(item);
}

signer?.addEventListener('pp-signed', (event) => {
  const { signature, record } = event.detail;
  log(`pp-signed — ${signature.signatory.name}, ${signature.signedAt}, empreinte du dossier ${record.recordHash.slice(0, 16)}…`);
});
signer?.addEventListener('pp-complete', (event) => {
  log(`pp-complete — ${event.detail.record.signatures.length} signatures`);
});
