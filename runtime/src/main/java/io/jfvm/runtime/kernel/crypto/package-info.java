/**
 * The kernel's crypto syscalls: {@link io.jfvm.runtime.kernel.crypto.DefaultCryptoOps} (real signatures, key
 * recovery, hashing and CommD with each FVM line's gas and errors) and the proof checks behind the explicitly
 * configured {@link io.jfvm.runtime.kernel.crypto.ProofPolicy}: {@link io.jfvm.runtime.kernel.crypto.RealProofPolicy}
 * or {@link io.jfvm.runtime.kernel.crypto.VectorProofPolicy} (how the conformance vectors were produced), selected
 * by {@link io.jfvm.runtime.kernel.crypto.ProofPolicyKind}.
 */
package io.jfvm.runtime.kernel.crypto;
