export function PopupApp() {
  return (
    <main>
      <h1>Binôme</h1>
      <p>Enregistrez la page courante dans votre bibliothèque privée.</p>
    </main>
  );
}
