package io.jfvm.runtime.genesis;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;
import java.util.Objects;

/**
 * An account present at genesis, with its balance. The address decides the actor ({@code fevm.md} §3.2): an f1
 * (secp256k1) or f3 (BLS) key address becomes an account actor whose state is {@code [address]}; an f410 Ethereum
 * address becomes an EthAccount with that delegated address and the empty-array state.
 *
 * @param address the account's f1, f3 or f410 address
 * @param balance its balance in attoFIL, not negative
 */
public record GenesisAccount(Address address, TokenAmount balance) {
    public GenesisAccount {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(balance, "balance");
        if (balance.isNegative()) {
            throw new IllegalArgumentException("genesis account " + address + " has a negative balance " + balance);
        }
        if (!isKeyAddress(address) && !address.isEthAddress()) {
            throw new IllegalArgumentException("genesis account " + address
                    + " must have an f1 or f3 key address or an f410 Ethereum address");
        }
    }

    /** Whether this account is an Ethereum account (EthAccount actor) rather than a key account. */
    public boolean isEthereum() {
        return address.isEthAddress();
    }

    /** Whether {@code address} is an f1 or f3 key address, the only kinds an account actor holds. */
    static boolean isKeyAddress(Address address) {
        return address.protocol() == Address.SECP256K1 || address.protocol() == Address.BLS;
    }
}
