package io.jfvm.conformance;

/**
 * A recorded randomness digest: {@code {on: [kind, epoch], ret: base64}}.
 *
 * @param kind "chain" or "beacon"
 * @param epoch the epoch it was drawn for
 * @param digest the raw (unhashed) 32-byte digest
 */
public record RandomnessEntry(String kind, long epoch, byte[] digest) {}
