package io.jfvm.evm;

import java.util.ArrayList;
import java.util.List;

/**
 * The development accounts Hardhat and Anvil create: BIP-39 seed of a mnemonic (no passphrase), keys at
 * {@code m/44'/60'/0'/0/i}. With the default mnemonic, account 0 is
 * {@code 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266}.
 */
public final class DevAccounts {
    /** The mnemonic Hardhat and Anvil use unless told otherwise. */
    public static final String DEFAULT_MNEMONIC = "test test test test test test test test test test test junk";
    /** How many accounts Hardhat and Anvil create by default. */
    public static final int DEFAULT_COUNT = 10;
    private static final String PATH_PREFIX = "m/44'/60'/0'/0/";

    /** One account: its index on the derivation path and its key. */
    public record DevAccount(int index, EthPrivateKey key) {
        public EthAddress address() {
            return key.address();
        }
    }

    private DevAccounts() {}

    /** The first {@code count} accounts of {@code mnemonic}. */
    public static List<DevAccount> derive(String mnemonic, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("account count must not be negative, got " + count);
        }
        byte[] seed = Bip39.seed(mnemonic, "");
        List<DevAccount> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new DevAccount(i, Bip32.derive(seed, PATH_PREFIX + i)));
        }
        return out;
    }

    /** The ten default accounts. */
    public static List<DevAccount> defaults() {
        return derive(DEFAULT_MNEMONIC, DEFAULT_COUNT);
    }
}
