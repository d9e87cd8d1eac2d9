package io.jfvm.proofs.sig;

import java.util.List;

/** A BLS12-381 signature verifier (min-pk, Filecoin DST). Implementations must agree bit for bit. */
public interface BlsBackend {
    String name();

    boolean verify(byte[] signature, byte[] publicKey, byte[] message);

    boolean verifyAggregate(byte[] signature, List<byte[]> publicKeys, List<byte[]> messages);
}
