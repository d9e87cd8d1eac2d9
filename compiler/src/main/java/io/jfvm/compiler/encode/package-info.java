/**
 * The IR → WebAssembly binary encoder ({@link io.jfvm.compiler.encode.WasmEncoder}): lets passes be tested
 * against other tools, lets any engine run an instrumented module, and stores module shapes in the cache.
 */
package io.jfvm.compiler.encode;
