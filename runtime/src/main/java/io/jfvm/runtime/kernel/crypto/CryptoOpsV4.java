package io.jfvm.runtime.kernel.crypto;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.WatermelonPriceList;
import io.jfvm.syscalls.BlsAggregateInput;
import java.util.List;

/**
 * The crypto syscalls of FVM v4 ({@code fvm@v4.8.2}, {@code fvm-v4-deltas.md} §5.5–5.6): v3's, with seal proof types
 * including NI-PoRep (0..19), no calibrationnet PoSt quirk, and {@code verify_bls_aggregate} (FIP-0079).
 */
public final class CryptoOpsV4 extends CryptoOpsV3 {
    private final WatermelonPriceList prices;

    public CryptoOpsV4(WatermelonPriceList prices, GasTracker gas, ProofPolicy proofs, long chainId, long epoch) {
        super(prices, gas, proofs, chainId, epoch);
        this.prices = prices;
    }

    @Override
    boolean knownSealProof(long proofType) {
        return proofType >= 0 && proofType <= 19;
    }

    @Override
    boolean calibnetV1P1Quirk() {
        return false;
    }

    /**
     * Charge {@code OnVerifyBlsAggregateSignature} for the signers and plaintext bytes, split the plaintexts (a
     * length beyond the buffer, or lengths that do not cover it, is IllegalArgument), then verify: no signers is
     * valid; an invalid signature or key, a repeated plaintext or a failed pairing is simply invalid.
     */
    @Override
    public boolean verifyBlsAggregate(BlsAggregateInput input) {
        charge(prices.onVerifyBlsAggregateSignature(input.signers(), input.plaintextBytes()));
        List<byte[]> plaintexts = input.plaintexts();
        if (input.signers() == 0) {
            return true;
        }
        try {
            return bls.verifyAggregate(input.signature(), input.publicKeys(), plaintexts);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
