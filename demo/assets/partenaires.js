// "Nos patients partenaires" page: the print button (an external file: the site's CSP forbids inline scripts).
document.getElementById('print-trombinoscope')?.addEventListener('click', () => window.print());
