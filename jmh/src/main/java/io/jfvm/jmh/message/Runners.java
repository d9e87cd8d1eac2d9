package io.jfvm.jmh.message;

import io.jfvm.compiler.cache.DiskCache;
import io.jfvm.jmh.engine.ChicoryEngine;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.kernel.EngineActorCodeRunner;
import io.jfvm.conformance.ProofPolicies;
import io.jfvm.conformance.ProofPolicyKind;
import io.jfvm.runtime.kernel.crypto.ProofPolicy;
import java.nio.file.Path;

/**
 * Actor code runners by engine name, all with the kernel and proof policy of the conformance runner, so only the
 * engine that executes the wasm differs. With the system property {@value #CACHE_PROPERTY} set to a directory,
 * jfvm's engine keeps compiled actors there, so each benchmark fork loads them instead of compiling both bundles
 * again (compiling is what the cold-start suite measures; the code is the same either way).
 */
final class Runners {
    static final String JFVM = "jfvm";
    static final String CACHE_PROPERTY = "jfvm.benchmark.cache";

    private Runners() {}

    static ActorCodeRunner forEngine(String engine) {
        ProofPolicy proofs = ProofPolicies.of(ProofPolicyKind.VECTOR);
        if (engine.equals(JFVM)) {
            String cache = System.getProperty(CACHE_PROPERTY);
            return cache == null ? EngineActorCodeRunner.withProofPolicy(proofs)
                    : EngineActorCodeRunner.withProofPolicy(proofs, new DiskCache(Path.of(cache)));
        }
        for (ChicoryEngine.Mode mode : ChicoryEngine.Mode.values()) {
            if (mode.engineName.equals(engine)) {
                return EngineActorCodeRunner.withProofPolicy(proofs, prices -> new ChicoryEngine(prices, mode));
            }
        }
        throw new IllegalArgumentException("unknown engine " + engine + " (jfvm, chicory-compiler, chicory-interpreter)");
    }
}
