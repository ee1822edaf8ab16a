// "Trouver des patients partenaires" page: what the host does with the owner's selection
// (an external file: the site's CSP forbids inline scripts). Here it only says so; a real
// site would send the ids to its partnership coordination.
const form = document.querySelector('pp-matching-form');
const status = document.getElementById('selection-transmise');
form?.addEventListener('pp-select', (event) => {
  const { ids, need } = event.detail;
  if (!status) return;
  status.textContent =
    `Démonstration : la sélection pour « ${need.title} » (${ids.join(', ')}) serait transmise à la coordination ` +
    'du partenariat, qui prendrait contact avec les personnes.';
});
