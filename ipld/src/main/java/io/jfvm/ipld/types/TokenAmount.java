package io.jfvm.ipld.types;

import io.jfvm.ipld.cbor.CborValue;
import java.math.BigInteger;

/** An amount of FIL in attoFIL (10^-18 FIL), arbitrary precision and signed, serialized as a {@link BigIntBytes}. */
public record TokenAmount(BigInteger atto) implements Comparable<TokenAmount> {
    public static final TokenAmount ZERO = new TokenAmount(BigInteger.ZERO);
    private static final BigInteger ATTO_PER_FIL = BigInteger.TEN.pow(18);

    public static TokenAmount ofAtto(long atto) {
        return new TokenAmount(BigInteger.valueOf(atto));
    }

    public static TokenAmount ofAtto(BigInteger atto) {
        return new TokenAmount(atto);
    }

    public static TokenAmount ofWholeFil(long fil) {
        return new TokenAmount(BigInteger.valueOf(fil).multiply(ATTO_PER_FIL));
    }

    public static TokenAmount fromCbor(CborValue v) {
        return new TokenAmount(BigIntBytes.fromCbor(v));
    }

    public CborValue toCbor() {
        return BigIntBytes.toCbor(atto);
    }

    public TokenAmount plus(TokenAmount o) {
        return new TokenAmount(atto.add(o.atto));
    }

    public TokenAmount minus(TokenAmount o) {
        return new TokenAmount(atto.subtract(o.atto));
    }

    public TokenAmount times(long n) {
        return new TokenAmount(atto.multiply(BigInteger.valueOf(n)));
    }

    public boolean isNegative() {
        return atto.signum() < 0;
    }

    public boolean isZero() {
        return atto.signum() == 0;
    }

    @Override
    public int compareTo(TokenAmount o) {
        return atto.compareTo(o.atto);
    }

    @Override
    public String toString() {
        return atto + " attoFIL";
    }
}
