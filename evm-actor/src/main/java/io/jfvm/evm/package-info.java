/**
 * The Ethereum layer of the FEVM, without state: RLP, Keccak-256, Ethereum addresses and their Filecoin forms,
 * EIP-1559 and legacy transactions, their translation to and from Filecoin messages with delegated signatures
 * exactly as Lotus does it, development accounts, and Ethereum logs from actor events.
 * The rules are those of {@code shared/docs/fevm.md}; the Lotus reference is {@code chain/types/ethtypes/} at
 * commit {@code b835fab7}.
 */
package io.jfvm.evm;
