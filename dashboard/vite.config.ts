import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Keep the chart library in a chunk of its own so the app shell loads first and caches separately.
        codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)/ }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': `http://127.0.0.1:${apiPort}`, '/healthz': `http://127.0.0.1:${apiPort}` },
  },
});
