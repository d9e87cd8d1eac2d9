package io.jfvm.runtime.kernel.crypto;

import static io.jfvm.runtime.kernel.crypto.CryptoTestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.gas.price.HashFunction;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.proofs.sig.BlsSignatures;
import io.jfvm.runtime.kernel.crypto.CryptoTestSupport.Ops;
import io.jfvm.ipld.types.SyscallError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hashes, secp256k1 and BLS through the line's crypto ops: known answers, exact gas per line, error numbers. */
class HashAndSignatureTest {
    static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    static Ops v2() {
        return new Ops(17, AcceptingProofPolicy.INSTANCE);
    }

    static Ops v3() {
        return new Ops(18, AcceptingProofPolicy.INSTANCE);
    }

    // ---------------------------------------------------------------- hashes

    /** Standard test vectors (FIPS 180-2, RFC 7693 appendix A, Keccak team, RIPEMD-160 authors). */
    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void hashKnownAnswers(int nv) throws Exception {
        Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex(o.ops.hash(0x12, ABC)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                hex(o.ops.hash(0x12, new byte[0])));
        assertEquals("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319", hex(o.ops.hash(0xb220, ABC)));
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", hex(o.ops.hash(0xb240, ABC)));
        assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", hex(o.ops.hash(0x1b, ABC)));
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                hex(o.ops.hash(0x1b, new byte[0])), "keccak-256, not SHA3-256");
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hex(o.ops.hash(0x1053, ABC)));
        assertEquals("9c1185a5c5e9fc54612808977ee8f548b2258d31", hex(o.ops.hash(0x1053, new byte[0])));
    }

    @Test
    void v2HashIsFlatAndChargedBeforeTheCodeCheck() throws Exception {
        Ops o = v2();
        o.ops.hash(0xb220, new byte[1000]);
        assertEquals(31_355, o.charged());
        o.ops.hash(0x1053, new byte[0]);
        assertEquals(2 * 31_355, o.charged());
        SyscallError e = assertThrows(SyscallError.class, () -> o.ops.hash(0x13, ABC));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
        assertEquals(3 * 31_355, o.charged(), "v2 charges OnHashing even for an unsupported code");
    }

    @Test
    void v3HashIsPerByteAndTheCodeIsCheckedFirst() throws Exception {
        long[][] perByte = {{0x12, 7}, {0xb220, 10}, {0xb240, 10}, {0x1b, 33}, {0x1053, 35}};
        for (long[] c : perByte) {
            Ops o = v3();
            o.ops.hash(c[0], new byte[100]);
            assertEquals(100 * c[1], o.charged(), "code 0x" + Long.toHexString(c[0]));
            assertEquals("OnHashing", o.names());
        }
        Ops o = v3();
        SyscallError e = assertThrows(SyscallError.class, () -> o.ops.hash(0xb260, ABC));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
        assertEquals(0, o.charged(), "v3 rejects an unsupported code before charging");
        assertEquals(null, Hashing.byCode(0));
        assertEquals(HashFunction.KECCAK_256, Hashing.byCode(0x1b));
    }

    // ---------------------------------------------------------------- secp256k1

    static final BigInteger SK = new BigInteger("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721", 16);

    @Test
    void secpVerifyAndGas() throws Exception {
        byte[] msg = "a filecoin message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = CryptoTestSupport.secpSign(SK, Hashing.digest(HashFunction.BLAKE2B_256, msg));
        Address signer = CryptoTestSupport.secpAddress(SK);

        Ops o3 = v3();
        assertTrue(o3.ops.verifySignature(1, sig, signer, msg));
        assertEquals(1_637_292 + 10L * msg.length, o3.charged());
        assertTrue(o3.ops.verifySignature(1, CryptoTestSupport.highS(sig), signer, msg), "high-S accepted");
        assertFalse(o3.ops.verifySignature(1, sig, signer, "another".getBytes(StandardCharsets.UTF_8)));
        assertFalse(o3.ops.verifySignature(1, Arrays.copyOf(sig, 64), signer, msg), "short signature: invalid");
        byte[] badV = sig.clone();
        badV[64] = 7;
        assertFalse(o3.ops.verifySignature(1, badV, signer, msg), "bad recovery id: invalid");
        assertFalse(o3.ops.verifySignature(2, sig, signer, msg), "BLS type against an f1 signer: invalid");
        assertFalse(o3.ops.verifySignature(1, sig, CryptoTestSupport.secpAddress(SK.add(BigInteger.ONE)), msg));

        Ops o2 = v2();
        assertTrue(o2.ops.verifySignature(1, sig, signer, new byte[0]) == false);
        assertTrue(o2.ops.verifySignature(1, sig, signer, msg));
        assertEquals(2 * 1_637_292, o2.charged(), "SKYR: flat, no per-byte part");
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void nonKeySignerIsIllegalArgumentAfterTheCharge(int nv) throws Exception {
        Ops o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
        SyscallError e = assertThrows(SyscallError.class,
                () -> o.ops.verifySignature(1, new byte[65], Address.id(100), new byte[3]));
        assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
        assertEquals(nv == 17 ? 1_637_292 : 1_637_292 + 30, o.charged());
        assertEquals("OnVerifySignature", o.names());
    }

    @Test
    void secpRecovery() throws Exception {
        byte[] hash = Hashing.digest(HashFunction.SHA2_256, ABC);
        byte[] sig = CryptoTestSupport.secpSign(SK, hash);
        for (Ops o : new Ops[] {v2(), v3()}) {
            assertArrayEquals(CryptoTestSupport.secpPublicKey(SK), o.ops.recoverSecpPublicKey(hash, sig));
            assertArrayEquals(CryptoTestSupport.secpPublicKey(SK),
                    o.ops.recoverSecpPublicKey(hash, CryptoTestSupport.highS(sig)), "high-S accepted");
            assertEquals(2 * 1_637_292, o.charged());
            byte[] bad = sig.clone();
            bad[64] = 4;
            SyscallError e = assertThrows(SyscallError.class, () -> o.ops.recoverSecpPublicKey(hash, bad));
            assertEquals(ErrorNumber.ILLEGAL_ARGUMENT, e.number());
            byte[] zeroR = sig.clone();
            Arrays.fill(zeroR, 0, 32, (byte) 0);
            assertThrows(SyscallError.class, () -> o.ops.recoverSecpPublicKey(hash, zeroR));
            assertEquals(4 * 1_637_292, o.charged(), "charged before recovering");
            assertEquals("OnRecoverSecpPublicKey,OnRecoverSecpPublicKey,OnRecoverSecpPublicKey,OnRecoverSecpPublicKey",
                    o.names());
        }
    }

    /** A published secp256k1 vector: the private key 1 gives the generator as public key. */
    @Test
    void secpKeyOneRecoversTheGenerator() throws Exception {
        byte[] hash = Hashing.digest(HashFunction.BLAKE2B_256, ABC);
        byte[] sig = CryptoTestSupport.secpSign(BigInteger.ONE, hash);
        assertEquals("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
                hex(v3().ops.recoverSecpPublicKey(hash, sig)));
    }

    // ---------------------------------------------------------------- BLS

    @Test
    void blsVerifyAndGas() throws Exception {
        BlsSignatures bls = new BlsSignatures();
        byte[] sk = hex("263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3");
        byte[] msg = "bls message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = bls.sign(sk, msg);
        Address signer = Address.bls(bls.publicKey(sk));

        Ops o3 = v3();
        assertTrue(o3.ops.verifySignature(2, sig, signer, msg));
        assertEquals(16_598_605 + 26L * msg.length, o3.charged());
        assertFalse(o3.ops.verifySignature(2, sig, signer, ABC), "wrong message");
        assertFalse(o3.ops.verifySignature(2, Arrays.copyOf(sig, 95), signer, msg), "malformed: invalid");
        assertFalse(o3.ops.verifySignature(1, sig, signer, msg), "secp type against an f3 signer: invalid");

        Ops o2 = v2();
        assertFalse(o2.ops.verifySignature(2, new byte[96], signer, msg));
        assertEquals(16_598_605, o2.charged(), "SKYR: flat");
    }
}
