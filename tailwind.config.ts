import type { Config } from 'tailwindcss';

// Loaded from app/globals.css through @config. Colours are CSS variables so that the
// light and dark themes (system or reader's choice) switch without re-rendering charts.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './lib/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        page: 'var(--page)',
        panel: 'var(--panel)',
        ink: 'var(--ink)',
        muted: 'var(--muted)',
        rule: 'var(--rule)',
        accent: 'var(--accent)',
        nk: 'var(--nk)',
        ru: 'var(--ru)',
      },
      fontFamily: {
        sans: ['var(--font-inter)', 'system-ui', 'sans-serif'],
      },
    },
  },
};

export default config;
