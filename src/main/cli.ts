// The `hearth` command: with no subcommand it runs the hub; `hearth nl` runs the language parser.
import { runHub } from './hub/main';

export async function main(argv: string[]): Promise<number> {
  return runHub(argv);
}

const code = await main(process.argv.slice(2));
process.exit(code);
