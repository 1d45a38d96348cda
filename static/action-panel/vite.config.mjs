import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { customUiConfig } from '../vite.shared.mjs';

export default defineConfig(customUiConfig(path.dirname(fileURLToPath(import.meta.url))));
