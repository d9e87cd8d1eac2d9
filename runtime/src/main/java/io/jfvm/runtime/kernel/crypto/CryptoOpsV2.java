package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.HashFunction;
import io.jfvm.gas.price.SkyrPriceList;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;

/**
 * The crypto syscalls of FVM v2 ({@code fvm@v2.12.1}): hashing is charged (flat) before an unknown hash code is
 * rejected; seal proof types are V1 and V1_1 (0..9); batch seal verification makes no up-front charge.
 */
public final class CryptoOpsV2 extends BaseCryptoOps {
    public CryptoOpsV2(SkyrPriceList prices, GasTracker gas, ProofPolicy proofs) {
        super(prices, gas, proofs);
    }

    @Override
    String nonKeySigner(Address signer) {
        return "signer " + signer + " was not resolved to a key address";
    }

    @Override
    boolean knownSealProof(long proofType) {
        return proofType >= 0 && proofType <= 9;
    }

    @Override
    boolean calibnetV1P1Quirk() {
        return false;
    }

    /** SKYR's hashing price is flat, so it is charged before the code is known to be valid, whatever it names. */
    @Override
    public byte[] hash(long hashCode, byte[] data) {
        charge(prices.onHashing(HashFunction.SHA2_256, data.length));
        return Hashing.digest(hashFunction(hashCode), data);
    }

    @Override
    public boolean[] batchVerifySeals(CborValue batch) {
        return proofs.batchVerifySeals(ProofInputs.seals(batch), () -> { });
    }
}
