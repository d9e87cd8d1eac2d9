package io.jfvm.runtime.genesis;

import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborBytes;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/**
 * The singleton actors f02–f07 that genesis constructs by running their constructors as implicit messages from
 * the system actor, in this order and with these parameters ({@code fevm.md} §3.3). The parameter shapes are the
 * constructors' of builtin-actors v10–v18 ({@code actors/<name>/src/lib.rs}, {@code types.rs}), which are the same in
 * every version: reward {@code ConstructorParams(Option<BigIntDe>)}, cron {@code ConstructorParams {entries}},
 * verifreg {@code root_key: Address}, datacap {@code governor: Address}; power and market take none.
 */
enum SingletonActor {
    /**
     * f02 with the initial block-reward pool; realized power 0 as a BigInt (an empty byte string), since the
     * constructor rejects {@code null} ("argument should not be nil").
     */
    REWARD(GenesisIds.REWARD, "reward", TokenAmount.ofWholeFil(1_100_000_000L), new CborBytes(new byte[0])),
    /**
     * f03 with the two entries Lotus's genesis gives it ({@code chain/gen/genesis/f03_cron.go}): power
     * {@code OnEpochTickEnd} (method 5), then market {@code CronTick} (method 9).
     */
    CRON(GenesisIds.CRON, "cron", TokenAmount.ZERO, CborArray.of(CborArray.of(
            cronEntry(GenesisIds.POWER, 5), cronEntry(GenesisIds.MARKET, 9)))),
    POWER(GenesisIds.POWER, "storagepower", TokenAmount.ZERO, null),
    MARKET(GenesisIds.MARKET, "storagemarket", TokenAmount.ZERO, null),
    /** f06 with the verifier root key f080. */
    VERIFIED_REGISTRY(GenesisIds.VERIFIED_REGISTRY, "verifiedregistry", TokenAmount.ZERO,
            Address.id(GenesisIds.VERIFREG_ROOT_KEY).toCbor()),
    /** f07, governed by the verified registry f06. */
    DATACAP(GenesisIds.DATACAP, "datacap", TokenAmount.ZERO, Address.id(GenesisIds.VERIFIED_REGISTRY).toCbor());

    private final long id;
    private final String manifestName;
    private final TokenAmount balance;
    private final CborValue params;

    SingletonActor(long id, String manifestName, TokenAmount balance, CborValue params) {
        this.id = id;
        this.manifestName = manifestName;
        this.balance = balance;
        this.params = params;
    }

    private static CborValue cronEntry(long receiver, long method) {
        return CborArray.of(Address.id(receiver).toCbor(), CborInt.ofU64(method));
    }

    long id() {
        return id;
    }

    /** The actor's name in the bundle manifest. */
    String manifestName() {
        return manifestName;
    }

    /** The balance its header is written with, before it is constructed. */
    TokenAmount balance() {
        return balance;
    }

    /** The constructor's parameters as a message's params bytes (empty when it takes none). */
    byte[] constructorParams() {
        return params == null ? new byte[0] : DagCbor.encode(params);
    }

    @Override
    public String toString() {
        return manifestName + " actor f0" + id;
    }
}
