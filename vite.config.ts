import { defineConfig } from 'vite';

// `npm start` serves index.html and demo/ with the sources as they are.
export default defineConfig({
  server: { open: '/index.html' },
});
