// The web application's build: static files in dist/ that the gateway serves at `/`, with the
// offline GraphQL explorer as a second page (explorer.html) so its weight never reaches the search page.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Only for `npm run dev -w @bxl/web`: the API of a running `npm start`.
const apiTarget = process.env.WEB_API_TARGET ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: { main: 'index.html', explorer: 'explorer.html' },
      // GraphiQL's "use no memo" directives only concern the React compiler, which is not used here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
    chunkSizeWarningLimit: 3000,
  },
  server: { proxy: { '/graphql': apiTarget } },
});
