package io.jfvm.compiler.rt;

/**
 * A host function in the generic, boxed form (see {@link Values}). Returns the results, or an empty array or
 * null when there are none. Exceptions it throws pass through the wasm code unchanged.
 */
@FunctionalInterface
public interface HostFunction {
    Object[] call(Object[] args);
}
