// Shared by the check scripts: reads a kgraph JSON-LD file and turns it into N-Quads with the
// reference processor (jsonld.js). Remote contexts are refused, so the check runs offline and
// proves the file's @context is self-contained.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const refuseRemote = async (url) => {
  throw new Error(`remote context refused (the file must be self-contained): ${url}`);
};

export async function loadJsonLd(file) {
  const text = await readFile(file, 'utf8');
  return JSON.parse(text);
}

export async function toNQuads(doc) {
  const options = { format: 'application/n-quads', documentLoader: refuseRemote, safe: true };
  return jsonld.toRDF(doc, options);
}

export async function expand(doc) {
  return jsonld.expand(doc, { documentLoader: refuseRemote, safe: true });
}
