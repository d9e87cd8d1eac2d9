/**
 * Genesis: a complete, deterministic initial state tree for a builtin-actors bundle, built as
 * {@code fevm.md} §3 describes — the system and init actors and the accounts written directly, the singleton
 * actors f02–f07 constructed by their own code through the machine.
 */
package io.jfvm.runtime.genesis;
