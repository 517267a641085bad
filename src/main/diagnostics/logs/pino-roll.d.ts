// Types for `pino-roll` (it ships none): only what Hearth uses.
declare module 'pino-roll' {
  import type { SonicBoom } from 'sonic-boom';
  interface RollOptions {
    file: string;
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    mkdir?: boolean;
    sync?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
  }
  export default function build(options: RollOptions): Promise<SonicBoom>;
}
