/**
 * FVM gas accounting: milligas arithmetic ({@link io.jfvm.gas.Gas}), named charges ({@link io.jfvm.gas.GasCharge})
 * and the per-message {@link io.jfvm.gas.GasTracker} the kernel charges. Price lists are in
 * {@link io.jfvm.gas.price}; the wasm instrumentation that charges execution gas is in
 * {@link io.jfvm.gas.instrument}.
 */
package io.jfvm.gas;
