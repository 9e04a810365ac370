/** A CSV file imported as its text: next.config.ts has Turbopack inline it (only data/files.bundled.ts does this). */
declare module '*.csv' {
  const text: string;
  export default text;
}
