package io.jfvm.evm;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * BIP-39 mnemonic to seed: PBKDF2-HMAC-SHA512 over the NFKD-normalised mnemonic, salt {@code "mnemonic"} followed
 * by the NFKD-normalised passphrase, 2048 iterations, 64 bytes. The words are not checked against the BIP-39 word
 * list: the seed is defined over any text, which is what Hardhat and Anvil derive their accounts from.
 */
public final class Bip39 {
    private static final int ITERATIONS = 2048;
    private static final int SEED_BITS = 512;

    private Bip39() {}

    /** The 64-byte seed of {@code mnemonic} with {@code passphrase} (empty for none). */
    public static byte[] seed(String mnemonic, String passphrase) {
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA512Digest());
        gen.init(nfkd(mnemonic), nfkd("mnemonic" + passphrase), ITERATIONS);
        return ((KeyParameter) gen.generateDerivedParameters(SEED_BITS)).getKey();
    }

    private static byte[] nfkd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
    }
}
