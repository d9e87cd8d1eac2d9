package io.jfvm.evm;

import static io.jfvm.evm.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevAccountsTest {
    /** The accounts Hardhat and Anvil print for "test test … junk" (address, private key). */
    private static final String[][] HARDHAT = {
        {"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
        {"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
        {"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
        {"0x90F79bf6EB2c4f870365E785982E1f101E93b906", "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"},
        {"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"},
        {"0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"},
        {"0x976EA74026E726554dB657fA54763abd0C3a0aa9", "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e"},
        {"0x14dC79964da2C08b23698B3D3cc7Ca32193d9955", "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356"},
        {"0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97"},
        {"0xa0Ee7A142d267C1f36714E4a8F75612F20a79720", "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"},
    };

    @Test
    void theTenDefaultAccounts() {
        List<DevAccounts.DevAccount> accounts = DevAccounts.defaults();
        assertEquals(10, accounts.size());
        for (int i = 0; i < HARDHAT.length; i++) {
            DevAccounts.DevAccount a = accounts.get(i);
            assertEquals(i, a.index());
            assertEquals(HARDHAT[i][0], a.address().toChecksumString(), "account " + i);
            assertEquals(HARDHAT[i][1], hex(a.key().toBytes()), "key " + i);
        }
    }

    /** The first vector of the BIP-39 reference list (Trezor's), which uses a passphrase. */
    @Test
    void bip39Seed() {
        String mnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        assertEquals("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4a"
                + "b7c81b2f001698e7463b04", hex(Bip39.seed(mnemonic, "TREZOR")));
    }

    /** BIP-32 test vector 1: hardened and normal steps from the seed 000102…0f. */
    @Test
    void bip32Vector1() {
        byte[] seed = hex("000102030405060708090a0b0c0d0e0f");
        String[][] chain = {
            {"m", "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35"},
            {"m/0'", "edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea"},
            {"m/0'/1", "3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368"},
            {"m/0'/1/2'", "cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca"},
            {"m/0'/1/2'/2", "0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4"},
            {"m/0'/1/2'/2/1000000000", "471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"},
        };
        for (String[] c : chain) {
            assertEquals(c[1], hex(Bip32.derive(seed, c[0]).toBytes()), c[0]);
        }
    }

    @Test
    void badPathsAreRefused() {
        byte[] seed = new byte[16];
        for (String path : new String[] {"", "44'/60'", "m/", "m/x", "m/2147483648", "m/-1", "m/1''"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bip32.derive(seed, path), path);
            assertTrue(e.getMessage().contains("\"" + path + "\""), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DevAccounts.derive(DevAccounts.DEFAULT_MNEMONIC, -1));
    }

    /** Another mnemonic gives other accounts; the derivation is not a constant. */
    @Test
    void mnemonicMatters() {
        String other = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        // The well-known first Ethereum account of this mnemonic (m/44'/60'/0'/0/0).
        assertEquals("0x9858EfFD232B4033E47d90003D41EC34EcaEda94", DevAccounts.derive(other, 1).get(0).address().toString());
    }
}
