// A static Astro site whose page renders a <nice-pick> card at build time.
import { defineConfig } from 'astro/config';

export default defineConfig({});
