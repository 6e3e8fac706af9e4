// Usage: node check_jsonld.mjs FILE
// Expands a kgraph JSON-LD file and converts it to N-Quads with jsonld.js; exits 1 on any error
// or an empty result, and prints "nodes: N" and "triples: M" on success.
import { argv, exit } from 'node:process';
import { loadJsonLd, expand, toNQuads } from './to_nquads.mjs';

async function main() {
  if (argv.length !== 3) throw new Error('usage: node check_jsonld.mjs FILE');
  const doc = await loadJsonLd(argv[2]);
  const expanded = await expand(doc);
  if (expanded.length === 0) throw new Error('expansion is empty');
  const nquads = await toNQuads(doc);
  const lines = nquads.split('\n').filter((line) => line.length > 0);
  if (lines.length === 0) throw new Error('no triples');
  const nodes = expanded.flatMap((top) => top['@graph'] ?? [top]);
  console.log(`nodes: ${nodes.length}`);
  console.log(`triples: ${lines.length}`);
}

main().catch((error) => {
  console.error(`check_jsonld: ${error.message ?? error}`);
  exit(1);
});
