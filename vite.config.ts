import { defineConfig } from 'vite';

// `npm start` serves index.html and demo/ from the sources.
export default defineConfig({
  server: { open: '/index.html' },
});
