/**
 * The FVM line as one object per network version ({@link io.jfvm.runtime.version.FvmRules}):
 * {@link io.jfvm.runtime.version.FvmV2Rules} for nv16–17 and {@link io.jfvm.runtime.version.FvmV3Rules} for
 * nv18–20. Everything the machine does differently per line is decided here or by what these objects hand out.
 */
package io.jfvm.runtime.version;
