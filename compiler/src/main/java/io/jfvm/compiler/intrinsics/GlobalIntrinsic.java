package io.jfvm.compiler.intrinsics;

/**
 * Lowers a global (typically an imported one that a pass injected, such as the FVM's gas counter) to a
 * primitive field of the instance. The host reads and writes it through the instance's host-global accessors
 * under {@code name}; an imported global lowered this way needs no import at link time.
 */
public record GlobalIntrinsic(String name) {}
