// Usage: node sparql_query.mjs FILE QUERY
// Converts a kgraph JSON-LD file (or reads an .nq file) to N-Quads, loads them into an Oxigraph
// store and runs a SPARQL query: SELECT results print as TSV (header line first), ASK as
// true/false, CONSTRUCT/DESCRIBE as N-Triples. Exits 1 on any error.
import { readFile } from 'node:fs/promises';
import { argv, exit, stdout } from 'node:process';
import oxigraph from 'oxigraph';
import { loadJsonLd, toNQuads } from './to_nquads.mjs';

async function readQuads(file) {
  if (file.endsWith('.nq')) return readFile(file, 'utf8');
  return toNQuads(await loadJsonLd(file));
}

async function main() {
  if (argv.length !== 4) throw new Error('usage: node sparql_query.mjs FILE QUERY');
  const store = new oxigraph.Store();
  store.load(await readQuads(argv[2]), { format: 'application/n-quads' });
  const result = store.query(argv[3], { results_format: 'text/tab-separated-values' });
  if (typeof result === 'boolean') {
    stdout.write(`${result}\n`);
  } else if (typeof result === 'string') {
    stdout.write(result.endsWith('\n') ? result : `${result}\n`);
  } else {
    for (const quad of result) stdout.write(`${quad.toString()}\n`);
  }
}

main().catch((error) => {
  console.error(`sparql_query: ${error.message ?? error}`);
  exit(1);
});
