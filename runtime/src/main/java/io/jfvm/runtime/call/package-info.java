/**
 * The call manager of one message: sends with their transactions, receiver resolution and auto-creation, value
 * transfer, state-access charging (FVM v3) and the {@link io.jfvm.runtime.call.ActorCodeRunner} seam through which
 * an engine and kernel run actor code. Errors keep their class ({@link io.jfvm.runtime.call.ExecutionException}).
 */
package io.jfvm.runtime.call;
