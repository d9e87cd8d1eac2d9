/**
 * Canonical DAG-CBOR: a value model ({@link io.jfvm.ipld.cbor.CborValue}), a strict reader and a canonical writer.
 * Encoding a decoded value always gives back the original bytes, which keeps CIDs stable.
 */
package io.jfvm.ipld.cbor;
