/**
 * Filecoin value types with their consensus encodings: addresses, token amounts, messages, receipts, actor
 * states, state roots, exit codes and syscall error numbers. Formats that differ between FVM v2 and v3 take a
 * {@link io.jfvm.ipld.types.FvmVersion} or {@link io.jfvm.ipld.types.StateTreeVersion}.
 */
package io.jfvm.ipld.types;
