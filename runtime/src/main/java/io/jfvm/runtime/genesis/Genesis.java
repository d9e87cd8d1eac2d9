package io.jfvm.runtime.genesis;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.store.Blockstore;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.NetworkVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A built genesis: the state root, the store that holds it (over the bundle's blocks, so a machine can run the
 * actors' code from it), the id of every account by address, and the network parameters the chain continues with.
 *
 * @param stateRoot the genesis state root (state tree version 5)
 * @param blockstore the genesis blocks layered over the bundle's
 * @param accountIds every account genesis placed at an address, in id order: the verifier root key (f080), the
 *     reserve (f090), the genesis accounts (from f0100) and the Ethereum null-address account
 * @param networkVersion the network version the singleton actors were constructed at
 * @param chainId the EIP-155 chain id
 * @param timestamp the genesis timestamp, in seconds
 */
public record Genesis(Cid stateRoot, Blockstore blockstore, Map<Address, Long> accountIds,
                      NetworkVersion networkVersion, long chainId, long timestamp) {
    public Genesis {
        Objects.requireNonNull(stateRoot, "stateRoot");
        Objects.requireNonNull(blockstore, "blockstore");
        Objects.requireNonNull(networkVersion, "networkVersion");
        accountIds = Collections.unmodifiableMap(new LinkedHashMap<>(accountIds));
    }

    /**
     * The id of the account at {@code address}.
     *
     * @throws IllegalArgumentException if genesis placed no account there
     */
    public long idOf(Address address) {
        Long id = accountIds.get(address);
        if (id == null) {
            throw new IllegalArgumentException("genesis has no account at " + address);
        }
        return id;
    }
}
