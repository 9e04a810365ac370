export const metadata = { title: 'Bare Next.js page', description: 'The framework alone, for comparison.' };

export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>No components, styles, fonts or data: what the framework costs before the dashboard adds anything.</p>
    </main>
  );
}
