/**
 * Content addressing: {@link io.jfvm.ipld.Cid}, {@link io.jfvm.ipld.Multihash}, varints and the base encodings of
 * their string forms. Subpackages hold the DAG-CBOR codec, CAR files, blockstores, the HAMT and AMT, and the
 * Filecoin value types. Every decoder is strict and reports what is wrong and at which byte offset through
 * {@link io.jfvm.ipld.IpldException}.
 */
package io.jfvm.ipld;
