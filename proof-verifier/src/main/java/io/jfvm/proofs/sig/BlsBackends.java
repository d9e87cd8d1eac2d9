package io.jfvm.proofs.sig;

/**
 * Chooses the BLS backend. The intended native backend is supranational blst through jblst
 * ({@code tech.pegasys:jblst}); no published jblst/blst Java artifact resolved from this project's
 * Maven repository, so the only backend shipped is the pure-Java one. A native backend, when added,
 * goes first here and must fall back to {@link BlsSignatures} when its library cannot load.
 */
public final class BlsBackends {
    private BlsBackends() {
    }

    public static BlsBackend best() {
        return pureJava();
    }

    public static BlsBackend pureJava() {
        return new BlsSignatures();
    }
}
