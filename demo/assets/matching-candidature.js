// "Appel à candidatures" page: shows developers the profile the form outputs (pp-submit),
// as text (an external file: the site's CSP forbids inline scripts).
const form = document.querySelector('pp-matching-form');
const details = document.getElementById('donnees-envoyees');
const code = document.getElementById('donnees-envoyees-json');
form?.addEventListener('pp-submit', (event) => {
  if (!details || !code) return;
  code.textContent = JSON.stringify(event.detail.profile, null, 2);
  details.hidden = false;
});
