export function OptionsApp() {
  return (
    <main>
      <h1>Options de Binôme</h1>
    </main>
  );
}
