/**
 * The kernel's crypto syscalls, one class per line over a shared base ({@link
 * io.jfvm.runtime.kernel.crypto.BaseCryptoOps}: real signatures, key recovery, hashing and CommD with the line's gas
 * and errors), and the proof checks behind the {@link io.jfvm.runtime.kernel.crypto.ProofPolicy} a machine is given:
 * {@link io.jfvm.runtime.kernel.crypto.RealProofPolicy} verifies.
 */
package io.jfvm.runtime.kernel.crypto;
