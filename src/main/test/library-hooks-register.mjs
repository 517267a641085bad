import { register } from 'node:module';

register('./library-hooks.mjs', import.meta.url);
