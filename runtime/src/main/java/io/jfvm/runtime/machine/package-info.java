/**
 * The machine: its context (epoch, base fee, circulating supply, network version, timestamp), the state tree over a
 * write buffer, the builtin-actors manifest, the externs, and the flush to a new state root.
 */
package io.jfvm.runtime.machine;
