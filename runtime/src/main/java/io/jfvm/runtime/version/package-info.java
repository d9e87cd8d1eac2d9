/**
 * One rules object per FVM line ({@link io.jfvm.runtime.version.FvmV2Rules} for nv16-17,
 * {@link io.jfvm.runtime.version.FvmV3Rules} for nv18-20): everything the executor and call manager do differently.
 */
package io.jfvm.runtime.version;
