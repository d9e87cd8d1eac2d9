/**
 * Blockstores: in memory, layered, buffered (ref-fvm flush semantics) and persistent (LMDB).
 */
package io.jfvm.ipld.store;
