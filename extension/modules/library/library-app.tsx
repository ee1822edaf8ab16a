export function LibraryApp() {
  return (
    <main>
      <h1>Ma bibliothèque</h1>
      <p>Votre bibliothèque est vide.</p>
    </main>
  );
}
