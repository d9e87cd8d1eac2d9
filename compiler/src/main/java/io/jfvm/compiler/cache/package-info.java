/**
 * The compiled-module cache: {@link io.jfvm.compiler.cache.CachingCompiler} answers from memory, then from a
 * {@link io.jfvm.compiler.cache.DiskCache}, then compiles. Entries hold the generated classes and the module's
 * shape, keyed by module hash, compiler fingerprint and compile options, and are verified before use.
 */
package io.jfvm.compiler.cache;
