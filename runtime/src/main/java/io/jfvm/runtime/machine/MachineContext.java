package io.jfvm.runtime.machine;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.NetworkVersion;
import io.jfvm.ipld.types.TokenAmount;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The inputs a machine runs with, independent of where they come from (a node, a conformance vector): ref-fvm's
 * {@code MachineContext} plus the parts of {@code NetworkConfig} jfvm uses.
 *
 * @param networkVersion the network version (decides the FVM line, price list and rules)
 * @param epoch the epoch messages execute at
 * @param timestamp the tipset timestamp in seconds; FVM v3 and later expose it to actors ({@code network.context});
 *     FVM v2 has no timestamp and ignores it
 * @param baseFee the base fee in attoFIL
 * @param circulatingSupply the circulating supply in attoFIL ({@code network.total_fil_circ_supply})
 * @param initialStateRoot the state root messages start from
 * @param chainId the EIP-155 chain id actors see ({@code network.context}; the EVM's CHAINID): 314 on mainnet,
 *     314159 on calibnet, 0 in ref-fvm's default {@code NetworkConfig} (the conformance vectors)
 * @param maxCallDepth the call depth limit (1024 on every network)
 * @param tracing whether gas charges are recorded for traces
 */
public record MachineContext(NetworkVersion networkVersion, long epoch, long timestamp, TokenAmount baseFee,
                             TokenAmount circulatingSupply, Cid initialStateRoot, long chainId, int maxCallDepth,
                             boolean tracing) {
    /** ref-fvm's {@code NetworkConfig::new} default call depth. */
    public static final int DEFAULT_MAX_CALL_DEPTH = 1024;
    /** 2 billion FIL in attoFIL: fvm_shared's {@code TOTAL_FILECOIN}. */
    public static final TokenAmount TOTAL_FILECOIN = TokenAmount.ofAtto(BigInteger.valueOf(2_000_000_000L)
            .multiply(BigInteger.TEN.pow(18)));

    public MachineContext {
        Objects.requireNonNull(networkVersion, "networkVersion");
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(circulatingSupply, "circulatingSupply");
        Objects.requireNonNull(initialStateRoot, "initialStateRoot");
        if (baseFee.isNegative() || circulatingSupply.isNegative()) {
            throw new IllegalArgumentException("base fee and circulating supply must not be negative");
        }
    }

    /** A context with chain id 0, the default call depth and tracing off. */
    public static MachineContext of(NetworkVersion networkVersion, long epoch, long timestamp, TokenAmount baseFee,
                                    TokenAmount circulatingSupply, Cid initialStateRoot) {
        return new MachineContext(networkVersion, epoch, timestamp, baseFee, circulatingSupply, initialStateRoot,
                0, DEFAULT_MAX_CALL_DEPTH, false);
    }

    public MachineContext withTracing(boolean on) {
        return new MachineContext(networkVersion, epoch, timestamp, baseFee, circulatingSupply, initialStateRoot,
                chainId, maxCallDepth, on);
    }

    public MachineContext withChainId(long id) {
        return new MachineContext(networkVersion, epoch, timestamp, baseFee, circulatingSupply, initialStateRoot,
                id, maxCallDepth, tracing);
    }
}
