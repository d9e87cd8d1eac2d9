package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.Fip0057PriceList;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;
import io.jfvm.proofs.ProofVerifier.SealVerifyInfo;
import java.util.List;

/**
 * The crypto syscalls of FVM v3 ({@code fvm@v3.14.1}): an unknown hash code is rejected before hashing is charged
 * per byte; seal proof types include the synthetic ones (0..14); {@code verify_post} applies calibrationnet's
 * V1P1 quirk; batch seal verification charges {@code OnVerifySeal} for every seal before verifying any.
 */
public sealed class CryptoOpsV3 extends BaseCryptoOps permits CryptoOpsV4 {
    /** fvm_shared's calibrationnet chain id and the last epoch of its V1P1 window PoSt quirk. */
    static final long CALIBNET_CHAIN_ID = 314159;
    static final long CALIBNET_V1P1_QUIRK_LAST_EPOCH = 498691;

    private final long chainId;
    private final long epoch;

    /**
     * @param chainId the network's chain id (for the calibrationnet quirk)
     * @param epoch the machine's epoch
     */
    public CryptoOpsV3(Fip0057PriceList prices, GasTracker gas, ProofPolicy proofs, long chainId, long epoch) {
        super(prices, gas, proofs);
        this.chainId = chainId;
        this.epoch = epoch;
    }

    @Override
    String nonKeySigner(Address signer) {
        return "address protocol " + signer.protocol() + " not supported";
    }

    @Override
    boolean knownSealProof(long proofType) {
        return proofType >= 0 && proofType <= 14;
    }

    @Override
    boolean calibnetV1P1Quirk() {
        return chainId == CALIBNET_CHAIN_ID && epoch <= CALIBNET_V1P1_QUIRK_LAST_EPOCH;
    }

    @Override
    public byte[] hash(long hashCode, byte[] data) {
        var h = hashFunction(hashCode);
        charge(prices.onHashing(h, data.length));
        return Hashing.digest(h, data);
    }

    /** "Gas has already been charged by the power actor", says ref-fvm, yet every seal is charged up front. */
    @Override
    public boolean[] batchVerifySeals(CborValue batch) {
        List<SealVerifyInfo> seals = ProofInputs.seals(batch);
        return proofs.batchVerifySeals(seals, () -> {
            for (int i = 0; i < seals.size(); i++) {
                charge(prices.onVerifySeal());
            }
        });
    }
}
