/**
 * The FVM's price lists, one immutable class per line over a shared base that overrides only what the line prices
 * differently: {@link io.jfvm.gas.price.SkyrPriceList} (v2), {@link io.jfvm.gas.price.HyggePriceList} (v3),
 * {@link io.jfvm.gas.price.WatermelonPriceList} and {@link io.jfvm.gas.price.TeepPriceList} (v4); the instances are
 * in {@link io.jfvm.gas.price.PriceLists}.
 */
package io.jfvm.gas.price;
