/**
 * Message application: preflight, the top-level send, receipts and fee payouts
 * ({@link io.jfvm.runtime.executor.Executor}, {@link io.jfvm.runtime.executor.GasOutputs}).
 */
package io.jfvm.runtime.executor;
