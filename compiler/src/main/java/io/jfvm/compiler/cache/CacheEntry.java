package io.jfvm.compiler.cache;

import io.jfvm.compiler.codegen.GeneratedModule;
import java.util.Map;

/**
 * What the cache keeps of one compiled module: the generated classes, and the module's shape needed to
 * instantiate it.
 *
 * @param generated the generated classes and their statistics
 * @param shape the module after passes, encoded by {@link ModuleShape#encode}
 * @param globalIntrinsics the module's global intrinsics by global index (their names), which the binary format
 *     cannot carry
 */
public record CacheEntry(GeneratedModule generated, byte[] shape, Map<Integer, String> globalIntrinsics) {
    public CacheEntry {
        globalIntrinsics = Map.copyOf(globalIntrinsics);
    }
}
