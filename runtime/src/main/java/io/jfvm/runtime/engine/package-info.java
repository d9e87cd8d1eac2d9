/**
 * Engines: what turns a code CID into runnable actor code instrumented for the network version's FVM line.
 * {@link io.jfvm.runtime.engine.WasmEngine} is the seam (so benchmarks can run the same messages on other
 * engines); {@link io.jfvm.runtime.engine.JfvmEngine} is jfvm's compiler with its caches.
 */
package io.jfvm.runtime.engine;
