package io.jfvm.runtime.genesis;

/**
 * The actor ids a genesis state assigns ({@code fevm.md} §3.2; Lotus {@code chain/gen/genesis/genesis.go} and
 * {@code f01_init.go}, builtin-actors {@code runtime/src/builtin/singletons.rs}).
 */
public final class GenesisIds {
    public static final long SYSTEM = 0;
    public static final long INIT = 1;
    public static final long REWARD = 2;
    public static final long CRON = 3;
    public static final long POWER = 4;
    public static final long MARKET = 5;
    public static final long VERIFIED_REGISTRY = 6;
    public static final long DATACAP = 7;
    /** The Ethereum Address Manager; also the namespace of f410 addresses. */
    public static final long EAM = 10;
    /** The verified registry's root key account (Lotus {@code builtin.RootVerifierAddress}). */
    public static final long VERIFREG_ROOT_KEY = 80;
    /** The reserve account holding the FIL no other genesis actor holds (Lotus {@code builtin.ReserveAddress}). */
    public static final long RESERVE = 90;
    public static final long BURNT_FUNDS = 99;
    /** The first genesis account (Lotus {@code AccountStart}). */
    public static final long FIRST_ACCOUNT = 100;
    /**
     * The init actor's {@code next_id} once the genesis accounts are placed (Lotus {@code MinerStart}): genesis
     * accounts take ids below it, the actors created after them (Lotus's genesis miners, the Ethereum null-address
     * account) take ids from it.
     */
    public static final long FIRST_NON_ACCOUNT = 1000;

    private GenesisIds() {}
}
