/**
 * Filecoin value types with their consensus encodings: addresses, token amounts, messages, receipts, actor
 * states, state roots, exit codes and syscall error numbers; the network versions and FVM lines jfvm runs; and the one
 * execution-error hierarchy ({@link io.jfvm.ipld.types.ExecutionError}) shared by the gas tracker, the syscalls and
 * the machine.
 */
package io.jfvm.ipld.types;
