/**
 * The FVM's price lists (SKYR, HYGGE, WATERMELON, TEEP) with every constant and charge formula, selected by
 * network version through {@link io.jfvm.gas.price.PriceLists#forNetworkVersion(int)}.
 */
package io.jfvm.gas.price;
